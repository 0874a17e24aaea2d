package org.sextherapy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.Participant;

class SessionPlanTest {

  private static SessionPlan.Builder plan() {
    return SessionPlan.builder().id("plan-1").therapistId("th-1")
        .addParticipants(Participant.of("p1", AgeBracket.ADULT),
            Participant.of("p2", AgeBracket.ADULT));
  }

  @Test
  void planWithoutScheduleSessionsOrExercisesIsAStart() {
    SessionPlan plan = plan().build();

    assertThat(plan.schedule()).isEmpty();
    assertThat(plan.sessions()).isEmpty();
    assertThat(plan.exercises()).isEmpty();
  }

  @Test
  void planWithoutAParticipantIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SessionPlan.builder().id("plan-1").therapistId("th-1").build())
        .withMessageStartingWith("participants ");
  }

  @Test
  void participantIdsMustBeUniqueWithinThePlan() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> plan().addParticipants(Participant.of("p2", AgeBracket.OLDER_ADULT))
            .build())
        .withMessageStartingWith("participants[2].id ");
  }

  @Test
  void malformedPlanOrTherapistIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> plan().id("plan 1").build())
        .withMessageStartingWith("id ");
    assertThatIllegalArgumentException().isThrownBy(() -> plan().therapistId("Dr X").build())
        .withMessageStartingWith("therapistId ");
  }

  @Test
  void planWithoutTherapistCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SessionPlan.builder().id("plan-1")
            .addParticipants(Participant.of("p1", AgeBracket.ADULT)).build())
        .withMessageContaining("therapistId");
  }

  @Test
  void planShowsItsIdAndCountsOnly() {
    SessionPlan plan = plan()
        .addSessions(PlannedSession.of(1, List.of(), List.of(ActivityKind.TALK_THERAPY)))
        .addExercises(Exercise.builder().id("ex-1").kind(ActivityKind.READING).voluntary(true)
            .addParticipantIds("p1").note("a private note").build())
        .build();

    assertThat(plan).hasToString("SessionPlan{plan-1, 2 participants, 1 session, 1 exercise}");
  }
}
