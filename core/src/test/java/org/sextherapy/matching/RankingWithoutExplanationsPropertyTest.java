package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.sextherapy.InvalidValueException;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The batch assigner ranks every client without explanations ({@link Ranker}) and explains only
 * the placements it keeps: over random directories, requests, dates, k and policies, the ranking
 * is exactly the matcher's (the same therapists in the same order with the same scores, the same
 * eligible and unavailable counts), and the explanation of each ranked therapist is exactly the
 * match the matcher returns for it.
 */
class RankingWithoutExplanationsPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rankingIsTheMatchersTopKAndEachExplanationItsMatch(long seed) {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(seed);
    TherapistDirectory directory = TherapistDirectory.of(c.profiles);
    if (c.random.chance(0.5)) {
      // some therapists full or not accepting, so that availability excludes some
      for (int i = 0; i < 3; i++) {
        directory = directory.withAvailability(c.random.oneOf(c.profiles).id(),
            c.random.chance(0.3), c.random.nextInt(3));
      }
    }
    Matcher matcher = Matcher.of(c.policy);
    MatchResult expected = matcher.match(c.request, directory, c.date, c.k);
    Ranker ranker = Ranker.of(matcher, directory, c.date);
    Ranking ranking = ranker.rank(c.request, c.k);

    assertThat(ranking.size()).isEqualTo(expected.matches().size());
    assertThat(ranking.eligible()).isEqualTo(expected.eligible());
    assertThat(ranking.unavailable()).isEqualTo(expected.excludedBy(HardConstraint.AVAILABILITY));
    for (int r = 0; r < ranking.size(); r++) {
      Match match = expected.matches().get(r);
      assertThat(ranker.therapistId(ranking.position(r))).as("rank %d", r).isEqualTo(match.therapistId());
      assertThat(ranking.score(r)).as("rank %d", r).isEqualTo(match.score());
      assertThat(ranker.explain(c.request, ranking.position(r))).as("rank %d", r)
          .isEqualTo(match);
    }
  }

  @Test
  void rankingOrExplainingWithoutARequestIsRefusedByName() {
    MatcherPropertyTest.Case c = new MatcherPropertyTest.Case(7);
    Ranker ranker = Ranker.of(Matcher.standard(), TherapistDirectory.of(c.profiles), c.date);

    assertThatThrownBy(() -> ranker.rank(null, 10))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("request"));
    assertThatThrownBy(() -> ranker.explain(null, 0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("request"));
    assertThatThrownBy(() -> ranker.rank(c.request, 0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("k"));
  }
}
