package org.sextherapy.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sextherapy.session.Availability;

/**
 * When a therapist works, as the time preference reads it: the time zone, the weekly hours and the
 * open slots of their {@link Availability}, without the next opening or the estimated wait, which
 * {@link org.sextherapy.client.TimePreference#firstOverlap} does not weigh. Therapists of a
 * directory share a few schedules ("Monday and Wednesday 09:00-17:00, America/Chicago"), so the
 * directory keeps each distinct one once, numbered, and a query decides the time preference once
 * per schedule instead of once per therapist ({@link TimeCriterion}).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Schedule {

  /** The schedule as an availability of its own: the zone, hours and slots only. */
  final Availability weekly;
  /** The schedule's number in its directory, from 0. */
  final int id;

  private Schedule(Availability weekly, int id) {
    this.weekly = weekly;
    this.id = id;
  }

  /**
   * Numbers the distinct schedules met while a directory is built: equal zones, hours and slots
   * (in the same order) share one schedule. Thread-safe, since chunks are packed in parallel; the
   * numbers depend on the order in which chunks are packed, and nothing depends on the numbers.
   */
  static final class Table {
    private final Map<List<Object>, Schedule> schedules = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** Returns the schedule of an availability, numbering it if it is new. */
    Schedule of(Availability availability) {
      return schedules.computeIfAbsent(
          List.of(availability.zone(), availability.hours(), availability.slots()),
          key -> new Schedule(Availability.builder().zone(availability.zone())
              .addAllHours(availability.hours()).addAllSlots(availability.slots()).build(),
              count.getAndIncrement()));
    }

    /** Returns how many schedules were numbered. */
    int size() {
      return count.get();
    }
  }
}
