package org.sextherapy.qualification;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A certification a therapist holds: a {@link Credential} from a named issuer, issued (or last
 * renewed) on a date, with the continuing-education credits earned in the current cycle and whether
 * membership of the issuer is current.
 *
 * <p>The certification's last valid day is {@link #expires()} when recorded, otherwise the day before
 * the issuer's renewal cycle ends ({@link #lastValidDay()}); AASECT certifications last 3 years. A
 * certification is {@linkplain #statusOn(LocalDate) current} on a day within that period, provided
 * the issuer's membership requirement is met. Whether a credential it rests on is current as well is
 * judged across the profile, by the validators.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Certification {

  Certification() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableCertification.builder();
  }

  /**
   * Returns the credential.
   *
   * @return the credential, never null
   */
  public abstract Credential credential();

  /**
   * Returns the day the certification was issued or last renewed, which starts the current cycle.
   *
   * @return the date, never null
   */
  public abstract LocalDate issued();

  /**
   * Returns the last valid day as the issuer recorded it.
   *
   * @return the date, on or after {@link #issued()}, or empty to derive it from the renewal rule
   */
  public abstract Optional<LocalDate> expires();

  /**
   * Returns the continuing-education credits earned in the current cycle.
   *
   * @return zero or more; zero unless set
   */
  @Value.Default
  public int ceCreditsEarned() {
    return 0;
  }

  /**
   * Tells whether membership of the issuer is current.
   *
   * @return whether membership is current; true unless set
   */
  @Value.Default
  public boolean membershipCurrent() {
    return true;
  }

  /**
   * Returns the last day the certification is valid: {@link #expires()} when recorded, otherwise
   * the day before {@link #issued()} plus the issuer's renewal cycle ({@link LocalDate#MAX} when
   * that cycle would end beyond the calendar).
   *
   * @return the date, or empty when neither an expiry nor a renewal rule is known
   */
  public final Optional<LocalDate> lastValidDay() {
    if (expires().isPresent()) {
      return expires();
    }
    return credential().issuer().renewalRule().map(rule -> endOfCycle(rule.cycle()));
  }

  /** The day before the cycle ends, or the calendar's last day when the cycle runs past it. */
  private LocalDate endOfCycle(Period cycle) {
    try {
      return issued().plus(cycle).minusDays(1);
    } catch (DateTimeException | ArithmeticException pastTheCalendar) {
      return LocalDate.MAX;
    }
  }

  /**
   * Returns the status of this certification on a day, from its own data: not yet valid before
   * {@link #issued()}, lapsed after {@link #lastValidDay()} or when the issuer requires membership
   * and it is not current, current otherwise.
   *
   * @param date the day, never null
   * @return the status, never null
   */
  public final CertificationStatus statusOn(LocalDate date) {
    if (date.isBefore(issued())) {
      return CertificationStatus.NOT_YET_VALID;
    }
    boolean pastCycle = lastValidDay().map(date::isAfter).orElse(false);
    boolean membershipLapsed = !membershipCurrent() && credential().issuer().renewalRule()
        .map(RenewalRule::membershipRequired).orElse(false);
    return pastCycle || membershipLapsed ? CertificationStatus.LAPSED : CertificationStatus.CURRENT;
  }

  /**
   * Returns the status of this certification on a day among the certifications held alongside it:
   * as {@link #statusOn(LocalDate)}, and lapsed as well when its credential
   * {@linkplain Credential#requiresCurrent() rests on another} that none of {@code held} holds
   * current, by the same measure (AASECT's supervisor credential lapses when the holder's CST lapses;
   * aasect.org). Credentials are compared by {@linkplain Credential#qualifiedId() qualified id}.
   *
   * @param date the day, never null
   * @param held the certifications held alongside this one, usually the whole profile's, never
   *     null
   * @return the status, never null
   */
  public final CertificationStatus statusOn(LocalDate date, List<Certification> held) {
    CertificationStatus own = statusOn(date);
    if (own != CertificationStatus.CURRENT) {
      return own;
    }
    Optional<Credential> required = credential().requiresCurrent();
    if (required.isEmpty()) {
      return own;
    }
    String requiredId = required.get().qualifiedId();
    for (Certification other : held) {
      // The chain ends: a required credential is nested inside the credential requiring it.
      if (other.credential().qualifiedId().equals(requiredId)
          && other.statusOn(date, held) == CertificationStatus.CURRENT) {
        return CertificationStatus.CURRENT;
      }
    }
    return CertificationStatus.LAPSED;
  }

  /**
   * Returns how many more continuing-education credits the issuer requires before renewal.
   *
   * @return zero or more; zero when no rule is known
   */
  public final int ceCreditsShortfall() {
    int required = credential().issuer().renewalRule().map(RenewalRule::requiredCeCredits).orElse(0);
    return Math.max(0, required - ceCreditsEarned());
  }

  @Value.Check
  final void check() {
    Checks.require(expires().map(end -> !end.isBefore(issued())).orElse(true), "expires",
        "must not be before issued");
    Checks.nonNegative(ceCreditsEarned(), "ceCreditsEarned");
  }

  @Override
  public String toString() {
    return "Certification{" + credential().qualifiedId() + "}";
  }

  /** Builds a {@link Certification}; the credential and issue date are required. */
  public interface Builder {
    /**
     * Sets the credential.
     *
     * @param credential never null
     * @return this builder
     */
    Builder credential(Credential credential);

    /**
     * Sets the day of issue or last renewal.
     *
     * @param issued never null
     * @return this builder
     */
    Builder issued(LocalDate issued);

    /**
     * Sets the recorded last valid day.
     *
     * @param expires never null
     * @return this builder
     */
    Builder expires(LocalDate expires);

    /**
     * Sets the recorded last valid day, or none.
     *
     * @param expires never null, possibly empty
     * @return this builder
     */
    Builder expires(Optional<? extends LocalDate> expires);

    /**
     * Sets the CE credits earned in the current cycle.
     *
     * @param ceCreditsEarned zero or more
     * @return this builder
     */
    Builder ceCreditsEarned(int ceCreditsEarned);

    /**
     * Sets whether membership of the issuer is current.
     *
     * @param membershipCurrent whether it is
     * @return this builder
     */
    Builder membershipCurrent(boolean membershipCurrent);

    /**
     * Builds the certification.
     *
     * @return the certification, never null
     * @throws IllegalStateException if the credential or issue date is missing
     * @throws IllegalArgumentException if it expires before it was issued or credits are negative
     */
    Certification build();
  }
}
