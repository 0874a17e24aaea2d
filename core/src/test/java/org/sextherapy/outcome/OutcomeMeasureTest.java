package org.sextherapy.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reliable change as Jacobson and Truax (1991) define it. */
class OutcomeMeasureTest {

  // SD 6, r .80: S_diff = sqrt(2) * 6 * sqrt(.2) = 3.795; threshold 1.96 * S_diff = 7.438
  static final OutcomeMeasure FUNCTION =
      OutcomeMeasure.of("FUNCTION", "A function index", 0.80, 6, ScoreDirection.HIGHER_IS_BETTER);
  static final OutcomeMeasure DISTRESS =
      OutcomeMeasure.of("DISTRESS", "A distress scale", 0.80, 6, ScoreDirection.LOWER_IS_BETTER);

  @Test
  void theStandardErrorOfTheDifferenceAndTheThresholdFollowTheFormula() {
    assertThat(FUNCTION.standardErrorOfDifference())
        .isCloseTo(Math.sqrt(2) * 6 * Math.sqrt(0.2), within(1e-12));
    assertThat(FUNCTION.reliableChangeThreshold()).isCloseTo(7.438, within(1e-3));
  }

  @Test
  void aChangeBeyondTheThresholdIsReliableInTheMeasuresDirection() {
    assertThat(FUNCTION.change(10, 17.5)).isEqualTo(ReliableChange.IMPROVED);
    assertThat(FUNCTION.change(17.5, 10)).isEqualTo(ReliableChange.DETERIORATED);
    assertThat(DISTRESS.change(30, 22)).isEqualTo(ReliableChange.IMPROVED);
    assertThat(DISTRESS.change(22, 30)).isEqualTo(ReliableChange.DETERIORATED);
  }

  @Test
  void aChangeWithinMeasurementErrorIsNoReliableChange() {
    assertThat(FUNCTION.change(10, 17.4)).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
    assertThat(DISTRESS.change(30, 23)).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
    assertThat(FUNCTION.change(10, 10)).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
  }

  @Test
  void impossibleFiguresAreRefusedNamingTheField() {
    assertThatThrownBy(() -> OutcomeMeasure.of("M", "M", 1.0, 6, ScoreDirection.HIGHER_IS_BETTER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reliability");
    assertThatThrownBy(() -> OutcomeMeasure.of("M", "M", 0.8, 0, ScoreDirection.HIGHER_IS_BETTER))
        .hasMessageStartingWith("normativeSd");
    assertThatThrownBy(() -> OutcomeMeasure.of("M", "M", 0.8, Double.POSITIVE_INFINITY,
        ScoreDirection.HIGHER_IS_BETTER)).hasMessageStartingWith("normativeSd");
    assertThatThrownBy(() -> FUNCTION.change(Double.NaN, 3))
        .hasMessageStartingWith("baselineScore");
  }
}
