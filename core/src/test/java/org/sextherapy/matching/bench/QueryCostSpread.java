package org.sextherapy.matching.bench;

import java.util.Arrays;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A manual measurement, outside CI and outside JMH, of what the single query's median is made of
 * on the benchmark's data. First, how its cost spreads over the 256 requests that
 * {@code MatcherBenchmark} cycles through (JMH's median is that of a request near the middle of
 * this spread, so a change moves it only by moving the requests around the middle), with the
 * requests taken in four orders: in rotation, as JMH takes them; each again and again in a row;
 * each after the same request on a second directory built from the same profiles (the same code
 * and branches, other memory); and each after 48 MB written elsewhere (the caches hold none of
 * the directory). Then how many eligible therapists score within a few points of the k-th best:
 * the least that any exact top-k must tell apart from the k best, however tight its bounds. Run,
 * for the dense directory of 100,000 therapists:
 *
 * <pre>{@code
 * ./mvnw -pl core -am test-compile
 * java -Xmx4g -cp core/target/test-classes:core/target/classes:$(cat classpath.txt) \
 *     org.sextherapy.matching.bench.QueryCostSpread DENSE 100000
 * }</pre>
 *
 * <p>where {@code classpath.txt} is written by {@code ./mvnw -pl core dependency:build-classpath
 * -Dmdep.outputFile=classpath.txt}. Wall-clock times on whatever else the machine is doing:
 * compare the orders of one run, not runs of different hours.
 */
public final class QueryCostSpread {

  private static final int K = 10;
  private static final int REPEATS = 31;
  private static final int WARM_UP_ROUNDS = 60;
  /** How far below the k-th score, in points, the margin table counts therapists. */
  private static final int[] MARGINS = {0, 2, 5, 10, 20};

  private QueryCostSpread() {}

  /**
   * Measures and prints.
   *
   * @param args the distribution (default DENSE) and the number of therapists (default 100,000)
   */
  public static void main(String[] args) {
    Distribution distribution = args.length > 0 ? Distribution.valueOf(args[0])
        : Distribution.DENSE;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    RealisticDirectory generator = new RealisticDirectory(20261126L, distribution);
    List<TherapistProfile> profiles = generator.profiles(n);
    Timing timing = new Timing(TherapistDirectory.of(profiles), TherapistDirectory.of(profiles),
        generator.requests(256));
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (ClientRequest request : timing.requests) {
        timing.run(timing.directory, request);
        timing.run(timing.twin, request);
      }
    }
    System.out.printf("%s, %,d therapists, k = %d explained, one thread, ms per query; each"
        + " request's median over %d runs, quartiles and 90th percentile over the %d requests:%n",
        distribution, n, K, REPEATS, timing.requests.size());
    double[] rotated = timing.medians(Order.ROTATION);
    System.out.printf("  %-58s %s%n", Order.ROTATION.text, quartiles(rotated));
    for (Order order : List.of(Order.IN_A_ROW, Order.AFTER_TWIN, Order.AFTER_OTHER_WRITES)) {
      System.out.printf("  %-58s %s%n", order.text, quartiles(timing.medians(order)));
    }
    double[] byConcerns = new double[4];
    int[] ofConcerns = new int[4];
    for (int r = 0; r < rotated.length; r++) {
      int concerns = Math.min(3, timing.requests.get(r).concerns().size());
      byConcerns[concerns] += rotated[r];
      ofConcerns[concerns]++;
    }
    for (int c = 1; c <= 3; c++) {
      System.out.printf("  in rotation, mean of the requests naming %s: %.3f (%d requests)%n",
          c == 3 ? "3 or more concerns" : c + (c == 1 ? " concern" : " concerns"),
          ofConcerns[c] == 0 ? 0 : byConcerns[c] / ofConcerns[c], ofConcerns[c]);
    }
    printMargins(timing.directory, timing.requests, n);
    // Keeps the timed calls from being optimised away.
    System.out.println("(checksum " + timing.sink + ")");
  }

  /** What runs before each timed query of a request. */
  private enum Order {
    /** The other requests in between: each request once, then each again, as JMH takes them. */
    ROTATION("in rotation (what JMH measures):"),
    /** The same request: its data and branches as warm as they get. */
    IN_A_ROW("each request again and again, in a row:"),
    /**
     * The same request on a second directory built from the same profiles: the same code and
     * branches, other memory.
     */
    AFTER_TWIN("after the same request on an identical second directory:"),
    /** 48 MB written elsewhere: the caches hold none of the directory. */
    AFTER_OTHER_WRITES("after 48 MB written elsewhere:");

    final String text;

    Order(String text) {
      this.text = text;
    }
  }

  /** The directories, the requests and the timed runs. */
  private static final class Timing {
    final TherapistDirectory directory;
    final TherapistDirectory twin;
    final List<ClientRequest> requests;
    final Matcher matcher = Matcher.standard();
    final byte[] elsewhere = new byte[48 << 20];
    long sink;

    Timing(TherapistDirectory directory, TherapistDirectory twin, List<ClientRequest> requests) {
      this.directory = directory;
      this.twin = twin;
      this.requests = requests;
    }

    void run(TherapistDirectory on, ClientRequest request) {
      sink += matcher.match(request, on, RealisticDirectory.DATE, K).eligible();
    }

    /** Returns each request's median time on the directory, in milliseconds, in an order. */
    double[] medians(Order order) {
      double[][] times = new double[requests.size()][REPEATS];
      if (order == Order.ROTATION) {
        for (int t = 0; t < REPEATS; t++) {
          for (int r = 0; r < requests.size(); r++) {
            times[r][t] = timed(requests.get(r));
          }
        }
      } else {
        for (int r = 0; r < requests.size(); r++) {
          for (int t = 0; t < REPEATS; t++) {
            before(order, requests.get(r));
            times[r][t] = timed(requests.get(r));
          }
        }
      }
      double[] medians = new double[requests.size()];
      for (int r = 0; r < requests.size(); r++) {
        Arrays.sort(times[r]);
        medians[r] = times[r][REPEATS / 2];
      }
      return medians;
    }

    /** Runs what an order runs before a timed query of a request, besides other requests. */
    private void before(Order order, ClientRequest request) {
      switch (order) {
        case ROTATION, IN_A_ROW -> { }
        case AFTER_TWIN -> run(twin, request);
        case AFTER_OTHER_WRITES -> {
          for (int b = 0; b < elsewhere.length; b += 64) {
            elsewhere[b]++;
          }
        }
      }
    }

    private double timed(ClientRequest request) {
      long started = System.nanoTime();
      run(directory, request);
      return (System.nanoTime() - started) / 1e6;
    }
  }

  /**
   * Prints, per margin, the quartiles over the requests with at least k eligible therapists of
   * how many score at least the k-th score less the margin: all of them ranked and explained
   * (k = the directory's size), once per request.
   */
  private static void printMargins(TherapistDirectory directory, List<ClientRequest> requests,
      int n) {
    Matcher matcher = Matcher.standard();
    double[][] within = new double[MARGINS.length][requests.size()];
    int counted = 0;
    for (ClientRequest request : requests) {
      MatchResult all = matcher.match(request, directory, RealisticDirectory.DATE, n);
      List<Match> matches = all.matches();
      if (matches.size() < K) {
        continue;
      }
      long bar = matches.get(K - 1).score();
      for (int m = 0; m < MARGINS.length; m++) {
        int count = 0;
        for (Match match : matches) {
          if (match.score() >= bar - MARGINS[m]) {
            count++;
          }
        }
        within[m][counted] = count;
      }
      counted++;
    }
    System.out.printf("eligible therapists scoring at least the %d-th score less a margin, over"
        + " the %d requests with %d or more eligible:%n", K, counted, K);
    for (int m = 0; m < MARGINS.length; m++) {
      System.out.printf("  margin %2d points: %s%n", MARGINS[m],
          quartiles(Arrays.copyOf(within[m], counted)));
    }
  }

  /** Returns the quartiles and the 90th percentile of some values, as text. */
  private static String quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int last = sorted.length - 1;
    return String.format("p25 %.3f, median %.3f, p75 %.3f, p90 %.3f", sorted[last / 4],
        sorted[last / 2], sorted[3 * last / 4], sorted[9 * last / 10]);
  }
}
