package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * How much expertise a therapist declares in a concern: self-declared, not measured, so it is a
 * proxy for competence. The randomised trial often cited for matching on competence matched
 * patients to therapists on their <em>measured outcomes</em> with the patient's problems, and its
 * authors note that self-declared expertise is often inaccurate (Constantino et al., JAMA
 * Psychiatry 2021;78(9):960-969, doi:10.1001/jamapsychiatry.2021.1221). The level weighs in ranking
 * for want of measured outcomes, not because the trial shows that it should.
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
