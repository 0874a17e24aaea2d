package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;

class ParticipantTest {

  @Test
  void participantOfAKnownAgeGetsItsBracket() {
    Participant teen = Participant.ofAge("p1", 16);

    assertThat(teen.ageBracket()).isEqualTo(AgeBracket.ADOLESCENT);
    assertThat(teen.age()).hasValue(16);
    assertThat(teen.isMinor()).isTrue();
  }

  @Test
  void participantKnownByBracketOnlyHasNoExactAge() {
    Participant adult = Participant.of("p1", AgeBracket.ADULT);

    assertThat(adult.age()).isEmpty();
    assertThat(adult.isMinor()).isFalse();
    assertThat(adult.gender()).isEmpty();
  }

  @Test
  void participantAgeMustFallInItsBracket() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Participant.builder().id("p1").ageBracket(AgeBracket.ADULT).age(17)
            .build())
        .withMessageStartingWith("age ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Participant.builder().id("p1").ageBracket(AgeBracket.ADOLESCENT)
            .age(18).build())
        .withMessageStartingWith("age ");
    assertThat(Participant.builder().id("p1").ageBracket(AgeBracket.ADULT).age(18).build()
        .age()).hasValue(18);
  }

  @Test
  void impossibleAgeIsRejectedWithTheLibrarysExceptionNamingTheFieldButNotTheAge() {
    for (int age : new int[] {-1, 151, 1987}) {
      assertThatExceptionOfType(InvalidValueException.class)
          .isThrownBy(() -> Participant.ofAge("p1", age))
          .satisfies(e -> assertThat(e.field()).isEqualTo("age"))
          .satisfies(e -> assertThat(e.rule()).isEqualTo("must be from 0 to 150"))
          .withMessage("age must be from 0 to 150");
    }
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Participant.builder().id("p1").ageBracket(AgeBracket.OLDER_ADULT)
            .age(1987).build())
        .withMessage("age must be from 0 to 150");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Participant.builder().id("p1").ageBracket(AgeBracket.CHILD).age(-1)
            .build())
        .withMessage("age must be from 0 to 150");
  }

  @Test
  void malformedParticipantIdIsRejectedNamingTheFieldButNotTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Participant.of("Jane " + SENTINEL, AgeBracket.ADULT))
        .withMessageStartingWith("id ").withMessageNotContaining(SENTINEL);
  }

  @Test
  void participantWithoutAnAgeBracketCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Participant.builder().id("p1").build())
        .withMessageContaining("ageBracket");
  }

  @Test
  void participantShowsItsIdOnly() {
    Participant p = Participant.builder().id("p1").ageBracket(AgeBracket.ADULT).age(34)
        .gender(GenderIdentity.of(SENTINEL, Set.of(GenderTerm.NON_BINARY))).build();

    assertThat(p.toString()).isEqualTo("Participant{p1}");
  }
}
