package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** The catalogue and the configuration of a review: application rules, severities, switches. */
class EthicsReviewTest {

  private static final EthicalRule NO_SELF_EXPLORATION = EthicalRule.builder()
      .id("clinic.no-self-exploration").statement("This clinic suggests no self-exploration.")
      .source("Clinic policy 4.2").defaultSeverity(Severity.WARNING)
      .addAppliesTo(ReviewSubject.PLAN)
      .planCheck((plan, date, context) -> plan.exercises().stream()
          .filter(e -> e.kind() == ActivityKind.SELF_EXPLORATION)
          .map(e -> context.violation("$.exercises", "exercise " + e.id() + " is self-exploration"))
          .toList())
      .build();

  private static SessionPlan selfExplorationPlan() {
    return Examples.couplePlan().addExercises(Exercise.builder().id("ex-5")
        .kind(ActivityKind.SELF_EXPLORATION)
        .voluntary(true).addParticipantIds("p1").addConsentedBy("p1")
        .build()).build();
  }

  @Test
  void standardReviewAppliesTheWholeCatalogue() {
    assertThat(EthicsReview.standard().rules()).isEqualTo(EthicalRules.standard());
    assertThat(EthicsReview.standard()).isSameAs(EthicsReview.standard());
  }

  @Test
  void catalogueCoversRulesOneToNineWithUniqueStandardIds() {
    List<EthicalRule> rules = EthicalRules.standard();

    assertThat(rules).extracting(r -> r.number().getAsInt()).isSorted()
        .containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
    assertThat(rules).extracting(EthicalRule::id).doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).startsWith("ethics."));
    assertThat(rules).allSatisfy(rule -> assertThat(EthicalRules.find(rule.id())).contains(rule));
    assertThat(EthicalRules.find("clinic.no-self-exploration")).isEmpty();
  }

  @Test
  void everyStandardRuleButConfidentialityHasACheckForEachSubjectItAppliesTo() {
    for (EthicalRule rule : EthicalRules.standard()) {
      Set<ReviewSubject> checked = EnumSet.noneOf(ReviewSubject.class);
      rule.profileCheck().ifPresent(c -> checked.add(ReviewSubject.PROFILE));
      rule.planCheck().ifPresent(c -> checked.add(ReviewSubject.PLAN));
      rule.requestCheck().ifPresent(c -> checked.add(ReviewSubject.REQUEST));
      rule.matchCheck().ifPresent(c -> checked.add(ReviewSubject.MATCH));

      assertThat(checked).as(rule.id()).isEqualTo(rule == EthicalRules.CONFIDENTIALITY
          ? Set.of() : rule.appliesTo());
    }
  }

  @Test
  void withSeverityRefusesToWeakenRulesOneToFive() {
    List<EthicalRule> protectedRules = EthicalRules.standard().stream()
        .filter(r -> r.number().getAsInt() <= 5).toList();
    assertThat(protectedRules).hasSize(9);

    for (EthicalRule rule : protectedRules) {
      for (Severity weaker : Severity.values()) {
        if (weaker.compareTo(rule.defaultSeverity()) > 0) {
          assertThatThrownBy(() -> REVIEW.withSeverity(rule.id(), weaker))
              .as("%s to %s", rule.id(), weaker)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("rules 1 to 5");
        }
      }
      assertThat(REVIEW.withSeverity(rule.id(), Severity.ERROR).severityOf(rule.id()))
          .contains(Severity.ERROR);
    }
    EthicalRule child = EthicalRules.SAFEGUARDING_CHILD_PARTNER;
    for (Severity weaker : Severity.values()) {
      if (weaker != Severity.ERROR) {
        assertThatThrownBy(() -> REVIEW.withSeverity(child.id(), weaker))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("safeguarding rule on children");
      }
    }
  }

  @Test
  void safeguardingRulesCanNeverBeSwitchedOff() {
    for (EthicalRule rule : List.of(EthicalRules.SAFEGUARDING_CHILD_PARTNER,
        EthicalRules.SAFEGUARDING_ADULT_AND_MINOR_PARTNERS, EthicalRules.SAFEGUARDING_MINOR_PARTNERS,
        EthicalRules.SAFEGUARDING_MINOR_IN_ADULT_GROUP)) {
      assertThat(EthicalRules.isSafeguarding(rule)).isTrue();
      assertThatThrownBy(() -> REVIEW.withoutRule(rule.id()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("never be switched off");
    }
  }

  @Test
  void rulesOneToFiveCanNeverBeSwitchedOff() {
    for (EthicalRule rule : EthicalRules.standard()) {
      if (rule.number().getAsInt() <= 5) {
        assertThat(EthicalRules.isProtected(rule)).isTrue();
        assertThatThrownBy(() -> REVIEW.withoutRule(rule.id()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("never be switched off");
      } else if (!EthicalRules.isSafeguarding(rule)) {
        assertThat(EthicalRules.isProtected(rule)).isFalse();
        assertThat(REVIEW.withoutRule(rule.id()).rules()).doesNotContain(rule)
            .hasSize(EthicalRules.standard().size() - 1);
      }
    }
  }

  @Test
  void rulesSixToNineMayBeGivenAnySeverity() {
    TherapistProfile lapsed = Examples.profile().addCertifications(Certification.builder()
        .credential(StandardCredentials.AASECT_CSE).issued(DATE.minusYears(4)).build()).build();
    EthicsReview asError = REVIEW.withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(),
        Severity.ERROR);
    EthicsReview asInfo = REVIEW.withSeverity(EthicalRules.CERTIFICATION_CURRENT.id(),
        Severity.INFO);

    assertThat(REVIEW.reviewProfile(lapsed, DATE).violations())
        .extracting(Violation::severity).containsExactly(Severity.WARNING);
    assertThat(asError.reviewProfile(lapsed, DATE).isValid()).isFalse();
    assertThat(asInfo.reviewProfile(lapsed, DATE).violations())
        .extracting(Violation::severity).containsExactly(Severity.INFO);
    assertThat(REVIEW.severityOf(EthicalRules.CERTIFICATION_CURRENT.id()))
        .contains(Severity.WARNING);
  }

  @Test
  void unknownRuleIdsAreRefused() {
    assertThatThrownBy(() -> REVIEW.withSeverity("ethics.no-such-rule", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ruleId");
    assertThatThrownBy(() -> REVIEW.withoutRule("clinic.no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(REVIEW.severityOf("clinic.no-such-rule")).isEmpty();
  }

  @Test
  void aRefusedConfigurationIsTheLibrarysExceptionNamingTheField() {
    EthicalRule fake = EthicalRule.builder().id("ethics.my-rule").statement("Fake.")
        .source("Clinic").defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN)
        .build();
    assertThat(fieldRefused(() -> REVIEW.withSeverity("clinic.no-such-rule", Severity.INFO)))
        .isEqualTo("ruleId");
    assertThat(fieldRefused(() -> REVIEW.withoutRule("clinic.no-such-rule"))).isEqualTo("ruleId");
    assertThat(fieldRefused(() -> REVIEW.withoutRule(EthicalRules.VERBAL_SESSIONS.id())))
        .isEqualTo("ruleId");
    assertThat(fieldRefused(() -> REVIEW.withSeverity(EthicalRules.VERBAL_SESSIONS.id(),
        Severity.INFO))).isEqualTo("severity");
    assertThat(fieldRefused(() -> REVIEW.withRule(fake))).isEqualTo("rule.id");
    assertThat(fieldRefused(() -> REVIEW.withRule(EthicalRules.VERBAL_SESSIONS)))
        .isEqualTo("rule.id");
    assertThat(fieldRefused(() -> REVIEW.withMinorConsentAges(
        Map.of(Jurisdiction.parse("US-CA"), 19)))).isEqualTo("minorConsentAges");
  }

  private static String fieldRefused(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    return ((InvalidValueException) thrown).field();
  }

  @Test
  void clinicPolicyRunsBesideTheStandardRules() {
    EthicsReview clinic = REVIEW.withRule(NO_SELF_EXPLORATION);

    ValidationResult result = clinic.reviewPlan(selfExplorationPlan(), DATE);

    assertThat(clinic.rules()).endsWith(NO_SELF_EXPLORATION)
        .hasSize(EthicalRules.standard().size() + 1);
    assertThat(REVIEW.reviewPlan(selfExplorationPlan(), DATE))
        .isSameAs(ValidationResult.valid());
    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("clinic.no-self-exploration");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).isEqualTo("exercise ex-5 is self-exploration");
    });
  }

  @Test
  void clinicPolicyViolationsCarryTheRulesIdAndChosenSeverity() {
    EthicalRule sloppy = EthicalRule.builder().id("clinic.sloppy").statement("Sloppy rule.")
        .source("Clinic policy").defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN)
        .planCheck((plan, date, context) ->
            List.of(Violation.of("ethics.verbal-sessions", "$", Severity.ERROR, "looks official")))
        .build();

    ValidationResult result = REVIEW.withRule(sloppy).reviewPlan(selfExplorationPlan(), DATE);

    assertThat(result.violations()).extracting(Violation::ruleId, Violation::severity)
        .containsExactly(tuple("clinic.sloppy", Severity.INFO));
  }

  @Test
  void applicationRulesMayNotTakeAnExistingOrStandardId() {
    EthicalRule fake = EthicalRule.builder().id("ethics.my-rule").statement("Fake.")
        .source("Clinic").defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN)
        .build();

    assertThatThrownBy(() -> REVIEW.withRule(fake))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ethics.");
    assertThatThrownBy(() -> REVIEW.withRule(NO_SELF_EXPLORATION).withRule(NO_SELF_EXPLORATION))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> REVIEW.withRule(EthicalRules.VERBAL_SESSIONS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStandardRuleSwitchedOffMayBeAddedBack() {
    String id = EthicalRules.CST_PREREQUISITES_RECORDED.id();
    EthicsReview without = REVIEW.withoutRule(id);

    EthicsReview again = without.withRule(EthicalRules.CST_PREREQUISITES_RECORDED);

    assertThat(without.severityOf(id)).isEmpty();
    assertThat(again.rules()).contains(EthicalRules.CST_PREREQUISITES_RECORDED);
  }

  @Test
  void switchedOffRuleReportsNothing() {
    TherapistProfile profile = Examples.profile().addCertifications(Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(DATE.minusYears(1)).build()).build();
    String id = EthicalRules.CST_PREREQUISITES_RECORDED.id();

    assertThat(REVIEW.reviewProfile(profile, DATE).hasViolation(id)).isTrue();
    assertThat(REVIEW.withoutRule(id).reviewProfile(profile, DATE))
        .isSameAs(ValidationResult.valid());
  }

  @Test
  void configuringAReviewLeavesTheOriginalUnchanged() {
    EthicsReview changed = REVIEW.withRule(NO_SELF_EXPLORATION)
        .withSeverity(EthicalRules.COMPETENCE.id(), Severity.WARNING)
        .withoutRule(EthicalRules.CONFIDENTIALITY.id());

    assertThat(REVIEW.rules()).isEqualTo(EthicalRules.standard());
    assertThat(REVIEW.severityOf(EthicalRules.COMPETENCE.id())).contains(Severity.ERROR);
    assertThat(changed.severityOf(EthicalRules.COMPETENCE.id())).contains(Severity.WARNING);
    // The standard rules, one added and one switched off.
    assertThat(changed.toString()).isEqualTo("EthicsReview{" + EthicalRules.standard().size()
        + " rules, 1 severity chosen, 0 consent ages, 0 ages of consent}");
  }

  @Test
  void ruleBuilderRefusesMalformedRules() {
    assertThatThrownBy(() -> EthicalRule.builder().id("Clinic Rule").statement("x").source("y")
        .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id ");
    assertThatThrownBy(() -> EthicalRule.builder().id("clinic.x").statement("two\nlines")
        .source("y").defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("statement ");
    assertThatThrownBy(() -> EthicalRule.builder().id("clinic.x").statement("x").source("y")
        .defaultSeverity(Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("appliesTo ");
    assertThatThrownBy(() -> EthicalRule.builder().id("clinic.x").statement("x").source("y")
        .defaultSeverity(Severity.INFO).addAppliesTo(ReviewSubject.PLAN)
        .profileCheck((profile, date, context) -> List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("appliesTo must include profile when a profile check is given");
  }

  @Test
  void standardRulesApplyToTheSubjectsTheTableShows() {
    String table = EthicalRules.markdownTable();

    for (EthicalRule rule : EthicalRules.standard()) {
      String subjects = rule.appliesTo().stream().map(ReviewSubject::id)
          .collect(Collectors.joining(", "));
      assertThat(table).contains("| `" + rule.id() + "` | " + rule.number().getAsInt() + " | ")
          .contains(" | " + subjects + " | " + rule.defaultSeverity().id() + " | ");
    }
    assertThat(table.lines()).hasSize(EthicalRules.standard().size() + 2);
  }
}
