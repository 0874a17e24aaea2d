package org.sextherapy.client;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A preference for a therapist who accepts the client's insurer, named by an opaque payer id.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class InsurancePreference implements Preference {

  InsurancePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param insurer the payer id, an opaque id
   * @return the preference, never null
   * @throws IllegalArgumentException if the payer id is malformed
   */
  public static InsurancePreference of(Strength strength, String insurer) {
    return ImmutableInsurancePreference.of(strength, insurer);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the payer id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String insurer();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.INSURANCE;
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(insurer(), "insurer");
  }

  @Override
  public String toString() {
    return "InsurancePreference{" + strength().id() + "}";
  }
}
