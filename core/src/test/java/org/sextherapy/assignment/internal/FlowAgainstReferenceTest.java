package org.sextherapy.assignment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticData;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The solver, whose sparse start is now seeded with the greedy solution, reaches exactly the value
 * of the solver as it shipped before ({@link ReferenceFlowAssigner}), on contended random tables
 * and on both benchmark distributions.
 */
class FlowAgainstReferenceTest {

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void greedySeededSolverReachesTheReferenceOptimumOnContendedTables(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = FlowAssignerTest.table(random, 20, 160, 30, 5, 14);
    long loadStep = FlowAssignerTest.randomLoadStep(random);

    FlowAssigner.Solution solution = FlowAssigner.solve(table, loadStep);
    ReferenceFlowAssigner.Solution reference = ReferenceFlowAssigner.solve(table, loadStep);

    assertThat(table.objective(solution.assigned(), loadStep))
        .isEqualTo(table.objective(reference.assigned(), loadStep));
    assertThat(solution.optimal()).isEqualTo(reference.optimal()).isTrue();
    int[] load = new int[table.therapistCount()];
    for (int t : solution.assigned()) {
      if (t >= 0) {
        load[t]++;
        assertThat(load[t]).isLessThanOrEqualTo(table.capacity(t));
      }
    }
  }

  private static CandidateTable benchmarkTable(Distribution distribution) {
    RealisticData.Sample sample = RealisticData.generate(11L, 400, 2_000, distribution);
    RandomValues random = new RandomValues(3);
    List<TherapistProfile> therapists = new ArrayList<>();
    for (TherapistProfile p : sample.profiles()) {
      therapists.add(random.withAvailability(p, true, 1 + random.nextInt(4)));
    }
    List<ClientRequest> waiting = new ArrayList<>();
    for (ClientRequest r : sample.requests()) {
      waiting.add(random.waitingSince(r,
          Optional.of(RealisticData.DATE.minusDays(random.nextInt(365)))));
    }
    return Batch.prepare(Matcher.standard(), waiting, therapists, RealisticData.DATE,
        AssignmentPolicy.defaults(), 2).table();
  }

  @Test
  void onTheRealisticDistributionTheValueIsTheReferences() {
    CandidateTable table = benchmarkTable(Distribution.REALISTIC);

    assertThat(table.objective(FlowAssigner.solve(table, 0).assigned(), 0))
        .isEqualTo(table.objective(ReferenceFlowAssigner.solve(table, 0).assigned(), 0));
    assertThat(table.objective(FlowAssigner.solve(table, 5).assigned(), 5))
        .isEqualTo(table.objective(ReferenceFlowAssigner.solve(table, 5).assigned(), 5));
  }

  @Test
  void onTheDenseDistributionTheValueIsTheReferences() {
    CandidateTable table = benchmarkTable(Distribution.DENSE);

    assertThat(table.objective(FlowAssigner.solve(table, 0).assigned(), 0))
        .isEqualTo(table.objective(ReferenceFlowAssigner.solve(table, 0).assigned(), 0));
  }
}
