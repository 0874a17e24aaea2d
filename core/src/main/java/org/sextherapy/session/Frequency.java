package org.sextherapy.session;

import org.sextherapy.Identified;

/** How often sessions take place. */
public enum Frequency implements Identified {
  /** Every week. */
  WEEKLY("weekly"),
  /** Every two weeks. */
  FORTNIGHTLY("fortnightly"),
  /** Every month. */
  MONTHLY("monthly"),
  /** When the client and therapist agree, without a fixed rhythm. */
  AS_NEEDED("as-needed");

  private final String id;

  Frequency(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
