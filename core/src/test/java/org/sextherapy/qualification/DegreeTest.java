package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.sextherapy.code.CodeCatalogue;

class DegreeTest {

  @Test
  void clinicalDoctorateInPsychology() {
    Degree psyd = Degree.of(DegreeLevel.DOCTORATE, "PsyD", true);

    assertThat(psyd.level()).isEqualTo(DegreeLevel.DOCTORATE);
    assertThat(psyd.title()).isEqualTo("PsyD");
    assertThat(psyd.clinical()).isTrue();
  }

  @Test
  void blankDegreeTitleIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Degree.of(DegreeLevel.MASTER, " ", true))
        .withMessageStartingWith("title ");
  }

  @Test
  void licenceDisciplinesCarryTheirNuccCodeWhereOneExists() {
    assertThat(Discipline.MARRIAGE_AND_FAMILY_THERAPY.taxonomyCode())
        .contains(CodeCatalogue.NUCC_MARRIAGE_AND_FAMILY_THERAPIST);
    assertThat(Discipline.PSYCHOLOGY.taxonomyCode()).contains(CodeCatalogue.NUCC_PSYCHOLOGIST);
    assertThat(Discipline.SOCIAL_WORK.taxonomyCode())
        .contains(CodeCatalogue.NUCC_CLINICAL_SOCIAL_WORKER);
    assertThat(Discipline.MEDICINE.taxonomyCode()).isEmpty();
    assertThat(Discipline.OTHER.taxonomyCode()).isEmpty();
  }
}
