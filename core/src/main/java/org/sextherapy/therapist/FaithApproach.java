package org.sextherapy.therapist;

import org.sextherapy.Identified;

/** How a therapist works with faith: secular, or integrating a named religious tradition. */
public enum FaithApproach implements Identified {
  /** Secular practice: no religious tradition is brought into therapy. */
  SECULAR("secular"),
  /**
   * Practice that integrates a named religious or spiritual tradition, for clients who want their
   * faith to be part of therapy.
   */
  INTEGRATES_TRADITION("integrates-tradition");

  private final String id;

  FaithApproach(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
