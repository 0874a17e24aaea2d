package org.sextherapy.session;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * Recurring hours on some days of the week, in local time of a zone given elsewhere: a therapist's
 * office hours in their {@link Availability} ("Monday and Wednesday 09:00-17:00"), or the times a
 * client can attend in their {@link org.sextherapy.client.TimePreference}. The shape is HL7 FHIR
 * R4's {@code availableTime} (daysOfWeek, availableStartTime, availableEndTime;
 * https://hl7.org/fhir/R4/practitionerrole.html), with the end after the start on the same day.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class WeeklyHours {

  /** The most days a set of weekly hours holds: the week. */
  public static final int MAX_DAYS = 7;

  WeeklyHours() {}

  /**
   * Creates weekly hours.
   *
   * @param days the days of the week, never null, not empty
   * @param start the local start time, never null
   * @param end the local end time, after the start, never null
   * @return the hours, never null
   * @throws org.sextherapy.InvalidValueException if no day is given or the end is not after the
   *     start
   */
  public static WeeklyHours of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return ImmutableWeeklyHours.of(days, start, end);
  }

  /**
   * Returns the days of the week.
   *
   * @return at least one day, never null
   */
  @Value.Parameter
  public abstract Set<DayOfWeek> days();

  /**
   * Returns the local start time.
   *
   * @return the time, never null
   */
  @Value.Parameter
  public abstract LocalTime start();

  /**
   * Returns the local end time, after the start on the same day.
   *
   * @return the time, never null
   */
  @Value.Parameter
  public abstract LocalTime end();

  @Value.Check
  final void check() {
    Checks.require(!days().isEmpty(), "days", "must hold at least one day");
    Checks.maxItems(days(), MAX_DAYS, "days");
    Checks.require(end().isAfter(start()), "end", "must be after start");
  }
}
