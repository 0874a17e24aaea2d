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
   * and it is not current, current otherwise. Whether a credential it rests on is current is not
   * looked at: {@link #standingOn(LocalDate, List)} is the full answer.
   *
   * @param date the day, never null
   * @return the status, never null
   */
  public final CertificationStatus statusOn(LocalDate date) {
    return ownStandingOn(date).status();
  }

  private CertificationStanding ownStandingOn(LocalDate date) {
    if (date.isBefore(issued())) {
      return CertificationStanding.NOT_YET_VALID;
    }
    if (lastValidDay().map(date::isAfter).orElse(false)) {
      return CertificationStanding.PAST_CYCLE;
    }
    boolean membershipLapsed = !membershipCurrent() && credential().issuer().renewalRule()
        .map(RenewalRule::membershipRequired).orElse(false);
    return membershipLapsed ? CertificationStanding.MEMBERSHIP_LAPSED
        : CertificationStanding.CURRENT;
  }

  /**
   * Returns the status of this certification on a day among the certifications held alongside it:
   * {@code standingOn(date, held).status()}.
   *
   * @param date the day, never null
   * @param held the certifications held alongside this one, usually the whole profile's, never
   *     null
   * @return the status, never null
   */
  public final CertificationStatus statusOn(LocalDate date, List<Certification> held) {
    return standingOn(date, held).status();
  }

  /**
   * Decides whether this certification is current on a day, and why not: the one place the library
   * decides it, which the validator, ethical rule 6 and the matcher all call. Not yet valid before
   * {@link #issued()}; past its cycle after {@link #lastValidDay()}; membership lapsed when the
   * issuer requires membership and it is not current; and, when its credential
   * {@linkplain Credential#requiresCurrent() rests on another}, that none of {@code held} holds it
   * current by the same measure (AASECT's supervisor credential lapses when the holder's CST lapses),
   * or that it had not been held for {@link Credential#requiredHeldFor()} when this one was issued,
   * judged from the earliest record of it (AASECT's supervisor credential needs the CST held for
   * two years; aasect.org). Credentials are compared by
   * {@linkplain Credential#qualifiedId() qualified id}.
   *
   * @param date the day, never null
   * @param held the certifications held alongside this one, usually the whole profile's, never
   *     null
   * @return the standing, never null
   */
  public final CertificationStanding standingOn(LocalDate date, List<Certification> held) {
    CertificationStanding own = ownStandingOn(date);
    if (own != CertificationStanding.CURRENT) {
      return own;
    }
    Optional<Credential> required = credential().requiresCurrent();
    if (required.isEmpty()) {
      return own;
    }
    String requiredId = required.get().qualifiedId();
    boolean current = false;
    LocalDate firstHeld = null;
    for (Certification other : held) {
      // The chain ends: a required credential is nested inside the credential requiring it.
      if (other.credential().qualifiedId().equals(requiredId)) {
        current |= other.standingOn(date, held) == CertificationStanding.CURRENT;
        firstHeld = firstHeld == null || other.issued().isBefore(firstHeld) ? other.issued()
            : firstHeld;
      }
    }
    if (!current) {
      return CertificationStanding.REQUIRED_CREDENTIAL_NOT_CURRENT;
    }
    Optional<Period> heldFor = credential().requiredHeldFor();
    if (heldFor.isPresent() && firstHeld != null
        && firstHeld.plus(heldFor.get()).isAfter(issued())) {
      return CertificationStanding.REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH;
    }
    return CertificationStanding.CURRENT;
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
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the credential
     *     or issue date is missing
     * @throws IllegalArgumentException if it expires before it was issued or credits are negative
     */
    Certification build();
  }
}
