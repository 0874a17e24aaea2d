package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.junit.jupiter.api.Test;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.session.Course;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;

/** Session plans: schedules, sessions, goals and exercises. */
class PlanJsonTest extends WireFormatTestBase {

  @Test
  void exerciseWithoutTheTherapistUnlessTheDocumentSaysOtherwise() {
    Exercise exercise = read(Exercise.class, json("{'id': 'ex-1', 'kind': 'sensate-focus',"
        + " 'participantIds': ['p1', 'p2'], 'voluntary': true}"));
    assertThat(exercise.voluntary()).isTrue();
    assertThat(exercise.includesTherapist()).isFalse();
    assertThat(exercise.consentedBy()).isEmpty();
    assertThat(write(exercise)).contains("\"voluntary\":true")
        .contains("\"includesTherapist\":false");
  }

  @Test
  void exerciseThatDoesNotSayWhetherItIsVoluntaryIsRefusedAtItsPath() {
    // an unrecorded "voluntary" never reads as an invitation, or rule 5 would pass it unseen
    SexTherapyJsonException alone = readFailure(Exercise.class,
        json("{'id': 'ex-1', 'kind': 'sensate-focus', 'participantIds': ['p1', 'p2']}"));
    assertThat(alone.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(alone.path()).isEqualTo("$.voluntary");

    SexTherapyJsonException inPlan = readFailure(SessionPlan.class, json("{'id': 'plan-1',"
        + " 'therapistId': 'th-1', 'participants': [{'id': 'p1', 'ageBracket': 'adult'}],"
        + " 'exercises': [{'id': 'ex-1', 'kind': 'journalling', 'participantIds': ['p1'],"
        + " 'voluntary': true}, {'id': 'ex-2', 'kind': 'reading', 'participantIds': ['p1']}]}"));
    assertThat(inPlan.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(inPlan.path()).isEqualTo("$.exercises[1].voluntary");
  }

  @Test
  void requiredExerciseIsWrittenAsSuch() {
    Exercise required = Exercise.builder().id("ex-1").kind(ActivityKind.READING)
        .addParticipantIds("p1").voluntary(false).build();
    assertThat(roundTrip(Exercise.class, required)).contains("\"voluntary\":false");
  }

  @Test
  void exerciseParticipantsAreWrittenInOrderAndNeverRepeated() {
    Exercise exercise = Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
        .voluntary(true)
        .addParticipantIds("p2", "p1").addConsentedBy("p2").build();
    assertThat(roundTrip(Exercise.class, exercise)).contains("\"participantIds\":[\"p1\",\"p2\"]");
    SexTherapyJsonException e = readFailure(Exercise.class,
        json("{'id': 'ex-1', 'kind': 'reading', 'participantIds': ['p1', 'p1'],"
            + " 'voluntary': true}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.participantIds[1]");
  }

  @Test
  void openEndedCourseIsAnEmptyObject() {
    assertThat(roundTrip(Course.class, Course.openEnded())).isEqualTo("{}");
    assertThat(roundTrip(Course.class, Course.shortTerm(8))).isEqualTo("{\"plannedSessions\":8}");
    SexTherapyJsonException e = readFailure(Course.class, "{\"plannedSessions\": 0}");
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.plannedSessions");
  }

  @Test
  void sessionLengthIsAnIsoDurationOfAtMostEightHours() {
    String base = "{'format': 'individual', 'delivery': 'video', 'frequency': 'weekly',"
        + " 'course': {}, 'sessionLength': ";
    assertThat(read(SessionSchedule.class, json(base + "'PT50M'}")).sessionLength())
        .hasMinutes(50);
    assertThat(readFailure(SessionSchedule.class, json(base + "'50 minutes'}")).path())
        .isEqualTo("$.sessionLength");
    SexTherapyJsonException tooLong = readFailure(SessionSchedule.class, json(base + "'PT9H'}"));
    assertThat(tooLong.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(tooLong.detail()).isEqualTo("must be positive and at most 8 hours");
  }

  @Test
  void planNeedsAtLeastOneParticipant() {
    String base = "{'id': 'plan-1', 'therapistId': 'th-1'";
    SexTherapyJsonException missing = readFailure(SessionPlan.class, json(base + "}"));
    assertThat(missing.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(missing.path()).isEqualTo("$.participants");
    SexTherapyJsonException empty = readFailure(SessionPlan.class,
        json(base + ", 'participants': []}"));
    assertThat(empty.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(empty.path()).isEqualTo("$.participants");
  }

  @Test
  void goalNoteIsOptionalFreeText() {
    Goal goal = Goal.of(Aim.of(Focus.COMMUNICATION, Intent.IMPROVE), "Talk about what feels good");
    assertThat(roundTrip(Goal.class, goal)).isEqualTo(json("{'aim':{'focus':'communication',"
        + "'intent':'improve'},'note':'Talk about what feels good'}"));
    assertThat(readFailure(Goal.class,
        json("{'aim': {'focus': 'communication', 'intent': 'improve'}, 'note': ' '}")).path())
        .isEqualTo("$.note");
  }

  @Test
  void sessionNumbersStartAtOne() {
    SexTherapyJsonException e = readFailure(SessionPlan.class, json("{'id': 'plan-1',"
        + " 'therapistId': 'th-1', 'participants': [{'id': 'p1', 'ageBracket': 'adult'}],"
        + " 'sessions': [{'number': 0}]}"));
    assertThat(e.path()).isEqualTo("$.sessions[0].number");
  }
}
