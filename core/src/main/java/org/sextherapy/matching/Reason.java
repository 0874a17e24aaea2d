package org.sextherapy.matching;

import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;

/**
 * One reason in the explanation of a {@link Match}: a {@link ReasonCode}, its argument and the
 * points it contributes, written {@code COVERS_CONCERN(PAINFUL_SEX) +90}. Reasons from measured
 * outcomes also carry the number of courses measured, written
 * {@code MEASURED_OUTCOMES(PAINFUL_SEX, 42 courses) +37}.
 *
 * <p>The argument is an id or a code only, never the client's data (ethical rule 9), so an
 * explanation may be shown, stored and logged.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /**
   * Creates a reason.
   *
   * @param code the reason code, never null
   * @param argument the id or code it is about, an opaque id (letters, digits, '.', '_', ':', '-')
   * @param points the points it contributes, zero or more
   * @return the reason, never null
   * @throws IllegalArgumentException if the argument is malformed or the points negative
   */
  public static Reason of(ReasonCode code, String argument, long points) {
    return ImmutableReason.of(code, argument, points, OptionalInt.empty());
  }

  /**
   * Creates a reason resting on measured courses.
   *
   * @param code the reason code, never null
   * @param argument the id or code it is about, an opaque id (letters, digits, '.', '_', ':', '-')
   * @param courses the number of courses measured, zero or more
   * @param points the points it contributes, zero or more
   * @return the reason, never null
   * @throws IllegalArgumentException if the argument is malformed, or the courses or points
   *     negative
   */
  public static Reason of(ReasonCode code, String argument, int courses, long points) {
    return ImmutableReason.of(code, argument, points, OptionalInt.of(courses));
  }

  /**
   * Returns the reason code.
   *
   * @return the code, never null
   */
  @Value.Parameter
  public abstract ReasonCode code();

  /**
   * Returns the id or code the reason is about, such as {@code PAINFUL_SEX} or {@code US-CA}.
   *
   * @return the argument, never null
   */
  @Value.Parameter
  public abstract String argument();

  /**
   * Returns the points this reason contributes to the score.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract long points();

  /**
   * Returns the number of courses measured that a reason from measured outcomes rests on.
   *
   * @return the number of courses, or empty for a reason not resting on measurement
   */
  @Value.Parameter
  public abstract OptionalInt courses();

  @Value.Check
  final void check() {
    Checks.opaqueId(argument(), "argument");
    Checks.require(courses().orElse(0) >= 0, "courses", "must not be negative");
    Checks.require(points() >= 0, "points", "must not be negative");
  }

  @Override
  public String toString() {
    OptionalInt courses = courses();
    return code().name() + "(" + argument()
        + (courses.isPresent() ? ", " + Counts.of(courses.getAsInt(), "course", "courses") : "")
        + ") +" + points();
  }
}
