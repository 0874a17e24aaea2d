package org.sextherapy.examples;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;

/**
 * Prints a match result as a readable table: each match with its score and the reasons that add up
 * to it, then how many therapists each hard constraint excluded ("why not").
 *
 * <p>Everything printed comes from the result and the directory: therapist ids and names, reason
 * codes and counts. Nothing of the client's request is printed.
 */
public final class MatchReport {

  private static final Map<HardConstraint, String> WHY_NOT = Map.ofEntries(
      Map.entry(HardConstraint.AVAILABILITY, "are not accepting new clients or have no open place"),
      Map.entry(HardConstraint.ADOLESCENTS, "do not serve adolescents"),
      Map.entry(HardConstraint.COMPETENCE, "declare no expertise in any of the concerns"),
      Map.entry(HardConstraint.FORMAT, "do not offer the session format asked for"),
      Map.entry(HardConstraint.DELIVERY,
          "do not offer a delivery you accept (would you accept another?)"),
      Map.entry(HardConstraint.AUTHORISATION,
          "are not authorised where you will be during sessions"),
      Map.entry(HardConstraint.REQUIRED_THERAPIST_GENDER, "do not meet the required gender"),
      Map.entry(HardConstraint.REQUIRED_POPULATION,
          "lack the required experience with a population"),
      Map.entry(HardConstraint.REQUIRED_LANGUAGE, "do not speak a required language"),
      Map.entry(HardConstraint.REQUIRED_CERTIFIED_SEX_THERAPIST,
          "hold no current sex-therapist certification"),
      Map.entry(HardConstraint.REQUIRED_IN_PERSON_DISTANCE,
          "have no practice within the required distance"),
      Map.entry(HardConstraint.REQUIRED_FEE, "charge more than the required maximum fee"),
      Map.entry(HardConstraint.REQUIRED_SLIDING_SCALE, "offer no sliding scale"),
      Map.entry(HardConstraint.REQUIRED_INSURANCE, "do not accept the required insurer"),
      Map.entry(HardConstraint.REQUIRED_MODALITY, "do not offer a required modality"),
      Map.entry(HardConstraint.ETHICS, "failed the ethics review"));

  private MatchReport() {}

  /**
   * Prints a result.
   *
   * @param result the result, never null
   * @param names the display name of each therapist id, never null
   * @param out where to print, never null
   */
  public static void print(MatchResult result, Map<String, String> names, PrintStream out) {
    out.printf(Locale.ROOT, "Top %d of %d eligible therapists (of %d considered):%n",
        result.matches().size(), result.eligible(), result.considered());
    out.printf(Locale.ROOT, "%3s  %-9s  %-34s %7s%n", "#", "therapist", "name", "score");
    int rank = 1;
    for (Match match : result.matches()) {
      out.printf(Locale.ROOT, "%3d  %-9s  %-34s %7d%n", rank++, match.therapistId(),
          names.getOrDefault(match.therapistId(), ""), match.score());
      for (Reason reason : match.reasons()) {
        out.printf(Locale.ROOT, "%16s %+6d  %s(%s)%n", "", reason.points(), reason.code().name(),
            reason.argument());
      }
    }
    out.println();
    out.println("Why not: each excluded therapist is counted once, at the first constraint failed.");
    for (HardConstraint constraint : HardConstraint.values()) {
      int count = result.excludedBy(constraint);
      if (count > 0) {
        out.printf(Locale.ROOT, "%7d %s%n", count, WHY_NOT.get(constraint));
      }
    }
  }
}
