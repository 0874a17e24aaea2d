package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.MatchPolicy;

/**
 * The request's competence ceiling for a block ({@link Competence#ceiling}), which the scan
 * compares with the bar before it reads any level set, is never below the word bound read from
 * the level sets ({@link Competence#most(int, long, long, int)}) nor below the competence points
 * any profile of the block earns: on the benchmark's realistic and dense directories (half their
 * therapists with outcome records) and the tests' random ones, under the default policy (whose
 * prior allows the shrunk block bound) and random ones. A ceiling that left out the measured
 * share, or took one record's bound for the sum of several concerns, fails here on the profiles
 * whose records lie above the directory's rate.
 */
class CompetenceCeilingPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theCeilingBoundsEveryProfileOfItsBlock(long seed) {
    BoundWorld world = BoundWorld.of(seed);
    MatchPolicy policy = world.policy();
    boolean shrunk = ScoreBounds.shrinks(policy);
    PackedDirectory d =
        PackedDirectory.build(world.profiles(), PracticeAuthorisation.standard());
    for (ClientRequest request : world.requests()) {
      Competence competence = new Competence(d, request, policy);
      for (int w = 0; w < d.words; w++) {
        int excess = d.bounds.excessOfBlock(w, shrunk);
        long ceiling = competence.ceiling(excess);
        int size = Math.min(64, d.size() - (w << 6));
        long all = size == 64 ? -1L : (1L << size) - 1;
        assertThat(ceiling).as("word %d, request %s", w, request.id())
            .isGreaterThanOrEqualTo(competence.most(w, all, d.bounds.measured[w], excess));
        for (int i = w << 6; i < (w << 6) + size; i++) {
          assertThat(ceiling).as("profile %d, request %s", i, request.id())
              .isGreaterThanOrEqualTo(competence.score(i, null));
        }
      }
    }
  }
}
