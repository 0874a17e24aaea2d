package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.session.Availability;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.testing.RandomValues;

/**
 * {@link TimePreference#firstOverlap} turns local times into instants by arithmetic while a zone
 * keeps one offset around the session date, and through {@link ZonedDateTime} in the weeks when it
 * changes: it answers exactly as the same rule computed through {@link ZonedDateTime} for every
 * local time (kept here as the reference), for hours at any minute of the day and night, in zones
 * with daylight saving in either hemisphere, half-hour and 45-minute offsets, a half-hour
 * daylight-saving shift (Lord Howe Island) and offsets of up to 14 hours, on dates drawn near their
 * clock changes as often as away from them.
 */
class TimePreferencePropertyTest {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"),
      ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"),
      ZoneId.of("Pacific/Chatham"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Kiritimati"),
      ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/Santiago"), ZoneId.of("UTC"));

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theOverlapIsThatOfZonedDateTimeForEveryLocalTime(long seed) {
    RandomValues random = new RandomValues(seed);
    for (int c = 0; c < 20; c++) {
      ZoneId clientZone = random.oneOf(ZONES);
      ZoneId therapistZone = random.oneOf(ZONES);
      LocalDate date = random.chance(0.5) ? nearAChange(random, random.chance(0.5) ? clientZone
          : therapistZone) : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800));
      List<WeeklyHours> windows = new ArrayList<>();
      for (int w = 1 + random.nextInt(3); w > 0; w--) {
        windows.add(hours(random));
      }
      TimePreference preference = TimePreference.of(Strength.REQUIRED, clientZone, windows);
      Availability.Builder availability = Availability.builder().zone(therapistZone);
      for (int h = random.nextInt(4); h > 0; h--) {
        availability.addHours(hours(random));
      }
      if (random.chance(0.3)) {
        availability.addSlots(OpenSlot.of(date.atStartOfDay(therapistZone).toInstant()
            .plusSeconds(60L * random.nextInt(9 * 24 * 60)),
            Duration.ofMinutes(15 + random.nextInt(120))));
      }
      Availability therapist = availability.build();
      assertThat(preference.firstOverlap(therapist, date))
          .as("case %d: %s against %s on %s", c, clientZone, therapistZone, date)
          .isEqualTo(reference(preference, therapist, date));
    }
  }

  /** Returns a date within a few days of one of the zone's clock changes, when it has any. */
  private static LocalDate nearAChange(RandomValues random, ZoneId zone) {
    Instant from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700))
        .atStartOfDay(ZoneId.of("UTC")).toInstant();
    var next = zone.getRules().nextTransition(from);
    if (next == null) {
      return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800));
    }
    return next.getDateTimeBefore().toLocalDate().plusDays(random.nextInt(25) - 14);
  }

  /** Returns weekly hours starting at any minute, on one to three days. */
  private static WeeklyHours hours(RandomValues random) {
    int start = random.nextInt(24 * 60 - 30);
    int end = start + 15 + random.nextInt(Math.min(6 * 60, 24 * 60 - 1 - start - 15) + 1);
    return WeeklyHours.of(random.someOf(DayOfWeek.class, 1, 3),
        LocalTime.of(start / 60, start % 60), LocalTime.of(end / 60, end % 60));
  }

  /** The rule with every local time turned into an instant through {@link ZonedDateTime}. */
  private static Optional<Instant> reference(TimePreference preference,
      Availability availability, LocalDate sessionDate) {
    List<Instant[]> client = new ArrayList<>();
    for (int day = 0; day < 7; day++) {
      LocalDate date = sessionDate.plusDays(day);
      for (WeeklyHours window : preference.windows()) {
        if (window.days().contains(date.getDayOfWeek())) {
          client.add(interval(date, window, preference.zone()));
        }
      }
    }
    List<Instant[]> therapist = new ArrayList<>();
    for (int day = -2; day < 9; day++) {
      LocalDate date = sessionDate.plusDays(day);
      for (WeeklyHours hours : availability.hours()) {
        if (hours.days().contains(date.getDayOfWeek())) {
          therapist.add(interval(date, hours, availability.zone()));
        }
      }
    }
    for (OpenSlot slot : availability.slots()) {
      therapist.add(new Instant[] {slot.start(), slot.end()});
    }
    Instant first = null;
    for (Instant[] c : merged(client)) {
      for (Instant[] t : merged(therapist)) {
        Instant start = c[0].isAfter(t[0]) ? c[0] : t[0];
        Instant end = c[1].isBefore(t[1]) ? c[1] : t[1];
        if (!start.plus(TimePreference.MINIMUM_OVERLAP).isAfter(end)
            && (first == null || start.isBefore(first))) {
          first = start;
        }
      }
    }
    return Optional.ofNullable(first);
  }

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

  private static Instant[] interval(LocalDate date, WeeklyHours hours, ZoneId zone) {
    return new Instant[] {ZonedDateTime.of(date, hours.start(), zone).toInstant(),
        ZonedDateTime.of(date, hours.end(), zone).toInstant()};
  }
}
