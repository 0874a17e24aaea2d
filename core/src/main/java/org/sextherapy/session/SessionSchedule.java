package org.sextherapy.session;

import java.time.Duration;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * How a course of therapy is arranged: who takes part, how sessions are delivered, how long each
 * lasts, how often they happen, and the expected course.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SessionSchedule {

  SessionSchedule() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableSessionSchedule.builder();
  }

  /**
   * Returns who takes part.
   *
   * @return the format, never null
   */
  public abstract SessionFormat format();

  /**
   * Returns how sessions are delivered.
   *
   * @return the delivery, never null
   */
  public abstract Delivery delivery();

  /**
   * Returns how long one session lasts, such as 50 minutes.
   *
   * @return a positive duration of at most 8 hours, never null
   */
  public abstract Duration sessionLength();

  /**
   * Returns how often sessions happen.
   *
   * @return the frequency, never null
   */
  public abstract Frequency frequency();

  /**
   * Returns the expected course.
   *
   * @return the course, never null
   */
  public abstract Course course();

  @Value.Check
  final void check() {
    Checks.require(!sessionLength().isNegative() && !sessionLength().isZero()
        && sessionLength().compareTo(Duration.ofHours(8)) <= 0,
        "sessionLength", "must be positive and at most 8 hours");
  }

  /** Builds a {@link SessionSchedule}; every attribute is required. */
  public interface Builder {
    /**
     * Sets who takes part.
     *
     * @param format never null
     * @return this builder
     */
    Builder format(SessionFormat format);

    /**
     * Sets how sessions are delivered.
     *
     * @param delivery never null
     * @return this builder
     */
    Builder delivery(Delivery delivery);

    /**
     * Sets the length of one session.
     *
     * @param sessionLength positive, at most 8 hours, never null
     * @return this builder
     */
    Builder sessionLength(Duration sessionLength);

    /**
     * Sets how often sessions happen.
     *
     * @param frequency never null
     * @return this builder
     */
    Builder frequency(Frequency frequency);

    /**
     * Sets the expected course.
     *
     * @param course never null
     * @return this builder
     */
    Builder course(Course course);

    /**
     * Builds the schedule.
     *
     * @return the schedule, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if an attribute
     *     is missing
     * @throws IllegalArgumentException if the session length is not positive or over 8 hours
     */
    SessionSchedule build();
  }
}
