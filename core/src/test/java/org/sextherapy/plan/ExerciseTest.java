package org.sextherapy.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;

class ExerciseTest {

  private static Exercise.Builder sensateFocusAtHome() {
    return Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
        .addParticipantIds("p1", "p2").voluntary(true).addConsentedBy("p1", "p2");
  }

  @Test
  void exerciseIsWithoutTheTherapistUnlessSaidOtherwise() {
    Exercise exercise = sensateFocusAtHome().build();

    assertThat(exercise.voluntary()).isTrue();
    assertThat(exercise.includesTherapist()).isFalse();
    assertThat(exercise.isPartnered()).isTrue();
    assertThat(exercise.note()).isEmpty();
  }

  @Test
  void exerciseWhoseVoluntarinessIsNotRecordedCannotBeBuilt() {
    // "not recorded" must never read as "an invitation": rule 5 would pass a required exercise
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
            .addParticipantIds("p1", "p2").addConsentedBy("p1", "p2").build())
        .satisfies(e -> assertThat(e.field()).isEqualTo("voluntary"));
  }

  @Test
  void exerciseForOnePersonIsNotPartnered() {
    assertThat(Exercise.builder().id("ex-2").kind(ActivityKind.JOURNALLING)
        .addParticipantIds("p1").voluntary(true).build().isPartnered()).isFalse();
  }

  @Test
  void sensateFocusNamingOnePersonIsStillPartnered() {
    // Masters and Johnson's sensate focus is touch between partners: the partner is there even
    // when the plan forgot to name them
    assertThat(Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
        .addParticipantIds("p1").voluntary(true).build().isPartnered()).isTrue();
    assertThat(Exercise.builder().id("ex-3").kind(ActivityKind.PARTNERED_SEXUAL_ACTIVITY)
        .addParticipantIds("p1").voluntary(true).build().isPartnered()).isTrue();
  }

  @Test
  void exerciseWithoutAParticipantIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Exercise.builder().id("ex-1").kind(ActivityKind.READING)
            .voluntary(true).build())
        .withMessageStartingWith("participantIds ");
  }

  @Test
  void malformedParticipantOrConsentIdsAreRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sensateFocusAtHome().addParticipantIds("my partner").build())
        .withMessageStartingWith("participantIds ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sensateFocusAtHome().addConsentedBy("").build())
        .withMessageStartingWith("consentedBy ");
  }

  @Test
  void malformedExerciseIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sensateFocusAtHome().id("ex 1").build())
        .withMessageStartingWith("id ");
  }

  @Test
  void blankNoteIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> sensateFocusAtHome().note("  ").build())
        .withMessageStartingWith("note ");
  }

  @Test
  void exerciseWithoutAKindCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Exercise.builder().id("ex-1").addParticipantIds("p1")
            .voluntary(true).build())
        .withMessageContaining("kind");
  }

  @Test
  void exerciseShowsItsIdAndKindButNeverItsNote() {
    assertThat(sensateFocusAtHome().note(SENTINEL).build())
        .hasToString("Exercise{ex-1, sensate-focus}");
  }
}
