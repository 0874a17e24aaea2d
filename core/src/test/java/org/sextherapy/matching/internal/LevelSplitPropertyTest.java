package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.MatchPolicy;

/**
 * The level split ({@link Competence#reaching}) never rules out a profile that reaches the
 * threshold: asked of a whole block with each of its profiles' own competence points plus its
 * certification signal as the threshold (the tightest one that profile meets), it keeps that
 * profile. On the benchmark's realistic and dense directories (half their therapists with outcome
 * records, most in several concerns) and the tests' random ones, under the default policy (whose
 * prior allows the per-group block bounds, {@link ScoreBounds#unitsOfBlock}) and random ones. A
 * block bound that left out a profile's record, or read another concern's group, fails here on the
 * profile whose record in the requested concern lies furthest above the directory's rate.
 */
class LevelSplitPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSplitKeepsEveryProfileThatReachesTheThreshold(long seed) {
    BoundWorld world = BoundWorld.of(seed);
    MatchPolicy policy = world.policy();
    boolean shrunk = ScoreBounds.shrinks(policy);
    long certification = policy.certificationPoints();
    PackedDirectory d =
        PackedDirectory.build(world.profiles(), PracticeAuthorisation.standard());
    for (ClientRequest request : world.requests()) {
      Competence competence = new Competence(d, request, policy);
      long[] scratch = new long[competence.scratchSize()];
      for (int w = 0; w < d.words; w++) {
        int size = Math.min(64, d.size() - (w << 6));
        long all = size == 64 ? -1L : (1L << size) - 1;
        long recorded = d.bounds.measured[w];
        long certified = d.bounds.certified[w];
        int excess = d.bounds.excessOfBlock(w, shrunk);
        for (int i = w << 6; i < (w << 6) + size; i++) {
          long bit = 1L << i;
          long reached = competence.score(i, null) + ((certified & bit) != 0 ? certification : 0);
          long kept = competence.reaching(w, all, recorded, certified, certification, excess,
              reached, scratch);
          assertThat(kept & bit).as("profile %d, request %s", i, request.id()).isNotZero();
        }
      }
    }
  }
}
