package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A privilege to practise under an {@link InterstateCompact}, such as PSYPACT's Authority to Practice
 * Interjurisdictional Telepsychology, held on the strength of a home licence.
 *
 * <p>A privilege {@linkplain #covers(Jurisdiction, LocalDate) covers} a client's session jurisdiction
 * when a member of the compact covers it and the date is within the privilege's period. Whether the
 * home licence is active and in a member jurisdiction is for the validators to judge, since it
 * depends on the rest of the profile.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class CompactPrivilege {

  CompactPrivilege() {}

  /**
   * Creates a privilege with no end date.
   *
   * @param compact the compact, never null
   * @param homeJurisdiction where the home licence is held, never null
   * @param validFrom the first valid day, never null
   * @return the privilege, never null
   */
  public static CompactPrivilege of(InterstateCompact compact, Jurisdiction homeJurisdiction,
      LocalDate validFrom) {
    return ImmutableCompactPrivilege.of(compact, homeJurisdiction, validFrom, Optional.empty());
  }

  /**
   * Creates a privilege with an end date.
   *
   * @param compact the compact, never null
   * @param homeJurisdiction where the home licence is held, never null
   * @param validFrom the first valid day, never null
   * @param validUntil the last valid day, inclusive, never null
   * @return the privilege, never null
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static CompactPrivilege of(InterstateCompact compact, Jurisdiction homeJurisdiction,
      LocalDate validFrom, LocalDate validUntil) {
    return ImmutableCompactPrivilege.of(compact, homeJurisdiction, validFrom,
        Optional.of(validUntil));
  }

  /**
   * Returns the compact.
   *
   * @return the compact, never null
   */
  @Value.Parameter
  public abstract InterstateCompact compact();

  /**
   * Returns the jurisdiction of the home licence the privilege rests on.
   *
   * @return the home jurisdiction, never null
   */
  @Value.Parameter
  public abstract Jurisdiction homeJurisdiction();

  /**
   * Returns the first valid day.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate validFrom();

  /**
   * Returns the last valid day, inclusive.
   *
   * @return the date, or empty when the privilege has no end date
   */
  @Value.Parameter
  public abstract Optional<LocalDate> validUntil();

  /**
   * Tells whether the privilege is within its period on a date.
   *
   * @param date the day, never null
   * @return whether the date is within the period
   */
  public final boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Tells whether the privilege covers a session with a client physically in a jurisdiction on a
   * date.
   *
   * @param clientLocation where the client is during the session, never null
   * @param date the session date, never null
   * @return whether it is covered
   */
  public final boolean covers(Jurisdiction clientLocation, LocalDate date) {
    return isValidOn(date) && compact().hasMemberCovering(clientLocation);
  }

  @Value.Check
  final void check() {
    Checks.require(validUntil().map(end -> !end.isBefore(validFrom())).orElse(true),
        "validUntil", "must not be before validFrom");
  }

  @Override
  public String toString() {
    return "CompactPrivilege{" + compact().id() + ", home " + homeJurisdiction() + "}";
  }
}
