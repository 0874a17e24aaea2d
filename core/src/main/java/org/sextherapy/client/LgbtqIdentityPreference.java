package org.sextherapy.client;

import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.identity.SelfDescription;

/**
 * A preference for a therapist who discloses a LGBTQ+ identity in one of the terms the client names
 * (such as queer, lesbian, bisexual). It is met when one of {@link #identities()} has the same
 * {@linkplain SelfDescription#key(String) key} as one of the terms of the therapist's
 * {@code TherapistProfile#lgbtqIdentity()}: case-insensitive, by words, with no synonyms or hierarchy
 * (see {@link SelfDescription}). A therapist who discloses nothing never meets it. It names what
 * the client asks for and nothing else: the client's own identity is never read.
 *
 * <p>The terms are the client's data: {@code toString()}, reasons and messages never hold them.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class LgbtqIdentityPreference implements Preference {

  /** The most terms one preference names. */
  public static final int MAX_IDENTITIES = org.sextherapy.Limits.MAX_TERMS;

  LgbtqIdentityPreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param identities the terms any of which would do, never null, 1 to
   *     {@link org.sextherapy.Limits#MAX_TERMS}, each 1 to
   *     {@link org.sextherapy.Limits#MAX_TERM_LENGTH} characters holding a letter or digit
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException naming {@code identities} if a term breaks a limit
   */
  public static LgbtqIdentityPreference of(Strength strength, Set<String> identities) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(identities, "identities");
    return ImmutableLgbtqIdentityPreference.of(strength, identities);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the terms any of which would do, as the client wrote them.
   *
   * @return at least one term, never null
   */
  @Value.Parameter
  public abstract Set<String> identities();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.LGBTQ_IDENTITY;
  }

  @Value.Check
  final void check() {
    SelfDescription.checkTerms(identities(), "identities");
  }

  @Override
  public String toString() {
    return "LgbtqIdentityPreference{" + strength().id() + "}";
  }
}
