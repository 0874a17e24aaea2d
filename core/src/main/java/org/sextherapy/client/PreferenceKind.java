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
  TIME("time");

  private final String id;

  PreferenceKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
