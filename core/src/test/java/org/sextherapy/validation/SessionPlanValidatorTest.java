package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.validation.SessionPlanValidator.COURSE_EXCEEDED;
import static org.sextherapy.validation.SessionPlanValidator.DUPLICATE_EXERCISE;
import static org.sextherapy.validation.SessionPlanValidator.SCHEDULE_FORMAT;
import static org.sextherapy.validation.SessionPlanValidator.SESSION_NUMBERS;
import static org.sextherapy.validation.SessionPlanValidator.UNKNOWN_PARTICIPANT;
import static org.sextherapy.validation.Severity.ERROR;
import static org.sextherapy.validation.Severity.WARNING;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.Participant;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.session.Course;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;

class SessionPlanValidatorTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);

  private final SessionPlanValidator validator = new SessionPlanValidator();

  /** A clean, complete plan for a couple, open to change field by field before it is built. */
  private static final class Plan {
    List<Participant> participants = new ArrayList<>(List.of(
        Participant.of("p1", AgeBracket.ADULT), Participant.of("p2", AgeBracket.ADULT)));
    SessionFormat format = SessionFormat.COUPLE;
    Course course = Course.shortTerm(3);
    List<PlannedSession> sessions = new ArrayList<>(List.of(session(1), session(2),
        session(3)));
    List<Exercise> exercises = new ArrayList<>(List.of(
        Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
            .addParticipantIds("p1", "p2").voluntary(true).addConsentedBy("p1", "p2")
            .note("non-genital touch only, stop whenever either wishes").build(),
        Exercise.builder().id("ex-2").kind(ActivityKind.JOURNALLING)
            .voluntary(true).addParticipantIds("p1")
            .addConsentedBy("p1").build()));

    SessionPlan build() {
      return SessionPlan.builder().id("plan-1").therapistId("th-1")
          .addAllParticipants(participants)
          .schedule(SessionSchedule.builder().format(format).delivery(Delivery.VIDEO)
              .sessionLength(Duration.ofMinutes(50)).frequency(Frequency.WEEKLY).course(course)
              .build())
          .addAllSessions(sessions).addAllExercises(exercises).build();
    }
  }

  private static PlannedSession session(int number) {
    return PlannedSession.of(number,
        List.of(Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE), "closeness without pressure"),
            Goal.of(Aim.of(Focus.COMMUNICATION, Intent.IMPROVE))),
        List.of(ActivityKind.TALK_THERAPY, ActivityKind.PSYCHOEDUCATION,
            ActivityKind.EXERCISE_DEBRIEF));
  }

  private ValidationResult validate(Plan plan) {
    return validator.validate(plan.build(), DATE);
  }

  private static void assertOnly(ValidationResult result, String ruleId, String path,
      Severity severity) {
    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
        Violation::severity).containsExactly(tuple(ruleId, path, severity));
  }

  @Test
  void cleanCompletePlanHasNoViolationAtAll() {
    ValidationResult result = validate(new Plan());

    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void planWithoutScheduleSessionsOrExercisesHasNoViolation() {
    SessionPlan plan = SessionPlan.builder().id("plan-2").therapistId("th-1")
        .addParticipants(Participant.of("p1", AgeBracket.OLDER_ADULT)).build();

    assertThat(validator.validate(plan, DATE).violations()).isEmpty();
  }

  @Test
  void sessionNumberedNoHigherThanTheOneBeforeIsAnError() {
    Plan repeated = new Plan();
    repeated.sessions.set(2, session(2));
    Plan gap = new Plan();
    gap.sessions.set(2, session(5));

    assertOnly(validate(repeated), SESSION_NUMBERS, "$.sessions[2].number", ERROR);
    assertThat(validate(gap).violations()).as("numbers may skip").isEmpty();
  }

  @Test
  void exerciseIdUsedTwiceIsAnError() {
    Plan plan = new Plan();
    plan.exercises.add(Exercise.builder().id("ex-1").kind(ActivityKind.READING).voluntary(true)
        .addParticipantIds("p2").addConsentedBy("p2").build());

    assertOnly(validate(plan), DUPLICATE_EXERCISE, "$.exercises[2].id", ERROR);
  }

  @Test
  void exerciseForSomeoneOutsideThePlanIsAnError() {
    Plan plan = new Plan();
    plan.exercises.set(1, Exercise.builder().id("ex-2").kind(ActivityKind.JOURNALLING)
        .voluntary(true)
        .addParticipantIds("p3").build());

    assertOnly(validate(plan), UNKNOWN_PARTICIPANT, "$.exercises[1].participantIds", ERROR);
  }

  @Test
  void consentBySomeoneOutsideThePlanIsAnError() {
    Plan plan = new Plan();
    plan.exercises.set(1, Exercise.builder().id("ex-2").kind(ActivityKind.JOURNALLING)
        .voluntary(true)
        .addParticipantIds("p1").addConsentedBy("p1", "p3").build());

    ValidationResult result = validate(plan);

    assertOnly(result, UNKNOWN_PARTICIPANT, "$.exercises[1].consentedBy", ERROR);
    assertThat(result.violations().get(0).message()).contains("p3");
  }

  @Test
  void scheduleFormatThatDoesNotFitTheParticipantsIsWarned() {
    Plan plan = new Plan();
    plan.format = SessionFormat.INDIVIDUAL;

    ValidationResult result = validate(plan);

    assertOnly(result, SCHEDULE_FORMAT, "$.schedule.format", WARNING);
    assertThat(result.violations().get(0).message())
        .isEqualTo("2 participants do not fit format individual");
  }

  @Test
  void oneParticipantInACoupleScheduleIsCountedInTheSingular() {
    Plan plan = new Plan();
    plan.participants.remove(1);

    assertThat(validate(plan).violations())
        .filteredOn(v -> v.ruleId().equals(SCHEDULE_FORMAT))
        .extracting(Violation::message)
        .containsExactly("1 participant does not fit format couple");
  }

  @Test
  void shortTermCourseMayPlanItsNumberOfSessionsButNotOneMore() {
    Plan oneMore = new Plan();
    oneMore.sessions.add(session(4));
    Plan openEnded = new Plan();
    openEnded.sessions.add(session(4));
    openEnded.course = Course.openEnded();

    assertOnly(validate(oneMore), COURSE_EXCEEDED, "$.schedule.course.plannedSessions",
        WARNING);
    assertThat(validate(openEnded).violations()).isEmpty();
  }

  @Test
  void planValidatorDoesNotThrowAtTheEndsOfTheCalendar() {
    SessionPlan plan = new Plan().build();

    assertThat(validator.validate(plan, LocalDate.MIN).violations()).isEmpty();
    assertThat(validator.validate(plan, LocalDate.MAX).violations()).isEmpty();
  }
}
