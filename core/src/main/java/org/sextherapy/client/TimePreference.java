package org.sextherapy.client;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.sextherapy.internal.Checks;
import org.sextherapy.session.Availability;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.WeeklyHours;

/**
 * A preference for sessions at times the client can attend: weekly windows in the client's own
 * time zone ("Tuesday and Thursday 18:00-21:00, Europe/London"). A therapist meets it when, in the
 * week starting on the session date, one of the client's windows and the therapist's
 * {@link Availability} (weekly hours in the therapist's zone and open slots, joined where they
 * touch) share at least
 * {@link #MINIMUM_OVERLAP}, the length of a standard psychotherapy session (CPT 90834, 45 minutes;
 * https://www.cms.gov/medicare/physician-fee-schedule/search). {@link #firstOverlap} is the one
 * place that decides it.
 *
 * <p>Both sides are turned into instants day by day with their own zone's rules
 * ({@link ZonedDateTime}), so the comparison holds across time zones and daylight-saving changes,
 * including the weeks when only one of the two zones has changed. A local time skipped by a change
 * moves forward by the gap; a repeated one takes the earlier offset.
 *
 * <p>The zone and windows are the client's data: {@code toString()} never shows them.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class TimePreference implements Preference {

  /** The shortest shared time that counts: one standard session. */
  public static final Duration MINIMUM_OVERLAP = Duration.ofMinutes(45);
  /** The most windows a preference holds. */
  public static final int MAX_WINDOWS = 64;

  TimePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param zone the client's time zone, never null
   * @param windows the weekly windows, never null, 1 to {@value #MAX_WINDOWS}
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException if no window or too many are given
   */
  public static TimePreference of(Strength strength, ZoneId zone, List<WeeklyHours> windows) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(windows, "windows");
    return ImmutableTimePreference.of(strength, zone, windows);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the client's time zone, in which the windows are local times.
   *
   * @return the zone, never null
   */
  @Value.Parameter
  public abstract ZoneId zone();

  /**
   * Returns the weekly windows in which the client can attend.
   *
   * @return 1 to {@value #MAX_WINDOWS} windows, never null
   */
  @Value.Parameter
  public abstract List<WeeklyHours> windows();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.TIME;
  }

  /**
   * Returns the earliest instant from which a therapist's availability and one of the client's
   * windows share at least {@link #MINIMUM_OVERLAP}, within the seven days starting on the session
   * date in the client's zone.
   *
   * @param availability the therapist's availability, never null
   * @param sessionDate the first day of the week considered, never null
   * @return the instant, or empty when they share no such time that week
   */
  public final Optional<Instant> firstOverlap(Availability availability, LocalDate sessionDate) {
    List<Instant[]> client = new ArrayList<>();
    ZoneOffset clientOffset = steadyOffset(zone(), sessionDate);
    for (int day = 0; day < 7; day++) {
      LocalDate date = sessionDate.plusDays(day);
      for (WeeklyHours window : windows()) {
        if (window.days().contains(date.getDayOfWeek())) {
          client.add(interval(date, window, zone(), clientOffset));
        }
      }
    }
    List<Instant[]> therapist = new ArrayList<>();
    ZoneOffset therapistOffset = steadyOffset(availability.zone(), sessionDate);
    // Two days either side: two zones' offsets differ by up to 26 hours.
    for (int day = -2; day < 9; day++) {
      LocalDate date = sessionDate.plusDays(day);
      for (WeeklyHours hours : availability.hours()) {
        if (hours.days().contains(date.getDayOfWeek())) {
          therapist.add(interval(date, hours, availability.zone(), therapistOffset));
        }
      }
    }
    for (OpenSlot slot : availability.slots()) {
      therapist.add(new Instant[] {slot.start(), slot.end()});
    }
    List<Instant[]> therapistMerged = merged(therapist);
    Instant first = null;
    for (Instant[] c : merged(client)) {
      for (Instant[] t : therapistMerged) {
        Instant start = c[0].isAfter(t[0]) ? c[0] : t[0];
        Instant end = c[1].isBefore(t[1]) ? c[1] : t[1];
        if (!start.plus(MINIMUM_OVERLAP).isAfter(end) && (first == null || start.isBefore(first))) {
          first = start;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Returns a zone's offset if it holds throughout the instants that the local times of the days
   * around a session date can fall on (from three days before it to eleven after, in UTC: local
   * days two before to nine after, shifted by at most 18 hours), or null if the zone changes its
   * offset then. While one offset holds, a local time has exactly that offset, so it is turned
   * into an instant by arithmetic, and the answer is that of {@link ZonedDateTime}; in the weeks
   * when the zone changes its clocks, {@link ZonedDateTime} does it.
   */
  private static @Nullable ZoneOffset steadyOffset(ZoneId zone, LocalDate sessionDate) {
    ZoneRules rules = zone.getRules();
    try {
      Instant from = sessionDate.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (rules.isFixedOffset()) {
        return rules.getOffset(from);
      }
      Instant to = sessionDate.plusDays(11).atStartOfDay(ZoneOffset.UTC).toInstant();
      ZoneOffsetTransition next = rules.nextTransition(from);
      return next == null || next.getInstant().isAfter(to) ? rules.getOffset(from) : null;
    } catch (DateTimeException nearTheEndOfTime) {
      return null;
    }
  }

  /**
   * Returns the intervals joined where they touch or overlap: hours that end when a slot starts
   * are one stretch of time.
   */
  private static List<Instant[]> merged(List<Instant[]> intervals) {
    intervals.sort((a, b) -> a[0].compareTo(b[0]));
    List<Instant[]> out = new ArrayList<>();
    Instant[] current = null;
    for (Instant[] next : intervals) {
      if (!next[1].isAfter(next[0])) {
        continue;
      }
      if (current != null && !next[0].isAfter(current[1])) {
        if (next[1].isAfter(current[1])) {
          current[1] = next[1];
        }
      } else {
        current = new Instant[] {next[0], next[1]};
        out.add(current);
      }
    }
    return out;
  }

  private static Instant[] interval(LocalDate date, WeeklyHours hours, ZoneId zone,
      @Nullable ZoneOffset steady) {
    return new Instant[] {instant(date, hours.start(), zone, steady),
        instant(date, hours.end(), zone, steady)};
  }

  /** Returns a local time's instant: by arithmetic while a steady offset holds. */
  private static Instant instant(LocalDate date, LocalTime time, ZoneId zone,
      @Nullable ZoneOffset steady) {
    if (steady == null) {
      return ZonedDateTime.of(date, time, zone).toInstant();
    }
    return Instant.ofEpochSecond(date.toEpochDay() * 86_400L - steady.getTotalSeconds(),
        time.toNanoOfDay());
  }

  @Value.Check
  final void check() {
    Checks.require(!windows().isEmpty(), "windows", "must hold at least one window");
    Checks.maxItems(windows(), MAX_WINDOWS, "windows");
  }

  @Override
  public String toString() {
    return "TimePreference{" + strength().id() + "}";
  }
}
