package org.sextherapy.location;

import org.sextherapy.Identified;

/**
 * A feature of a practice's premises that lets disabled, Deaf or hard-of-hearing clients, or
 * clients who need an interpreter, attend in person. FHIR's US National Directory carries a
 * location's accessibility (https://hl7.org/fhir/us/ndh/); UK premises have duties of reasonable
 * adjustment (Equality Act 2010, s. 20, https://www.legislation.gov.uk/ukpga/2010/15/section/20) and
 * US premises those of the ADA (https://www.ada.gov). Sessions in a sign language are
 * {@link PracticeLocation#signLanguages()}, named per language.
 *
 * <p>Each feature describes premises and counts only for in-person sessions there; by video or
 * phone none of them applies (see {@link PracticeLocation}).
 */
public enum AccessFeature implements Identified {
  /** Step-free access from the street to the therapy room (level, ramp or lift). */
  STEP_FREE_ACCESS("step-free-access"),
  /** An accessible toilet on the premises. */
  ACCESSIBLE_TOILET("accessible-toilet"),
  /** An audio-frequency induction loop (hearing loop) in the therapy room. */
  HEARING_LOOP("hearing-loop"),
  /** An interpreter (spoken or signed) can be arranged for sessions at the location. */
  INTERPRETER_AVAILABLE("interpreter-available");

  private final String id;

  AccessFeature(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
