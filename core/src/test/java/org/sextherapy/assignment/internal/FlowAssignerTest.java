package org.sextherapy.assignment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;

/**
 * The flow solver against an exhaustive search on small tables (the independent JGraphT solve and
 * negative-cycle check on larger ones are in {@link FlowAgainstReferenceTest}), and the first-come
 * baseline.
 */
class FlowAssignerTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /**
   * A random table: therapists of random capacity, clients with random candidate lists. Values
   * combine a per-therapist quality (so clients compete for the same therapists) with noise, from
   * a small range so that ties are common.
   */
  static CandidateTable table(RandomValues random, int minClients, int maxClients,
      int maxTherapists, int maxCapacity, int maxCandidates) {
    return table(random, minClients, maxClients, maxTherapists, maxCapacity, maxCandidates, false);
  }

  /**
   * A random table as above; with {@code byValue}, each client's candidates are listed by value,
   * highest first, as a batch lists them (match scores in rank order plus one waiting bonus), so
   * that the solver's searches stop reading a client's candidates early.
   */
  static CandidateTable table(RandomValues random, int minClients, int maxClients,
      int maxTherapists, int maxCapacity, int maxCandidates, boolean byValue) {
    int therapists = 1 + random.nextInt(maxTherapists);
    int[] capacities = new int[therapists];
    int[] quality = new int[therapists];
    List<Integer> indexes = new ArrayList<>();
    for (int t = 0; t < therapists; t++) {
      capacities[t] = random.nextInt(maxCapacity + 1);
      quality[t] = random.nextInt(12);
      indexes.add(t);
    }
    CandidateTable.Builder builder = CandidateTable.builder(capacities);
    int clients = minClients + random.nextInt(maxClients - minClients + 1);
    for (int c = 0; c < clients; c++) {
      List<long[]> candidates = new ArrayList<>();
      for (int t : random.someOf(indexes, 0, Math.min(maxCandidates, therapists))) {
        candidates.add(new long[] {t, quality[t] + random.nextInt(9)});
      }
      if (byValue) {
        candidates.sort((a, b) -> Long.compare(b[1], a[1]));
      }
      for (long[] candidate : candidates) {
        builder.addCandidate((int) candidate[0], candidate[1]);
      }
      builder.endClient();
    }
    return builder.build();
  }

  static long randomLoadStep(RandomValues random) {
    return random.chance(0.5) ? 0 : random.oneOf(List.of(1L, 2L, 5L));
  }

  /** The best objective over every assignment that respects capacities, by trying them all. */
  static long exhaustiveOptimum(CandidateTable table, long loadStep) {
    return search(table, loadStep, table.placementCredit(loadStep), 0,
        new int[table.therapistCount()]);
  }

  private static long search(CandidateTable table, long loadStep, long credit, int client,
      int[] load) {
    if (client == table.clientCount()) {
      return 0;
    }
    long best = search(table, loadStep, credit, client + 1, load);
    for (int r = 0; r < table.candidateCount(client); r++) {
      int t = table.therapist(client, r);
      if (load[t] < table.capacity(t)) {
        long gain = table.value(client, r) + credit - loadStep * load[t];
        load[t]++;
        best = Math.max(best, gain + search(table, loadStep, credit, client + 1, load));
        load[t]--;
      }
    }
    return best;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void flowValueEqualsTheExhaustiveOptimumOnSmallTables(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = table(random, 2, 6, 4, 2, 4);
    long loadStep = randomLoadStep(random);

    int[] assigned = FlowAssigner.solve(table, loadStep);

    assertThat(table.objective(assigned, loadStep)).isEqualTo(exhaustiveOptimum(table, loadStep));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void flowValueEqualsTheExhaustiveOptimumOnTablesListedByValue(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = table(random, 2, 6, 4, 2, 4, true);
    long loadStep = randomLoadStep(random);

    int[] assigned = FlowAssigner.solve(table, loadStep);

    assertThat(table.objective(assigned, loadStep)).isEqualTo(exhaustiveOptimum(table, loadStep));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLargestValuesAndLoadStepsAreSolvedExactly(long seed) {
    // Values near the table's bound and the largest load step: every cost, potential and
    // distance is an exact long, so the optimum is still the exhaustive one.
    RandomValues random = new RandomValues(seed);
    int therapists = 1 + random.nextInt(4);
    int[] capacities = new int[therapists];
    List<Integer> indexes = new ArrayList<>();
    for (int t = 0; t < therapists; t++) {
      capacities[t] = random.nextInt(3);
      indexes.add(t);
    }
    CandidateTable.Builder builder = CandidateTable.builder(capacities);
    int clients = 2 + random.nextInt(5);
    for (int c = 0; c < clients; c++) {
      for (int t : random.someOf(indexes, 0, therapists)) {
        builder.addCandidate(t, CandidateTable.MAX_VALUE - random.nextInt(3) * 1_000_003L);
      }
      builder.endClient();
    }
    CandidateTable table = builder.build();
    long loadStep = random.chance(0.5) ? CandidateTable.MAX_LOAD_STEP : 0;

    assertThat(table.objective(FlowAssigner.solve(table, loadStep), loadStep))
        .isEqualTo(exhaustiveOptimum(table, loadStep));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sameTableGivesTheSameAssignment(long seed) {
    CandidateTable table = table(new RandomValues(seed), 30, 80, 20, 4, 10);
    long loadStep = randomLoadStep(new RandomValues(seed + 1));

    assertThat(FlowAssigner.solve(table, loadStep))
        .containsExactly(FlowAssigner.solve(table, loadStep));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void firstComeBaselineNeverBeatsTheFlowAndRespectsCapacities(long seed) {
    RandomValues random = new RandomValues(seed);
    CandidateTable table = table(random, 2, 40, 10, 3, 6);
    int[] order = new int[table.clientCount()];
    for (int c = 0; c < order.length; c++) {
      order[c] = order.length - 1 - c;
    }

    int[] greedy = GreedyAssigner.solve(table, order);

    assertThat(table.objective(greedy, 0))
        .isLessThanOrEqualTo(table.objective(FlowAssigner.solve(table, 0), 0));
  }

  @Test
  void firstComeBaselineGivesEachClientItsBestFreeCandidateInTurn() {
    CandidateTable table = CandidateTable.builder(new int[] {1, 1})
        .addCandidate(0, 10).addCandidate(1, 9).endClient()
        .addCandidate(0, 8).addCandidate(1, 1).endClient()
        .build();

    assertThat(GreedyAssigner.solve(table, new int[] {0, 1})).containsExactly(0, 1);
    assertThat(GreedyAssigner.solve(table, new int[] {1, 0})).containsExactly(1, 0);
    // The optimum: client 1 loses 7 by moving, client 0 only 1.
    assertThat(FlowAssigner.solve(table, 0)).containsExactly(1, 0);
  }

  @Test
  void firstComeBaselineRejectsAClientServedTwice() {
    CandidateTable table = CandidateTable.builder(new int[] {1}).endClient().build();

    assertThatThrownBy(() -> GreedyAssigner.solve(table, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
  }

  @Test
  void loadBalancingSpreadsClientsOverTherapistsOfEqualValue() {
    // Two clients, both worth 10 with either therapist; each therapist has two places.
    CandidateTable table = CandidateTable.builder(new int[] {2, 2})
        .addCandidate(0, 10).addCandidate(1, 10).endClient()
        .addCandidate(0, 10).addCandidate(1, 10).endClient()
        .build();

    int[] balanced = FlowAssigner.solve(table, 3);

    assertThat(balanced[0]).isNotEqualTo(balanced[1]);
    assertThat(table.objective(balanced, 3)).isEqualTo(2 * (10 + 3));
  }

  @Test
  void loadBalancingNeverLeavesAClientOutWhileACandidateHasAPlace() {
    // One therapist, three places; the third client's load cost (2 * 50) exceeds its value (1).
    CandidateTable table = CandidateTable.builder(new int[] {3})
        .addCandidate(0, 1).endClient()
        .addCandidate(0, 1).endClient()
        .addCandidate(0, 1).endClient()
        .build();

    assertThat(FlowAssigner.solve(table, 50)).containsExactly(0, 0, 0);
  }

  @Test
  void emptyTableAndNoPlacesLeaveEveryoneUnassigned() {
    CandidateTable empty = CandidateTable.builder(new int[0]).build();
    CandidateTable full = CandidateTable.builder(new int[] {0, 0})
        .addCandidate(0, 5).addCandidate(1, 4).endClient()
        .addCandidate(1, 5).endClient()
        .build();

    assertThat(FlowAssigner.solve(empty, 0)).isEmpty();
    assertThat(FlowAssigner.solve(full, 0)).containsExactly(-1, -1);
  }

  @Test
  void tableRejectsRepeatedCandidatesOutOfRangeValuesAndBadLoadSteps() {
    CandidateTable.Builder builder = CandidateTable.builder(new int[] {1, 1}).addCandidate(0, 1);

    assertThatThrownBy(() -> builder.addCandidate(0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
    assertThatThrownBy(() -> builder.addCandidate(2, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
    assertThatThrownBy(() -> builder.addCandidate(1, CandidateTable.MAX_VALUE + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> builder.addCandidate(1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> CandidateTable.builder(new int[] {-1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacities[0]");
    CandidateTable table = builder.endClient().build();
    assertThatThrownBy(() -> FlowAssigner.solve(table, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loadStep");
    assertThatThrownBy(() -> table.objective(new int[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("candidate");
  }
}
