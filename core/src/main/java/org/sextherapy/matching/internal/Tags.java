package org.sextherapy.matching.internal;

/**
 * Names of the tags (insurers, modality ids, and the value and access tags of {@link ValueTags}) in
 * one dictionary, kept apart by a prefix of one letter and a colon.
 */
final class Tags {

  private Tags() {}

  static String insurer(String insurer) {
    return "i:" + insurer;
  }

  static String modality(String modalityId) {
    return "m:" + modalityId;
  }
}
