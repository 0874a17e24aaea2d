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

  /**
   * The {@linkplain #column column} entry of a profile without a stated availability, which never
   * meets a time preference.
   */
  static final char NONE = '\uffff';
  /**
   * The {@linkplain #column column} entry of a profile whose schedule's number does not fit in a
   * char (a directory with more than 65,534 distinct schedules): its schedule is read from its
   * {@link Particulars}, as before the column.
   */
  static final char SPILLED = '\ufffe';

  private Schedule(Availability weekly, int id) {
    this.weekly = weekly;
    this.id = id;
  }

  /**
   * Returns the schedule column of a directory: per profile, its schedule's number, {@link #NONE}
   * without one, or {@link #SPILLED} when the number is {@code SPILLED} or more.
   *
   * <p>Why a column: the time family asks, for every candidate of a required time preference and
   * for the bounds of a preferred one, which schedule the profile has, then reads that schedule's
   * decision byte. Through the profile's {@link Particulars} that is two dependent reads of objects
   * spread over the heap per candidate; a column of chars, read in the scan's order, is one read
   * of memory the scan is already streaming through, for 2 bytes per profile. Numbers are a char
   * since directories share few schedules (2,822 among the dense benchmark's 100,000 profiles);
   * a directory with more keeps the column exact by spilling the rest to the particulars.
   *
   * @param particulars the profiles' particulars, in packed order, never null
   * @return the column, one entry per profile, never null
   */
  static char[] column(Particulars[] particulars) {
    char[] column = new char[particulars.length];
    for (int i = 0; i < particulars.length; i++) {
      Schedule schedule = particulars[i].schedule();
      column[i] = schedule == null ? NONE : (char) Math.min(schedule.id, SPILLED);
    }
    return column;
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
