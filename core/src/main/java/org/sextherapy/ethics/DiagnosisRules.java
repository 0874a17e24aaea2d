package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
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
 * <p>ICD-11 codes a paraphilic disorder only with marked distress (6D36) or when non-consenting
 * others are involved (6D30-6D35); consensual kink, fetishism and non-monogamy among informed adults
 * are not disorders (ICD-11; AASECT and NCSF Sexual Freedom Resolution, 2016). So a
 * paraphilia concern carries a recorded disorder code only with one of those markers, and a concern
 * about a kink relationship or consensual non-monogamy carries none, from its type or recorded.
 * What counts as a disorder code is described in {@link DisorderCodes}.
 */
final class DiagnosisRules {

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
      if (type.category() == ConcernCategory.PARAPHILIA && !concern.markedDistress()
          && !concern.involvesNonConsentingOthers()) {
        for (int k = 0; k < recorded.size(); k++) {
          if (DisorderCodes.isDisorder(recorded.get(k))) {
            found = Found.add(found, context.violation(
                "$.concerns[" + c + "].recordedCodes[" + k + "]", CodeNames.of(recorded.get(k))
                    + " records a disorder on concern " + type.id() + " with neither marked"
                    + " distress nor non-consenting others: consensual sexuality without"
                    + " distress is not a disorder"));
          }
        }
      } else if (isKinkOrNonMonogamy(type)) {
        List<Code> typeCodes = type.codes();
        for (int k = 0; k < typeCodes.size(); k++) {
          if (DisorderCodes.isDisorder(typeCodes.get(k))) {
            found = Found.add(found, context.violation(
                "$.concerns[" + c + "].concern.codes[" + k + "]", "concern type " + type.id()
                    + " carries disorder " + CodeNames.of(typeCodes.get(k)) + ": consensual kink and"
                    + " non-monogamy among adults are not disorders"));
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
      }
    }
    return found;
  }
}
