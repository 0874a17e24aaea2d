package org.sextherapy.examples.cli;

import org.sextherapy.json.JsonCodec;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.examples.MatchReport;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;

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
    JsonCodec json = SexTherapyJson.strict();
    String requestInput = Cli.input(options, "--request");
    String directoryInput = Cli.input(options, "--directory");
    Cli.oneStandardInput(requestInput, directoryInput);
    ClientRequest request = Inputs.read("--request", requestInput, cli.stdin(),
        in -> json.read(JsonDocument.CLIENT_REQUEST, in));
    long started = System.nanoTime();
    // Profile by profile, straight into the directory, which keeps none of them: no limit on the
    // directory as a whole, only on each profile, and the heap holds the compiled directory only.
    TherapistDirectory.Builder builder = TherapistDirectory.builder();
    DisplayNames names = new DisplayNames();
    int[] count = new int[1];
    Inputs.stream("--directory", directoryInput, cli.stdin(),
        in -> json.stream(JsonDocument.THERAPIST_PROFILES, in), profile -> {
          builder.add(profile);
          names.add(profile.id(), profile.displayName());
          cli.progressWhileReading(++count[0], "therapists");
        });
    TherapistDirectory directory = Inputs.uniqueIds("--directory", builder::build);
    cli.progress(directory.size(), "read %d therapists in %d ms, indexing each as it was read",
        directory.size(),
        (System.nanoTime() - started) / 1_000_000);
    new RequestChecks(err, EthicsReview.standard()).requireAcceptable(List.of(request), date);
    MatchResult result = Matcher.standard().withParallelism(
        Runtime.getRuntime().availableProcessors()).match(request, directory, date, top);
    if (options.has("--json")) {
      out.println(json.write(JsonDocument.MATCH_RESULT, result));
    } else {
      out.printf("Request %s on %s%n", request.id(), date);
      MatchReport.print(result, names.of(result.matches().stream().map(m -> m.therapistId())
          .toList()), out);
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
