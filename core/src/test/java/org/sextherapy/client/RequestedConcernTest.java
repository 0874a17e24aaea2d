package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.StandardConcerns;

class RequestedConcernTest {

  @Test
  void requestedConcernIsOfMediumPriorityWithoutMarkersOrCodesUnlessSet() {
    RequestedConcern concern = RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE);

    assertThat(concern.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(concern.markedDistress()).isFalse();
    assertThat(concern.involvesNonConsentingOthers()).isFalse();
    assertThat(concern.recordedCodes()).isEmpty();
  }

  @Test
  void paraphiliaWithMarkedDistressMayCarryTheCodeAClinicianRecorded() {
    RequestedConcern concern = RequestedConcern.builder()
        .concern(StandardConcerns.DISTRESSING_PARAPHILIA).priority(Priority.HIGH)
        .markedDistress(true)
        .addRecordedCodes(CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING).build();

    assertThat(concern.markedDistress()).isTrue();
    assertThat(concern.recordedCodes())
        .containsExactly(CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING);
  }

  @Test
  void requestedConcernWithoutAConcernTypeCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> RequestedConcern.builder().priority(Priority.LOW).build())
        .withMessageContaining("concern");
  }

  @Test
  void requestedConcernShowsTheConcernIdOnly() {
    assertThat(RequestedConcern.builder().concern(StandardConcerns.SEXUAL_TRAUMA)
        .markedDistress(true).build()).hasToString("RequestedConcern{SEXUAL_TRAUMA}");
  }

  @Test
  void prioritiesWeighThreeTwoOne() {
    assertThat(Priority.HIGH.weight()).isEqualTo(3);
    assertThat(Priority.MEDIUM.weight()).isEqualTo(2);
    assertThat(Priority.LOW.weight()).isEqualTo(1);
  }
}
