package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.Participant;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Ethical rules on session plans: verbal sessions (3), no contact between therapist and client (4),
 * exercises as invitations (5) and no partnered or sexual exercise for a minor (7).
 */
class SessionPlanRulesTest {

  @Test
  void couplePlanWithSensateFocusAtHomeIsAllowed() {
    SessionPlan plan = Examples.couplePlan().addExercises(Examples.sensateFocusForBoth().build())
        .build();

    assertThat(REVIEW.reviewPlan(plan, DATE)).isSameAs(ValidationResult.valid());
  }

  private static SessionPlan withSessionActivities(ActivityKind... activities) {
    return Examples.couplePlan()
        .addSessions(PlannedSession.of(2, List.of(), List.of(activities))).build();
  }

  private static SessionPlan withExercise(Exercise exercise) {
    return Examples.couplePlan().addExercises(exercise).build();
  }

  @Nested
  class VerbalSessions {

    private final String rule = EthicalRules.VERBAL_SESSIONS.id();

    @Test
    void everyVerbalActivityIsAllowedInSession() {
      for (ActivityKind kind : ActivityKind.values()) {
        boolean breach = REVIEW.reviewPlan(withSessionActivities(kind), DATE).hasViolation(rule);

        assertThat(breach).as(kind.id()).isEqualTo(!kind.isVerbal());
      }
    }

    @Test
    void sensateFocusInSessionIsABreach() {
      ValidationResult result = REVIEW.reviewPlan(
          withSessionActivities(ActivityKind.PSYCHOEDUCATION, ActivityKind.SENSATE_FOCUS), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.sessions[1].activities[1]"));
    }

    @Test
    void pelvicFloorExerciseIsABreachInSessionButAllowedAtHome() {
      Exercise atHome = Exercise.builder().id("ex-9").kind(ActivityKind.PELVIC_FLOOR_EXERCISE)
              .voluntary(true)
          .addParticipantIds("p1").addConsentedBy("p1").build();

      assertThat(REVIEW.reviewPlan(withSessionActivities(ActivityKind.PELVIC_FLOOR_EXERCISE),
          DATE).hasViolation(rule)).isTrue();
      assertThat(REVIEW.reviewPlan(withExercise(atHome), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void examinationOrTouchByTheTherapistIsNeverSexTherapyNotEvenAsAnExercise() {
      for (ActivityKind kind : List.of(ActivityKind.PHYSICAL_EXAMINATION,
          ActivityKind.THERAPIST_TOUCH)) {
        Exercise exercise = Exercise.builder().id("ex-9").kind(kind)
            .voluntary(true).addParticipantIds("p1")
            .addConsentedBy("p1").build();

        ValidationResult result = REVIEW.reviewPlan(withExercise(exercise), DATE);

        assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
            .as(kind.id()).containsExactly(tuple(rule, "$.exercises[0].kind"));
        assertThat(result.violations().get(0).message()).contains("never part of sex therapy");
      }
    }
  }

  @Nested
  class NoSexualContactWithClient {

    private final String rule = EthicalRules.NO_SEXUAL_CONTACT_WITH_CLIENT.id();

    @Test
    void therapistTakingPartInSensateFocusIsABreachEvenWithEveryonesConsent() {
      ValidationResult result = REVIEW.reviewPlan(
          withExercise(Examples.sensateFocusForBoth().includesTherapist(true).build()), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
              Violation::severity)
          .containsExactly(tuple(rule, "$.exercises[0].includesTherapist", Severity.ERROR));
    }

    @Test
    void therapistTakingPartInPhysicalContactIsABreachToo() {
      Exercise exercise = Exercise.builder().id("ex-9").kind(ActivityKind.PELVIC_FLOOR_EXERCISE)
              .voluntary(true)
          .addParticipantIds("p1").addConsentedBy("p1").includesTherapist(true).build();

      assertThat(REVIEW.reviewPlan(withExercise(exercise), DATE).hasViolation(rule)).isTrue();
    }

    @Test
    void therapistTakingPartInAVerbalExerciseIsAllowed() {
      Exercise exercise = Exercise.builder().id("ex-9")
          .kind(ActivityKind.COMMUNICATION_PRACTICE).voluntary(true).addParticipantIds("p1", "p2")
          .addConsentedBy("p1", "p2").includesTherapist(true).build();

      assertThat(REVIEW.reviewPlan(withExercise(exercise), DATE))
          .isSameAs(ValidationResult.valid());
    }
  }

  @Nested
  class ExercisesAreInvitations {

    private final String rule = EthicalRules.EXERCISES_ARE_INVITATIONS.id();

    private SessionPlan threeTakingPart(String... consented) {
      return SessionPlan.builder().id("plan-3").therapistId("th-1")
          .addParticipants(Participant.ofAge("p1", 30), Participant.ofAge("p2", 31),
              Participant.ofAge("p3", 32))
          .addExercises(Exercise.builder().id("ex-1").kind(ActivityKind.COMMUNICATION_PRACTICE)
              .voluntary(true)
              .addParticipantIds("p1", "p2", "p3").addConsentedBy(consented).build())
          .build();
    }

    @Test
    void exerciseConsentedByEveryParticipantIsAllowed() {
      assertThat(REVIEW.reviewPlan(threeTakingPart("p1", "p2", "p3"), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void exerciseConsentedByAllButOneParticipantIsABreachNamingOnlyThatOne() {
      ValidationResult result = REVIEW.reviewPlan(threeTakingPart("p1", "p3"), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.path()).isEqualTo("$.exercises[0].consentedBy");
        assertThat(v.message()).contains("p2").doesNotContain("p1", "p3");
      });
    }

    @Test
    void requiredExerciseIsABreachEvenWhenEveryoneConsented() {
      ValidationResult result = REVIEW.reviewPlan(
          withExercise(Examples.sensateFocusForBoth().voluntary(false).build()), DATE);

      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.exercises[0].voluntary"));
    }

    @Test
    void sensateFocusNamingOnlyOnePartnerIsABreachSoThePartnersConsentCanBeChecked() {
      Exercise alone = Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
          .voluntary(true).addParticipantIds("p1").addConsentedBy("p1").build();

      ValidationResult result = REVIEW.reviewPlan(withExercise(alone), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.path()).isEqualTo("$.exercises[0].participantIds");
        assertThat(v.message()).contains("ex-1", "sensate-focus", "partner");
      });
    }

    @Test
    void onlyTheKindsThatByNatureInvolveAPartnerMustNameEveryoneTakingPart() {
      for (ActivityKind kind : ActivityKind.values()) {
        Exercise onePerson = Exercise.builder().id("ex-1").kind(kind).voluntary(true)
            .addParticipantIds("p1").addConsentedBy("p1").build();

        List<String> found = REVIEW.reviewPlan(withExercise(onePerson), DATE).violations()
            .stream().filter(v -> v.ruleId().equals(rule)).map(Violation::path).toList();

        boolean partnered = kind == ActivityKind.SENSATE_FOCUS
            || kind == ActivityKind.PARTNERED_SEXUAL_ACTIVITY;
        assertThat(found).as(kind.id())
            .isEqualTo(partnered ? List.of("$.exercises[0].participantIds") : List.of());
      }
    }

    @Test
    void partneredSexualActivityWithBothPartnersNamedAndConsentingIsAllowed() {
      Exercise both = Exercise.builder().id("ex-1").kind(ActivityKind.PARTNERED_SEXUAL_ACTIVITY)
          .voluntary(true).addParticipantIds("p1", "p2").addConsentedBy("p1", "p2").build();

      assertThat(REVIEW.reviewPlan(withExercise(both), DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void exerciseForSomeoneOutsideThePlanIsABreach() {
      Exercise exercise = Exercise.builder().id("ex-9").kind(ActivityKind.SENSATE_FOCUS)
              .voluntary(true)
          .addParticipantIds("p1", "p9").addConsentedBy("p1", "p9").build();

      ValidationResult result = REVIEW.reviewPlan(withExercise(exercise), DATE);

      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.exercises[0].participantIds"));
    }

    @Test
    void consentFromSomeoneNotTakingPartIsHarmless() {
      Exercise exercise = Exercise.builder().id("ex-9").kind(ActivityKind.SELF_EXPLORATION)
              .voluntary(true)
          .addParticipantIds("p1").addConsentedBy("p1", "p2").build();

      assertThat(REVIEW.reviewPlan(withExercise(exercise), DATE))
          .isSameAs(ValidationResult.valid());
    }
  }

  /**
   * The notes of a new user's trial, which passed with zero findings because the review read only
   * structured fields (session 16).
   */
  @Nested
  class NotesWordedAgainstRulesThreeToFive {

    private final String contact = EthicalRules.NO_IN_SESSION_CONTACT_TERMS.id();
    private final String coercion = EthicalRules.NO_COERCION_TERMS.id();
    private static final String ULTIMATUM = "Mandatory homework. If you refuse, therapy ends and"
        + " your partner will be told. Do it even if it hurts.";
    private static final String UNDRESS = "Client must undress in session \u2026 therapist will"
        + " touch to demonstrate";
    private static final String NUDE = "nude body scan in the office with therapist present";

    private SessionPlan withGoalNote(String note) {
      return Examples.couplePlan().addSessions(PlannedSession.of(2,
          List.of(Goal.of(Aim.of(Focus.BODY_IMAGE, Intent.IMPROVE), note)),
          List.of(ActivityKind.TALK_THERAPY))).build();
    }

    @Test
    void exerciseNoteWithAnUltimatumIsAWarningNamingTheEntryNeverTheWords() {
      ValidationResult result = REVIEW.reviewPlan(
          withExercise(Examples.sensateFocusForBoth().note(ULTIMATUM).build()), DATE);

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(coercion);
        assertThat(v.path()).isEqualTo("$.exercises[0].note");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.message()).contains("ex-1").endsWith("phrase entry en.coercion.mandatory")
            .doesNotContainIgnoringCase("homework").doesNotContainIgnoringCase("refuse")
            .doesNotContainIgnoringCase("hurts");
      });
    }

    @Test
    void goalNoteAboutUndressingInSessionIsAWarning() {
      ValidationResult result = REVIEW.reviewPlan(withGoalNote(UNDRESS), DATE);

      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
              Violation::severity)
          .containsExactly(tuple(contact, "$.sessions[1].goals[0].note", Severity.WARNING));
      assertThat(result.violations().get(0).message()).endsWith("phrase entry en.nudity.in-session")
          .doesNotContainIgnoringCase("client must").doesNotContainIgnoringCase("demonstrate");
    }

    @Test
    void verbalMindfulnessWithTheTherapistWhoseNoteSaysNudeInTheOfficeIsAWarning() {
      Exercise bodyScan = Exercise.builder().id("ex-2").kind(ActivityKind.MINDFULNESS_PRACTICE)
          .voluntary(true).addParticipantIds("p1").addConsentedBy("p1").includesTherapist(true)
          .note(NUDE).build();

      ValidationResult result = REVIEW.reviewPlan(withExercise(bodyScan), DATE);

      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(contact, "$.exercises[0].note"));
    }

    @Test
    void aReviewMayRaiseTheWordingRulesToErrorsButNeverLowerOrSwitchThemOff() {
      EthicsReview strict = REVIEW.withSeverity(contact, Severity.ERROR)
          .withSeverity(coercion, Severity.ERROR);

      assertThat(strict.reviewPlan(withGoalNote(UNDRESS), DATE).isValid()).isFalse();
      assertThat(strict.reviewPlan(
          withExercise(Examples.sensateFocusForBoth().note(ULTIMATUM).build()), DATE).isValid())
          .isFalse();
      for (String rule : List.of(contact, coercion)) {
        assertThat(EthicalRules.isProtected(EthicalRules.find(rule).orElseThrow())).isTrue();
        assertThatThrownBy(() -> REVIEW.withSeverity(rule, Severity.INFO))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> REVIEW.withoutRule(rule))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }

    @Test
    void notesThatKeepSessionsVerbalAndExercisesOptionalPass() {
      SessionPlan plan = Examples.couplePlan()
          .addSessions(PlannedSession.of(2, List.of(
              Goal.of(Aim.of(Focus.BODY_IMAGE, Intent.IMPROVE), "Clothed at all times; no"
                  + " touching in session. The therapist never touches clients."),
              Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE), "Optional, never mandatory: you"
                  + " may decline.")), List.of(ActivityKind.TALK_THERAPY)))
          .addExercises(Examples.sensateFocusForBoth().note("Between-session sensate focus at"
              + " home with your partner; stop at any time.").build(),
              Exercise.builder().id("ex-2").kind(ActivityKind.SELF_EXPLORATION).voluntary(true)
                  .addParticipantIds("p1").addConsentedBy("p1")
                  .note("Undress at home in private for the body-image exercise.").build())
          .build();

      assertThat(REVIEW.reviewPlan(plan, DATE)).isSameAs(ValidationResult.valid());
    }
  }

  @Nested
  class NoPartneredOrSexualExerciseForMinors {

    private final String rule = EthicalRules.MINOR_NO_PARTNERED_OR_SEXUAL_EXERCISE.id();

    private SessionPlan familyPlan(int age, Exercise exercise) {
      return SessionPlan.builder().id("plan-4").therapistId("th-1")
          .addParticipants(Participant.ofAge("teen", age), Participant.ofAge("parent", 45))
          .addExercises(exercise).build();
    }

    private Exercise communication() {
      return Exercise.builder().id("ex-1").kind(ActivityKind.COMMUNICATION_PRACTICE).voluntary(true)
          .addParticipantIds("teen", "parent").addConsentedBy("teen", "parent").build();
    }

    private Exercise selfExploration() {
      return Exercise.builder().id("ex-1").kind(ActivityKind.SELF_EXPLORATION).voluntary(true)
          .addParticipantIds("teen").addConsentedBy("teen").build();
    }

    @Test
    void partneredExerciseWithA17YearOldIsABreachAndWithAn18YearOldIsNot() {
      ValidationResult seventeen = REVIEW.reviewPlan(familyPlan(17, communication()), DATE);
      ValidationResult eighteen = REVIEW.reviewPlan(familyPlan(18, communication()), DATE);

      assertThat(seventeen.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.exercises[0].participantIds"));
      assertThat(eighteen).isSameAs(ValidationResult.valid());
    }

    @Test
    void sexualExerciseAloneIsABreachForAMinorAndAllowedForAnAdult() {
      assertThat(REVIEW.reviewPlan(familyPlan(16, selfExploration()), DATE).violations())
          .extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.exercises[0].kind"));
      assertThat(REVIEW.reviewPlan(familyPlan(18, selfExploration()), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void sensateFocusNamingOnlyTheMinorIsStillAPartneredExerciseForAMinor() {
      Exercise onlyTheTeen = Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
          .voluntary(true).addParticipantIds("teen").addConsentedBy("teen").build();

      assertThat(REVIEW.reviewPlan(familyPlan(16, onlyTheTeen), DATE).hasViolation(rule))
          .isTrue();
    }

    @Test
    void journallingAloneIsAllowedForAMinor() {
      Exercise journal = Exercise.builder().id("ex-1").kind(ActivityKind.JOURNALLING)
              .voluntary(true)
          .addParticipantIds("teen").addConsentedBy("teen").build();

      assertThat(REVIEW.reviewPlan(familyPlan(15, journal), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void partneredExerciseBetweenTheAdultsOfAPlanWithAMinorIsAllowed() {
      SessionPlan plan = SessionPlan.builder().id("plan-5").therapistId("th-1")
          .addParticipants(Participant.ofAge("teen", 15), Participant.ofAge("a", 40),
              Participant.ofAge("b", 41))
          .addExercises(Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
              .voluntary(true)
              .addParticipantIds("a", "b").addConsentedBy("a", "b").build())
          .build();

      assertThat(REVIEW.reviewPlan(plan, DATE)).isSameAs(ValidationResult.valid());
    }
  }
}
