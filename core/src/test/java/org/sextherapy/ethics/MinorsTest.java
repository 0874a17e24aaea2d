package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.CALIFORNIA;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Ethical rule 7 on requests and matches: guardian consent and therapists who serve adolescents.
 * (Exercises for minors are in {@link SessionPlanRulesTest}.)
 */
class MinorsTest {

  private static final String CONSENT = EthicalRules.MINOR_GUARDIAN_CONSENT.id();
  private static final String PENDING = EthicalRules.MINOR_GUARDIAN_CONSENT_PENDING.id();

  private static ClientRequest.Builder aged(int age) {
    return Examples.request().addParticipants(Participant.ofAge("p1", age))
        .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION));
  }

  @Nested
  class GuardianConsentForMinors {

    @Test
    void a17YearOldWithoutGuardianConsentFailsAndAn18YearOldDoesNot() {
      ValidationResult seventeen = REVIEW.reviewRequest(aged(17).build(), DATE);
      ValidationResult eighteen = REVIEW.reviewRequest(aged(18).build(), DATE);

      assertThat(seventeen.isValid()).isFalse();
      assertThat(seventeen.violations()).extracting(Violation::ruleId, Violation::path,
              Violation::severity)
          .containsExactly(tuple(CONSENT, "$.guardianConsent", Severity.ERROR));
      assertThat(eighteen).isSameAs(ValidationResult.valid());
    }

    @Test
    void givenConsentIsEnough() {
      assertThat(REVIEW.reviewRequest(aged(15).guardianConsent(GuardianConsent.GIVEN).build(),
          DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void refusedConsentFailsTheGate() {
      ValidationResult result =
          REVIEW.reviewRequest(aged(15).guardianConsent(GuardianConsent.REFUSED).build(), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(Examples.ruleIds(result)).containsExactly(CONSENT);
      assertThat(result.violations().get(0).message()).contains("refused");
    }

    @Test
    void pendingConsentIsAWarningOnly() {
      ValidationResult result =
          REVIEW.reviewRequest(aged(15).guardianConsent(GuardianConsent.PENDING).build(), DATE);

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::severity)
          .containsExactly(tuple(PENDING, Severity.WARNING));
    }

    @Test
    void pendingConsentForAnAdultIsNothingToReport() {
      assertThat(REVIEW.reviewRequest(aged(30).guardianConsent(GuardianConsent.PENDING).build(),
          DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void minorWhoReachesTheSuppliedAgeOfConsentNeedsNoGuardian() {
      EthicsReview review = REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 12));

      assertThat(review.reviewRequest(aged(12).build(), DATE)).isSameAs(ValidationResult.valid());
      assertThat(review.reviewRequest(aged(16).build(), DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void minorOneYearBelowTheSuppliedAgeOfConsentNeedsAGuardian() {
      EthicsReview review = REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 16));

      assertThat(Examples.ruleIds(review.reviewRequest(aged(15).build(), DATE)))
          .containsExactly(CONSENT);
    }

    @Test
    void minorJoiningFromAnotherStateIsJudgedByThatStatesAgeOfConsent() {
      Jurisdiction nevada = Jurisdiction.parse("US-NV");
      EthicsReview review = REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 12, nevada, 16));
      ClientRequest fromNevada = Examples.request().addParticipants(Participant.builder()
          .id("p1").ageBracket(AgeBracket.ADOLESCENT).age(14).sessionJurisdiction(nevada)
          .build()).build();

      assertThat(review.reviewRequest(aged(14).build(), DATE)).isSameAs(ValidationResult.valid());
      assertThat(Examples.ruleIds(review.reviewRequest(fromNevada, DATE)))
          .containsExactly(CONSENT);
    }

    @Test
    void minorKnownByAgeBracketOnlyCannotBeShownToReachTheAgeOfConsent() {
      EthicsReview review = REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 12));
      ClientRequest request = Examples.request()
          .addParticipants(Participant.of("p1", AgeBracket.ADOLESCENT)).build();

      assertThat(Examples.ruleIds(review.reviewRequest(request, DATE))).containsExactly(CONSENT);
    }

    @Test
    void countryAgeCoversItsSubdivisionsUnlessTheyHaveTheirOwn() {
      EthicsReview countryOnly = REVIEW.withMinorConsentAges(Map.of(Jurisdiction.parse("US"), 14));
      EthicsReview both = REVIEW.withMinorConsentAges(
          Map.of(Jurisdiction.parse("US"), 14, CALIFORNIA, 16));

      assertThat(countryOnly.reviewRequest(aged(14).build(), DATE))
          .isSameAs(ValidationResult.valid());
      assertThat(both.reviewRequest(aged(14).build(), DATE).hasViolation(CONSENT)).isTrue();
    }

    @Test
    void consentAgesOfAnotherJurisdictionDoNotApply() {
      EthicsReview review = REVIEW.withMinorConsentAges(Map.of(Jurisdiction.parse("GB"), 12));

      assertThat(review.reviewRequest(aged(16).build(), DATE).hasViolation(CONSENT)).isTrue();
    }

    @Test
    void consentRecordedAsNotRequiredIsTrustedUnlessTheSuppliedAgeSaysOtherwise() {
      ClientRequest request = aged(15).guardianConsent(GuardianConsent.NOT_REQUIRED).build();

      assertThat(REVIEW.reviewRequest(request, DATE)).isSameAs(ValidationResult.valid());
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 16))
          .reviewRequest(request, DATE).hasViolation(CONSENT)).isTrue();
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 15))
          .reviewRequest(request, DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void theLibraryShipsNoAgesOfConsent() {
      assertThat(REVIEW.reviewRequest(aged(17).build(), DATE).hasViolation(CONSENT)).isTrue();
      assertThat(EthicsReview.standard().toString()).contains("0 consent ages");
    }

    @Test
    void agesOfConsentOutsideZeroToEighteenAreRefused() {
      assertThatThrownBy(() -> REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 19)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("minorConsentAges");
      assertThatThrownBy(() -> REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, -1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class TherapistsServingAdolescents {

    private final String rule = EthicalRules.MINOR_ADOLESCENT_THERAPIST.id();

    private TherapistProfile serving(Population... populations) {
      return TherapistProfile.builder().id("th-8").displayName("Dr Example")
          .addExpertise(Expertise.of(
              StandardConcerns.SEXUAL_HEALTH_EDUCATION,
              ExpertiseLevel.GENERAL))
          .addPopulations(populations).build();
    }

    @Test
    void minorGoesToATherapistServingAdolescents() {
      assertThat(REVIEW.reviewMatch(aged(15).build(), serving(Population.ADOLESCENTS), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void minorNeverGoesToATherapistWhoDoesNotServeAdolescents() {
      ValidationResult result =
          REVIEW.reviewMatch(aged(17).build(), serving(Population.ADULTS), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.profile.populations"));
    }

    @Test
    void anAdultMayGoToATherapistWhoDoesNotServeAdolescents() {
      assertThat(REVIEW.reviewMatch(aged(18).build(), serving(Population.ADULTS), DATE))
          .isSameAs(ValidationResult.valid());
    }
  }
}
