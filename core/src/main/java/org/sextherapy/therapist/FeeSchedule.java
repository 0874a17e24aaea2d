package org.sextherapy.therapist;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * What a therapist charges per session, in one currency, and the sliding-scale range if they offer
 * one.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class FeeSchedule {

  FeeSchedule() {}

  /**
   * Creates a fee schedule without a sliding scale.
   *
   * @param currency the currency, never null
   * @param sessionFee the standard per-session fee, zero or more, never null
   * @return the schedule, never null
   * @throws IllegalArgumentException if the fee is negative
   */
  public static FeeSchedule of(Currency currency, BigDecimal sessionFee) {
    return ImmutableFeeSchedule.of(currency, sessionFee, Optional.empty());
  }

  /**
   * Creates a fee schedule with a sliding scale.
   *
   * @param currency the currency, never null
   * @param sessionFee the standard per-session fee, zero or more, never null
   * @param slidingScale the sliding-scale range, never null
   * @return the schedule, never null
   * @throws IllegalArgumentException if the fee is negative
   */
  public static FeeSchedule of(Currency currency, BigDecimal sessionFee, SlidingScale slidingScale) {
    return ImmutableFeeSchedule.of(currency, sessionFee, Optional.of(slidingScale));
  }

  /**
   * Returns the currency of every amount in the schedule.
   *
   * @return the currency, never null
   */
  @Value.Parameter
  public abstract Currency currency();

  /**
   * Returns the standard per-session fee.
   *
   * @return zero or more, never null
   */
  @Value.Parameter
  public abstract BigDecimal sessionFee();

  /**
   * Returns the sliding-scale range.
   *
   * @return the range, or empty when the therapist offers none
   */
  @Value.Parameter
  public abstract Optional<SlidingScale> slidingScale();

  /**
   * Returns the lowest fee a client may be charged: the sliding scale's low end, or the session fee.
   *
   * @return the lowest fee, never null
   */
  public final BigDecimal lowestFee() {
    return slidingScale().map(s -> s.low().min(sessionFee())).orElse(sessionFee());
  }

  @Value.Check
  final void check() {
    Checks.money(sessionFee(), "sessionFee");
  }
}
