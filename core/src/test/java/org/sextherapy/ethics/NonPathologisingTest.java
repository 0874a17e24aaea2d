package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Ethical rule 8: consensual adult sexuality without distress is not recorded as a disorder. */
class NonPathologisingTest {

  private static final String RULE = EthicalRules.NON_PATHOLOGISING.id();

  private static ClientRequest paraphilia(boolean distress, boolean nonConsenting, Code... codes) {
    return Examples.adultBringing(RequestedConcern.builder()
        .concern(StandardConcerns.DISTRESSING_PARAPHILIA).markedDistress(distress)
        .involvesNonConsentingOthers(nonConsenting).addRecordedCodes(codes).build());
  }

  private static ClientRequest bringing(ConcernType concern, boolean distress, Code... codes) {
    return Examples.adultBringing(RequestedConcern.builder().concern(concern)
        .markedDistress(distress).addRecordedCodes(codes).build());
  }

  @Test
  void paraphilicDisorderCodeWithMarkedDistressIsAllowed() {
    assertThat(REVIEW.reviewRequest(paraphilia(true, false,
        CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void paraphilicDisorderCodeInvolvingNonConsentingOthersIsAllowed() {
    assertThat(REVIEW.reviewRequest(paraphilia(false, true,
        CodeCatalogue.ICD11_PARAPHILIC_NON_CONSENTING), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void paraphilicDisorderCodeWithoutDistressOrNonConsentIsABreach() {
    ValidationResult result = REVIEW.reviewRequest(paraphilia(false, false,
        CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING), DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(RULE, "$.concerns[0].recordedCodes[0]"));
  }

  @Test
  void paraphiliaConcernWithoutARecordedCodeNeedsNoMarkerWhateverItsTypeCarries() {
    assertThat(StandardConcerns.DISTRESSING_PARAPHILIA.codes()).isNotEmpty();
    assertThat(REVIEW.reviewRequest(paraphilia(false, false), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void kinkRelationshipCarryingADisorderCodeIsABreachEvenWithDistress() {
    assertThat(REVIEW.reviewRequest(bringing(StandardConcerns.KINK_RELATIONSHIP, true,
        CodeCatalogue.DSM_PARAPHILIC_UNSPECIFIED), DATE).violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(RULE, "$.concerns[0].recordedCodes[0]"));
  }

  @Test
  void consensualNonMonogamyWithRelationshipDistressIsNoDisorderAndAllowed() {
    assertThat(REVIEW.reviewRequest(bringing(StandardConcerns.CONSENSUAL_NON_MONOGAMY, true,
        CodeCatalogue.DSM_RELATIONSHIP_DISTRESS), DATE)).isSameAs(ValidationResult.valid());
    assertThat(REVIEW.reviewRequest(bringing(StandardConcerns.CONSENSUAL_NON_MONOGAMY, false,
        CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR), DATE).hasViolation(RULE)).isTrue();
  }

  @Test
  void applicationKinkConcernTypeCarryingADisorderCodeIsABreach() {
    ConcernType kink = ConcernType.builder().id(StandardConcerns.KINK_RELATIONSHIP.id())
        .displayName("Kink").category(ConcernCategory.RELATIONAL).relational(true)
        .addCodes(CodeCatalogue.DSM_PARAPHILIC_UNSPECIFIED).build();

    assertThat(REVIEW.reviewRequest(bringing(kink, false), DATE).violations())
        .extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(RULE, "$.concerns[0].concern.codes[0]"));
  }

  private static final ConcernType CLINIC_OTHER = ConcernType.builder().id("CLINIC_INTAKE")
      .displayName("Clinic intake concern").category(ConcernCategory.OTHER).relational(false)
      .build();

  private static ClientRequest recorded(RequestedConcern.Builder concern) {
    return Examples.adultBringing(concern.build());
  }

  @Test
  void icd11ParaphilicDisorderWithConsentingAdultsOnAClinicsOwnConcernWithoutDistressIsABreach() {
    ValidationResult result = REVIEW.reviewRequest(recorded(RequestedConcern.builder()
        .concern(CLINIC_OTHER)
        .addRecordedCodes(CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING)), DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
        .containsExactly(tuple(RULE, "$.concerns[0].recordedCodes[0]"));
    assertThat(result.violations().get(0).message())
        .startsWith("code icd-11-mms:6D36 on concern CLINIC_INTAKE");
  }

  @Test
  void significantRiskOfInjuryOrDeathIsTheSecondIcd11CriterionBesideDistressFor6d36() {
    assertThat(REVIEW.reviewRequest(recorded(RequestedConcern.builder()
        .concern(StandardConcerns.DISTRESSING_PARAPHILIA).significantRiskOfInjuryOrDeath(true)
        .addRecordedCodes(CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING)), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void aNonConsentingParaphilicCodeWithNoNonConsentingOthersRecordedIsABreach() {
    assertThat(REVIEW.reviewRequest(recorded(RequestedConcern.builder()
        .concern(CLINIC_OTHER).markedDistress(true)
        .addRecordedCodes(CodeCatalogue.ICD11_PARAPHILIC_NON_CONSENTING)), DATE)
        .hasViolation(RULE)).isTrue();
    assertThat(REVIEW.reviewRequest(recorded(RequestedConcern.builder()
        .concern(CLINIC_OTHER).involvesNonConsentingOthers(true)
        .addRecordedCodes(CodeCatalogue.ICD11_PARAPHILIC_NON_CONSENTING)), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void compulsiveSexualBehaviourDisorderWithDistressOnlyFromMoralDisapprovalIsABreach() {
    RequestedConcern.Builder moral = RequestedConcern.builder()
        .concern(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR).markedDistress(true)
        .distressOnlyFromMoralDisapproval(true)
        .addRecordedCodes(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);
    RequestedConcern.Builder impaired = RequestedConcern.builder()
        .concern(StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR).markedDistress(true)
        .addRecordedCodes(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);

    ValidationResult result = REVIEW.reviewRequest(recorded(moral), DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RULE);
      assertThat(v.message()).contains("moral disapproval");
    });
    assertThat(REVIEW.reviewRequest(recorded(impaired), DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void aLowDesireDisorderOnSomeoneWhoSelfIdentifiesAsAsexualIsABreachInEverySystem() {
    for (Code code : List.of(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE,
        CodeCatalogue.DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE,
        CodeCatalogue.DSM_FEMALE_SEXUAL_INTEREST_AROUSAL)) {
      ValidationResult result = REVIEW.reviewRequest(recorded(RequestedConcern.builder()
          .concern(StandardConcerns.LOW_SEXUAL_DESIRE).markedDistress(true)
          .selfIdentifiesAsAsexual(true).addRecordedCodes(code)), DATE);

      assertThat(result.violations()).as(code.toString()).singleElement()
          .satisfies(v -> assertThat(v.message()).contains("asexual"));
    }
  }

  @Test
  void aLowDesireDisorderWithoutAsexualSelfIdentificationIsNoBreach() {
    assertThat(REVIEW.reviewRequest(recorded(RequestedConcern.builder()
        .concern(StandardConcerns.LOW_SEXUAL_DESIRE).markedDistress(true)
        .addRecordedCodes(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE)), DATE))
        .isSameAs(ValidationResult.valid());
  }
}
