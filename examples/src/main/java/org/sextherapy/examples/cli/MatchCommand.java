package org.sextherapy.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.examples.MatchReport;
import org.sextherapy.jackson.JsonDocument;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.therapist.TherapistProfile;

/** {@code sextherapy match}: one request against a directory. */
final class MatchCommand {

  private final PrintStream out;
  private final PrintStream err;

  MatchCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  void run(List<String> args, Cli cli) {
    Options options = Options.parse(args, Set.of("--request", "--directory", "--top", "--date"),
        Set.of("--json"));
    int top = top(options);
    LocalDate date = cli.date(options);
    SexTherapyJson json = SexTherapyJson.strict();
    ClientRequest request = Inputs.read("--request", Cli.file(options, "--request"),
        json::readRequest);
    long started = System.nanoTime();
    List<TherapistProfile> profiles = Inputs.read("--directory",
        Cli.file(options, "--directory"), json::readProfiles);
    Inputs.requireUniqueIds("--directory", profiles.stream().map(TherapistProfile::id).toList());
    long read = System.nanoTime();
    TherapistDirectory directory = TherapistDirectory.of(profiles);
    cli.progress(profiles.size(), "read %d therapists in %d ms, indexed them in %d ms",
        profiles.size(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    new RequestChecks(err, EthicsReview.standard()).requireAcceptable(List.of(request), date);
    MatchResult result = Matcher.standard().withParallelism(
        Runtime.getRuntime().availableProcessors()).match(request, directory, date, top);
    if (options.has("--json")) {
      out.println(json.write(JsonDocument.MATCH_RESULT, result));
    } else {
      Map<String, String> names = new HashMap<>();
      for (TherapistProfile profile : profiles) {
        names.put(profile.id(), profile.displayName());
      }
      out.printf("Request %s on %s%n", request.id(), date);
      MatchReport.print(result, names, out);
    }
  }

  private static int top(Options options) {
    String text = options.value("--top").orElse("10");
    try {
      int top = Integer.parseInt(text);
      if (top >= 1 && top <= 1000) {
        return top;
      }
    } catch (NumberFormatException e) {
      // reported below, as for an out-of-range number
    }
    throw new UsageException("--top must be a whole number from 1 to 1000");
  }
}
