package org.sextherapy.therapist;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;
import org.sextherapy.session.SessionFormat;

/**
 * What one kind of session costs: its format, its length in minutes, the standard fee, and the
 * sliding-scale range if the therapist offers one for it. A couple session of 80 minutes is priced
 * on its own, not as an individual session of 50: practices price by format and length, as the
 * CPT psychotherapy codes bill them (90834 individual 45 minutes, 90837 individual 60 minutes,
 * 90847 family or couple with the patient present; AMA CPT, CMS Physician Fee Schedule).
 *
 * <p>Amounts are in the currency of the {@link FeeSchedule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SessionFee {

  SessionFee() {}

  /**
   * Creates a session fee without a sliding scale.
   *
   * @param format the session format, never null
   * @param minutes the session length, 1 to {@value Limits#MAX_SESSION_MINUTES}
   * @param amount the standard fee, zero or more, never null
   * @return the fee, never null
   * @throws org.sextherapy.InvalidValueException naming the field if a value is out of range
   */
  public static SessionFee of(SessionFormat format, int minutes, BigDecimal amount) {
    return ImmutableSessionFee.of(format, minutes, amount, Optional.empty());
  }

  /**
   * Creates a session fee with a sliding scale.
   *
   * @param format the session format, never null
   * @param minutes the session length, 1 to {@value Limits#MAX_SESSION_MINUTES}
   * @param amount the standard fee, zero or more, never null
   * @param slidingScale the range charged according to a client's means, never null
   * @return the fee, never null
   * @throws org.sextherapy.InvalidValueException naming the field if a value is out of range
   */
  public static SessionFee of(SessionFormat format, int minutes, BigDecimal amount,
      SlidingScale slidingScale) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(slidingScale, "slidingScale");
    return ImmutableSessionFee.of(format, minutes, amount, Optional.of(slidingScale));
  }

  /**
   * Returns the session format the fee is for.
   *
   * @return the format, never null
   */
  @Value.Parameter
  public abstract SessionFormat format();

  /**
   * Returns the session length.
   *
   * @return minutes, 1 to {@value Limits#MAX_SESSION_MINUTES}
   */
  @Value.Parameter
  public abstract int minutes();

  /**
   * Returns the standard fee.
   *
   * @return zero or more, never null
   */
  @Value.Parameter
  public abstract BigDecimal amount();

  /**
   * Returns the sliding-scale range.
   *
   * @return the range, or empty when the therapist offers none for this session
   */
  @Value.Parameter
  public abstract Optional<SlidingScale> slidingScale();

  /**
   * Returns the lowest amount a client may be charged for this session: the sliding scale's low end
   * or the standard fee, whichever is lower.
   *
   * @return the lowest amount, never null
   */
  public final BigDecimal lowestAmount() {
    Optional<SlidingScale> scale = slidingScale();
    return scale.isPresent() ? scale.get().low().min(amount()) : amount();
  }

  @Value.Check
  final void check() {
    Checks.require(minutes() >= 1 && minutes() <= Limits.MAX_SESSION_MINUTES, "minutes",
        "must be 1 to " + Limits.MAX_SESSION_MINUTES);
    Checks.money(amount(), "amount");
  }

  @Override
  public String toString() {
    return "SessionFee{" + format().id() + "," + minutes() + "}";
  }
}
