package org.sextherapy.matching.internal;

/** Names of the tags (insurers and modality ids) in one dictionary, kept apart by a prefix. */
final class Tags {

  private Tags() {}

  static String insurer(String insurer) {
    return "i:" + insurer;
  }

  static String modality(String modalityId) {
    return "m:" + modalityId;
  }
}
