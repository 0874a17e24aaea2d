package org.sextherapy.therapist;

import org.immutables.value.Value;
import org.sextherapy.concern.ConcernType;

/**
 * A concern a therapist declares expertise in, with its level. A therapist is matched only on
 * concerns they declare expertise in (ethical rule 6, competence).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Expertise {

  Expertise() {}

  /**
   * Creates an expertise.
   *
   * @param concern the concern type, never null
   * @param level how much expertise, never null
   * @return the expertise, never null
   */
  public static Expertise of(ConcernType concern, ExpertiseLevel level) {
    return ImmutableExpertise.of(concern, level);
  }

  /**
   * Returns the concern type.
   *
   * @return the concern type, never null
   */
  @Value.Parameter
  public abstract ConcernType concern();

  /**
   * Returns the level of expertise.
   *
   * @return the level, never null
   */
  @Value.Parameter
  public abstract ExpertiseLevel level();

  @Override
  public String toString() {
    return "Expertise{" + concern().id() + ", " + level().id() + "}";
  }
}
