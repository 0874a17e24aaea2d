package org.sextherapy.assignment.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.bench.Distribution;
import org.sextherapy.matching.bench.RealisticData;

/**
 * A plain timing of the flow solver alone on a saved candidate table, so that the solver can be
 * measured in a fresh JVM without ranking 100,000 clients again, and two versions of it compared
 * on the same table. Not a benchmark: on a loaded machine the process CPU time it prints is the
 * figure to compare, and JMH's {@code AssignmentBenchmark} gives the figures to quote.
 *
 * <p>{@code save FILE DISTRIBUTION CLIENTS THERAPISTS} prepares {@link AssignmentTiming}'s data
 * (seed 20261126, 3 to 8 places per therapist, default policy) on the standard assigner's threads
 * and writes the candidate table; {@code solve FILE RUNS [LOAD_STEP]} reads it and solves it
 * {@code RUNS} times, printing for each run the wall time, the process CPU time (all threads, JIT
 * and garbage collection included; the solver itself runs on one thread) and the objective.
 *
 * <pre>
 * java -Xmx4g -cp core/target/test-classes:core/target/classes:&lt;test class path&gt; \
 *     org.sextherapy.assignment.internal.FlowTiming save /tmp/dense-100k.table DENSE 100000 20000
 * java -Xmx2g -cp ... org.sextherapy.assignment.internal.FlowTiming solve /tmp/dense-100k.table 3
 * </pre>
 */
public final class FlowTiming {

  private static final LocalDate DATE = RealisticData.DATE;

  private FlowTiming() {}

  /**
   * Runs the timing.
   *
   * @param args {@code save FILE DISTRIBUTION CLIENTS THERAPISTS}, or {@code solve FILE RUNS
   *     [LOAD_STEP]}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[1]);
    switch (args[0]) {
      case "save" -> save(file, Distribution.valueOf(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]));
      case "solve" -> solve(file, Integer.parseInt(args[2]),
          args.length > 3 ? Long.parseLong(args[3]) : 0);
      default -> throw new IllegalArgumentException("save or solve, not " + args[0]);
    }
  }

  private static void save(Path file, Distribution distribution, int clients, int therapistCount)
      throws IOException {
    AssignmentTiming.Data data = AssignmentTiming.data(distribution, clients, therapistCount);
    Batch batch = Batch.prepare(Matcher.standard(), data.waiting(), data.therapists(), DATE,
        AssignmentPolicy.defaults(), CaseloadAssigner.standard().parallelism());
    CandidateTable table = batch.table();
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(table.therapistCount());
      for (int t = 0; t < table.therapistCount(); t++) {
        out.writeInt(table.capacity(t));
      }
      out.writeInt(table.clientCount());
      for (int c = 0; c < table.clientCount(); c++) {
        out.writeInt(table.candidateCount(c));
        for (int r = 0; r < table.candidateCount(c); r++) {
          out.writeInt(table.therapist(c, r));
          out.writeLong(table.value(c, r));
        }
      }
    }
    System.out.printf("%s: saved %s%n", distribution, table);
  }

  private static CandidateTable read(Path file) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int[] capacities = new int[in.readInt()];
      for (int t = 0; t < capacities.length; t++) {
        capacities[t] = in.readInt();
      }
      CandidateTable.Builder builder = CandidateTable.builder(capacities);
      int clients = in.readInt();
      for (int c = 0; c < clients; c++) {
        int count = in.readInt();
        for (int r = 0; r < count; r++) {
          builder.addCandidate(in.readInt(), in.readLong());
        }
        builder.endClient();
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void solve(Path file, int runs, long loadStep) {
    CandidateTable table = read(file);
    long largest = 0;
    for (int c = 0; c < table.clientCount(); c++) {
      for (int r = 0; r < table.candidateCount(c); r++) {
        largest = Math.max(largest, table.value(c, r));
      }
    }
    System.out.printf("%s, largest value %,d, load step %d%n", table, largest, loadStep);
    for (int run = 1; run <= runs; run++) {
      Duration cpu0 = cpu();
      long wall0 = System.nanoTime();
      int[] assigned = FlowAssigner.solve(table, loadStep);
      long wall = System.nanoTime() - wall0;
      Duration cpu = cpu().minus(cpu0);
      System.out.printf("  run %d: wall %,d ms, process CPU %,d ms, objective %,d%n", run,
          wall / 1_000_000, cpu.toMillis(), table.objective(assigned, loadStep));
    }
  }

  private static Duration cpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }
}
