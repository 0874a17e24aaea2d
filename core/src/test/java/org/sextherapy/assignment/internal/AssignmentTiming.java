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
 * A plain timing of the batch assignment's steps, to see where the time goes and to compare the
 * flow solver with the one it replaced ({@link ReferenceFlowAssigner}). Not a benchmark: JMH's
 * {@code AssignmentBenchmark} gives the figures to quote. For each distribution, on the
 * benchmark's data (seed 20261126: 10,000 clients, 2,000 therapists with 3 to 8 places, K = 50):
 * preparing the batch (matching every client) on one thread and on the standard assigner's
 * threads, the reference and the current flow solve alone, and the optimal assignment end to end
 * ({@code CaseloadAssigner.standard()}); seven runs, the first two for warm-up, with the median
 * and the fastest of the other five.
 *
 * <p>Run: {@code java -Xms1g -Xmx1g -cp <core test class path>
 * org.sextherapy.assignment.internal.AssignmentTiming [REALISTIC|DENSE ...]}.
 */
public final class AssignmentTiming {

  private static final LocalDate DATE = RealisticData.DATE;
  private static final AssignmentPolicy POLICY = AssignmentPolicy.defaults();

  private AssignmentTiming() {}

  /**
   * Runs the timing.
   *
   * @param args the distributions to time, all by default
   */
  public static void main(String[] args) {
    List<Distribution> distributions = new ArrayList<>();
    for (String arg : args) {
      distributions.add(Distribution.valueOf(arg));
    }
    if (distributions.isEmpty()) {
      distributions.addAll(List.of(Distribution.values()));
    }
    System.out.printf("%d processors, max heap %,d MB, standard assigner threads %d%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        CaseloadAssigner.standard().parallelism());
    for (Distribution distribution : distributions) {
      time(distribution);
    }
  }

  private static void time(Distribution distribution) {
    RealisticData.Sample sample = RealisticData.generate(20261126L, 2_000, 10_000, distribution);
    RandomValues random = new RandomValues(5);
    List<TherapistProfile> therapists = new ArrayList<>();
    for (TherapistProfile p : sample.profiles()) {
      therapists.add(random.withAvailability(p, true, 3 + random.nextInt(6)));
    }
    List<ClientRequest> waiting = new ArrayList<>();
    for (ClientRequest r : sample.requests()) {
      waiting.add(random.waitingSince(r, Optional.of(DATE.minusDays(random.nextInt(365)))));
    }
    int threads = CaseloadAssigner.standard().parallelism();
    int runs = 7;
    long[] prepareOne = new long[runs];
    long[] prepare = new long[runs];
    long[] reference = new long[runs];
    long[] solve = new long[runs];
    long[] endToEnd = new long[runs];
    int referenceRounds = 0;
    int rounds = 0;
    long referenceValue = 0;
    long value = 0;
    int candidates = 0;
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Batch.prepare(Matcher.standard(), waiting, therapists, DATE, POLICY, 1);
      long t1 = System.nanoTime();
      Batch batch = Batch.prepare(Matcher.standard(), waiting, therapists, DATE, POLICY, threads);
      long t2 = System.nanoTime();
      ReferenceFlowAssigner.Solution old = ReferenceFlowAssigner.solve(batch.table(), 0);
      long t3 = System.nanoTime();
      FlowAssigner.Solution now = FlowAssigner.solve(batch.table(), 0);
      long t4 = System.nanoTime();
      Assignment assignment = CaseloadAssigner.standard().assign(waiting, therapists, DATE, POLICY);
      long t5 = System.nanoTime();
      prepareOne[run] = t1 - t0;
      prepare[run] = t2 - t1;
      reference[run] = t3 - t2;
      solve[run] = t4 - t3;
      endToEnd[run] = t5 - t4;
      referenceRounds = old.rounds();
      rounds = now.rounds();
      referenceValue = batch.table().objective(old.assigned(), 0);
      value = batch.table().objective(now.assigned(), 0);
      candidates = batch.table().candidateTotal();
      if (value != referenceValue || !assignment.optimal()) {
        throw new IllegalStateException("the solvers disagree");
      }
    }
    System.out.printf("%s: %,d candidates; objective %,d (reference %,d); rounds %d (reference"
        + " %d)%n", distribution, candidates, value, referenceValue, rounds, referenceRounds);
    report("  prepare, 1 thread", prepareOne);
    report("  prepare, " + threads + " threads", prepare);
    report("  flow solve, reference (before)", reference);
    report("  flow solve, current", solve);
    report("  optimal end to end (standard)", endToEnd);
  }

  /** Prints the median and fastest of the measured runs (the first two are warm-up). */
  private static void report(String label, long[] nanos) {
    long[] measured = Arrays.copyOfRange(nanos, 2, nanos.length);
    Arrays.sort(measured);
    System.out.printf("%-34s median %,7.0f ms, fastest %,7.0f ms%n", label,
        measured[measured.length / 2] / 1e6, measured[0] / 1e6);
  }
}
