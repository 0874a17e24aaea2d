package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticDirectory;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The bounded scan returns exactly what the scan that scores every eligible therapist returns:
 * the same matches in the same order with the same scores and reasons, and the same "why not"
 * counts, on the benchmark's realistic and dense directories and on the tests' random ones, with
 * small k and with policies that make most scores tie; and a directory that has answered other
 * requests (and cached their authorisation verdicts) answers as a new one does. The bounded scan
 * counts exclusions a word at a time while the reference asks one profile at a time, so a
 * word-wide test that disagreed with its rule would change a count here; and the bounded scan is
 * also run split in ranges sharing their bar.
 */
class ScoreBoundsPropertyTest {

  private static final EthicsReview REVIEW = Matcher.standard().ethicsReview();
  private static final int[] KS = {1, 3, 10};

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** A directory and a few requests of one seed. */
  private static final class Case {
    final List<TherapistProfile> profiles;
    final List<ClientRequest> requests;
    final LocalDate date;
    final MatchPolicy policy;
    final int k;

    Case(long seed) {
      RandomValues random = new RandomValues(seed);
      switch ((int) (seed % 3)) {
        case 0, 1 -> {
          RealisticDirectory generator = new RealisticDirectory(seed,
              seed % 3 == 0 ? Distribution.REALISTIC : Distribution.DENSE);
          profiles = generator.profiles(64 + random.nextInt(1500));
          requests = generator.requests(6);
          date = RealisticDirectory.DATE;
        }
        default -> {
          profiles = random.profiles(20 + random.nextInt(300));
          requests = List.of(random.request(), random.request(),
              random.requestFor(random.oneOf(profiles)), random.requestFor(random.oneOf(profiles)));
          date = RandomValues.TODAY.plusDays(random.nextInt(400) - 200);
        }
      }
      policy = switch (random.nextInt(3)) {
        case 0 -> MatchPolicy.defaults();
        case 1 -> ties(random);
        default -> random.matchPolicy();
      };
      k = KS[random.nextInt(KS.length)];
    }

    /**
     * A policy under which most eligible therapists tie: every expertise level worth the same, no
     * measured share, and only a point or two from the signals that otherwise separate them.
     */
    private static MatchPolicy ties(RandomValues random) {
      int points = 1 + random.nextInt(3);
      return MatchPolicy.builder().generalExpertisePoints(points)
          .experiencedExpertisePoints(points).specialistExpertisePoints(points)
          .measuredOutcomeWeightPercent(0).pointsPerExperienceYear(random.nextInt(2))
          .experienceYearsCounted(random.nextInt(3)).certificationPoints(random.nextInt(2))
          .freshAvailabilityPoints(random.nextInt(2)).preferencePoints(random.nextInt(2)).build();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBoundedScanReturnsExactlyWhatScoringEveryoneReturns(long seed) {
    Case c = new Case(seed);
    // One directory answers every request, so later requests reuse the authorisation verdicts
    // that earlier ones recorded; the reference scores everyone on a directory of its own.
    PackedDirectory shared = PackedDirectory.build(c.profiles, PracticeAuthorisation.standard());
    for (ClientRequest request : c.requests) {
      PackedDirectory fresh = PackedDirectory.build(c.profiles, PracticeAuthorisation.standard());

      MatchResult bounded = new Query(shared, shared.availability(), request, c.date, c.policy,
          REVIEW).run(c.k, 1);
      MatchResult everyone = new Query(fresh, fresh.availability(), request, c.date, c.policy,
          REVIEW).runScoringEveryone(c.k, 1);

      assertThat(bounded.matches()).containsExactlyElementsOf(everyone.matches());
      assertThat(bounded.excluded()).isEqualTo(everyone.excluded());
      assertThat(bounded.eligible()).isEqualTo(everyone.eligible());
      assertThat(bounded).isEqualTo(everyone);

      // Split in two or three ranges that share their bar, as on several cores.
      int ranges = 2 + (int) (seed % 2);
      MatchResult split = new Query(shared, shared.availability(), request, c.date, c.policy,
          REVIEW).runInRanges(c.k, ranges, true);
      assertThat(split).as("%d ranges", ranges).isEqualTo(everyone);
    }
  }
}
