package org.sextherapy.client;

/**
 * Something a client wants of a therapist, held either as {@link Strength#REQUIRED} or
 * {@link Strength#PREFERRED}.
 *
 * <p>Within one preference, the alternatives it lists are any-of (a therapist who speaks Spanish
 * <em>or</em> Portuguese); several preferences all apply together, so a client can state two of the
 * same kind. The set of kinds is closed: the matcher knows each one.
 *
 * <p>A preference is what the client asks for, and only that: the matcher never reads the client's
 * own identity (a participant's gender, age or anything else) to guess a preference, so a client
 * who does not ask for a therapist of a race, faith or LGBTQ+ identity is never matched on it.
 */
public sealed interface Preference
    permits TherapistGenderPreference, PopulationPreference, LanguagePreference,
        CertifiedSexTherapistPreference, InPersonDistancePreference, FeePreference,
        SlidingScalePreference, InsurancePreference, ModalityPreference, TimePreference,
        RaceOrEthnicityPreference, LgbtqIdentityPreference, FaithPreference,
        PracticeCompetencePreference, AccessPreference, SignLanguagePreference {

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
