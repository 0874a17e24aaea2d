package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A seeded simulation of whether ranking on measured outcomes sends clients to better therapists
 * than ranking on declared expertise alone.
 *
 * <p>Each therapist has a hidden true reliable-improvement rate per concern, drawn around 45 % with
 * a between-therapist standard deviation of 10 percentage points (therapists differ, and differ by
 * problem), and a true deterioration rate around 6 %. Their declared level per concern is only
 * loosely related to the truth: a latent score correlated 0.3 with the true rate, cut into thirds
 * (general, experienced, specialist), since therapists are poor judges of their own measured
 * strengths (Constantino et al. 2023, doi:10.1037/ccp0000813). Each therapist's record per concern
 * is drawn from the truth: n courses, improvements binomial with the true rate, deteriorations
 * binomial among the rest. Every client brings one concern; the matcher (default policy) ranks the
 * directory with the records and without them, and the measure is the true improvement rate of the
 * client's first choice. The gain is reported for several record sizes n; the test asserts only
 * its direction for n of 20 or more, and that with no records the ranking is declared expertise
 * alone. The table is documented in {@code core/benchmarks/outcome-simulation.md} and the README,
 * and checked against them; run with {@code -Dsextherapy.simulation.write=true} to rewrite both.
 */
class OutcomeSimulationTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  static final Jurisdiction CA = Jurisdiction.parse("US-CA");
  static final List<ConcernType> CONCERNS = List.of(StandardConcerns.PAINFUL_SEX,
      StandardConcerns.LOW_SEXUAL_DESIRE, StandardConcerns.DIFFICULTY_REACHING_ORGASM);
  static final int[] RECORD_SIZES = {0, 5, 10, 20, 50, 100};
  static final int SEEDS = 20;
  static final int THERAPISTS = 120;
  static final int CLIENTS = 200;

  /** One simulated world: therapists with hidden truths, and clients. */
  static final class World {
    final double[][] trueImprovement = new double[THERAPISTS][CONCERNS.size()];
    final double[][] trueDeterioration = new double[THERAPISTS][CONCERNS.size()];
    final ExpertiseLevel[][] declared = new ExpertiseLevel[THERAPISTS][CONCERNS.size()];
    final List<ClientRequest> clients = new ArrayList<>();
    final Random random;

    World(long seed) {
      random = new Random(seed);
      for (int t = 0; t < THERAPISTS; t++) {
        for (int c = 0; c < CONCERNS.size(); c++) {
          double z = random.nextGaussian();
          trueImprovement[t][c] = clamp(0.45 + 0.10 * z, 0.02, 0.98);
          trueDeterioration[t][c] = clamp(0.06 + 0.03 * random.nextGaussian(), 0.0, 0.5);
          double latent = 0.3 * z + Math.sqrt(1 - 0.09) * random.nextGaussian();
          declared[t][c] = latent < -0.43 ? ExpertiseLevel.GENERAL
              : latent > 0.43 ? ExpertiseLevel.SPECIALIST : ExpertiseLevel.EXPERIENCED;
        }
      }
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(ClientRequest.builder().id("client-" + i)
            .addParticipants(Participant.of("p1", AgeBracket.ADULT)).sessionJurisdiction(CA)
            .addConcerns(RequestedConcern.of(CONCERNS.get(random.nextInt(CONCERNS.size())),
                Priority.HIGH))
            .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO).build());
      }
    }

    /** The directory with records of n courses per therapist and concern (none when n is 0). */
    List<TherapistProfile> directory(int n, boolean withRecords) {
      Random draws = new Random(random.nextLong());
      List<TherapistProfile> out = new ArrayList<>();
      for (int t = 0; t < THERAPISTS; t++) {
        TherapistProfile.Builder b = TherapistProfile.builder().id("th-" + t)
            .displayName("Therapist " + t).addFormats(SessionFormat.INDIVIDUAL)
            .addDeliveries(Delivery.VIDEO)
            .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(CA)
                .number("PSY-" + t).status(LicenceStatus.ACTIVE)
                .validFrom(LocalDate.of(2015, 1, 1)).build())
            .acceptingNewClients(true).openCapacity(5);
        for (int c = 0; c < CONCERNS.size(); c++) {
          b.addExpertise(Expertise.of(CONCERNS.get(c), declared[t][c]));
          if (withRecords && n > 0) {
            int improved = binomial(draws, n, trueImprovement[t][c]);
            int deteriorated = binomial(draws, n - improved, trueDeterioration[t][c]);
            b.addOutcomes(OutcomeRecord.builder().concern(CONCERNS.get(c)).measureId("FSFI")
                .courses(n).reliableImprovements(improved).reliableDeteriorations(deteriorated)
                .periodFrom(LocalDate.of(2024, 1, 1)).periodUntil(LocalDate.of(2026, 6, 30))
                .build());
          }
        }
        out.add(b.build());
      }
      return out;
    }

    /** The mean true improvement rate of each client's first choice. */
    double firstChoiceRate(List<TherapistProfile> profiles) {
      TherapistDirectory directory = TherapistDirectory.of(profiles);
      double sum = 0;
      for (ClientRequest client : clients) {
        Match first = Matcher.standard().match(client, directory, DATE, 1).matches().get(0);
        int t = Integer.parseInt(first.therapistId().substring(3));
        sum += trueImprovement[t][CONCERNS.indexOf(client.concerns().get(0).concern())];
      }
      return sum / clients.size();
    }

    /** The mean true rate of the best therapist for each client, an upper bound. */
    double bestRate() {
      double sum = 0;
      for (ClientRequest client : clients) {
        int c = CONCERNS.indexOf(client.concerns().get(0).concern());
        double best = 0;
        for (int t = 0; t < THERAPISTS; t++) {
          best = Math.max(best, trueImprovement[t][c]);
        }
        sum += best;
      }
      return sum / clients.size();
    }
  }

  static double clamp(double x, double low, double high) {
    return Math.max(low, Math.min(high, x));
  }

  static int binomial(Random random, int n, double p) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      k += random.nextDouble() < p ? 1 : 0;
    }
    return k;
  }

  @Test
  void rankingOnMeasuredOutcomesGivesBetterFirstChoicesFromTwentyCourses() throws IOException {
    StringBuilder table = new StringBuilder();
    table.append("| courses per therapist and concern | declared only | with measured outcomes"
        + " | gain (percentage points) | seeds with a gain | best possible |\n");
    table.append("| --- | --- | --- | --- | --- | --- |\n");
    for (int n : RECORD_SIZES) {
      double declaredSum = 0;
      double measuredSum = 0;
      double bestSum = 0;
      int better = 0;
      for (long seed = 0; seed < SEEDS; seed++) {
        World world = new World(20261126L + seed);
        double declared = world.firstChoiceRate(world.directory(n, false));
        double measured = world.firstChoiceRate(world.directory(n, true));
        declaredSum += declared;
        measuredSum += measured;
        bestSum += world.bestRate();
        better += measured > declared ? 1 : 0;
        if (n == 0) {
          assertThat(measured).as("no records: the ranking is today's").isEqualTo(declared);
        }
      }
      double declared = declaredSum / SEEDS;
      double measured = measuredSum / SEEDS;
      if (n >= 20) {
        assertThat(measured).as("mean first-choice true rate with %d courses", n)
            .isGreaterThan(declared);
      }
      table.append(String.format(Locale.ROOT, "| %d | %.1f %% | %.1f %% | %+.1f | %d of %d | %.1f %% |%n",
          n, 100 * declared, 100 * measured, 100 * (measured - declared), better, SEEDS,
          100 * bestSum / SEEDS));
    }
    // The numbers are documented in the results file and the README: they must be these.
    Path results = Path.of("benchmarks", "outcome-simulation.md");
    Path readme = Path.of("..", "README.md");
    if (Boolean.getBoolean("sextherapy.simulation.write")) {
      Files.writeString(results, between(Files.readString(results), "results", table.toString()));
      Files.writeString(readme, between(Files.readString(readme), "simulation", table.toString()));
    }
    assertThat(Files.readString(results))
        .isEqualTo(between(Files.readString(results), "results", table.toString()));
    assertThat(Files.readString(readme))
        .isEqualTo(between(Files.readString(readme), "simulation", table.toString()));
    System.out.print(table);
  }

  /** Returns the text with what lies between the {@code <!-- name:begin/end -->} marks replaced. */
  static String between(String text, String name, String content) {
    String begin = "<!-- " + name + ":begin -->\n";
    int start = text.indexOf(begin) + begin.length();
    int end = text.indexOf("<!-- " + name + ":end -->");
    return text.substring(0, start) + content + text.substring(end);
  }

  @Test
  void withoutRecordsEveryScoreIsDeclaredExpertiseAlone() {
    World world = new World(7);
    TherapistDirectory directory = TherapistDirectory.of(world.directory(0, true));
    for (ClientRequest client : world.clients.subList(0, 20)) {
      for (Match match : Matcher.standard().match(client, directory, DATE, 5).matches()) {
        assertThat(match.reasons()).noneMatch(r -> r.code() == ReasonCode.MEASURED_OUTCOMES);
        int t = Integer.parseInt(match.therapistId().substring(3));
        int c = CONCERNS.indexOf(client.concerns().get(0).concern());
        assertThat(match.score()).isEqualTo(
            (long) Priority.HIGH.weight() * MatchPolicy.defaults().pointsFor(world.declared[t][c]));
      }
    }
  }
}
