package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.validation.Violation;

/**
 * Checks of ethical rule 8, non-pathologising: consensual adult sexuality without distress is not
 * recorded as a disorder.
 *
 * <p>Disorder codes are judged by the code, whatever the concern's category: ICD-11 codes a
 * paraphilic disorder involving solitary behaviour or consenting individuals (6D36) only with
 * marked distress or a significant risk of injury or death, and those of 6D30-6D35 only when
 * non-consenting others are involved; other paraphilic codes (6D3Z, F65) need one of those markers.
 * Compulsive sexual behaviour disorder (6C72) is not recorded when the distress comes only from
 * moral disapproval, which ICD-11 excludes. A low-desire disorder (HA00, F52.0, F52.22) is not
 * recorded for someone who self-identifies as asexual, which DSM-5-TR excludes. A paraphilia
 * concern without any marker carries no disorder code at all, and a concern about a kink
 * relationship or consensual non-monogamy carries none, from its type or recorded: consensual kink,
 * fetishism and non-monogamy among informed adults are not disorders (ICD-11; AASECT and NCSF
 * position, 2016). Sources are listed in {@link DisorderCodes}.
 */
final class DiagnosisRules {

  private static final String CONSENSUAL = ": consensual sexuality without distress is not a"
      + " disorder";

  private DiagnosisRules() {}

  private static boolean isKinkOrNonMonogamy(ConcernType type) {
    String id = type.id();
    return id.equals(StandardConcerns.KINK_RELATIONSHIP.id())
        || id.equals(StandardConcerns.CONSENSUAL_NON_MONOGAMY.id());
  }

  static List<Violation> nonPathologising(ClientRequest request, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<RequestedConcern> concerns = request.concerns();
    for (int c = 0; c < concerns.size(); c++) {
      RequestedConcern concern = concerns.get(c);
      ConcernType type = concern.concern();
      List<Code> recorded = concern.recordedCodes();
      if (isKinkOrNonMonogamy(type)) {
        List<Code> typeCodes = type.codes();
        for (int k = 0; k < typeCodes.size(); k++) {
          if (DisorderCodes.isDisorder(typeCodes.get(k))) {
            found = Found.add(found, context.violation(
                "$.concerns[" + c + "].concern.codes[" + k + "]", "concern type " + type.id()
                    + " carries disorder " + CodeNames.of(typeCodes.get(k)) + ": consensual"
                    + " kink and non-monogamy among adults are not disorders"));
          }
        }
        for (int k = 0; k < recorded.size(); k++) {
          if (DisorderCodes.isDisorder(recorded.get(k))) {
            found = Found.add(found, context.violation(
                "$.concerns[" + c + "].recordedCodes[" + k + "]", CodeNames.of(recorded.get(k))
                    + " records a disorder on concern " + type.id() + ": consensual kink and"
                    + " non-monogamy among adults are not disorders"));
          }
        }
        continue;
      }
      for (int k = 0; k < recorded.size(); k++) {
        String breach = breach(concern, recorded.get(k));
        if (breach != null) {
          found = Found.add(found, context.violation(
              "$.concerns[" + c + "].recordedCodes[" + k + "]", CodeNames.of(recorded.get(k))
                  + " on concern " + type.id() + breach));
        }
      }
    }
    return found;
  }

  /** Returns what is wrong with recording a code on a concern, or null when nothing is. */
  private static @Nullable String breach(RequestedConcern concern, Code code) {
    boolean distress = concern.markedDistress();
    boolean risk = concern.significantRiskOfInjuryOrDeath();
    boolean nonConsent = concern.involvesNonConsentingOthers();
    if (DisorderCodes.isParaphilicWithConsentingOthers(code)) {
      return distress || risk ? null : " records a paraphilic disorder with consenting"
          + " individuals without marked distress or significant risk of injury or death"
          + CONSENSUAL;
    }
    if (DisorderCodes.isParaphilicWithNonConsentingOthers(code)) {
      return nonConsent ? null : " records a paraphilic disorder involving non-consenting"
          + " individuals, and none are recorded" + CONSENSUAL;
    }
    if (DisorderCodes.isOtherParaphilic(code)) {
      return distress || risk || nonConsent ? null : " records a paraphilic disorder with"
          + " neither marked distress, significant risk nor non-consenting others" + CONSENSUAL;
    }
    if (DisorderCodes.isCompulsiveSexualBehaviour(code)
        && concern.distressOnlyFromMoralDisapproval()) {
      return " records compulsive sexual behaviour disorder where the distress comes only from"
          + " moral disapproval, which ICD-11 excludes";
    }
    if (DisorderCodes.isLowDesire(code) && concern.selfIdentifiesAsAsexual()) {
      return " records a low-desire disorder for a person who self-identifies as asexual, which"
          + " DSM-5-TR excludes: asexuality is not a disorder";
    }
    if (concern.concern().category() == ConcernCategory.PARAPHILIA && !distress && !risk
        && !nonConsent && DisorderCodes.isDisorder(code)) {
      return " records a disorder with neither marked distress nor non-consenting others"
          + CONSENSUAL;
    }
    return null;
  }
}
