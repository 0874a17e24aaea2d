package org.sextherapy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;

class GoalTest {

  private static final Aim LESS_PAIN = Aim.of(Focus.SEXUAL_PAIN, Intent.REDUCE_DISTRESS);

  @Test
  void goalHasAnAimAndMayHaveANote() {
    assertThat(Goal.of(LESS_PAIN).note()).isEmpty();
    assertThat(Goal.of(LESS_PAIN, "less fear of pain").note()).contains("less fear of pain");
    assertThat(Goal.of(LESS_PAIN, "less fear of pain").aim()).isEqualTo(LESS_PAIN);
  }

  @Test
  void blankGoalNoteIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Goal.of(LESS_PAIN, "\t"))
        .withMessageStartingWith("note ");
  }

  @Test
  void goalShowsItsAimButNeverItsNote() {
    assertThat(Goal.of(LESS_PAIN, SENTINEL))
        .hasToString("Goal{Aim{sexual-pain, reduce-distress}}");
  }

  @Test
  void plannedSessionIsNumberedFromOne() {
    PlannedSession first = PlannedSession.of(1, List.of(Goal.of(LESS_PAIN)),
        List.of(ActivityKind.ASSESSMENT_INTERVIEW, ActivityKind.PSYCHOEDUCATION));

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.activities()).containsExactly(ActivityKind.ASSESSMENT_INTERVIEW,
        ActivityKind.PSYCHOEDUCATION);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PlannedSession.of(0, List.of(), List.of()))
        .withMessageStartingWith("number ");
  }

  @Test
  void plannedSessionShowsItsNumberAndCounts() {
    assertThat(PlannedSession.of(3, List.of(Goal.of(LESS_PAIN, SENTINEL)),
        List.of(ActivityKind.TALK_THERAPY)))
        .hasToString("PlannedSession{3, 1 goal, 1 activity}");
    assertThat(PlannedSession.of(4, List.of(), List.of(ActivityKind.TALK_THERAPY,
        ActivityKind.PSYCHOEDUCATION))).hasToString("PlannedSession{4, 0 goals, 2 activities}");
  }
}
