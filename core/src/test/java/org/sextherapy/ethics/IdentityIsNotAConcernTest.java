package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;

/** Ethical rule 2: identity is never a concern. */
class IdentityIsNotAConcernTest {

  private static final String RULE = EthicalRules.IDENTITY_IS_NOT_A_CONCERN.id();

  @Test
  void exploringOnesOwnOrientationAtOnesOwnRequestIsAllowed() {
    ClientRequest request =
        Examples.adultBringing(RequestedConcern.of(StandardConcerns.IDENTITY_EXPLORATION));

    assertThat(REVIEW.reviewRequest(request, DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void recordingGenderIncongruenceOnAConcernIsABreach() {
    ClientRequest request = Examples.adultBringing(
        RequestedConcern.builder().concern(StandardConcerns.LOW_SEXUAL_DESIRE)
            .addRecordedCodes(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE,
                CodeCatalogue.ICD11_GENDER_INCONGRUENCE_ADOLESCENCE_ADULTHOOD)
            .build());

    ValidationResult result = REVIEW.reviewRequest(request, DATE);

    assertThat(result.isValid()).isFalse();
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RULE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("$.concerns[0].recordedCodes[1]");
      assertThat(v.message()).contains("HA60");
    });
  }

  @Test
  void aDysfunctionCodeOnADesireConcernIsNoIdentityBreach() {
    ClientRequest request = Examples.adultBringing(
        RequestedConcern.builder().concern(StandardConcerns.LOW_SEXUAL_DESIRE)
            .addRecordedCodes(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE).build());

    assertThat(REVIEW.reviewRequest(request, DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void aDisorderCodeOnIdentityExplorationIsABreachButACircumstanceCodeIsNot() {
    ClientRequest disorder = Examples.adultBringing(
        RequestedConcern.builder().concern(StandardConcerns.IDENTITY_EXPLORATION)
            .addRecordedCodes(CodeCatalogue.DSM_PARAPHILIC_UNSPECIFIED).build());
    ClientRequest circumstance = Examples.adultBringing(
        RequestedConcern.builder().concern(StandardConcerns.IDENTITY_EXPLORATION)
            .addRecordedCodes(CodeCatalogue.DSM_RELATIONSHIP_DISTRESS).build());

    assertThat(REVIEW.reviewRequest(disorder, DATE).hasViolation(RULE)).isTrue();
    assertThat(REVIEW.reviewRequest(circumstance, DATE)).isSameAs(ValidationResult.valid());
  }

  @Test
  void aConcernTypeCannotCarryGenderIncongruenceSoOnlyRecordedCodesNeedReview() {
    assertThatThrownBy(() -> ConcernType.builder().id("GENDER").displayName("Gender")
        .category(ConcernCategory.OTHER).relational(false)
        .addCodes(CodeCatalogue.ICD11_GENDER_INCONGRUENCE_UNSPECIFIED).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTransClientWithoutAConcernGetsNoConcernAssumedFromTheirGender() {
    ClientRequest request = Examples.request()
        .addParticipants(Participant.builder().id("p1").ageBracket(AgeBracket.ADULT)
            .gender(GenderIdentity.of(GenderTerm.TRANSGENDER, GenderTerm.NON_BINARY)).build())
        .build();

    ValidationResult result = REVIEW.reviewRequest(request, DATE);

    assertThat(result).isSameAs(ValidationResult.valid());
    assertThat(request.concerns()).isEmpty();
  }
}
