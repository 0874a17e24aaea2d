package org.sextherapy.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    assertThat(CodeSystem.ICD_10.uri()).isEqualTo("http://hl7.org/fhir/sid/icd-10");
    assertThat(CodeSystem.NUCC_PROVIDER_TAXONOMY.uri())
        .isEqualTo("http://nucc.org/provider-taxonomy");
  }

  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "ICD_11_MMS | we have felt distant since the baby",
      "ICD_11_MMS | HA", "ICD_11_MMS | HA60.123", "ICD_11_MMS | H600",
      "ICD_10_CM | F52.21 and more", "ICD_10_CM | 52.21", "ICD_10_CM | F5",
      "ICD_10 | F66.123", "ICD_10 | FF6",
      "NUCC_PROVIDER_TAXONOMY | 106H00000", "NUCC_PROVIDER_TAXONOMY | sex therapist"})
  void textThatIsNotACodeOfItsSystemIsRefusedWithoutEchoingIt(StandardCodeSystem system,
      String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Code.of(system, text, "title", Certainty.UNCERTAIN))
        .withMessage("code must be a well-formed " + system.id() + " code");
  }

  @Test
  void anOverlongCodeIsRefusedBeforeItIsRead() {
    String longText = "F".repeat(CodeSystem.MAX_CODE_LENGTH + 1);

    assertThat(CodeSystem.ICD_10_CM.canonical(longText)).isEmpty();
  }

  @Test
  void aCodeIsKeptInItsSystemsCanonicalFormWhateverItsCaseSpacesOrDot() {
    assertThat(Code.of(CodeSystem.ICD_11_MMS, " ha 60 ", "t", Certainty.UNCERTAIN).code())
        .isEqualTo("HA60");
    assertThat(Code.of(CodeSystem.ICD_11_MMS, "ha010", "t", Certainty.UNCERTAIN).code())
        .isEqualTo("HA01.0");
    assertThat(Code.of(CodeSystem.ICD_10_CM, "f5221", "t", Certainty.UNCERTAIN).code())
        .isEqualTo("F52.21");
    assertThat(Code.of(CodeSystem.ICD_10_CM, "F.52.21", "t", Certainty.UNCERTAIN).code())
        .isEqualTo("F52.21");
    assertThat(Code.of(CodeSystem.ICD_10, "f66.1", "t", Certainty.UNCERTAIN).code())
        .isEqualTo("F66.1");
    assertThat(Code.of(CodeSystem.NUCC_PROVIDER_TAXONOMY, "106h00000x", "t",
        Certainty.UNCERTAIN).code()).isEqualTo("106H00000X");
  }

  @Test
  void anOverlongTitleIsRefusedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Code.of(CodeSystem.ICD_10_CM, "F52.21",
            "x".repeat(Code.MAX_TITLE_LENGTH + 1), Certainty.UNCERTAIN))
        .withMessageStartingWith("title ");
  }
}
