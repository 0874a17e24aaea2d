package org.sextherapy.client;

/**
 * Something a client wants of a therapist, held either as {@link Strength#REQUIRED} or
 * {@link Strength#PREFERRED}.
 *
 * <p>Within one preference, the alternatives it lists are any-of (a therapist who speaks Spanish
 * <em>or</em> Portuguese); several preferences all apply together, so a client can state two of the
 * same kind. The set of kinds is closed: the matcher knows each one.
 */
public sealed interface Preference
    permits TherapistGenderPreference, PopulationPreference, LanguagePreference,
        CertifiedSexTherapistPreference, InPersonDistancePreference, FeePreference,
        SlidingScalePreference, InsurancePreference, ModalityPreference, TimePreference {

  /**
   * Returns how firmly the client holds this preference.
   *
   * @return the strength, never null
   */
  Strength strength();

  /**
   * Returns the kind of preference.
   *
   * @return the kind, never null
   */
  PreferenceKind kind();
}
