package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.session.Availability;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.WeeklyHours;

/**
 * A client in London and a therapist in New York across the weeks of March 2027 in which only the
 * United States has moved its clocks (second Sunday of March, 15 U.S.C. 260a; the UK's last
 * Sunday of March, The Summer Time Order 2002, SI 2002/262): the five-hour difference is four for
 * two weeks, which a comparison through fixed offsets gets wrong.
 */
class TimePreferenceTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The therapist sees clients on Mondays 13:00-14:00 in New York. */
  private static final Availability NEW_YORK_MONDAY_LUNCH = Availability.builder().zone(NEW_YORK)
      .addHours(hours(DayOfWeek.MONDAY, 13, 14)).build();
  /** The client can attend on Mondays 17:00-18:00 in London. */
  private static final TimePreference LONDON_MONDAY_EVENING = TimePreference.of(Strength.REQUIRED,
      LONDON, List.of(hours(DayOfWeek.MONDAY, 17, 18)));

  private static WeeklyHours hours(DayOfWeek day, int from, int to) {
    return WeeklyHours.of(Set.of(day), LocalTime.of(from, 0), LocalTime.of(to, 0));
  }

  @Test
  void beforeEitherChangeNewYorkLunchIsSixInTheEveningInLondonAndMissesTheWindow() {
    // Monday 8 March 2027: EST (UTC-5) and GMT; 13:00 in New York is 18:00 UTC.
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(NEW_YORK_MONDAY_LUNCH,
        LocalDate.of(2027, 3, 8))).isEmpty();
  }

  @Test
  void whenOnlyNewYorkHasChangedTheHoursMeet() {
    // Monday 22 March 2027: EDT (UTC-4) and still GMT; both are 17:00 UTC.
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(NEW_YORK_MONDAY_LUNCH,
        LocalDate.of(2027, 3, 22))).contains(Instant.parse("2027-03-22T17:00:00Z"));
    // From the Thursday before, the week considered reaches that Monday too.
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(NEW_YORK_MONDAY_LUNCH,
        LocalDate.of(2027, 3, 18))).contains(Instant.parse("2027-03-22T17:00:00Z"));
  }

  @Test
  void onceBothHaveChangedTheyMissAgain() {
    // Monday 29 March 2027: EDT (UTC-4) and BST (UTC+1); London 17:00 is 16:00 UTC.
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(NEW_YORK_MONDAY_LUNCH,
        LocalDate.of(2027, 3, 29))).isEmpty();
  }

  @Test
  void anOverlapShorterThanASessionDoesNotCount() {
    Availability until1730 = Availability.builder().zone(LONDON)
        .addHours(WeeklyHours.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(16, 0),
            LocalTime.of(17, 30))).build();
    Availability until1745 = Availability.builder().zone(LONDON)
        .addHours(WeeklyHours.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(16, 0),
            LocalTime.of(17, 45))).build();
    LocalDate monday = LocalDate.of(2027, 1, 4);

    assertThat(LONDON_MONDAY_EVENING.firstOverlap(until1730, monday)).isEmpty();
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(until1745, monday))
        .contains(Instant.parse("2027-01-04T17:00:00Z"));
  }

  @Test
  void adjacentHoursAndAnOpenSlotJoinUp() {
    // 17:00-17:30 weekly and a slot 17:30-18:00 on the day: one session's time together.
    Availability joined = Availability.builder().zone(LONDON)
        .addHours(WeeklyHours.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(17, 0),
            LocalTime.of(17, 30)))
        .addSlots(OpenSlot.of(Instant.parse("2027-01-04T17:30:00Z"), Duration.ofMinutes(30)))
        .build();
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(joined, LocalDate.of(2027, 1, 4)))
        .contains(Instant.parse("2027-01-04T17:00:00Z"));
  }

  @Test
  void aTherapistWithOnlyConcreteSlotsIsMatchedOnThem() {
    Availability slotsOnly = Availability.builder().zone(NEW_YORK)
        .addSlots(OpenSlot.of(Instant.parse("2027-03-22T17:00:00Z"), Duration.ofMinutes(50)))
        .build();
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(slotsOnly, LocalDate.of(2027, 3, 22)))
        .contains(Instant.parse("2027-03-22T17:00:00Z"));
    assertThat(LONDON_MONDAY_EVENING.firstOverlap(slotsOnly, LocalDate.of(2027, 3, 30)))
        .isEmpty();
  }

  @Test
  void invalidValuesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> WeeklyHours.of(EnumSet.noneOf(DayOfWeek.class), LocalTime.NOON,
        LocalTime.of(13, 0))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("days");
    assertThatThrownBy(() -> WeeklyHours.of(Set.of(DayOfWeek.MONDAY), LocalTime.NOON,
        LocalTime.NOON)).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("end");
    assertThatThrownBy(() -> OpenSlot.of(Instant.EPOCH, Duration.ZERO))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("length");
    assertThatThrownBy(() -> TimePreference.of(Strength.PREFERRED, LONDON, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("windows");
    assertThatThrownBy(() -> Availability.builder().zone(LONDON)
        .estimatedWait(java.time.Period.ofDays(-1)).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("estimatedWait");
  }

  @Test
  void toStringShowsNoWindowOrZone() {
    assertThat(LONDON_MONDAY_EVENING.toString()).isEqualTo("TimePreference{required}")
        .doesNotContain("London").doesNotContain("17");
  }
}
