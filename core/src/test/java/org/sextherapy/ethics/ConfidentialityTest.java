package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.Strength;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Ethical rule 9 as the review enforces it on application rules. (That the standard rules never
 * write client text is held by the sentinel property tests in {@link EthicsReviewPropertiesTest}.)
 */
class ConfidentialityTest {

  private static final String RULE = EthicalRules.CONFIDENTIALITY.id();
  private static final String NOTE = "we have felt distant since the birth";

  private static EthicalRule clinicRule(EthicalRule.PlanCheck check) {
    return EthicalRule.builder().id("clinic.notes").statement("Clinic policy on notes.")
        .source("Clinic policy 7").defaultSeverity(Severity.WARNING)
        .addAppliesTo(ReviewSubject.PLAN).planCheck(check).build();
  }

  private static SessionPlan planWithNote() {
    return Examples.couplePlan()
        .addExercises(Examples.sensateFocusForBoth().note(NOTE).build()).build();
  }

  private static String noteOf(SessionPlan plan) {
    return plan.exercises().get(0).note().orElseThrow();
  }

  @Test
  void clinicRuleMessageEchoingANoteIsWithheldAndReported() {
    EthicsReview review = REVIEW.withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$.exercises[0].note", "note says: " + noteOf(plan)))));

    ValidationResult result = review.reviewPlan(planWithNote(), DATE);

    assertThat(result.toString()).doesNotContain(NOTE);
    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
            Violation::severity, Violation::message)
        .containsExactly(
            tuple("clinic.notes", "$.exercises[0].note", Severity.WARNING,
                Confidentiality.WITHHELD),
            tuple(RULE, "$", Severity.ERROR,
                "a violation of rule clinic.notes held client data and was withheld"));
    assertThat(result.isValid()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"note says: \"FELT DISTANT\"", "note says: 'since   the\tbirth'",
      "quoted: We Have Felt", "starts: we have f..."})
  void clinicRuleMessageHoldingAShortenedReCasedOrQuotedPartOfANoteIsWithheld(String written) {
    EthicsReview review = REVIEW.withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$.exercises[0].note", written))));

    ValidationResult result = review.reviewPlan(planWithNote(), DATE);

    assertThat(result.violations()).extracting(Violation::message)
        .containsExactly(Confidentiality.WITHHELD,
            "a violation of rule clinic.notes held client data and was withheld");
  }

  @Test
  void aRunOfFewerThanEightCharactersOfANoteIsNoLeak() {
    EthicsReview review = REVIEW.withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$.exercises[0].note", "a birthday plan is missing"))));

    assertThat(review.reviewPlan(planWithNote(), DATE).violations()).extracting(Violation::message)
        .containsExactly("a birthday plan is missing");
  }

  @Test
  void clinicRulePathHoldingClientTextIsCutToTheRoot() {
    EthicsReview review = REVIEW.withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$['" + noteOf(plan) + "']", "bad path"))));

    ValidationResult result = review.reviewPlan(planWithNote(), DATE);

    assertThat(result.violations()).first().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$");
      assertThat(v.message()).isEqualTo(Confidentiality.WITHHELD);
    });
  }

  @Test
  void clinicRuleThatWritesIdsOnlyIsLeftAlone() {
    EthicsReview review = REVIEW.withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$.exercises[0].note", "exercise ex-1 has a note"))));

    ValidationResult result = review.reviewPlan(planWithNote(), DATE);

    assertThat(result.violations()).extracting(Violation::message)
        .containsExactly("exercise ex-1 has a note");
  }

  @Test
  void clientTextIsWithheldEvenWithConfidentialitySwitchedOff() {
    EthicsReview review = REVIEW.withoutRule(RULE).withRule(clinicRule((plan, date, context) ->
        List.of(context.violation("$", noteOf(plan)))));

    ValidationResult result = review.reviewPlan(planWithNote(), DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::message)
        .containsExactly(tuple("clinic.notes", Confidentiality.WITHHELD));
  }

  @Test
  void profileRequestAndMatchRulesAreScreenedToo() {
    TherapistProfile profile = Examples.profile().displayName("Dr Jo Private")
        .pronouns("they/them").build();
    ClientRequest request = Examples.request().addParticipants(Participant.builder().id("p1")
        .ageBracket(AgeBracket.ADULT)
        .gender(GenderIdentity.of("my own gender words", Set.of(GenderTerm.AGENDER)))
        .build()).build();
    EthicsReview review = REVIEW
        .withRule(EthicalRule.builder().id("clinic.profile").statement("Echo.").source("Test")
            .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PROFILE)
            .profileCheck((p, date, context) -> List.of(context.violation("$",
                "pronouns " + p.pronouns().orElseThrow())))
            .build())
        .withRule(EthicalRule.builder().id("clinic.request").statement("Echo.").source("Test")
            .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.REQUEST)
            .requestCheck((r, date, context) -> List.of(context.violation("$", r.participants()
                .get(0).gender().orElseThrow().ownWords().orElseThrow())))
            .build())
        .withRule(EthicalRule.builder().id("clinic.match").statement("Echo.").source("Test")
            .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.MATCH)
            .matchCheck((r, p, date, context) -> List.of(context.violation("$",
                "for " + p.displayName())))
            .build());

    assertThat(review.reviewProfile(profile, DATE).toString()).doesNotContain("they/them")
        .contains(RULE);
    assertThat(review.reviewRequest(request, DATE).toString())
        .doesNotContain("my own gender words").contains(RULE);
    assertThat(review.reviewMatch(request, profile, DATE).toString())
        .doesNotContain("Jo Private").contains(RULE);
  }

  /**
   * The terms a client writes in a preference (the identities, races or ethnicities and faith
   * traditions a therapist should share) are client data: an application rule echoing them, in a
   * request or a match review, is withheld (a new user's trial, session 15: they were not).
   */
  @Test
  void clinicRuleEchoingTheTermsOfAnIdentityRaceOrFaithPreferenceIsWithheld() {
    String sentinel = "two-spirit ZQXSENTINEL";
    ClientRequest request = Examples.request()
        .addPreferences(LgbtqIdentityPreference.of(Strength.REQUIRED, Set.of(sentinel + " one")),
            RaceOrEthnicityPreference.of(Strength.PREFERRED, Set.of(sentinel + " two")),
            FaithPreference.of(Strength.PREFERRED,
                Set.of(FaithStance.integrating(sentinel + " three"))))
        .build();
    for (String term : List.of(" one", " two", " three")) {
      EthicsReview review = REVIEW
          .withRule(EthicalRule.builder().id("clinic.request").statement("Echo.").source("Test")
              .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.REQUEST)
              .requestCheck((r, date, context) -> List.of(context.violation("$.preferences",
                  "wants ZQXSENTINEL" + term)))
              .build())
          .withRule(EthicalRule.builder().id("clinic.match").statement("Echo.").source("Test")
              .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.MATCH)
              .matchCheck((r, p, date, context) -> List.of(context.violation("$",
                  "shares ZQXSENTINEL" + term)))
              .build());

      assertThat(review.reviewRequest(request, DATE).toString()).as(term)
          .doesNotContain("ZQXSENTINEL").contains(RULE);
      assertThat(review.reviewMatch(request, Examples.profile().build(), DATE).toString())
          .as(term).doesNotContain("ZQXSENTINEL").contains(RULE);
    }
  }

  @Test
  void rulesAndContextsDescribeThemselvesByIdOnly() {
    assertThat(EthicalRules.VERBAL_SESSIONS.toString())
        .isEqualTo("EthicalRule{ethics.verbal-sessions}");
    assertThat(new RuleContext("clinic.notes", Severity.INFO, MinorConsentPolicy.NONE,
        MinorConsentPolicy.NONE).toString())
        .isEqualTo("RuleContext{clinic.notes, info}");
  }
}
