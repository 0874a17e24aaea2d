package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingRecordTest {

  @Test
  void trainingThatMeetsTheAasectCstHoursIsRecordedAsGiven() {
    TrainingRecord training = TrainingRecord.builder().humanSexualityEducationHours(90)
        .sexTherapyTrainingHours(60).attitudeReassessmentCompleted(true)
        .supervisedClinicalHours(300).telehealthClinicalHours(150).supervisionHours(50)
        .postDegreeExperienceYears(2).build();

    assertThat(training.humanSexualityEducationHours()).isEqualTo(90);
    assertThat(training.sexTherapyTrainingHours()).isEqualTo(60);
    assertThat(training.attitudeReassessmentCompleted()).isTrue();
    assertThat(training.supervisedClinicalHours()).isEqualTo(300);
    assertThat(training.telehealthClinicalHours()).isEqualTo(150);
    assertThat(training.supervisionHours()).isEqualTo(50);
    assertThat(training.postDegreeExperienceYears()).isEqualTo(2);
  }

  @Test
  void emptyTrainingRecordIsAllZeroAndNoReassessment() {
    assertThat(TrainingRecord.builder().build()).isEqualTo(TrainingRecord.builder()
        .humanSexualityEducationHours(0).sexTherapyTrainingHours(0)
        .attitudeReassessmentCompleted(false).supervisedClinicalHours(0)
        .telehealthClinicalHours(0).supervisionHours(0).postDegreeExperienceYears(0).build());
  }

  @Test
  void telehealthHoursBeyondTheSupervisedClinicalHoursAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TrainingRecord.builder().supervisedClinicalHours(100)
            .telehealthClinicalHours(101).build())
        .withMessageStartingWith("telehealthClinicalHours ");
    assertThat(TrainingRecord.builder().supervisedClinicalHours(100).telehealthClinicalHours(100)
        .build().telehealthClinicalHours()).isEqualTo(100);
  }

  static Stream<Arguments> negativeHours() {
    return Stream.<Arguments>of(
        negative("humanSexualityEducationHours", b -> b.humanSexualityEducationHours(-1)),
        negative("sexTherapyTrainingHours", b -> b.sexTherapyTrainingHours(-1)),
        negative("supervisedClinicalHours", b -> b.supervisedClinicalHours(-1)),
        negative("telehealthClinicalHours", b -> b.telehealthClinicalHours(-1)),
        negative("supervisionHours", b -> b.supervisionHours(-1)),
        negative("postDegreeExperienceYears", b -> b.postDegreeExperienceYears(-1)));
  }

  private static Arguments negative(String field, UnaryOperator<TrainingRecord.Builder> set) {
    return Arguments.of(field, set);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negativeHours")
  void negativeHoursAreRejectedNamingTheField(String field,
      UnaryOperator<TrainingRecord.Builder> set) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> set.apply(TrainingRecord.builder()).build())
        .withMessageStartingWith(field + " ");
  }
}
