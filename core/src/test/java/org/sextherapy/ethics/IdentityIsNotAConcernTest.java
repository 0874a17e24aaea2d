package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.code.StandardCodeSystem;
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
      assertThat(v.message()).startsWith("code icd-11-mms:HA60 ");
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

  private static ClientRequest recording(Code code) {
    return Examples.adultBringing(RequestedConcern.builder()
        .concern(StandardConcerns.LOW_SEXUAL_DESIRE).addRecordedCodes(code).build());
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(delimiter = '|', value = {"ICD_11_MMS | ha60", "ICD_11_MMS | HA 61",
      "ICD_11_MMS | ha6z", "ICD_10_CM | F64.0", "ICD_10_CM | f642", "ICD_10_CM | F64.9",
      "ICD_10 | F64.0", "ICD_10 | F66.1", "ICD_10 | f66.11"})
  void genderDysphoriaIncongruenceOrOrientationCodesAreABreachInEverySystemAndSpelling(
      StandardCodeSystem system, String recorded) {
    ValidationResult result = REVIEW.reviewRequest(
        recording(Code.of(system, recorded, "as the intake wrote it", Certainty.UNCERTAIN)),
        DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RULE);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("$.concerns[0].recordedCodes[0]");
      assertThat(v.message()).doesNotContain("as the intake wrote it");
    });
  }

  @Test
  void aMessageNamesACatalogueCodeByItsSystemAndCode() {
    ValidationResult result =
        REVIEW.reviewRequest(recording(CodeCatalogue.DSM_GENDER_DYSPHORIA_CHILDREN), DATE);

    assertThat(result.violations()).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("code icd-10-cm:F64.2 "));
  }

  @Test
  void aMessageNamesACodeTheLibraryDoesNotShipOnlyByItsPosition() {
    ValidationResult result = REVIEW.reviewRequest(recording(
        Code.of(CodeSystem.ICD_10, "F66.81", "private title", Certainty.UNCERTAIN)), DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.concerns[0].recordedCodes[0]");
      assertThat(v.message()).startsWith("the code at this path ").doesNotContain("F66.81")
          .doesNotContain("private");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Gender dysphoria", "Homosexuality", "Unwanted same-sex attraction",
      "Being trans", "Sexual orientation problems", "Ego-dystonic orientation",
      "Gender identity disorder", "Homosexual urges", "Transgender", "Gay", "Being a lesbian",
      "SSA", "Gender variance", "Transvestism", "Cross-dressing", "Trans issues",
      "Bisexual tendencies", "Same-sex desires", "Effeminacy", "Intersex condition", "Gayness",
      "Nonbinary identity", "Non-binary identity", "Sexual identity disorder",
      "Gender non-conforming behaviour", "Homosexualität", "Homosexualité", "Homosexualidad",
      "Disforia de género", "Dysphorie de genre", "Geschlechtsdysphorie", "Omosessualità",
      "TRANSGENDER\u200B FEELINGS", "Being bi", "Bi", "Pansexuality", "Being pan",
      "Demisexual feelings", "Aromantic", "Being butch", "Femme identity", "Being enby",
      "FtM", "Transmasculine identity", "Heterosexuality", "Being cis",
      "Being two-spirit"})
  void aCustomConcernTypeNamedForIdentityAsTheConcernIsRefused(String name) {
    assertThatThrownBy(() -> ConcernType.builder().id("CLINIC_CONCERN").displayName(name)
        .category(ConcernCategory.OTHER).relational(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("displayName ")
        .hasMessageNotContaining(name);
  }

  @Test
  void aConcernTypeWhoseIdOrSynonymNamesIdentityAsTheConcernIsRefused() {
    assertThatThrownBy(() -> ConcernType.builder().id("GENDER_DYSPHORIA")
        .displayName("Clinic concern").category(ConcernCategory.OTHER).relational(false)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id ");
    assertThatThrownBy(() -> ConcernType.builder().id("CLINIC_CONCERN")
        .displayName("Clinic concern").category(ConcernCategory.DESIRE).relational(false)
        .addSynonyms("low desire", "same sex attraction").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("synonyms[1] ");
  }

  @Test
  void aConcernTypeCannotCarryAGenderDysphoriaOrOrientationCodeOfAnySystem() {
    for (Code code : List.of(CodeCatalogue.DSM_GENDER_DYSPHORIA_ADOLESCENTS_ADULTS,
        CodeCatalogue.ICD10_EGODYSTONIC_SEXUAL_ORIENTATION)) {
      assertThatThrownBy(() -> ConcernType.builder().id("CLINIC_CONCERN")
          .displayName("Clinic concern").category(ConcernCategory.OTHER).relational(false)
          .addCodes(code).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("codes[0] ");
    }
  }

  @Test
  void exploringOnesOwnIdentityStaysASupportOnlyCategoryAClinicMayNameInItsOwnWords() {
    ConcernType exploring = ConcernType.builder().id("QUESTIONING_GENDER")
        .displayName("Questions about my gender identity")
        .category(ConcernCategory.IDENTITY_EXPLORATION).relational(false).build();

    assertThat(REVIEW.reviewRequest(Examples.adultBringing(RequestedConcern.of(exploring)), DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void aClinicsExplorationTypeCarryingADisorderCodeIsABreach() {
    ConcernType exploring = ConcernType.builder().id("QUESTIONING")
        .displayName("Questioning").category(ConcernCategory.IDENTITY_EXPLORATION)
        .relational(false).addCodes(CodeCatalogue.DSM_MALE_HYPOACTIVE_SEXUAL_DESIRE).build();

    ValidationResult result =
        REVIEW.reviewRequest(Examples.adultBringing(RequestedConcern.of(exploring)), DATE);

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo(RULE);
      assertThat(v.path()).isEqualTo("$.concerns[0].concern.codes[0]");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Body image for trans clients", "Gay couples' communication",
      "Lesbian bed death", "Erectile dysfunction in gay men", "Minority stress",
      "Internalised homophobia", "Coming out", "Gender-affirming surgery recovery",
      "Sexual health for trans women", "Chemsex", "Sexual desire", "Sexual orientation OCD",
      "Homosexual OCD", "Intrusive thoughts about orientation", "Bi-curious exploration",
      "Pan-cultural sexual norms", "Straight talk about sex", "Being straight with a partner",
      "Erectile dysfunction in cis men"})
  void aNameWhoseConcernIsSomethingElseThanTheIdentityItMentionsIsAccepted(String name) {
    assertThat(ConcernType.builder().id("CLINIC_CONCERN").displayName(name)
        .category(ConcernCategory.OTHER).relational(false).build().displayName())
        .isEqualTo(name);
  }

  @Test
  void aNameThatOnlyMentionsAGroupIsNotRefused() {
    assertThat(ConcernType.builder().id("TRANS_BODY_IMAGE")
        .displayName("Body image for trans clients").category(ConcernCategory.BODY_IMAGE)
        .relational(false).build().displayName()).isEqualTo("Body image for trans clients");
  }
}
