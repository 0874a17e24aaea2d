package org.sextherapy.client;

import org.immutables.value.Value;
import org.sextherapy.insurance.Coverage;

/**
 * A preference for a therapist the client's insurance pays for: in network for the client's
 * {@link Coverage} (payer, plan, the plan's networks), or, when the client accepts it, out of
 * network with a superbill the client claims from a commercial payer. The decision is
 * {@link org.sextherapy.insurance.InsuranceAcceptance}'s.
 *
 * <p>Whether someone is insured, and by a public programme, is the client's data: this type's
 * {@code toString()} shows only the strength.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class InsurancePreference implements Preference {

  InsurancePreference() {}

  /**
   * Creates a preference for in-network therapists only.
   *
   * @param strength how firmly it is held, never null
   * @param coverage the client's insurance, never null
   * @return the preference, never null
   */
  public static InsurancePreference of(Strength strength, Coverage coverage) {
    return ImmutableInsurancePreference.of(strength, coverage, false);
  }

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param coverage the client's insurance, never null
   * @param outOfNetwork whether an out-of-network therapist who gives superbills also meets it
   *     (never for a public programme)
   * @return the preference, never null
   */
  public static InsurancePreference of(Strength strength, Coverage coverage,
      boolean outOfNetwork) {
    return ImmutableInsurancePreference.of(strength, coverage, outOfNetwork);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the client's insurance.
   *
   * @return the coverage, never null
   */
  @Value.Parameter
  public abstract Coverage coverage();

  /**
   * Tells whether an out-of-network therapist who gives superbills also meets the preference.
   *
   * @return whether one does
   */
  @Value.Parameter
  public abstract boolean outOfNetwork();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.INSURANCE;
  }

  @Override
  public String toString() {
    return "InsurancePreference{" + strength().id() + "}";
  }
}
