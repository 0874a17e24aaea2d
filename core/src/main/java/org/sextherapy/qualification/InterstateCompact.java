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
   * @param members the member jurisdictions as the application knows them, never null
   * @return the compact, never null
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
   * @param members the member jurisdictions as the application knows them, never null
   * @param operationalFrom the first day the compact authorises practice, or empty if it does not
   *     yet, never null
   * @return the compact, never null
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
   * Returns the member jurisdictions, as supplied.
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
   * Tells whether a jurisdiction is covered by a member of the compact.
   *
   * @param jurisdiction the jurisdiction, never null
   * @return whether a member covers it
   */
  public final boolean hasMemberCovering(Jurisdiction jurisdiction) {
    for (Jurisdiction member : members()) {
      if (member.covers(jurisdiction)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "InterstateCompact{" + id() + ", " + Counts.of(members().size(), "member", "members")
        + "}";
  }

  @Value.Check
  final void checkSizes() {
    Checks.maxItems(members(), MAX_MEMBERS, "members");
  }
}
