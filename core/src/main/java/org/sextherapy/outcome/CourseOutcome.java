package org.sextherapy.outcome;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.internal.Checks;

/**
 * One completed course of therapy as outcome monitoring recorded it: the therapist, the concern
 * treated, the measure, the client's baseline and final scores, and when the course started and
 * ended. An {@link OutcomeLedger} turns courses into a therapist's {@link OutcomeRecord}s.
 *
 * <p>A course is a client's sexual-health data (GDPR Art. 9; HIPAA minimum necessary): it carries no
 * client identifier, and its {@link #toString()} prints the therapist's id only, never the concern,
 * scores or dates; failures name the field, never its value.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class CourseOutcome {

  CourseOutcome() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableCourseOutcome.builder();
  }

  /**
   * Returns the id of the therapist who gave the course.
   *
   * @return an opaque id, never null
   */
  public abstract String therapistId();

  /**
   * Returns the concern the course treated.
   *
   * @return the concern type, never null
   */
  public abstract ConcernType concern();

  /**
   * Returns the measure the client completed at start and end.
   *
   * @return the measure, never null
   */
  public abstract OutcomeMeasure measure();

  /**
   * Returns the score at the start of the course.
   *
   * @return a finite number
   */
  public abstract double baselineScore();

  /**
   * Returns the score at the end of the course.
   *
   * @return a finite number
   */
  public abstract double finalScore();

  /**
   * Returns the day the course started.
   *
   * @return the day, never null
   */
  public abstract LocalDate started();

  /**
   * Returns the day the course was completed.
   *
   * @return the day, never null, not before {@link #started()}
   */
  public abstract LocalDate completed();

  /**
   * Returns how the course ended on its measure, as {@link OutcomeMeasure#change} judges it.
   *
   * @return the reliable change, never null
   */
  public final ReliableChange change() {
    return measure().change(baselineScore(), finalScore());
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(therapistId(), "therapistId");
    Checks.require(Double.isFinite(baselineScore()), "baselineScore", "must be a finite number");
    Checks.require(Double.isFinite(finalScore()), "finalScore", "must be a finite number");
    Checks.require(!completed().isBefore(started()), "completed", "must not be before started");
  }

  @Override
  public String toString() {
    return "CourseOutcome{therapist " + therapistId() + "}";
  }

  /** Builds a {@link CourseOutcome}; every attribute is required. */
  public interface Builder {
    /**
     * Sets the therapist's id.
     *
     * @param therapistId an opaque id, never null
     * @return this builder
     */
    Builder therapistId(String therapistId);

    /**
     * Sets the concern treated.
     *
     * @param concern never null
     * @return this builder
     */
    Builder concern(ConcernType concern);

    /**
     * Sets the measure.
     *
     * @param measure never null
     * @return this builder
     */
    Builder measure(OutcomeMeasure measure);

    /**
     * Sets the baseline score.
     *
     * @param baselineScore a finite number
     * @return this builder
     */
    Builder baselineScore(double baselineScore);

    /**
     * Sets the final score.
     *
     * @param finalScore a finite number
     * @return this builder
     */
    Builder finalScore(double finalScore);

    /**
     * Sets the day the course started.
     *
     * @param started never null
     * @return this builder
     */
    Builder started(LocalDate started);

    /**
     * Sets the day the course was completed.
     *
     * @param completed never null, not before the start
     * @return this builder
     */
    Builder completed(LocalDate completed);

    /**
     * Builds the course.
     *
     * @return the course, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if an attribute
     *     is missing
     * @throws IllegalArgumentException if a score is not finite or the dates are reversed; the
     *     message names the field
     */
    CourseOutcome build();
  }
}
