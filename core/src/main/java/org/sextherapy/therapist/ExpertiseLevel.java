package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * How much expertise a therapist declares in a concern. Matching clients to therapists with a
 * proven record on their specific problem improved outcomes in a randomised trial (Constantino et
 * al., JAMA Psychiatry 2021, doi:10.1001/jamapsychiatry.2021.1221), so the level weighs in ranking.
 */
public enum ExpertiseLevel implements Identified {
  /** Treats the concern as part of general practice. */
  GENERAL("general"),
  /** Has treated the concern regularly. */
  EXPERIENCED("experienced"),
  /** Specialises in the concern. */
  SPECIALIST("specialist");

  private final String id;

  ExpertiseLevel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
