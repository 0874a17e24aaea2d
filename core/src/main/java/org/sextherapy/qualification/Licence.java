package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A licence to practise psychotherapy: the legal right, issued by one jurisdiction in one
 * discipline, with a number, a status and a period (for example a California psychologist licence,
 * https://www.psychology.ca.gov).
 *
 * <p>Whether a licence authorises a session with a client physically in a place is decided by
 * {@link org.sextherapy.authorisation.PracticeAuthorisation} under the place's licensing policy: in
 * the United States each state licenses, so a licence recorded at country level ({@code US})
 * authorises no state; in the UK counselling has no statutory licence at all.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Licence {

  Licence() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableLicence.builder();
  }

  /**
   * Returns the discipline the licence is issued in.
   *
   * @return the discipline, never null
   */
  public abstract Discipline discipline();

  /**
   * Returns the jurisdiction that issued the licence.
   *
   * @return the jurisdiction, never null
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the licence number as the board writes it.
   *
   * @return the number, never null or blank
   */
  public abstract String number();

  /**
   * Returns the licence's standing.
   *
   * @return the status, never null
   */
  public abstract LicenceStatus status();

  /**
   * Returns the first day the licence is valid.
   *
   * @return the date, never null
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last day the licence is valid, inclusive.
   *
   * @return the date, on or after {@link #validFrom()}, or empty when the licence has no end date
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns the NUCC provider-taxonomy code the licence is filed under.
   *
   * @return a code of {@link CodeSystem#NUCC_PROVIDER_TAXONOMY}, or empty
   */
  public abstract Optional<Code> taxonomyCode();

  /**
   * Returns the last day the licence, as recorded here (number, status and period), was verified
   * with its primary source, the issuing board: what credentialing calls primary-source
   * verification, published by a directory as a FHIR {@code VerificationResult} with status
   * {@code validated} (https://hl7.org/fhir/R4/verificationresult.html; the US National
   * Directory's profile, https://hl7.org/fhir/us/ndh/StructureDefinition-ndh-Verification.html).
   * A licence a directory merely lists, or that the therapist attests, has none.
   *
   * @return the day, on or after {@link #validFrom()}, or empty when no verification is recorded
   */
  public abstract Optional<LocalDate> verifiedOn();

  /**
   * Tells whether the licence is active and within its period on a date.
   *
   * @param date the day to judge, never null
   * @return whether the licence is valid on that day
   */
  public final boolean isValidOn(LocalDate date) {
    return status() == LicenceStatus.ACTIVE && !date.isBefore(validFrom())
        && validUntil().map(end -> !date.isAfter(end)).orElse(true);
  }

  @Value.Check
  final void check() {
    // Straight-line tests rather than Optional.map with lambdas: this runs for every licence of
    // every profile read or built.
    Checks.notBlank(number(), "number");
    Optional<LocalDate> until = validUntil();
    Checks.require(until.isEmpty() || !until.get().isBefore(validFrom()), "validUntil",
        "must not be before validFrom");
    // A verification confirms the period as recorded, so it cannot predate it: a licence renewed
    // since its last check has a new period that nobody has verified yet.
    Optional<LocalDate> verified = verifiedOn();
    Checks.require(verified.isEmpty() || !verified.get().isBefore(validFrom()), "verifiedOn",
        "must not be before validFrom");
    Optional<Code> code = taxonomyCode();
    Checks.require(code.isEmpty() || code.get().system() == CodeSystem.NUCC_PROVIDER_TAXONOMY,
        "taxonomyCode", "must be a NUCC provider-taxonomy code");
  }

  @Override
  public String toString() {
    return "Licence{" + discipline().id() + ", " + jurisdiction() + ", " + status().id() + "}";
  }

  /** Builds a {@link Licence}; all but the end date and taxonomy code are required. */
  public interface Builder {
    /**
     * Sets the discipline.
     *
     * @param discipline never null
     * @return this builder
     */
    Builder discipline(Discipline discipline);

    /**
     * Sets the issuing jurisdiction.
     *
     * @param jurisdiction never null
     * @return this builder
     */
    Builder jurisdiction(Jurisdiction jurisdiction);

    /**
     * Sets the licence number.
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
     * Sets the first valid day.
     *
     * @param validFrom never null
     * @return this builder
     */
    Builder validFrom(LocalDate validFrom);

    /**
     * Sets the last valid day, inclusive.
     *
     * @param validUntil never null; omit for no end date
     * @return this builder
     */
    Builder validUntil(LocalDate validUntil);

    /**
     * Sets the last valid day, or none.
     *
     * @param validUntil never null, possibly empty
     * @return this builder
     */
    Builder validUntil(Optional<? extends LocalDate> validUntil);

    /**
     * Sets the NUCC taxonomy code.
     *
     * @param taxonomyCode a NUCC code, never null
     * @return this builder
     */
    Builder taxonomyCode(Code taxonomyCode);

    /**
     * Sets the NUCC taxonomy code, or none.
     *
     * @param taxonomyCode never null, possibly empty
     * @return this builder
     */
    Builder taxonomyCode(Optional<? extends Code> taxonomyCode);

    /**
     * Sets the last day the licence was verified with the issuing board.
     *
     * @param verifiedOn never null, on or after the first valid day
     * @return this builder
     */
    Builder verifiedOn(LocalDate verifiedOn);

    /**
     * Sets the last day the licence was verified with the issuing board, or none.
     *
     * @param verifiedOn never null, possibly empty
     * @return this builder
     */
    Builder verifiedOn(Optional<? extends LocalDate> verifiedOn);

    /**
     * Builds the licence.
     *
     * @return the licence, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if a required
     *     attribute is missing
     * @throws IllegalArgumentException if the number is blank, the period ends before it starts,
     *     the verification predates the period or the taxonomy code is not NUCC
     */
    Licence build();
  }
}
