package org.sextherapy.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The empirical-Bayes estimate and the credibility of a higher rate. */
class OutcomeRatesTest {

  @Test
  void noCourseGivesTheReferenceRateAndManyCoursesTheirOwn() {
    assertThat(OutcomeRates.shrunkRate(0, 0, 50, 100, 19)).isEqualTo(0.5);
    assertThat(OutcomeRates.shrunkRate(3, 3, 50, 100, 19)).isCloseTo((3 + 9.5) / 22, within(1e-12));
    assertThat(OutcomeRates.shrunkRate(270, 300, 50, 100, 19))
        .isGreaterThan(OutcomeRates.shrunkRate(3, 3, 50, 100, 19));
  }

  @Test
  void theIncompleteBetaMatchesKnownValues() {
    // I_x(1, 1) = x; I_x(2, 1) = x^2; I_.5(a, a) = .5
    assertThat(OutcomeRates.regularizedBeta(0.3, 1, 1)).isCloseTo(0.3, within(1e-12));
    assertThat(OutcomeRates.regularizedBeta(0.3, 2, 1)).isCloseTo(0.09, within(1e-12));
    assertThat(OutcomeRates.regularizedBeta(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void manyDeteriorationsAreCredibleAndOneInFourIsNot() {
    assertThat(OutcomeRates.crediblyAbove(30, 60, 50, 1000, 19)).isTrue();
    assertThat(OutcomeRates.crediblyAbove(1, 4, 50, 1000, 19)).isFalse();
    assertThat(OutcomeRates.crediblyAbove(0, 60, 50, 1000, 19)).isFalse();
  }
}
