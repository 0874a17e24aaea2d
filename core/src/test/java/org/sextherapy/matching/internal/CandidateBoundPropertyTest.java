package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.MatchPolicy;

/**
 * A candidate's competence bound before its records are read ({@link Competence#most(int,
 * boolean)}), which takes each concern's record bound from the profile's concern group
 * ({@link ScoreBounds#excessOf}), is never below the competence points the profile earns, and is
 * exactly those points for a profile without records (the scan takes it as the points then): on
 * the benchmark's realistic and dense directories (half their therapists with outcome records,
 * most in several concerns) and the tests' random ones, under the default policy (whose prior
 * allows the shrunk per-profile bounds) and random ones. A bound read from another concern's group,
 * or from a group that left out some record, fails here on the profiles whose record in the
 * requested concern lies further above the directory's rate than their records in the others.
 */
class CandidateBoundPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBoundIsNeverBelowTheProfilesPoints(long seed) {
    BoundWorld world = BoundWorld.of(seed);
    MatchPolicy policy = world.policy();
    PackedDirectory d =
        PackedDirectory.build(world.profiles(), PracticeAuthorisation.standard());
    for (ClientRequest request : world.requests()) {
      Competence competence = new Competence(d, request, policy);
      for (int i = 0; i < d.size(); i++) {
        boolean recorded = (d.bounds.measured[i >>> 6] & 1L << i) != 0;
        long points = competence.score(i, null);
        long bound = competence.most(i, recorded);
        assertThat(bound).as("profile %d, request %s", i, request.id())
            .isGreaterThanOrEqualTo(points);
        if (!recorded) {
          assertThat(bound).as("profile %d without records, request %s", i, request.id())
              .isEqualTo(points);
        }
      }
    }
  }
}
