package org.sextherapy.therapist;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A sliding-scale fee range: the lowest and highest per-session fee a therapist charges according to
 * a client's means, in the currency of the {@link FeeSchedule}, for one {@link SessionFee}.
 *
 * <p>A range whose low end is above its high end can be built, so that data from elsewhere can be
 * read and reported; the profile validator flags it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SlidingScale {

  SlidingScale() {}

  /**
   * Creates a sliding scale.
   *
   * @param low the lowest fee, zero or more, never null
   * @param high the highest fee, zero or more, never null
   * @return the range, never null
   * @throws IllegalArgumentException if a fee is negative
   */
  public static SlidingScale of(BigDecimal low, BigDecimal high) {
    return ImmutableSlidingScale.of(low, high);
  }

  /**
   * Returns the lowest fee.
   *
   * @return zero or more, never null
   */
  @Value.Parameter
  public abstract BigDecimal low();

  /**
   * Returns the highest fee.
   *
   * @return zero or more, never null
   */
  @Value.Parameter
  public abstract BigDecimal high();

  @Value.Check
  final void check() {
    Checks.money(low(), "low");
    Checks.money(high(), "high");
  }
}
