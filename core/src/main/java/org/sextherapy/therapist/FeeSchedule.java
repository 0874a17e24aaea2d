package org.sextherapy.therapist;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;
import org.sextherapy.session.SessionFormat;

/**
 * What a therapist charges, in one currency: a fee per session format and length, each with its
 * sliding scale if offered, and whether the therapist gives superbills, the itemised receipt a
 * client sends their insurer to claim out-of-network reimbursement.
 *
 * <p>The fee a client's budget is compared with is the lowest for the format they ask for
 * ({@link #lowestFeeFor(SessionFormat)}): a couple's fee is never judged by the individual rate.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class FeeSchedule {

  /** The most session fees a schedule may list ({@link Limits#MAX_SESSION_FEES}). */
  public static final int MAX_SESSION_FEES = Limits.MAX_SESSION_FEES;

  FeeSchedule() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableFeeSchedule.builder();
  }

  /**
   * Creates a fee schedule without superbills.
   *
   * @param currency the currency of every amount, never null
   * @param sessionFees the fees, at least one, at most one per format and length, never null
   * @return the schedule, never null
   * @throws org.sextherapy.InvalidValueException naming the field if the fees are empty, repeat a
   *     format and length, or exceed {@link Limits#MAX_SESSION_FEES}
   */
  public static FeeSchedule of(Currency currency, SessionFee... sessionFees) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(sessionFees, "sessionFees");
    return builder().currency(currency).addSessionFees(sessionFees).build();
  }

  /**
   * Returns the currency of every amount in the schedule.
   *
   * @return the currency, never null
   */
  public abstract Currency currency();

  /**
   * Returns the fees, one per session format and length.
   *
   * @return at least one fee, never null
   */
  public abstract List<SessionFee> sessionFees();

  /**
   * Tells whether the therapist gives superbills for out-of-network claims.
   *
   * @return whether they do; false unless set
   */
  @Value.Default
  public boolean superbills() {
    return false;
  }

  /**
   * Returns the lowest amount a client may be charged for a session of a format, over its lengths
   * and sliding scales.
   *
   * @param format the format, never null
   * @return the lowest amount, or empty when the schedule lists no fee for the format
   */
  public final Optional<BigDecimal> lowestFeeFor(SessionFormat format) {
    BigDecimal lowest = null;
    for (SessionFee fee : sessionFees()) {
      if (fee.format() == format) {
        BigDecimal amount = fee.lowestAmount();
        lowest = lowest == null ? amount : lowest.min(amount);
      }
    }
    return Optional.ofNullable(lowest);
  }

  /**
   * Tells whether a sliding scale is offered for a session of a format, at any length.
   *
   * @param format the format, never null
   * @return whether one is
   */
  public final boolean slidingScaleFor(SessionFormat format) {
    for (SessionFee fee : sessionFees()) {
      if (fee.format() == format && fee.slidingScale().isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  final void check() {
    List<SessionFee> fees = sessionFees();
    Checks.require(!fees.isEmpty(), "sessionFees", "must hold at least one fee");
    Checks.maxItems(fees, MAX_SESSION_FEES, "sessionFees");
    if (fees.size() > 1) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < fees.size(); i++) {
        SessionFee fee = fees.get(i);
        if (!seen.add(fee.format().id() + ":" + fee.minutes())) {
          Checks.require(false, "sessionFees[" + i + "]", "must not repeat a format and length");
        }
      }
    }
  }

  @Override
  public String toString() {
    return "FeeSchedule{" + currency().getCurrencyCode() + "}";
  }

  /** Builds a {@link FeeSchedule}; the currency and at least one fee are required. */
  public interface Builder {
    /**
     * Sets the currency.
     *
     * @param currency never null
     * @return this builder
     */
    Builder currency(Currency currency);

    /**
     * Adds session fees.
     *
     * @param sessionFees never null
     * @return this builder
     */
    Builder addSessionFees(SessionFee... sessionFees);

    /**
     * Adds session fees.
     *
     * @param sessionFees never null
     * @return this builder
     */
    Builder addAllSessionFees(Iterable<? extends SessionFee> sessionFees);

    /**
     * Sets whether the therapist gives superbills.
     *
     * @param superbills whether they do
     * @return this builder
     */
    Builder superbills(boolean superbills);

    /**
     * Builds the schedule.
     *
     * @return the schedule, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the currency
     *     is missing
     * @throws org.sextherapy.InvalidValueException naming the field if the fees break an invariant
     */
    FeeSchedule build();
  }
}
