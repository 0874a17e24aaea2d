package org.sextherapy.plan;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;

/**
 * One planned session: its number in the course, its goals and its in-session activities.
 *
 * <p>In-session activities must be verbal and instructive (ethical rule 3); the ethics review
 * reports any that is not.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class PlannedSession {

  /** The most goals a planned session may hold. */
  public static final int MAX_GOALS = 100;

  /** The most in-session activities a planned session may list. */
  public static final int MAX_ACTIVITIES = 100;

  PlannedSession() {}

  /**
   * Creates a planned session.
   *
   * @param number the session's number in the course, from 1
   * @param goals the goals, never null
   * @param activities the in-session activities, never null
   * @return the session, never null
   * @throws IllegalArgumentException if the number is less than 1
   */
  public static PlannedSession of(int number, List<Goal> goals, List<ActivityKind> activities) {
    Objects.requireNonNull(goals, "goals");
    Objects.requireNonNull(activities, "activities");
    return ImmutablePlannedSession.of(number, goals, activities);
  }

  /**
   * Returns the session's number in the course.
   *
   * @return 1 or more
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the goals of the session.
   *
   * @return the goals, never null
   */
  @Value.Parameter
  public abstract List<Goal> goals();

  /**
   * Returns what is planned to happen in the session.
   *
   * @return the activities, never null
   */
  @Value.Parameter
  public abstract List<ActivityKind> activities();

  @Value.Check
  final void check() {
    Checks.maxItems(goals(), MAX_GOALS, "goals");
    Checks.maxItems(activities(), MAX_ACTIVITIES, "activities");
    Checks.require(number() >= 1, "number", "must be at least 1");
  }

  @Override
  public String toString() {
    return "PlannedSession{" + number() + ", " + Counts.of(goals().size(), "goal", "goals") + ", "
        + Counts.of(activities().size(), "activity", "activities") + "}";
  }
}
