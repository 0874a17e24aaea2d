package org.sextherapy.examples.tour;

import java.io.PrintStream;
import java.time.LocalDate;
import org.sextherapy.examples.sample.SampleData;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.examples.sample.SampleRequests;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;

/**
 * Tour, step 4: matching one client. Telehealth is authorised where the client physically is during
 * sessions: a client in New Jersey can see a New York therapist by video only if the therapist holds
 * a New Jersey licence or a PSYPACT privilege.
 */
public final class MatchingAClient {

  private MatchingAClient() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Matches the New Jersey telehealth sample request and prints the top five with their reasons.
   *
   * @param out where to print, never null
   * @return the result, never null
   */
  public static MatchResult run(PrintStream out) {
    LocalDate date = SampleDirectory.AS_OF;
    // Build the index once and share it between threads; update availability without rebuilding.
    TherapistDirectory directory = TherapistDirectory.of(SampleData.directory());
    MatchResult result = Matcher.standard()
        .match(SampleRequests.telehealthInNewJersey(), directory, date, 5);
    for (Match match : result.matches()) {
      out.println(match.therapistId() + " " + match.score() + " " + match.reasons());
    }
    out.println(result.excludedBy(HardConstraint.AUTHORISATION)
        + " therapists are not authorised in US-NJ on " + date);
    return result;
  }
}
