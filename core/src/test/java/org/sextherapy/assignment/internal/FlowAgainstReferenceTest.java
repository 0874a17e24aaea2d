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
 * The solver (the library's own primal-dual phases over the table, with potentials, pruned
 * searches and tie order) reaches exactly the value of the textbook formulation solved in one
 * piece by JGraphT ({@link FullGraphFlow}), and its assignment passes the negative-cycle
 * optimality check, on contended random tables (candidates in any order, and listed by value as a
 * batch lists them) and on both benchmark distributions.
 */
class FlowAgainstReferenceTest {

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  private static void assertOptimal(CandidateTable table, long loadStep) {
    int[] solution = FlowAssigner.solve(table, loadStep);
    int[] reference = FullGraphFlow.solve(table, loadStep);

    assertThat(table.objective(solution, loadStep))
        .isEqualTo(table.objective(reference, loadStep));
    assertThat(FullGraphFlow.isOptimal(table, loadStep, solution)).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solverReachesTheFullGraphOptimumOnContendedTables(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = FlowAssignerTest.table(random, 20, 160, 30, 5, 14);
    long loadStep = FlowAssignerTest.randomLoadStep(random);

    assertOptimal(table, loadStep);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solverReachesTheFullGraphOptimumOnContendedTablesListedByValue(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = FlowAssignerTest.table(random, 20, 160, 30, 5, 14, true);
    long loadStep = FlowAssignerTest.randomLoadStep(random);

    assertOptimal(table, loadStep);
  }

  /**
   * Values spread over a few hundred points, as a batch's scores are, so that a solve runs many
   * more phases than the solver's reorder interval and the candidates are put back in order of
   * their stale prices several times; half the tables list candidates by value, half in any order.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void solverReachesTheFullGraphOptimumWhenPricesRiseOverManyPhases(long seed) {
    RandomValues random = new RandomValues(seed);
    int therapists = 5 + random.nextInt(26);
    int[] capacities = new int[therapists];
    int[] quality = new int[therapists];
    List<Integer> indexes = new ArrayList<>();
    for (int t = 0; t < therapists; t++) {
      capacities[t] = random.nextInt(6);
      quality[t] = random.nextInt(250);
      indexes.add(t);
    }
    boolean byValue = random.chance(0.5);
    CandidateTable.Builder builder = CandidateTable.builder(capacities);
    int clients = 20 + random.nextInt(141);
    for (int c = 0; c < clients; c++) {
      List<long[]> candidates = new ArrayList<>();
      for (int t : random.someOf(indexes, 0, Math.min(14, therapists))) {
        candidates.add(new long[] {t, quality[t] + random.nextInt(60)});
      }
      if (byValue) {
        candidates.sort((a, b) -> Long.compare(b[1], a[1]));
      }
      for (long[] candidate : candidates) {
        builder.addCandidate((int) candidate[0], candidate[1]);
      }
      builder.endClient();
    }
    long loadStep = FlowAssignerTest.randomLoadStep(random);

    assertOptimal(builder.build(), loadStep);
  }

  @Test
  void theOptimalityCheckRejectsAnAssignmentThatASwapImproves() {
    // Client 1 loses 7 by moving to therapist 1, client 0 only 1: the optimum is (1, 0).
    CandidateTable table = CandidateTable.builder(new int[] {1, 1})
        .addCandidate(0, 10).addCandidate(1, 9).endClient()
        .addCandidate(0, 8).addCandidate(1, 1).endClient()
        .build();

    assertThat(FullGraphFlow.isOptimal(table, 0, new int[] {0, 1})).isFalse();
    assertThat(FullGraphFlow.isOptimal(table, 0, new int[] {1, -1})).isFalse();
    assertThat(FullGraphFlow.isOptimal(table, 0, new int[] {1, 0})).isTrue();
    assertThat(FullGraphFlow.solve(table, 0)).containsExactly(1, 0);
  }

  @Test
  void theOptimalityCheckSeesALoadThatBalancingWouldSpread() {
    // Two clients worth 10 with either therapist; both with therapist 0 pays the load step once.
    CandidateTable table = CandidateTable.builder(new int[] {2, 2})
        .addCandidate(0, 10).addCandidate(1, 10).endClient()
        .addCandidate(0, 10).addCandidate(1, 10).endClient()
        .build();

    assertThat(FullGraphFlow.isOptimal(table, 3, new int[] {0, 0})).isFalse();
    assertThat(FullGraphFlow.isOptimal(table, 0, new int[] {0, 0})).isTrue();
    assertThat(FullGraphFlow.isOptimal(table, 3, new int[] {0, 1})).isTrue();
  }

  private static CandidateTable benchmarkTable(Distribution distribution) {
    RealisticData.Sample sample = RealisticData.generate(11L, 160, 800, distribution);
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

    assertOptimal(table, 0);
    assertOptimal(table, 5);
  }

  @Test
  void onTheDenseDistributionTheValueIsTheReferences() {
    CandidateTable table = benchmarkTable(Distribution.DENSE);

    assertOptimal(table, 0);
  }
}
