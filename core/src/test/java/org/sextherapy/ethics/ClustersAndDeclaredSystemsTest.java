package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Rules 2 and 8 on ICD-11 clusters (judged by their stem codes) and on code systems a clinic
 * declares (a national modification by its base's categories, a local code by its title).
 */
class ClustersAndDeclaredSystemsTest {

  private static final String IDENTITY = EthicalRules.IDENTITY_IS_NOT_A_CONCERN.id();
  private static final String NON_PATHOLOGISING = EthicalRules.NON_PATHOLOGISING.id();
  private static final CodeSystem CLINIC = CodeSystem.custom("northside-intake",
      "https://northside.example/fhir/CodeSystem/intake", "NS-[0-9]{3}");
  private static final CodeSystem ICD_10_GM = CodeSystem.modificationOf(CodeSystem.ICD_10,
      "icd-10-gm", "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

  private static ValidationResult review(RequestedConcern concern) {
    return REVIEW.reviewRequest(Examples.adultBringing(concern), DATE);
  }

  private static RequestedConcern.Builder lowDesireWith(Code code) {
    return RequestedConcern.builder().concern(StandardConcerns.LOW_SEXUAL_DESIRE)
        .addRecordedCodes(code);
  }

  @Test
  void genderIncongruenceGradedBySeverityIsStillNeverAConcern() {
    Code cluster = Code.of(CodeSystem.ICD_11_MMS, "HA60&XS25", "recorded", Certainty.UNCERTAIN);

    ValidationResult result = review(lowDesireWith(cluster).build());

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(IDENTITY);
      assertThat(v.path()).isEqualTo("$.concerns[0].recordedCodes[0]");
      assertThat(v.message()).doesNotContain("HA60").doesNotContain("XS25");
    });
  }

  @Test
  void aSeverityExtensionDoesNotMakeAConsensualParaphiliaADisorder() {
    Code cluster = Code.of(CodeSystem.ICD_11_MMS, "6D36&XS25", "recorded", Certainty.UNCERTAIN);
    RequestedConcern withoutDistress = RequestedConcern.builder()
        .concern(StandardConcerns.DISTRESSING_PARAPHILIA).addRecordedCodes(cluster).build();
    RequestedConcern withDistress = RequestedConcern.builder()
        .concern(StandardConcerns.DISTRESSING_PARAPHILIA).addRecordedCodes(cluster)
        .markedDistress(true).build();

    assertThat(review(withoutDistress).hasViolation(NON_PATHOLOGISING)).isTrue();
    assertThat(review(withDistress).hasViolation(NON_PATHOLOGISING)).isFalse();
  }

  @Test
  void aGradedLowDesireCodeIsNotRecordedForSomeoneWhoIdentifiesAsAsexual() {
    Code cluster = Code.of(CodeSystem.ICD_11_MMS, "HA00&XS5W", "recorded", Certainty.UNCERTAIN);

    assertThat(review(lowDesireWith(cluster).selfIdentifiesAsAsexual(true).build())
        .hasViolation(NON_PATHOLOGISING)).isTrue();
    assertThat(review(lowDesireWith(cluster).build()).isValid()).isTrue();
  }

  @Test
  void theGermanModificationsGenderIdentityCodeIsNeverAConcern() {
    Code code = Code.of(ICD_10_GM, "F64.0", "Transsexualismus", Certainty.VERIFIED);

    assertThat(review(lowDesireWith(code).build()).hasViolation(IDENTITY)).isTrue();
  }

  @Test
  void aParaphiliaCodeOfTheGermanModificationOnConsensualKinkIsPathologising() {
    Code code = Code.of(ICD_10_GM, "F65.5", "recorded", Certainty.VERIFIED);
    RequestedConcern kink = RequestedConcern.builder()
        .concern(StandardConcerns.KINK_RELATIONSHIP).addRecordedCodes(code).build();

    assertThat(review(kink).hasViolation(NON_PATHOLOGISING)).isTrue();
  }

  @Test
  void aClinicsLocalCodeTitledForGenderDysphoriaIsReportedByPathWithoutItsCodeOrTitle() {
    Code code = Code.of(CLINIC, "NS-101", "Gender dysphoria, intake", Certainty.VERIFIED);
    ClientRequest request = Examples.adultBringing(lowDesireWith(code).build());

    ValidationResult result = REVIEW.reviewRequest(request, DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(IDENTITY);
      assertThat(v.path()).isEqualTo("$.concerns[0].recordedCodes[0]");
      assertThat(v.message()).startsWith("the code at this path")
          .doesNotContain("NS-101").doesNotContainIgnoringCase("dysphoria");
    });
    assertThat(result.toString()).doesNotContain("NS-101");
  }

  @Test
  void aClinicsOrdinaryLocalCodeIsNoBreachEvenOnIdentityExploration() {
    Code code = Code.of(CLINIC, "NS-202", "Intake: wants to explore", Certainty.VERIFIED);
    RequestedConcern exploration = RequestedConcern.builder()
        .concern(StandardConcerns.IDENTITY_EXPLORATION).addRecordedCodes(code).build();

    assertThat(review(exploration).violations()).extracting(Violation::ruleId)
        .doesNotContain(IDENTITY, NON_PATHOLOGISING);
  }
}
