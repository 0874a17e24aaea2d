package org.sextherapy.matching.internal;

import org.sextherapy.insurance.Payer;

/**
 * Names of the tags (payers, modality ids, and the value and access tags of {@link ValueTags}) in
 * one dictionary, kept apart by a prefix of one letter and a colon.
 */
final class Tags {

  private Tags() {}

  /** A payer's tag: its kind and id, so that a commercial and a public payer never share one. */
  static String payer(Payer payer) {
    return "i:" + payer.kind().id() + ":" + payer.id();
  }

  static String modality(String modalityId) {
    return "m:" + modalityId;
  }
}
