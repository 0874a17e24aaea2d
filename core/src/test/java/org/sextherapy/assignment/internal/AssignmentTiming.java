package org.sextherapy.assignment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticData;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A plain timing of the batch assignment's steps, to see where the time goes, and the documented
 * manual run at 100,000 clients and 20,000 therapists. Not a benchmark: JMH's
 * {@code AssignmentBenchmark} gives the figures to quote at 10,000 x 2,000.
 *
 * <p>For each distribution, on the benchmark's data (seed 20261126; therapists with 3 to 8 open
 * places, every client on the waiting list for up to a year; K = 50, default policy): each run
 * prepares the batch on the standard assigner's threads (ranking every client), then places the
 * clients optimally ({@link Batch#optimal()}: solving, completing, explaining each placement),
 * which together are exactly {@code CaseloadAssigner.standard().assign}; then times the flow
 * solver alone on the
 * same table. Times are wall-clock (the test module reads no
 * {@code java.management}); on a loaded machine compare the fastest runs. With
 * three runs or more the first two are warm-up and the median and fastest of the others are
 * printed; with fewer, every run is printed. Every optimal assignment must be proven optimal.
 *
 * <p>Run, after {@code ./mvnw -o -pl core test-compile}:
 *
 * <pre>
 * java -Xms1g -Xmx1g -cp core/target/test-classes:core/target/classes:&lt;test class path&gt; \
 *     org.sextherapy.assignment.internal.AssignmentTiming [REALISTIC|DENSE ...]
 * java -Xms4g -Xmx4g -cp ... org.sextherapy.assignment.internal.AssignmentTiming \
 *     --clients 100000 --therapists 20000 --runs 2 REALISTIC DENSE
 * </pre>
 *
 * <p>(The test class path: {@code ./mvnw -o -q -pl core dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt}.)
 */
public final class AssignmentTiming {

  static final LocalDate DATE = RealisticData.DATE;
  private static final AssignmentPolicy POLICY = AssignmentPolicy.defaults();

  private AssignmentTiming() {}

  /**
   * Runs the timing.
   *
   * @param args {@code --clients N}, {@code --therapists M}, {@code --runs R} (default 10,000,
   *     2,000 and 7), then the distributions to time, all by default
   */
  public static void main(String[] args) {
    int clients = 10_000;
    int therapists = 2_000;
    int runs = 7;
    List<Distribution> distributions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--therapists" -> therapists = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default -> distributions.add(Distribution.valueOf(args[i]));
      }
    }
    if (distributions.isEmpty()) {
      distributions.addAll(List.of(Distribution.values()));
    }
    System.out.printf("%d processors, max heap %,d MB, standard assigner threads %d%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        CaseloadAssigner.standard().parallelism());
    for (Distribution distribution : distributions) {
      time(distribution, clients, therapists, runs);
    }
  }

  /** A batch's input: the therapists with their open places, and the waiting list. */
  record Data(List<TherapistProfile> therapists, List<ClientRequest> waiting) {}

  /**
   * Generates the timing's data (seed 20261126; 3 to 8 open places per therapist; every client
   * waiting up to a year), the one definition that {@link FlowTiming} saves tables from too.
   */
  static Data data(Distribution distribution, int clients, int therapistCount) {
    RealisticData.Sample sample =
        RealisticData.generate(20261126L, therapistCount, clients, distribution);
    RandomValues random = new RandomValues(5);
    List<TherapistProfile> therapists = new ArrayList<>();
    for (TherapistProfile p : sample.profiles()) {
      therapists.add(random.withAvailability(p, true, 3 + random.nextInt(6)));
    }
    List<ClientRequest> waiting = new ArrayList<>();
    for (ClientRequest r : sample.requests()) {
      waiting.add(random.waitingSince(r, Optional.of(DATE.minusDays(random.nextInt(365)))));
    }
    return new Data(therapists, waiting);
  }

  private static void time(Distribution distribution, int clients, int therapistCount, int runs) {
    long generating = System.nanoTime();
    Data data = data(distribution, clients, therapistCount);
    List<TherapistProfile> therapists = data.therapists();
    List<ClientRequest> waiting = data.waiting();
    System.out.printf("%s: %,d clients, %,d therapists generated in %,.0f ms%n", distribution,
        clients, therapistCount, (System.nanoTime() - generating) / 1e6);
    int threads = CaseloadAssigner.standard().parallelism();
    long[] prepare = new long[runs];
    long[] place = new long[runs];
    long[] endToEnd = new long[runs];
    long[] solve = new long[runs];
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Batch batch = Batch.prepare(Matcher.standard(), waiting, therapists, DATE, POLICY, threads);
      long t1 = System.nanoTime();
      if (runs < 3) {
        System.out.printf("  run %d: prepared in %,.0f ms%n", run + 1, (t1 - t0) / 1e6);
      }
      Assignment assignment = batch.optimal();
      long t2 = System.nanoTime();
      if (runs < 3) {
        System.out.printf("  run %d: solved, completed and explained in %,.0f ms%n", run + 1,
            (t2 - t1) / 1e6);
      }
      // The solver alone again (a manual run of one or two runs skips it: it is most of optimal())
      if (runs >= 3) {
        FlowAssigner.solve(batch.table(), 0);
      }
      long t3 = System.nanoTime();
      prepare[run] = t1 - t0;
      place[run] = t2 - t1;
      endToEnd[run] = t2 - t0;
      solve[run] = t3 - t2;
      if (!assignment.optimal()) {
        throw new IllegalStateException("an optimal assignment was not proven optimal");
      }
      if (run == 0) {
        System.out.printf("  %,d candidates; placed %,d; total score %,d%n",
            batch.table().candidateTotal(), assignment.assignedCount(), assignment.totalScore());
      }
    }
    report("  prepare (rank every client)", prepare);
    report("  optimal() (solve, complete, explain)", place);
    report("  optimal end to end", endToEnd);
    if (runs >= 3) {
      report("  flow solve alone", solve);
    }
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("  heap used after the runs: %,d MB%n",
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }

  /** Prints every run, or the median and fastest after two warm-up runs. */
  private static void report(String label, long[] nanos) {
    if (nanos.length < 3) {
      StringBuilder runs = new StringBuilder();
      for (long n : nanos) {
        runs.append(String.format(" %,7.0f ms", n / 1e6));
      }
      System.out.printf("%-40s runs%s%n", label, runs);
      return;
    }
    long[] measured = Arrays.copyOfRange(nanos, 2, nanos.length);
    Arrays.sort(measured);
    System.out.printf("%-40s median %,7.0f ms, fastest %,7.0f ms%n", label,
        measured[measured.length / 2] / 1e6, measured[0] / 1e6);
  }
}
