package org.sextherapy.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CodeTest {

  @Test
  void codeWithItsSystemTitleAndCertaintyIsEqualToAnotherWithTheSameFour() {
    Code a = Code.of(CodeSystem.ICD_11_MMS, "HA00", "Hypoactive sexual desire dysfunction",
        Certainty.VERIFIED);
    Code b = Code.of(CodeSystem.ICD_11_MMS, "HA00", "Hypoactive sexual desire dysfunction",
        Certainty.VERIFIED);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Code.of(CodeSystem.ICD_11_MMS, "HA00",
        "Hypoactive sexual desire dysfunction", Certainty.UNCERTAIN));
    assertThat(a.system()).isEqualTo(CodeSystem.ICD_11_MMS);
    assertThat(a.code()).isEqualTo("HA00");
    assertThat(a.title()).isEqualTo("Hypoactive sexual desire dysfunction");
    assertThat(a.certainty()).isEqualTo(Certainty.VERIFIED);
  }

  @Test
  void codeShowsItsSystemAndCode() {
    assertThat(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR).hasToString("icd-11-mms:6C72");
  }

  @Test
  void blankCodeIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Code.of(CodeSystem.ICD_10_CM, " ", "Erectile disorder",
            Certainty.UNCERTAIN))
        .withMessageStartingWith("code ");
  }

  @Test
  void blankTitleIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Code.of(CodeSystem.ICD_10_CM, "F52.21", "", Certainty.UNCERTAIN))
        .withMessageStartingWith("title ");
  }

  @Test
  void codeSystemsCarryTheUrisFhirUses() {
    assertThat(CodeSystem.ICD_11_MMS.uri()).isEqualTo("http://id.who.int/icd/release/11/mms");
    assertThat(CodeSystem.ICD_10_CM.uri()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
    assertThat(CodeSystem.NUCC_PROVIDER_TAXONOMY.uri())
        .isEqualTo("http://nucc.org/provider-taxonomy");
  }
}
