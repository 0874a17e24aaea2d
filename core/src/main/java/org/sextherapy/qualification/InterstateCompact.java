package org.sextherapy.qualification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;
import org.sextherapy.location.Jurisdiction;

/**
 * An interstate licensure compact as an application knows it: which compact
 * ({@link CompactKind}), its member jurisdictions and the day from which it authorises practice.
 *
 * <p>Membership lists change as states join and leave, so the library ships none: the application
 * supplies the {@link #members()} it has checked against the commission's map (for example
 * https://psypact.gov, https://counselingcompact.org/map/). The operational date is the one the
 * library ships for the compact ({@link CompactKind#operationalFrom()}) unless the application gives
 * another.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class InterstateCompact {

  /** The most member jurisdictions a compact may have (the US has 56 states and territories). */
  public static final int MAX_MEMBERS = 100;

  InterstateCompact() {}

  /**
   * Creates a compact with the operational date the library ships for it.
   *
   * @param kind the compact, never null
   * @param members the member jurisdictions as the application knows them: US states, DC or
   *     territories, never null
   * @return the compact, never null
   * @throws org.sextherapy.InvalidValueException naming {@code members} if a member is not a US
   *     state, DC or territory, or there are more than {@value #MAX_MEMBERS}
   */
  public static InterstateCompact of(CompactKind kind, Set<Jurisdiction> members) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(members, "members");
    return ImmutableInterstateCompact.of(kind, members, kind.operationalFrom());
  }

  /**
   * Creates a compact with the application's own operational date, for example once the Social Work
   * Licensure Compact issues its first multistate licences.
   *
   * @param kind the compact, never null
   * @param members the member jurisdictions as the application knows them: US states, DC or
   *     territories, never null
   * @param operationalFrom the first day the compact authorises practice, or empty if it does not
   *     yet, never null
   * @return the compact, never null
   * @throws org.sextherapy.InvalidValueException naming {@code members} if a member is not a US
   *     state, DC or territory, or there are more than {@value #MAX_MEMBERS}
   */
  public static InterstateCompact of(CompactKind kind, Set<Jurisdiction> members,
      Optional<LocalDate> operationalFrom) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(operationalFrom, "operationalFrom");
    return ImmutableInterstateCompact.of(kind, members, operationalFrom);
  }

  /**
   * Returns which compact this is.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract CompactKind kind();

  /**
   * Returns the member jurisdictions, as supplied: US states, the District of Columbia and US
   * territories, each as its ISO 3166-2:US code ({@code US-PA}, {@code US-DC}, {@code US-GU}). An
   * interstate compact is an agreement among states, each of which enacts it into its own law;
   * the compact authorises practice only in the states that have.
   *
   * @return the members, never null
   */
  @Value.Parameter
  public abstract Set<Jurisdiction> members();

  /**
   * Returns the first day the compact authorises practice.
   *
   * @return the date, or empty when it is not operational
   */
  @Value.Parameter
  public abstract Optional<LocalDate> operationalFrom();

  /**
   * Returns the compact's stable identifier, such as {@code "PSYPACT"}.
   *
   * @return the id of {@link #kind()}, never null
   */
  public final String id() {
    return kind().id();
  }

  /**
   * Returns the disciplines whose licences the compact covers.
   *
   * @return at least one discipline, never null
   */
  public final Set<Discipline> disciplines() {
    return kind().disciplines();
  }

  /**
   * Tells whether the compact is operational on a date.
   *
   * @param date the day, never null
   * @return whether it authorises practice that day
   */
  public final boolean isOperationalOn(LocalDate date) {
    Optional<LocalDate> from = operationalFrom();
    return from.isPresent() && !date.isBefore(from.get());
  }

  /**
   * Tells whether the compact covers a jurisdiction: it is a member. A compact's parties are
   * states ({@link #members()}), so a member covers exactly itself: a client in {@code US-NY} is
   * covered only where {@code US-NY} has joined, and no member covers a country.
   *
   * @param jurisdiction the jurisdiction, never null
   * @return whether it is a member
   */
  public final boolean hasMemberCovering(Jurisdiction jurisdiction) {
    return members().contains(jurisdiction);
  }

  @Override
  public String toString() {
    return "InterstateCompact{" + id() + ", " + Counts.of(members().size(), "member", "members")
        + "}";
  }

  @Value.Check
  final void checkMembers() {
    Checks.maxItems(members(), MAX_MEMBERS, "members");
    for (Jurisdiction member : members()) {
      // A country or a place outside the US would stand for "every state" or for no party at all,
      // and a compact privilege would then authorise practice where no state agreed to it.
      Checks.require(isState(member), "members", "must be US states, the District of Columbia"
          + " or US territories, as ISO 3166-2:US codes such as US-PA: the parties to a compact");
    }
  }

  /** Tells whether a jurisdiction is a subdivision of the US: a state, DC or a territory. */
  private static boolean isState(Jurisdiction jurisdiction) {
    return jurisdiction.countryCode().equals("US") && jurisdiction.subdivisionCode().isPresent();
  }
}
