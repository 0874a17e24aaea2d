package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A practitioner's entry on a {@link Register}, in one discipline, with a registration number, a
 * standing and a period: a dated credential that a client or employer can verify on the register,
 * like a licence.
 *
 * <p>Whether a registration authorises practice in a place is decided by
 * {@link org.sextherapy.authorisation.PracticeAuthorisation} under the place's
 * {@link org.sextherapy.authorisation.LicensingPolicy}: COSRT registration counts for counselling and
 * psychotherapy in the UK, where there is no statutory licence, and nowhere else.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Registration {

  Registration() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableRegistration.builder();
  }

  /**
   * Returns the register.
   *
   * @return the register, never null
   */
  public abstract Register register();

  /**
   * Returns the discipline the practitioner is registered in.
   *
   * @return the discipline, never null
   */
  public abstract Discipline discipline();

  /**
   * Returns the registration or membership number as the register writes it.
   *
   * @return the number, never null or blank
   */
  public abstract String number();

  /**
   * Returns the registration's standing; only an active one counts.
   *
   * @return the status, never null
   */
  public abstract LicenceStatus status();

  /**
   * Returns the first day of the registration.
   *
   * @return the date, never null
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last day of the registration, inclusive.
   *
   * @return the date, or empty when it has no end date
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns the jurisdiction whose register this is.
   *
   * @return the register's jurisdiction, never null
   */
  public final Jurisdiction jurisdiction() {
    return register().jurisdiction();
  }

  /**
   * Tells whether the registration is active and within its period on a date.
   *
   * @param date the day to judge, never null
   * @return whether it is valid on that day
   */
  public final boolean isValidOn(LocalDate date) {
    return status() == LicenceStatus.ACTIVE && !date.isBefore(validFrom())
        && validUntil().map(end -> !date.isAfter(end)).orElse(true);
  }

  @Value.Check
  final void check() {
    Checks.notBlank(number(), "number");
    Optional<LocalDate> until = validUntil();
    Checks.require(until.isEmpty() || !until.get().isBefore(validFrom()), "validUntil",
        "must not be before validFrom");
  }

  @Override
  public String toString() {
    return "Registration{" + register().id() + ", " + discipline().id() + ", " + status().id()
        + "}";
  }

  /** Builds a {@link Registration}; all but the end date are required. */
  public interface Builder {
    /**
     * Sets the register.
     *
     * @param register never null
     * @return this builder
     */
    Builder register(Register register);

    /**
     * Sets the discipline.
     *
     * @param discipline never null
     * @return this builder
     */
    Builder discipline(Discipline discipline);

    /**
     * Sets the registration number.
     *
     * @param number never null or blank
     * @return this builder
     */
    Builder number(String number);

    /**
     * Sets the status.
     *
     * @param status never null
     * @return this builder
     */
    Builder status(LicenceStatus status);

    /**
     * Sets the first day.
     *
     * @param validFrom never null
     * @return this builder
     */
    Builder validFrom(LocalDate validFrom);

    /**
     * Sets the last day, inclusive.
     *
     * @param validUntil never null
     * @return this builder
     */
    Builder validUntil(LocalDate validUntil);

    /**
     * Sets the last day, or none.
     *
     * @param validUntil never null, possibly empty
     * @return this builder
     */
    Builder validUntil(Optional<? extends LocalDate> validUntil);

    /**
     * Builds the registration.
     *
     * @return the registration, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if a required
     *     attribute is missing
     * @throws IllegalArgumentException if the number is blank or the period ends before it starts
     */
    Registration build();
  }
}
