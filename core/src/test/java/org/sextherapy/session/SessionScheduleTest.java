package org.sextherapy.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;

class SessionScheduleTest {

  private static SessionSchedule.Builder weeklyCoupleByVideo() {
    return SessionSchedule.builder().format(SessionFormat.COUPLE).delivery(Delivery.VIDEO)
        .sessionLength(Duration.ofMinutes(50)).frequency(Frequency.WEEKLY)
        .course(Course.shortTerm(10));
  }

  @Test
  void weeklyFiftyMinuteCoupleSessionsByVideoForTenWeeks() {
    SessionSchedule schedule = weeklyCoupleByVideo().build();

    assertThat(schedule.format()).isEqualTo(SessionFormat.COUPLE);
    assertThat(schedule.delivery()).isEqualTo(Delivery.VIDEO);
    assertThat(schedule.sessionLength()).isEqualTo(Duration.ofMinutes(50));
    assertThat(schedule.frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(schedule.course()).isEqualTo(Course.shortTerm(10));
  }

  @Test
  void sessionOfEightHoursIsTheLongestAllowed() {
    assertThat(weeklyCoupleByVideo().sessionLength(Duration.ofHours(8)).build().sessionLength())
        .isEqualTo(Duration.ofHours(8));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> weeklyCoupleByVideo().sessionLength(Duration.ofHours(8).plusSeconds(1))
            .build())
        .withMessageStartingWith("sessionLength ");
  }

  @Test
  void sessionOfNoOrNegativeLengthIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> weeklyCoupleByVideo().sessionLength(Duration.ZERO).build())
        .withMessageStartingWith("sessionLength ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> weeklyCoupleByVideo().sessionLength(Duration.ofMinutes(-50)).build())
        .withMessageStartingWith("sessionLength ");
  }

  @Test
  void scheduleWithoutACourseCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> SessionSchedule.builder().format(SessionFormat.INDIVIDUAL)
            .delivery(Delivery.PHONE).sessionLength(Duration.ofMinutes(50))
            .frequency(Frequency.FORTNIGHTLY).build())
        .withMessageContaining("course");
  }
}
