package org.sextherapy.assignment.internal;

import java.time.Duration;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.Ranker;
import org.sextherapy.matching.Ranking;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.matching.bench.Distribution;

/**
 * The batch's ranking alone ({@code Query.rank} at K per client, as {@link Batch} prepares it),
 * on one thread, over {@link AssignmentTiming}'s data: to compare two builds of the per-candidate
 * code by the ranking thread's CPU time (and the process's) in alternated runs, where the
 * wall-clock time of the whole batch is too noisy on a shared machine. Prints, per round, the
 * process CPU and wall time of ranking the first N clients, and a checksum of every ranking
 * (positions and scores), so that two builds can be seen to rank alike.
 *
 * <p>Run, after test-compile: {@code java -Xms4g -Xmx4g -cp ... 
 * org.sextherapy.assignment.internal.RankTiming [DENSE|REALISTIC] [ranked clients] [rounds]}
 * (defaults DENSE, 20,000 and 4; the data are 100,000 clients and 20,000 therapists, K = 50).
 */
public final class RankTiming {

  private RankTiming() {}

  /**
   * Runs the timing.
   *
   * @param args the distribution, how many clients to rank per round, how many rounds
   */
  public static void main(String[] args) {
    String distribution = args.length > 0 ? args[0] : "DENSE";
    int ranked = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Object state = prepare(distribution, 100_000);
    for (int round = 0; round < rounds; round++) {
      long cpu = cpuNanos();
      long thread = threadNanos();
      long wall = System.nanoTime();
      long checksum = round(state, 0, ranked);
      System.out.printf("round %d: %,d clients ranked, thread cpu %,.0f ms, process cpu %,.0f ms,"
          + " wall %,.0f ms, checksum %x%n", round + 1, ranked, (threadNanos() - thread) / 1e6,
          (cpuNanos() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6, checksum);
    }
  }

  /**
   * Generates the data of a distribution with some clients and 20,000 therapists and builds the
   * ranker: the state that {@link #round} ranks with. Public and untyped so that a driver that
   * loads two builds side by side in their own class loaders can alternate them in one process.
   *
   * @param distribution the distribution's name
   * @param clients how many clients to generate
   * @return the state, never null
   */
  public static Object prepare(String distribution, int clients) {
    AssignmentTiming.Data data =
        AssignmentTiming.data(Distribution.valueOf(distribution), clients, 20_000);
    return new State(Ranker.of(Matcher.standard(), TherapistDirectory.of(data.therapists()),
        AssignmentTiming.DATE), data.waiting());
  }

  /**
   * Ranks clients {@code from} to {@code to} at K = 50 on this thread.
   *
   * @param state what {@link #prepare} returned
   * @return a checksum of the rankings: positions, scores, eligible and unavailable counts
   */
  public static long round(Object state, int from, int to) {
    State s = (State) state;
    long checksum = 0;
    for (int c = from; c < to; c++) {
      Ranking ranking = s.ranker.rank(s.waiting.get(c), 50);
      for (int r = 0; r < ranking.size(); r++) {
        checksum = checksum * 31 + ranking.position(r) * 1_000_003L + ranking.score(r);
      }
      checksum = checksum * 31 + ranking.eligible() + 7L * ranking.unavailable();
    }
    return checksum;
  }

  private record State(Ranker ranker, List<ClientRequest> waiting) {}

  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /**
   * Returns this thread's CPU time, from java.management by reflection (the test classes are
   * compiled into the core module, which does not read it; run on the class path, they may), or
   * -1 where it cannot be read.
   */
  private static long threadNanos() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory")
          .getMethod("getThreadMXBean").invoke(null);
      return (long) Class.forName("java.lang.management.ThreadMXBean")
          .getMethod("getCurrentThreadCpuTime").invoke(bean);
    } catch (ReflectiveOperationException | RuntimeException unreadable) {
      return -1;
    }
  }
}
