package org.sextherapy.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.examples.sample.SampleData;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ClientRequestValidator;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * The main example: reads a sample client request and the bundled sample directory of fictional
 * therapists from JSON, validates and ethics-reviews the request, matches it against the directory
 * and prints the top matches with the explanation of each and the "why not" counts.
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am -DskipTests package exec:java}.
 */
public final class MainExample {

  private MainExample() {}

  /**
   * Runs the example on standard output.
   *
   * @param args optionally, the id of another sample request, such as {@code req-nj-video}
   */
  public static void main(String[] args) {
    run(args.length > 0 ? args[0] : "req-couple-ca", System.out);
  }

  /**
   * Runs the example.
   *
   * @param requestId the id of a bundled sample request, never null
   * @param out where to print, never null
   * @return the match result, never null
   */
  public static MatchResult run(String requestId, PrintStream out) {
    LocalDate date = SampleDirectory.AS_OF;
    List<TherapistProfile> profiles = SampleData.directory();
    ClientRequest request = SampleData.request(requestId);
    out.printf("Sample directory: %d fictional therapists; judged on %s.%n", profiles.size(), date);
    out.printf("Request %s: %s%n", request.id(), request);

    ValidationResult checks = new ClientRequestValidator().validate(request, date)
        .and(EthicsReview.standard().reviewRequest(request, date));
    out.println(checks.violations().isEmpty() ? "Validation and ethics review: nothing found."
        : "Validation and ethics review:");
    for (Violation violation : checks.violations()) {
      out.println("  " + violation);
    }
    out.println();

    TherapistDirectory directory = TherapistDirectory.of(profiles);
    MatchResult result = Matcher.standard().match(request, directory, date, 10);
    Map<String, String> names = new HashMap<>();
    for (TherapistProfile profile : profiles) {
      names.put(profile.id(), profile.displayName());
    }
    MatchReport.print(result, names, out);
    return result;
  }
}
