package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.InvalidValueException;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A privilege to practise granted under an {@link InterstateCompact} on the strength of a home
 * licence: PSYPACT's telepsychology authority (APIT) or temporary in-person authorisation (TAP), a
 * Counseling Compact privilege for one remote state, or a social-work or nurse multistate licence.
 * What each kind authorises is described on {@link PrivilegeKind}.
 *
 * <p>Building a privilege checks its structure: the kind belongs to the compact, a remote state is
 * named exactly when the kind is issued per state, the period does not end before it starts, and
 * days of temporary practice are recorded only for a kind limited in days. Whether it authorises
 * anything on a date (home licence active in a member state, compact operational, days left) is
 * decided by {@link org.sextherapy.authorisation.PracticeAuthorisation}, which the validator and the
 * matcher both ask.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class CompactPrivilege {

  /** The most calendar years of temporary-practice days one privilege records. */
  public static final int MAX_TEMPORARY_DAYS_USED = 200;

  CompactPrivilege() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableCompactPrivilege.builder();
  }

  /**
   * Creates a privilege with no end date, of the kind the compact grants for all its members: an
   * APIT under PSYPACT, a multistate licence under the social-work and nurse compacts.
   *
   * @param compact the compact, never null
   * @param homeJurisdiction where the home licence is held, never null
   * @param validFrom the first valid day, never null
   * @return the privilege, never null
   * @throws InvalidValueException naming the field {@code compact} if the compact grants no
   *     privilege valid in all its members (the Counseling Compact issues one per state; the IMLC
   *     none)
   */
  public static CompactPrivilege of(InterstateCompact compact, Jurisdiction homeJurisdiction,
      LocalDate validFrom) {
    return builder().compact(compact).kind(memberWideKind(compact))
        .homeJurisdiction(homeJurisdiction).validFrom(validFrom).build();
  }

  /**
   * Creates a privilege with an end date, of the kind the compact grants for all its members.
   *
   * @param compact the compact, never null
   * @param homeJurisdiction where the home licence is held, never null
   * @param validFrom the first valid day, never null
   * @param validUntil the last valid day, inclusive, never null
   * @return the privilege, never null
   * @throws InvalidValueException naming the field if the period ends before it starts
   *     ({@code validUntil}), or the compact grants no privilege valid in all its members
   *     ({@code compact})
   */
  public static CompactPrivilege of(InterstateCompact compact, Jurisdiction homeJurisdiction,
      LocalDate validFrom, LocalDate validUntil) {
    return builder().compact(compact).kind(memberWideKind(compact))
        .homeJurisdiction(homeJurisdiction).validFrom(validFrom).validUntil(validUntil).build();
  }

  private static PrivilegeKind memberWideKind(InterstateCompact compact) {
    for (PrivilegeKind kind : compact.kind().privilegeKinds()) {
      if (!kind.isForOneState()) {
        return kind;
      }
    }
    throw new InvalidValueException("compact",
        "must grant a privilege valid in all its members; use builder() with a kind");
  }

  /**
   * Returns the compact.
   *
   * @return the compact, never null
   */
  public abstract InterstateCompact compact();

  /**
   * Returns what kind of privilege this is.
   *
   * @return the kind, one the compact grants, never null
   */
  public abstract PrivilegeKind kind();

  /**
   * Returns the jurisdiction of the home licence the privilege rests on.
   *
   * @return the home jurisdiction, never null
   */
  public abstract Jurisdiction homeJurisdiction();

  /**
   * Returns the one remote state the privilege was issued for, for a kind issued per state.
   *
   * @return the remote jurisdiction, present exactly when {@link PrivilegeKind#isForOneState()}
   */
  public abstract Optional<Jurisdiction> remoteJurisdiction();

  /**
   * Returns the first valid day.
   *
   * @return the date, never null
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last valid day, inclusive.
   *
   * @return the date, or empty when the privilege has no end date
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Returns the days of temporary practice already used in the remote state, by calendar year, for
   * a kind limited in days (PSYPACT TAP).
   *
   * @return days (0 to 366) by year (1 to 9999), never null
   */
  public abstract Map<Integer, Integer> temporaryDaysUsed();

  /**
   * Returns the days of temporary practice used in a calendar year.
   *
   * @param year the year
   * @return the days recorded, zero if none
   */
  public final int daysUsedIn(int year) {
    Integer days = temporaryDaysUsed().get(year);
    return days == null ? 0 : days;
  }

  /**
   * Tells whether the privilege is within its period on a date.
   *
   * @param date the day, never null
   * @return whether the date is within the period
   */
  public final boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(end -> !date.isAfter(end)).orElse(true);
  }

  @Value.Check
  final void check() {
    Checks.maxEntries(temporaryDaysUsed(), MAX_TEMPORARY_DAYS_USED, "temporaryDaysUsed");
    Checks.require(kind().compact() == compact().kind(), "kind",
        "must be a privilege the compact grants");
    Checks.require(remoteJurisdiction().isPresent() == kind().isForOneState(),
        "remoteJurisdiction", kind().isForOneState()
            ? "is required for a privilege issued per state"
            : "must be empty for a privilege valid in every member");
    // A privilege is for practice outside the home state, where the home licence already counts.
    Checks.require(!remoteJurisdiction().equals(Optional.of(homeJurisdiction())),
        "remoteJurisdiction", "must not be the home jurisdiction");
    Checks.require(validUntil().map(end -> !end.isBefore(validFrom())).orElse(true),
        "validUntil", "must not be before validFrom");
    Map<Integer, Integer> days = temporaryDaysUsed();
    Checks.require(days.isEmpty() || kind().daysPerCalendarYear().isPresent(),
        "temporaryDaysUsed", "is recorded only for a privilege limited in days");
    for (Map.Entry<Integer, Integer> entry : days.entrySet()) {
      Checks.require(entry.getKey() >= 1 && entry.getKey() <= 9999, "temporaryDaysUsed",
          "years must be from 1 to 9999");
      Checks.require(entry.getValue() >= 0 && entry.getValue() <= 366,
          "temporaryDaysUsed[" + entry.getKey() + "]", "must be from 0 to 366 days");
    }
  }

  @Override
  public String toString() {
    return "CompactPrivilege{" + kind().id() + ", home " + homeJurisdiction()
        + remoteJurisdiction().map(remote -> ", in " + remote).orElse("") + "}";
  }

  /** Builds a {@link CompactPrivilege}; compact, kind, home jurisdiction and start are required. */
  public interface Builder {
    /**
     * Sets the compact.
     *
     * @param compact never null
     * @return this builder
     */
    Builder compact(InterstateCompact compact);

    /**
     * Sets the kind of privilege.
     *
     * @param kind one the compact grants, never null
     * @return this builder
     */
    Builder kind(PrivilegeKind kind);

    /**
     * Sets the home licence's jurisdiction.
     *
     * @param homeJurisdiction never null
     * @return this builder
     */
    Builder homeJurisdiction(Jurisdiction homeJurisdiction);

    /**
     * Sets the one remote state, for a kind issued per state.
     *
     * @param remoteJurisdiction never null
     * @return this builder
     */
    Builder remoteJurisdiction(Jurisdiction remoteJurisdiction);

    /**
     * Sets the one remote state, or none.
     *
     * @param remoteJurisdiction never null, possibly empty
     * @return this builder
     */
    Builder remoteJurisdiction(Optional<? extends Jurisdiction> remoteJurisdiction);

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
     * @param validUntil never null
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
     * Records the days of temporary practice used in a calendar year.
     *
     * @param year the year, 1 to 9999
     * @param days the days, 0 to 366
     * @return this builder
     */
    Builder putTemporaryDaysUsed(int year, int days);

    /**
     * Records the days of temporary practice used, by calendar year.
     *
     * @param days never null
     * @return this builder
     */
    Builder putAllTemporaryDaysUsed(Map<Integer, ? extends Integer> days);

    /**
     * Builds the privilege.
     *
     * @return the privilege, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if a required
     *     attribute is missing
     * @throws IllegalArgumentException if the kind is not the compact's, the remote state is
     *     missing or superfluous, the period ends before it starts or the days are out of range
     */
    CompactPrivilege build();
  }
}
