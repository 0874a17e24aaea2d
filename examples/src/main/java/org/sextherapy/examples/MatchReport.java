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

  /**
   * Says why therapists excluded by a constraint were not offered: an exhaustive switch, so a new
   * constraint does not compile until it has words here.
   */
  static String whyNot(HardConstraint constraint) {
    return switch (constraint) {
      case SAFEGUARDING -> "were not considered: the request is a safeguarding matter";
      case GUARDIAN_CONSENT ->
          "were not considered: a minor's guardian consent is not recorded, or refused";
      case AVAILABILITY -> "are not accepting new clients or have no open place";
      case ADOLESCENTS -> "do not serve adolescents";
      case CHILDREN -> "do not serve children";
      case COMPETENCE -> "declare no expertise in any of the concerns";
      case FORMAT -> "do not offer the session format asked for";
      case DELIVERY -> "do not offer a delivery you accept (would you accept another?)";
      case AUTHORISATION -> "are not authorised where you will be during sessions";
      case REQUIRED_THERAPIST_GENDER -> "do not meet the required gender";
      case REQUIRED_POPULATION -> "lack the required experience with a population";
      case REQUIRED_LANGUAGE -> "do not speak a required language";
      case REQUIRED_CERTIFIED_SEX_THERAPIST -> "hold no current sex-therapist certification";
      case REQUIRED_IN_PERSON_DISTANCE -> "have no practice within the required distance";
      case REQUIRED_FEE -> "charge more than the required maximum fee";
      case REQUIRED_SLIDING_SCALE -> "offer no sliding scale";
      case REQUIRED_INSURANCE -> "are not covered by your insurance as required";
      case REQUIRED_MODALITY -> "do not offer a required modality";
      case REQUIRED_TIME -> "are not available at a time you can attend";
      case REQUIRED_RACE_OR_ETHNICITY -> "do not disclose a required race or ethnicity";
      case REQUIRED_LGBTQ_IDENTITY -> "do not disclose a required LGBTQ+ identity";
      case REQUIRED_FAITH -> "do not work with faith in a required way";
      case REQUIRED_PRACTICE_COMPETENCE -> "lack the required competence in a practice area";
      case REQUIRED_ACCESS -> "have no practice you can attend with a required access feature";
      case REQUIRED_SIGN_LANGUAGE -> "hold no sessions in a required sign language";
      case AVAILABILITY_CONFIRMED -> "have not confirmed their availability recently enough";
      case MEASURED_DETERIORATION -> "show a credible excess of measured deterioration";
      case ETHICS -> "failed the ethics review";
    };
  }

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
        out.printf(Locale.ROOT, "%7d %s%n", count, whyNot(constraint));
      }
    }
  }
}
