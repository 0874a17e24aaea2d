package org.sextherapy.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.sextherapy.Limits;
import org.sextherapy.session.SessionFormat;

class FeeScheduleTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final SessionFee INDIVIDUAL_50 =
      SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("180"));
  private static final SessionFee COUPLE_80 = SessionFee.of(SessionFormat.COUPLE, 80,
      new BigDecimal("260"), SlidingScale.of(new BigDecimal("200"), new BigDecimal("260")));

  @Test
  void aCouplesBudgetIsJudgedByTheCoupleFeeNotTheIndividualOne() {
    FeeSchedule fees = FeeSchedule.of(USD, INDIVIDUAL_50, COUPLE_80);

    assertThat(fees.lowestFeeFor(SessionFormat.INDIVIDUAL)).hasValueSatisfying(
        fee -> assertThat(fee).isEqualByComparingTo("180"));
    assertThat(fees.lowestFeeFor(SessionFormat.COUPLE)).hasValueSatisfying(
        fee -> assertThat(fee).isEqualByComparingTo("200"));
    assertThat(fees.lowestFeeFor(SessionFormat.GROUP)).isEmpty();
  }

  @Test
  void theSlidingScaleIsPerSessionFee() {
    FeeSchedule fees = FeeSchedule.of(USD, INDIVIDUAL_50, COUPLE_80);

    assertThat(fees.slidingScaleFor(SessionFormat.COUPLE)).isTrue();
    assertThat(fees.slidingScaleFor(SessionFormat.INDIVIDUAL)).isFalse();
  }

  @Test
  void theLowestFeeOfAFormatIsTakenOverItsLengths() {
    FeeSchedule fees = FeeSchedule.of(USD, INDIVIDUAL_50,
        SessionFee.of(SessionFormat.INDIVIDUAL, 90, new BigDecimal("300"),
            SlidingScale.of(new BigDecimal("120"), new BigDecimal("300"))));

    assertThat(fees.lowestFeeFor(SessionFormat.INDIVIDUAL)).hasValueSatisfying(
        fee -> assertThat(fee).isEqualByComparingTo("120"));
  }

  @Test
  void lowestAmountIsTheFeeWhenTheScaleStartsAboveIt() {
    SessionFee fee = SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("50"),
        SlidingScale.of(new BigDecimal("80"), new BigDecimal("150")));

    assertThat(fee.lowestAmount()).isEqualByComparingTo("50");
  }

  @Test
  void freeSessionsAreAllowed() {
    assertThat(SessionFee.of(SessionFormat.GROUP, 90, BigDecimal.ZERO).lowestAmount())
        .isEqualByComparingTo("0");
  }

  @Test
  void superbillsAreOffUnlessSet() {
    assertThat(FeeSchedule.of(USD, INDIVIDUAL_50).superbills()).isFalse();
    assertThat(FeeSchedule.builder().currency(USD).addSessionFees(INDIVIDUAL_50).superbills(true)
        .build().superbills()).isTrue();
  }

  @Test
  void negativeAmountIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("-0.01")))
        .withMessageStartingWith("amount ");
  }

  @Test
  void aSessionLengthOutsideOneMinuteToAnIntensiveDayIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SessionFee.of(SessionFormat.INDIVIDUAL, 0, BigDecimal.TEN))
        .withMessageStartingWith("minutes ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SessionFee.of(SessionFormat.INDIVIDUAL,
            Limits.MAX_SESSION_MINUTES + 1, BigDecimal.TEN))
        .withMessageStartingWith("minutes ");
  }

  @Test
  void aScheduleNeedsAFeeAndListsEachFormatAndLengthOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeeSchedule.of(USD))
        .withMessageStartingWith("sessionFees ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeeSchedule.of(USD, INDIVIDUAL_50, COUPLE_80,
            SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("150"))))
        .withMessageStartingWith("sessionFees[2] ");
  }

  @Test
  void aScheduleHoldsAtMostTheLimitOfFees() {
    FeeSchedule.Builder b = FeeSchedule.builder().currency(USD);
    for (int minutes = 1; minutes <= Limits.MAX_SESSION_FEES + 1; minutes++) {
      b.addSessionFees(SessionFee.of(SessionFormat.INDIVIDUAL, minutes, BigDecimal.TEN));
    }
    assertThatIllegalArgumentException().isThrownBy(b::build)
        .withMessageStartingWith("sessionFees ");
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
