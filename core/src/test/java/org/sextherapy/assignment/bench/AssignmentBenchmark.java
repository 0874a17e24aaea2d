package org.sextherapy.assignment.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.assignment.internal.Batch;
import org.sextherapy.assignment.internal.CandidateTable;
import org.sextherapy.assignment.internal.FlowAssigner;
import org.sextherapy.assignment.internal.GreedyAssigner;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticData;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Batch assignment of 10,000 waiting clients to 2,000 therapists with 3 to 8 open places each, K =
 * 50 candidates per client, on the matching benchmark's realistic data (therapists and clients
 * spread over 24 jurisdictions by population, realistic concern, language, fee and preference
 * spreads), every client on the waiting list for up to a year. Single shot, in a 1 GiB heap.
 *
 * <p>{@code optimal} and {@code firstCome} are end to end: ranking every client's candidates
 * (scores only), solving, completing the result and explaining each placement. The
 * {@code ...SolverOnly} benchmarks time the solvers alone on the prepared candidate table, and
 * {@code matchingOnly} the preparation. The setup prints both assignments' totals and their ratio.
 *
 * <p>The data is drawn from both distributions ({@link Distribution}, parameter
 * {@code distribution}): the realistic one, and a dense one where most therapists are eligible
 * for most clients, so competition for the same therapists is high.
 *
 * <p>Run: {@code ./mvnw -pl core -am -Pbenchmark test-compile exec:exec
 * -Dbenchmark=AssignmentBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class AssignmentBenchmark {

  static final LocalDate DATE = RealisticData.DATE;
  static final int CLIENTS = 10_000;
  static final int THERAPISTS = 2_000;
  static final Matcher MATCHER = Matcher.standard();
  /** Clients matched at once, as the standard assigner does (one per processor). */
  static final int THREADS = CaseloadAssigner.standard().parallelism();
  static final AssignmentPolicy POLICY = AssignmentPolicy.defaults();
  static final AssignmentPolicy BALANCED =
      AssignmentPolicy.builder().loadBalancingPoints(5).build();

  /** The waiting list, the therapists and the prepared candidate table. */
  @State(Scope.Benchmark)
  public static class WaitingList {
    /** Which directory and waiting list are drawn: every figure is reported for both. */
    @Param({"REALISTIC", "DENSE"})
    public Distribution distribution;

    List<TherapistProfile> therapists;
    List<ClientRequest> waiting;
    Batch batch;
    int[] order;

    /** Generates the data, and prints the optimal and first-come totals once. */
    @Setup(Level.Trial)
    public void setUp() {
      RealisticData.Sample sample =
          RealisticData.generate(20261126L, THERAPISTS, CLIENTS, distribution);
      RandomValues random = new RandomValues(5);
      therapists = new ArrayList<>();
      for (TherapistProfile p : sample.profiles()) {
        therapists.add(random.withAvailability(p, true, 3 + random.nextInt(6)));
      }
      waiting = new ArrayList<>();
      for (ClientRequest r : sample.requests()) {
        waiting.add(random.waitingSince(r, Optional.of(DATE.minusDays(random.nextInt(365)))));
      }
      long started = System.nanoTime();
      batch = Batch.prepare(MATCHER, waiting, therapists, DATE, POLICY);
      long prepared = System.nanoTime();
      order = batch.waitingOrder();
      CandidateTable table = batch.table();
      int withCandidates = 0;
      int places = 0;
      for (int c = 0; c < table.clientCount(); c++) {
        withCandidates += table.candidateCount(c) > 0 ? 1 : 0;
      }
      for (int t = 0; t < table.therapistCount(); t++) {
        places += table.capacity(t);
      }
      FlowAssigner.solve(table, 0);
      long solved = System.nanoTime();
      Assignment optimal = batch.optimal();
      Assignment firstCome = batch.firstCome();
      System.out.printf("%n%s: %,d clients, %,d therapists with %,d open places; %,d candidates"
          + " (%,d clients with at least one); ranking %.0f ms, first solve %.0f ms%n",
          distribution, CLIENTS, THERAPISTS, places, table.candidateTotal(), withCandidates,
          (prepared - started) / 1e6, (solved - prepared) / 1e6);
      print("optimal   ", optimal);
      print("firstCome ", firstCome);
      System.out.printf("score ratio optimal / first come: %.4f; with waiting points: %.4f%n",
          optimal.totalScore() / (double) firstCome.totalScore(),
          (optimal.totalScore() + optimal.totalWaitingPoints())
              / (double) (firstCome.totalScore() + firstCome.totalWaitingPoints()));
      Assignment balanced = Batch.prepare(MATCHER, waiting, therapists, DATE, BALANCED).optimal();
      print("balanced  ", balanced);
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      System.out.printf("heap used after setup: %,d MB of %,d MB%n",
          (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static void print(String label, Assignment a) {
      int busiest = a.loads().stream().mapToInt(l -> l.assigned()).max().orElse(0);
      long full = a.loads().stream().filter(l -> l.openPlaces() > 0 && l.remaining() == 0).count();
      System.out.printf("%s placed %,d of %,d, total score %,d, waiting points %,d,"
          + " therapists full %,d, most clients at one therapist %d, optimal %s%n", label,
          a.assignedCount(), a.placements().size(), a.totalScore(), a.totalWaitingPoints(), full,
          busiest, a.optimal());
    }
  }

  /** The optimal assignment, end to end. */
  @Benchmark
  public Assignment optimal(WaitingList w) {
    return CaseloadAssigner.standard().assign(w.waiting, w.therapists, DATE, POLICY);
  }

  /** The optimal assignment with load balancing (5 points per client already placed). */
  @Benchmark
  public Assignment optimalBalanced(WaitingList w) {
    return CaseloadAssigner.standard().assign(w.waiting, w.therapists, DATE, BALANCED);
  }

  /** First come, first served, end to end on the same pipeline. */
  @Benchmark
  public Assignment firstCome(WaitingList w) {
    return Batch.prepare(MATCHER, w.waiting, w.therapists, DATE, POLICY, THREADS).firstCome();
  }

  /** Matching every client and building the candidate table, on the standard threads. */
  @Benchmark
  public Batch matchingOnly(WaitingList w) {
    return Batch.prepare(MATCHER, w.waiting, w.therapists, DATE, POLICY, THREADS);
  }

  /** Matching every client and building the candidate table, on one thread. */
  @Benchmark
  public Batch matchingOnlyOneThread(WaitingList w) {
    return Batch.prepare(MATCHER, w.waiting, w.therapists, DATE, POLICY, 1);
  }

  /** The min-cost-flow solver alone on the prepared table. */
  @Benchmark
  public int[] optimalSolverOnly(WaitingList w) {
    return FlowAssigner.solve(w.batch.table(), 0);
  }

  /** The first-come solver alone on the prepared table. */
  @Benchmark
  public int[] firstComeSolverOnly(WaitingList w) {
    return GreedyAssigner.solve(w.batch.table(), w.order);
  }
}
