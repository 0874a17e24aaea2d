package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TimePreference;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.session.Availability;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Every preference family answers the scan's word-wide question ({@link Criterion#met(int, long)},
 * 64 profiles at once) exactly as it answers the question for one profile ({@link
 * Criterion#met(int)}), for every {@link PreferenceKind}: the loop over the kinds makes a new kind
 * part of this test as soon as the generator makes it (its switch is exhaustive), so a family that
 * overrides the word-wide form with a bit set that does not match its rule fails here. Random
 * directories and requests, with random subsets of each word as the candidates, so a family that
 * answered for profiles outside the candidates fails too.
 *
 * <p>The time family reads a profile's schedule from the directory's schedule column
 * ({@link Schedule#column}) and spills to the particulars only in directories with more schedules
 * than a char numbers, which no test directory has: so in half the seeds some entries of the
 * column are spilled on purpose, and the time family's answers, one profile, a word at a time and
 * its bound, are held to {@link TimePreference#firstOverlap} on the profile's own availability.
 */
class WordWideCriterionPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFamilyAnswersAWordAtATimeAsItAnswersOneProfile(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles = random.profiles(20 + random.nextInt(300));
    PackedDirectory d = PackedDirectory.build(profiles, PracticeAuthorisation.standard());
    ClientRequest request =
        random.chance(0.5) ? random.request() : random.requestFor(random.oneOf(profiles));
    LocalDate date = RandomValues.TODAY.plusDays(random.nextInt(400) - 200);
    int day = PackedDirectory.day(date);
    MatchPolicy policy = random.chance(0.5) ? MatchPolicy.defaults() : random.matchPolicy();
    Places places = new Places(d, request, date);
    if (random.chance(0.5)) {
      for (int i = 0; i < d.size(); i++) {
        if (d.scheduleColumn[i] != Schedule.NONE && random.chance(0.3)) {
          d.scheduleColumn[i] = Schedule.SPILLED;
        }
      }
    }
    for (PreferenceKind kind : PreferenceKind.values()) {
      Preference preference = random.preference(kind,
          random.chance(0.5) ? Strength.REQUIRED : Strength.PREFERRED);
      Criterion criterion =
          Criterion.compile(preference, d, places, day, date, request.format(), policy);
      for (int w = 0; w < d.words; w++) {
        int size = Math.min(64, d.size() - (w << 6));
        long valid = size == 64 ? -1L : (1L << size) - 1;
        long candidates = valid;
        if (random.chance(0.5)) {
          for (int b = 0; b < size; b++) {
            if (random.chance(0.4)) {
              candidates &= ~(1L << b);
            }
          }
        }
        long oneByOne = 0;
        for (int b = 0; b < size; b++) {
          if ((candidates & (1L << b)) != 0 && criterion.met((w << 6) + b)) {
            oneByOne |= 1L << b;
          }
        }
        assertThat(criterion.met(w, candidates)).as("%s, word %d", kind, w)
            .isEqualTo(oneByOne);
        if (preference instanceof TimePreference time) {
          long overlapping = 0;
          for (int b = 0; b < size; b++) {
            Optional<Availability> availability = d.particulars((w << 6) + b).availability();
            if ((candidates & (1L << b)) != 0 && availability.isPresent()
                && time.firstOverlap(availability.get(), date).isPresent()) {
              overlapping |= 1L << b;
            }
          }
          assertThat(oneByOne).as("time, word %d, against the overlap", w).isEqualTo(overlapping);
          if (candidates != 0) {
            assertThat(criterion.most(w, candidates, 7)).as("time bound, word %d", w)
                .isEqualTo(overlapping != 0 ? 7 : 0);
          }
        }
      }
    }
  }
}
