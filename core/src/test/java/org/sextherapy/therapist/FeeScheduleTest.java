package org.sextherapy.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void lowestFeeIsTheSessionFeeWithoutASlidingScale() {
    assertThat(FeeSchedule.of(USD, new BigDecimal("180")).lowestFee())
        .isEqualByComparingTo("180");
  }

  @Test
  void lowestFeeIsTheSlidingScalesLowEnd() {
    FeeSchedule fees = FeeSchedule.of(USD, new BigDecimal("180"),
        SlidingScale.of(new BigDecimal("60"), new BigDecimal("180")));

    assertThat(fees.lowestFee()).isEqualByComparingTo("60");
    assertThat(fees.slidingScale()).isPresent();
    assertThat(fees.currency()).isEqualTo(USD);
  }

  @Test
  void lowestFeeIsTheSessionFeeWhenTheScaleStartsAboveIt() {
    FeeSchedule fees = FeeSchedule.of(USD, new BigDecimal("50"),
        SlidingScale.of(new BigDecimal("80"), new BigDecimal("150")));

    assertThat(fees.lowestFee()).isEqualByComparingTo("50");
  }

  @Test
  void freeSessionsAreAllowed() {
    assertThat(FeeSchedule.of(USD, BigDecimal.ZERO).lowestFee()).isEqualByComparingTo("0");
  }

  @Test
  void negativeSessionFeeIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeeSchedule.of(USD, new BigDecimal("-0.01")))
        .withMessageStartingWith("sessionFee ");
  }

  @Test
  void negativeEndsOfASlidingScaleAreRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SlidingScale.of(new BigDecimal("-1"), BigDecimal.TEN))
        .withMessageStartingWith("low ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SlidingScale.of(BigDecimal.ONE, new BigDecimal("-10")))
        .withMessageStartingWith("high ");
  }

  @Test
  void upsideDownSlidingScaleCanBeBuiltSoTheValidatorCanReportIt() {
    SlidingScale upsideDown = SlidingScale.of(new BigDecimal("150"), new BigDecimal("80"));

    assertThat(upsideDown.low()).isGreaterThan(upsideDown.high());
  }
}
