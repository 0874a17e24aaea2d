package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;

class AgeBracketTest {

  @ParameterizedTest(name = "{0} years: {1}")
  @CsvSource({"0, CHILD", "11, CHILD", "12, ADOLESCENT", "17, ADOLESCENT", "18, ADULT",
      "64, ADULT", "65, OLDER_ADULT", "150, OLDER_ADULT"})
  void everyAgeFallsInExactlyOneBracket(int years, AgeBracket bracket) {
    assertThat(AgeBracket.of(years)).isEqualTo(bracket);
    for (AgeBracket other : AgeBracket.values()) {
      assertThat(other.contains(years)).isEqualTo(other == bracket);
    }
  }

  @Test
  void childrenAndAdolescentsAreMinors() {
    assertThat(AgeBracket.CHILD.isMinor()).isTrue();
    assertThat(AgeBracket.ADOLESCENT.isMinor()).isTrue();
    assertThat(AgeBracket.ADULT.isMinor()).isFalse();
    assertThat(AgeBracket.OLDER_ADULT.isMinor()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 151, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void ageOutsideZeroToOneHundredFiftyIsRejectedNamingTheField(int years) {
    assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> AgeBracket.of(years))
        .satisfies(e -> assertThat(e.field()).isEqualTo("age"))
        .withMessage("age must be from 0 to 150");
  }
}
