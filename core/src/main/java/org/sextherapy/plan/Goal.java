package org.sextherapy.plan;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.treatment.Aim;

/**
 * A goal of a session: a structured {@link Aim} and, optionally, the therapist's note in words.
 *
 * <p>The ethics review judges the aim, so a conversion practice cannot hide behind wording; the note
 * is client data and never appears in {@code toString()} or a message.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Goal {

  Goal() {}

  /**
   * Creates a goal without a note.
   *
   * @param aim the aim, never null
   * @return the goal, never null
   */
  public static Goal of(Aim aim) {
    return ImmutableGoal.of(aim, Optional.empty());
  }

  /**
   * Creates a goal with a note.
   *
   * @param aim the aim, never null
   * @param note the therapist's words, never null or blank
   * @return the goal, never null
   * @throws IllegalArgumentException if the note is blank
   */
  public static Goal of(Aim aim, String note) {
    Objects.requireNonNull(aim, "aim");
    Objects.requireNonNull(note, "note");
    return ImmutableGoal.of(aim, Optional.of(note));
  }

  /**
   * Returns the aim.
   *
   * @return the aim, never null
   */
  @Value.Parameter
  public abstract Aim aim();

  /**
   * Returns the therapist's note.
   *
   * @return the note, or empty
   */
  @Value.Parameter
  public abstract Optional<String> note();

  @Value.Check
  final void check() {
    Checks.optionalText(note(), "note");
  }

  @Override
  public String toString() {
    return "Goal{" + aim() + "}";
  }
}
