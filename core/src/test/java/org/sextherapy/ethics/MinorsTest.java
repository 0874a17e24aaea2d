package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.CALIFORNIA;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
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
import org.sextherapy.session.SessionFormat;
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
  private static final String UNCONFIRMED =
      EthicalRules.MINOR_CONSENT_NOT_REQUIRED_UNCONFIRMED.id();
  private static final String OWN_CONSENT = EthicalRules.MINOR_OWN_CONSENT_AFTER_REFUSAL.id();
  private static final String MINOR_PARTNERS = EthicalRules.SAFEGUARDING_MINOR_PARTNERS.id();
  private static final String ADULT_GROUP = EthicalRules.SAFEGUARDING_MINOR_IN_ADULT_GROUP.id();

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

      // Trusted, not refused; with no age supplied the review asks for the finding's basis.
      assertThat(REVIEW.reviewRequest(request, DATE).violations())
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(tuple(UNCONFIRMED, "$.guardianConsent", Severity.WARNING));
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 16))
          .reviewRequest(request, DATE).violations()).extracting(Violation::ruleId)
          .containsExactly(CONSENT);
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 15))
          .reviewRequest(request, DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void consentRecordedAsNotRequiredForAChildIsRefusedUnlessTheCallerSuppliedAnAgeTheyReach() {
      // A new user's trial (session 16): a 6-year-old with NOT_REQUIRED was matched.
      ClientRequest six = Examples.request().addParticipants(Participant.ofAge("p1", 6))
          .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION))
          .guardianConsent(GuardianConsent.NOT_REQUIRED).build();

      assertThat(REVIEW.reviewRequest(six, DATE).violations())
          .extracting(Violation::ruleId, Violation::severity)
          .containsExactly(tuple(CONSENT, Severity.ERROR));
      assertThat(REVIEW.refusesForGuardianConsent(six, DATE)).isTrue();
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 6))
          .refusesForGuardianConsent(six, DATE)).isFalse();
    }

    @Test
    void consentRecordedAsNotRequiredIsJudgedForEveryMinorWhateverTheirOrder() {
      // A second new user's trial (session 16): only the first minor needing a guardian was
      // judged, so a 6-year-old after a 15-year-old in a state without a supplied age was matched.
      Jurisdiction newYork = Jurisdiction.parse("US-NY");
      EthicsReview sixteenInNewYork = REVIEW.withMinorConsentAges(Map.of(newYork, 16));
      Participant fifteenInCalifornia = Participant.builder().id("p0")
          .ageBracket(AgeBracket.ADOLESCENT).age(15).sessionJurisdiction(CALIFORNIA).build();
      Participant sixInNewYork = Participant.builder().id("p1").ageBracket(AgeBracket.CHILD)
          .age(6).sessionJurisdiction(newYork).build();
      Participant thirteenInNewYork = Participant.builder().id("p1")
          .ageBracket(AgeBracket.ADOLESCENT).age(13).sessionJurisdiction(newYork).build();

      for (SessionFormat format : List.of(SessionFormat.GROUP, SessionFormat.COUPLE)) {
        Participant second = format == SessionFormat.GROUP ? sixInNewYork : thirteenInNewYork;
        for (List<Participant> order : List.of(List.of(fifteenInCalifornia, second),
            List.of(second, fifteenInCalifornia))) {
          ClientRequest request = Examples.request().format(format).addAllParticipants(order)
              .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION))
              .guardianConsent(GuardianConsent.NOT_REQUIRED).build();
          assertThat(sixteenInNewYork.reviewRequest(request, DATE).violations())
              .as("%s %s", format, order).extracting(Violation::ruleId, Violation::severity)
              .contains(tuple(CONSENT, Severity.ERROR));
          assertThat(sixteenInNewYork.refusesForGuardianConsent(request, DATE)).isTrue();
        }
      }
    }

    @Test
    void aChildsNotRequiredConsentStaysAnErrorWhateverSeverityTheCallerChose() {
      ClientRequest six = Examples.request().addParticipants(Participant.ofAge("p0", 6))
          .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION))
          .guardianConsent(GuardianConsent.NOT_REQUIRED).build();
      EthicsReview lowered = REVIEW.withSeverity(CONSENT, Severity.WARNING);

      assertThat(lowered.reviewRequest(six, DATE).violations())
          .extracting(Violation::ruleId, Violation::severity)
          .containsExactly(tuple(CONSENT, Severity.ERROR));
      assertThat(lowered.refusesForGuardianConsent(six, DATE)).isTrue();
      // An adolescent's missing consent follows the caller's severity, as before.
      assertThat(lowered.refusesForGuardianConsent(aged(15).build(), DATE)).isFalse();
    }

    @Test
    void notRequiredForAnAdultOrWithAnAgeSuppliedForAnotherPlaceIsJudgedWhereTheMinorWillBe() {
      assertThat(REVIEW.reviewRequest(aged(18).guardianConsent(GuardianConsent.NOT_REQUIRED)
          .build(), DATE)).isSameAs(ValidationResult.valid());
      // An age supplied for New York says nothing of a minor in California.
      assertThat(REVIEW.withMinorConsentAges(Map.of(Jurisdiction.parse("US-NY"), 12))
          .reviewRequest(aged(15).guardianConsent(GuardianConsent.NOT_REQUIRED).build(), DATE)
          .hasViolation(UNCONFIRMED)).isTrue();
    }

    @Test
    void aGuardiansRefusalForAMinorWhoMayConsentAloneAsksForTheMinorsOwnConsent() {
      ClientRequest refused = aged(16).guardianConsent(GuardianConsent.REFUSED).build();
      EthicsReview sixteen = REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 16));

      assertThat(sixteen.reviewRequest(refused, DATE).violations())
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(tuple(OWN_CONSENT, "$.guardianConsent", Severity.WARNING));
      assertThat(sixteen.refusesForGuardianConsent(refused, DATE)).isFalse();
      // Below the supplied age the refusal is the guardian-consent rule's error, not this warning.
      assertThat(REVIEW.withMinorConsentAges(Map.of(CALIFORNIA, 17))
          .reviewRequest(refused, DATE).violations()).extracting(Violation::ruleId)
          .containsExactly(CONSENT);
      // Known by age bracket only, the minor cannot be shown to reach it.
      ClientRequest bracketOnly = Examples.request()
          .addParticipants(Participant.of("p1", AgeBracket.ADOLESCENT))
          .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION))
          .guardianConsent(GuardianConsent.REFUSED).build();
      assertThat(sixteen.reviewRequest(bracketOnly, DATE).violations())
          .extracting(Violation::ruleId).containsExactly(CONSENT);
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
  @Nested
  class MinorsInGroupsAndPartnerFormats {

    private ClientRequest request(SessionFormat format, Participant... participants) {
      return Examples.request().format(format).addParticipants(participants)
          .addConcerns(RequestedConcern.of(StandardConcerns.SEXUAL_HEALTH_EDUCATION))
          .guardianConsent(GuardianConsent.GIVEN).build();
    }

    @Test
    void aGroupRequestNamingAnAdultAndAChildIsNeverMatchedWhateverTheCallersSeverity() {
      // A new user's trial (session 16): a 45-year-old and a 9-year-old in one group request had
      // no finding and were matched.
      ClientRequest mixed = request(SessionFormat.GROUP, Participant.ofAge("a1", 45),
          Participant.ofAge("c1", 14), Participant.ofAge("c2", 9));

      for (EthicsReview review : List.of(REVIEW, REVIEW.withSeverity(ADULT_GROUP, Severity.INFO))) {
        assertThat(review.reviewRequest(mixed, DATE).violations())
            .extracting(Violation::ruleId, Violation::path, Violation::severity)
            .containsExactly(tuple(ADULT_GROUP, "$.participants[2]", Severity.ERROR));
        assertThat(review.refusesToMatch(mixed, DATE)).isTrue();
      }
    }

    @Test
    void anIndividualRequestNamingAnAdultAndAChildIsNoWayAroundTheGroupRule() {
      // A second new user's trial (session 16): labelled individual, a 45-year-old and a
      // 9-year-old had no finding and were matched.
      ClientRequest mislabelled = request(SessionFormat.INDIVIDUAL, Participant.ofAge("a1", 45),
          Participant.ofAge("c1", 9));

      assertThat(REVIEW.reviewRequest(mislabelled, DATE).violations())
          .extracting(Violation::ruleId, Violation::severity)
          .containsExactly(tuple(ADULT_GROUP, Severity.ERROR));
      assertThat(REVIEW.refusesToMatch(mislabelled, DATE)).isTrue();
    }

    @Test
    void aGroupRequestNamingAnAdultAndAnAdolescentAsksForTheGroupsMakeUpToBeConfirmed() {
      ClientRequest mixed = request(SessionFormat.GROUP, Participant.ofAge("p1", 40),
          Participant.ofAge("p2", 15), Participant.ofAge("p3", 17));

      assertThat(REVIEW.reviewRequest(mixed, DATE).violations())
          .extracting(Violation::ruleId, Violation::path, Violation::severity)
          .containsExactly(tuple(ADULT_GROUP, "$.participants[1]", Severity.WARNING));
      assertThat(REVIEW.refusesToMatch(mixed, DATE)).isFalse();
      // A platform that never places a minor in a group with adults raises it, and the gate
      // refuses; it cannot switch the rule off.
      EthicsReview strict = REVIEW.withSeverity(ADULT_GROUP, Severity.ERROR);
      assertThat(strict.refusesToMatch(mixed, DATE)).isTrue();
      assertThatThrownBy(() -> REVIEW.withoutRule(ADULT_GROUP))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGroupRequestOfAdultsOnlyOrMinorsOnlyIsNothingToReport() {
      assertThat(REVIEW.reviewRequest(request(SessionFormat.GROUP, Participant.ofAge("p1", 40),
          Participant.ofAge("p2", 70)), DATE)).isSameAs(ValidationResult.valid());
      assertThat(REVIEW.reviewRequest(request(SessionFormat.GROUP, Participant.ofAge("p1", 14),
          Participant.ofAge("p2", 16)), DATE)).isSameAs(ValidationResult.valid());
      // Individual sessions for a minor are not a group.
      assertThat(REVIEW.reviewRequest(request(SessionFormat.INDIVIDUAL,
          Participant.ofAge("p1", 15)), DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void aCoupleOfTwoAdolescentsIsAssessedForSafeguardingButNotRefused() {
      ClientRequest couple = request(SessionFormat.COUPLE, Participant.ofAge("p1", 16),
          Participant.ofAge("p2", 17));
      ClientRequest bracketsOnly = request(SessionFormat.MULTI_PARTNER,
          Participant.of("p1", AgeBracket.ADOLESCENT), Participant.of("p2", AgeBracket.ADOLESCENT),
          Participant.of("p3", AgeBracket.ADOLESCENT));

      for (ClientRequest request : List.of(couple, bracketsOnly)) {
        assertThat(REVIEW.reviewRequest(request, DATE).violations()).as(request.id())
            .extracting(Violation::ruleId, Violation::path, Violation::severity)
            .containsExactly(tuple(MINOR_PARTNERS, "$.participants", Severity.WARNING));
        assertThat(REVIEW.refusesToMatch(request, DATE)).isFalse();
        assertThat(REVIEW.withSeverity(MINOR_PARTNERS, Severity.ERROR)
            .refusesToMatch(request, DATE)).isTrue();
      }
    }

    @Test
    void partnersWithAnAdultOrAChildAreTheOtherSafeguardingRulesErrorsNotThisWarning() {
      ClientRequest adultAndMinor = request(SessionFormat.COUPLE, Participant.ofAge("p1", 19),
          Participant.ofAge("p2", 17));
      ClientRequest childAndAdolescent = request(SessionFormat.COUPLE,
          Participant.ofAge("p1", 11), Participant.ofAge("p2", 13));

      assertThat(REVIEW.reviewRequest(adultAndMinor, DATE).violations())
          .extracting(Violation::ruleId)
          .containsExactly(EthicalRules.SAFEGUARDING_ADULT_AND_MINOR_PARTNERS.id());
      assertThat(REVIEW.reviewRequest(childAndAdolescent, DATE).violations())
          .extracting(Violation::ruleId)
          .containsExactly(EthicalRules.SAFEGUARDING_CHILD_PARTNER.id());
      assertThat(REVIEW.reviewRequest(request(SessionFormat.COUPLE, Participant.ofAge("p1", 30),
          Participant.ofAge("p2", 31)), DATE)).isSameAs(ValidationResult.valid());
    }
  }
}
