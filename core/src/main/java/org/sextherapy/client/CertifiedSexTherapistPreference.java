package org.sextherapy.client;

import org.immutables.value.Value;

/**
 * A preference for a certified sex therapist: one holding a certification of kind
 * {@link org.sextherapy.qualification.CredentialKind#SEX_THERAPIST}, such as AASECT CST, that is
 * current on the session date. Certification is not standardised (GoodTherapy, Sex Therapy), so a
 * lapsed certification never meets it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class CertifiedSexTherapistPreference implements Preference {

  CertifiedSexTherapistPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @return the preference, never null
   */
  public static CertifiedSexTherapistPreference of(Strength strength) {
    return ImmutableCertifiedSexTherapistPreference.of(strength);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.CERTIFIED_SEX_THERAPIST;
  }

  @Override
  public String toString() {
    return "CertifiedSexTherapistPreference{" + strength().id() + "}";
  }
}
