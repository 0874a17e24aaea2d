package org.sextherapy.qualification;

import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * An interstate licensure compact, such as PSYPACT for psychologists, the Counseling Compact or the
 * Social Work Licensure Compact, through which a clinician licensed in one member jurisdiction may
 * practise in others.
 *
 * <p>Membership lists change as jurisdictions join and leave, so the library ships none: the
 * application supplies the {@link #members()} it has checked ({@code shared/domain.md} section 3).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class InterstateCompact {

  InterstateCompact() {}

  /**
   * Creates a compact.
   *
   * @param id a stable identifier such as {@code "PSYPACT"}, an opaque id
   * @param name the compact's name, never null or blank
   * @param disciplines the disciplines the compact covers, never null, not empty
   * @param members the member jurisdictions as the application knows them, never null
   * @return the compact, never null
   * @throws IllegalArgumentException if the id is malformed, the name blank or no discipline given
   */
  public static InterstateCompact of(String id, String name, Set<Discipline> disciplines,
      Set<Jurisdiction> members) {
    return ImmutableInterstateCompact.of(id, name, disciplines, members);
  }

  /**
   * Returns the stable identifier.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the compact's name.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the disciplines the compact covers.
   *
   * @return at least one discipline, never null
   */
  @Value.Parameter
  public abstract Set<Discipline> disciplines();

  /**
   * Returns the member jurisdictions, as supplied.
   *
   * @return the members, never null
   */
  @Value.Parameter
  public abstract Set<Jurisdiction> members();

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

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
    Checks.require(!disciplines().isEmpty(), "disciplines", "must hold at least one discipline");
  }

  @Override
  public String toString() {
    return "InterstateCompact{" + id() + ", " + members().size() + " members}";
  }
}
