package org.sextherapy.session;

import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * The expected course of therapy: short-term with a planned number of sessions, or open-ended.
 *
 * <p>Sex therapy is often short-term and sometimes longer-term; the plan depends on the person or
 * couple (GoodTherapy, Sex Therapy).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Course {

  Course() {}

  /**
   * Returns a short-term course of a planned number of sessions.
   *
   * @param plannedSessions the number of sessions, at least 1
   * @return the course, never null
   * @throws IllegalArgumentException if {@code plannedSessions} is less than 1
   */
  public static Course shortTerm(int plannedSessions) {
    return ImmutableCourse.of(OptionalInt.of(plannedSessions));
  }

  /**
   * Returns an open-ended course.
   *
   * @return the course, never null
   */
  public static Course openEnded() {
    return ImmutableCourse.of(OptionalInt.empty());
  }

  /**
   * Returns the planned number of sessions of a short-term course.
   *
   * @return the number, at least 1, or empty for an open-ended course
   */
  @Value.Parameter
  public abstract OptionalInt plannedSessions();

  /**
   * Tells whether the course is open-ended.
   *
   * @return true when no number of sessions is planned
   */
  public final boolean isOpenEnded() {
    return plannedSessions().isEmpty();
  }

  @Value.Check
  final void check() {
    Checks.require(plannedSessions().orElse(1) >= 1, "plannedSessions", "must be at least 1");
  }
}
