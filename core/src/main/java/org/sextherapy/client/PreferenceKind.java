package org.sextherapy.client;

import org.sextherapy.Identified;

/** The kinds of {@link Preference} a client can state. */
public enum PreferenceKind implements Identified {
  /** The therapist's gender; see {@link TherapistGenderPreference}. */
  THERAPIST_GENDER("therapist-gender"),
  /** Experience with a population; see {@link PopulationPreference}. */
  POPULATION("population"),
  /** A language; see {@link LanguagePreference}. */
  LANGUAGE("language"),
  /** A certified sex therapist; see {@link CertifiedSexTherapistPreference}. */
  CERTIFIED_SEX_THERAPIST("certified-sex-therapist"),
  /** In person within a distance; see {@link InPersonDistancePreference}. */
  IN_PERSON_DISTANCE("in-person-distance"),
  /** A maximum fee; see {@link FeePreference}. */
  FEE("fee"),
  /** A sliding scale; see {@link SlidingScalePreference}. */
  SLIDING_SCALE("sliding-scale"),
  /** An insurer; see {@link InsurancePreference}. */
  INSURANCE("insurance"),
  /** A modality; see {@link ModalityPreference}. */
  MODALITY("modality"),
  /** Times the client can attend; see {@link TimePreference}. */
  TIME("time"),
  /** The therapist's disclosed race or ethnicity; see {@link RaceOrEthnicityPreference}. */
  RACE_OR_ETHNICITY("race-or-ethnicity"),
  /** The therapist's disclosed LGBTQ+ identity; see {@link LgbtqIdentityPreference}. */
  LGBTQ_IDENTITY("lgbtq-identity"),
  /** How the therapist works with faith; see {@link FaithPreference}. */
  FAITH("faith"),
  /** Competence in a practice area such as kink; see {@link PracticeCompetencePreference}. */
  PRACTICE_COMPETENCE("practice-competence"),
  /** An access feature of the premises; see {@link AccessPreference}. */
  ACCESS("access"),
  /** Sessions in a sign language; see {@link SignLanguagePreference}. */
  SIGN_LANGUAGE("sign-language");

  private final String id;

  PreferenceKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
