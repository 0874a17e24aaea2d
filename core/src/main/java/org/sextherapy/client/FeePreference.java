package org.sextherapy.client;

import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A preference for a per-session fee at or below a maximum, for a session of the format the request
 * asks for. A therapist meets it when their fees are in the same currency and their lowest fee for
 * that format ({@link org.sextherapy.therapist.FeeSchedule#lowestFeeFor}, sliding scales included)
 * is at most {@link #maximumFee()}: a couple's budget is compared with the couple fee, never with
 * the individual one.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class FeePreference implements Preference {

  FeePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param currency the currency of the maximum, never null
   * @param maximumFee the highest acceptable fee per session, zero or more, never null
   * @return the preference, never null
   * @throws IllegalArgumentException if the maximum is negative
   */
  public static FeePreference of(Strength strength, Currency currency, BigDecimal maximumFee) {
    return ImmutableFeePreference.of(strength, currency, maximumFee);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the currency of the maximum.
   *
   * @return the currency, never null
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns the highest acceptable fee per session.
   *
   * @return zero or more, never null
   */
  @Value.Parameter
  public abstract BigDecimal maximumFee();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.FEE;
  }

  @Value.Check
  final void check() {
    Checks.money(maximumFee(), "maximumFee");
  }

  @Override
  public String toString() {
    return "FeePreference{" + strength().id() + "}";
  }
}
