package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TimePreference;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticDirectory;
import org.sextherapy.session.Availability;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Therapists who keep the same hours share one {@link Schedule}, and the time preference, decided
 * once per schedule, answers for every therapist exactly what {@link TimePreference#firstOverlap}
 * answers on that therapist's own availability: on a directory where most therapists share their
 * hours with others (and differ in their next opening, which the overlap does not weigh), for
 * evening windows in several zones, on dates in ordinary weeks and in the weeks when Europe and
 * the United States change their clocks on different days.
 */
class ScheduleTest {

  @Test
  void aTimePreferenceDecidedOncePerScheduleAnswersAsTheOverlapOnEachTherapist() {
    List<TherapistProfile> profiles =
        new RealisticDirectory(20261126L, Distribution.DENSE).profiles(3_000);
    PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    Map<String, TherapistProfile> byId =
        profiles.stream().collect(Collectors.toMap(TherapistProfile::id, Function.identity()));
    long withHours = profiles.stream().filter(p -> p.availability().isPresent()).count();
    long distinct = profiles.stream().flatMap(p -> p.availability().stream())
        .map(a -> List.of(a.zone(), a.hours(), a.slots())).distinct().count();
    assertThat(d.schedules).as("one schedule per distinct zone, hours and slots")
        .isEqualTo((int) distinct).isLessThan((int) withHours);

    // 2027-03-08: the week after the US changed its clocks and Europe did not yet.
    for (LocalDate date : List.of(RealisticDirectory.DATE, LocalDate.of(2027, 3, 8),
        LocalDate.of(2027, 3, 26))) {
      for (String zone : List.of("America/New_York", "Europe/London", "America/Los_Angeles")) {
        for (int start = 16; start <= 19; start++) {
          TimePreference preference = TimePreference.of(Strength.REQUIRED, ZoneId.of(zone),
              List.of(WeeklyHours.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  LocalTime.of(start, 0), LocalTime.of(20, 0))));
          Places places =
              new Places(d, new RealisticDirectory(1L, Distribution.DENSE).requests(1).get(0), date);
          Criterion criterion = Criterion.compile(preference, d, places,
              PackedDirectory.day(date), date,
              SessionFormat.INDIVIDUAL, MatchPolicy.defaults());
          int met = 0;
          for (int i = 0; i < d.size(); i++) {
            Optional<Availability> availability = byId.get(d.id(i)).availability();
            boolean expected = availability.isPresent()
                && preference.firstOverlap(availability.get(), date).isPresent();
            assertThat(criterion.met(i)).as("%s, %s from %d:00, therapist %s", date, zone,
                start, d.id(i)).isEqualTo(expected);
            met += expected ? 1 : 0;
          }
          assertThat(met).as("some therapists meet it, some do not").isBetween(1, d.size() - 1);
        }
      }
    }
  }
}
