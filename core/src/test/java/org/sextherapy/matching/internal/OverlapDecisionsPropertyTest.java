package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TimePreference;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticDirectory;
import org.sextherapy.session.Availability;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The time decisions a directory shares between queries ({@link OverlapDecisions}) answer for
 * every therapist exactly what {@link TimePreference#firstOverlap} answers on the therapist's own
 * availability, whatever queries came before: per seed, a sequence of time preferences drawn from
 * a small pool whose members differ in only the zone, only one window's hours, only the date
 * (ordinary weeks and the weeks when Europe and the United States change their clocks), or only
 * the strength, so that keys repeat and near-misses follow each other; a key that left out what
 * a decision depends on would hand one preference another's decisions and fail here.
 */
class OverlapDecisionsPropertyTest {

  private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/New_York"),
      ZoneId.of("Europe/London"), ZoneId.of("America/Los_Angeles"));
  // 2027-03-08: the week after the US changed its clocks and Europe did not yet.
  private static final List<LocalDate> DATES = List.of(RealisticDirectory.DATE,
      LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 26));

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sharedDecisionsAnswerAsTheOverlapOnEachTherapist(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles = new RealisticDirectory(seed, Distribution.DENSE)
        .profiles(64 + random.nextInt(400));
    PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    Map<String, TherapistProfile> byId =
        profiles.stream().collect(Collectors.toMap(TherapistProfile::id, Function.identity()));
    for (int query = 0; query < 12; query++) {
      Strength strength = random.nextInt(2) == 0 ? Strength.REQUIRED : Strength.PREFERRED;
      ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
      int start = 16 + random.nextInt(3);
      List<WeeklyHours> windows = new ArrayList<>();
      windows.add(WeeklyHours.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(start, 0), LocalTime.of(20, 0)));
      if (random.nextInt(3) == 0) {
        windows.add(WeeklyHours.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0),
            LocalTime.of(9 + 1 + random.nextInt(3), 0)));
      }
      TimePreference preference = TimePreference.of(strength, zone, windows);
      LocalDate date = DATES.get(random.nextInt(DATES.size()));
      TimeCriterion criterion = new TimeCriterion(preference, d, date);
      for (int i = 0; i < d.size(); i++) {
        Optional<Availability> availability = byId.get(d.id(i)).availability();
        boolean expected = availability.isPresent()
            && preference.firstOverlap(availability.get(), date).isPresent();
        assertThat(criterion.met(i)).as("query %d: %s on %s, therapist %s", query, preference,
            date, d.id(i)).isEqualTo(expected);
      }
    }
  }

  @Test
  void preferencesThatDifferOnlyInStrengthShareTheirDecisionsAndOthersDoNot() {
    List<WeeklyHours> evenings = List.of(WeeklyHours.of(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(17, 0),
        LocalTime.of(20, 0)));
    TimePreference required = TimePreference.of(Strength.REQUIRED, ZONES.get(0), evenings);
    TimePreference preferred = TimePreference.of(Strength.PREFERRED, ZONES.get(0), evenings);
    TimePreference elsewhere = TimePreference.of(Strength.REQUIRED, ZONES.get(1), evenings);
    OverlapDecisions decisions = new OverlapDecisions();
    byte[] first = decisions.of(10, required, DATES.get(0));
    assertThat(decisions.of(10, preferred, DATES.get(0))).isSameAs(first);
    assertThat(decisions.of(10, elsewhere, DATES.get(0))).isNotSameAs(first);
    assertThat(decisions.of(10, required, DATES.get(1))).isNotSameAs(first);
    assertThat(decisions.of(10, required, DATES.get(0))).isSameAs(first);
  }

  @Test
  void beyondTheBudgetTheLeastRecentlyUsedKeyIsDroppedAndDecidedAfresh() {
    int schedules = (int) (OverlapDecisions.BUDGET / 2);
    OverlapDecisions decisions = new OverlapDecisions();
    List<TimePreference> preferences = new ArrayList<>();
    for (int start = 12; start < 16; start++) {
      preferences.add(TimePreference.of(Strength.REQUIRED, ZONES.get(0), List.of(
          WeeklyHours.of(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(start, 0),
              LocalTime.of(20, 0)))));
    }
    byte[] oldest = decisions.of(schedules, preferences.get(0), DATES.get(0));
    oldest[0] = 1;
    byte[] second = decisions.of(schedules, preferences.get(1), DATES.get(0));
    // The oldest used again: the second is now the least recently used.
    assertThat(decisions.of(schedules, preferences.get(0), DATES.get(0))).isSameAs(oldest);
    decisions.of(schedules, preferences.get(2), DATES.get(0));
    decisions.of(schedules, preferences.get(3), DATES.get(0));
    assertThat(decisions.of(schedules, preferences.get(0), DATES.get(0))).isSameAs(oldest);
    byte[] again = decisions.of(schedules, preferences.get(1), DATES.get(0));
    assertThat(again).isNotSameAs(second);
    assertThat(again[0]).as("a dropped key is decided afresh").isZero();
  }
}
