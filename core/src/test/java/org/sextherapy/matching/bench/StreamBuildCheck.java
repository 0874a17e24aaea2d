package org.sextherapy.matching.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;

/**
 * A manual check, outside CI and outside JMH: builds a directory of many realistic therapists
 * from profiles generated one at a time and dropped once added (never a list of them), so that
 * it shows what heap a streamed directory needs, then times the first query on each of a few new
 * dates against the same queries once the date's verdicts are cached. Run, for 5,000,000
 * therapists in a 6 GB heap:
 *
 * <pre>{@code
 * ./mvnw -pl core -am test-compile
 * java -Xmx6g -cp core/target/test-classes:core/target/classes:$(cat classpath.txt) \
 *     org.sextherapy.matching.bench.StreamBuildCheck 5000000
 * }</pre>
 *
 * <p>where {@code classpath.txt} is written by {@code ./mvnw -pl core dependency:build-classpath
 * -Dmdep.outputFile=classpath.txt}. The timings are single runs on whatever else the machine is
 * doing: a functional and memory check, not a benchmark.
 */
public final class StreamBuildCheck {

  private StreamBuildCheck() {}

  /**
   * Builds and checks.
   *
   * @param args the number of therapists, default 5,000,000
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    RealisticDirectory generator = new RealisticDirectory(20261126L, Distribution.REALISTIC);
    List<ClientRequest> requests = generator.requests(64);
    long started = System.nanoTime();
    TherapistDirectory.Builder builder = TherapistDirectory.builder();
    for (int i = 0; i < n; i++) {
      builder.add(generator.profile(i));
      if ((i + 1) % 500_000 == 0) {
        System.out.printf("%,d added in %.0f s, heap used %,d MB%n", i + 1,
            (System.nanoTime() - started) / 1e9, used() >> 20);
      }
    }
    TherapistDirectory directory = builder.build();
    long built = System.nanoTime();
    System.gc();
    System.out.printf("%,d therapists streamed and built in %.0f s (-Xmx %,d MB); heap used"
        + " after GC %,d MB = %.0f bytes per therapist; packed %.1f, side %.1f bytes per"
        + " therapist%n", n, (built - started) / 1e9, Runtime.getRuntime().maxMemory() >> 20,
        used() >> 20, used() / (double) n, directory.packedBytes() / (double) n,
        directory.sideBytes() / (double) n);
    Matcher matcher = Matcher.standard().withParallelism(2);
    for (int d = 1; d <= 5; d++) {
      LocalDate date = RealisticDirectory.DATE.plusDays(d);
      long first = System.nanoTime();
      matcher.match(requests.get(0), directory, date, 10);
      double firstMs = (System.nanoTime() - first) / 1e6;
      double[] steady = new double[requests.size()];
      for (int r = 0; r < requests.size(); r++) {
        long at = System.nanoTime();
        matcher.match(requests.get(r), directory, date, 10);
        steady[r] = (System.nanoTime() - at) / 1e6;
      }
      Arrays.sort(steady);
      System.out.printf("date %s: first query %.1f ms, then median %.1f ms over %d requests%n",
          date, firstMs, steady[steady.length / 2], steady.length);
    }
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
