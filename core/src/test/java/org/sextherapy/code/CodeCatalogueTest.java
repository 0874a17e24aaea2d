package org.sextherapy.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.code.Certainty.UNCERTAIN;
import static org.sextherapy.code.Certainty.VERIFIED;
import static org.sextherapy.code.CodeSystem.ICD_10;
import static org.sextherapy.code.CodeSystem.ICD_10_CM;
import static org.sextherapy.code.CodeSystem.ICD_11_MMS;
import static org.sextherapy.code.CodeSystem.NUCC_PROVIDER_TAXONOMY;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code catalogue against its sources: a code is verified where the classification or its
 * official value set gives it (for NUCC, the expansion of release 20.2 in HL7's Da Vinci Plan-Net
 * value set, http://hl7.org/fhir/us/davinci-pdex-plan-net/ValueSet-IndividualAndGroupSpecialtiesVS.html),
 * uncertain where only secondary sources do.
 */
class CodeCatalogueTest {

  /** Every code the catalogue ships, with the certainty its sources give it. */
  static Stream<Arguments> domainNotes() {
    return Stream.of(
        Arguments.of(ICD_11_MMS, "HA00", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA01", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA01.0", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA01.1", UNCERTAIN),
        Arguments.of(ICD_11_MMS, "HA02", UNCERTAIN),
        Arguments.of(ICD_11_MMS, "HA03", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA20", VERIFIED),
        Arguments.of(ICD_11_MMS, "6C72", VERIFIED),
        Arguments.of(ICD_11_MMS, "6D35", UNCERTAIN),
        Arguments.of(ICD_11_MMS, "6D36", UNCERTAIN),
        Arguments.of(ICD_11_MMS, "HA60", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA61", VERIFIED),
        Arguments.of(ICD_11_MMS, "HA6Z", VERIFIED),
        Arguments.of(ICD_10_CM, "F52.0", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.22", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.21", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.31", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.32", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.4", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F52.6", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F65.9", UNCERTAIN),
        Arguments.of(ICD_10_CM, "Z63.0", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F64.0", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F64.1", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F64.2", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F64.8", UNCERTAIN),
        Arguments.of(ICD_10_CM, "F64.9", UNCERTAIN),
        Arguments.of(ICD_10, "F64.0", VERIFIED),
        Arguments.of(ICD_10, "F64.2", VERIFIED),
        Arguments.of(ICD_10, "F64.9", VERIFIED),
        Arguments.of(ICD_10, "F66.0", VERIFIED),
        Arguments.of(ICD_10, "F66.1", VERIFIED),
        Arguments.of(ICD_10, "F66.2", VERIFIED),
        Arguments.of(ICD_10, "F66.9", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "106H00000X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "101YP2500X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "101YM0800X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103T00000X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "1041C0700X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084P0800X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "363LP0808X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TA0400X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TA0700X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TB0200X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TC0700X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TC1900X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TC2200X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TF0000X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TH0004X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TH0100X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TP0814X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TP2701X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TM1800X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TP0016X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TR0400X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TE1100X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "103TF0200X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084P0802X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084P0804X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084P0805X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084P0015X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "2084F0202X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "364SP0808X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "364SP0807X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "364SP0809X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "364SP0810X", VERIFIED),
        Arguments.of(NUCC_PROVIDER_TAXONOMY, "364SP0813X", VERIFIED));
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @MethodSource("domainNotes")
  void codesMarkedCheckInDomainNotesAreUncertain(CodeSystem system, String code,
      Certainty certainty) {
    assertThat(CodeCatalogue.find(system, code)).hasValueSatisfying(
        c -> assertThat(c.certainty()).isEqualTo(certainty));
  }

  @Test
  void everyShippedCodeIsOneTheDomainNotesClassify() {
    List<String> noted = domainNotes().map(a -> a.get()[0] + " " + a.get()[1])
        .collect(Collectors.toList());
    List<String> shipped = CodeCatalogue.all().stream().map(c -> c.system() + " " + c.code())
        .collect(Collectors.toList());

    assertThat(shipped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(noted);
  }

  @Test
  void everyIcd10CmCodeIsUncertainAsOnlySecondarySourcesGiveThem() {
    assertThat(CodeCatalogue.all()).filteredOn(c -> c.system() == ICD_10_CM).isNotEmpty()
        .allSatisfy(c -> assertThat(c.certainty()).isEqualTo(UNCERTAIN));
  }

  @Test
  void thereIsNoNuccCodeForSexTherapist() {
    assertThat(CodeCatalogue.all()).filteredOn(c -> c.system() == NUCC_PROVIDER_TAXONOMY)
        .noneSatisfy(c -> assertThat(c.title().toLowerCase()).contains("sex"));
  }

  @Test
  void findNeedsTheSystemAndTheCodeWhateverItsCaseSpacesOrDot() {
    assertThat(CodeCatalogue.find(ICD_11_MMS, "6C72"))
        .contains(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(CodeCatalogue.find(ICD_10_CM, "6C72")).isEmpty();
    assertThat(CodeCatalogue.find(ICD_11_MMS, "6c72"))
        .contains(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(CodeCatalogue.find(ICD_11_MMS, " 6c 72 "))
        .contains(CodeCatalogue.ICD11_COMPULSIVE_SEXUAL_BEHAVIOUR);
    assertThat(CodeCatalogue.find(ICD_10_CM, "f640"))
        .contains(CodeCatalogue.DSM_GENDER_DYSPHORIA_ADOLESCENTS_ADULTS);
    assertThat(CodeCatalogue.find(ICD_11_MMS, "HA40")).isEmpty();
    assertThat(CodeCatalogue.find(ICD_11_MMS, "not a code")).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("identityCodes")
  void identityCodesAreRecognisedInEverySystemWhateverTheirSpelling(CodeSystem system,
      String recorded) {
    assertThat(CodeCatalogue.isIdentityCode(Code.of(system, recorded, "as recorded", UNCERTAIN)))
        .isTrue();
  }

  static Stream<Arguments> identityCodes() {
    return Stream.of(Arguments.of(ICD_11_MMS, "HA60"), Arguments.of(ICD_11_MMS, "ha60"),
        Arguments.of(ICD_11_MMS, "HA 61"), Arguments.of(ICD_11_MMS, " ha6z "),
        Arguments.of(ICD_10_CM, "F64.0"), Arguments.of(ICD_10_CM, "f64.2"),
        Arguments.of(ICD_10_CM, "F649"), Arguments.of(ICD_10_CM, "F64.8"),
        Arguments.of(ICD_10, "F64.0"), Arguments.of(ICD_10, "F66.1"),
        Arguments.of(ICD_10, "f66.11"), Arguments.of(ICD_10, "F66 .2"),
        Arguments.of(ICD_10, "F66.9"));
  }

  @Test
  void icd10CmF66IsNotAnIdentityCodeForItIsAnotherCategoryThere() {
    assertThat(CodeCatalogue.isIdentityCode(Code.of(ICD_10_CM, "F66", "Other sexual disorders",
        UNCERTAIN))).isFalse();
    assertThat(CodeCatalogue.isIdentityCode(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE))
        .isFalse();
  }

  @Test
  void genderIncongruenceCodesAreRecognisedWhateverTheirTitleOrCertainty() {
    assertThat(CodeCatalogue.isGenderIncongruence(
        CodeCatalogue.ICD11_GENDER_INCONGRUENCE_ADOLESCENCE_ADULTHOOD)).isTrue();
    assertThat(CodeCatalogue.isGenderIncongruence(
        CodeCatalogue.ICD11_GENDER_INCONGRUENCE_CHILDHOOD)).isTrue();
    assertThat(CodeCatalogue.isGenderIncongruence(
        CodeCatalogue.ICD11_GENDER_INCONGRUENCE_UNSPECIFIED)).isTrue();
    assertThat(CodeCatalogue.isGenderIncongruence(
        Code.of(ICD_11_MMS, "HA60", "relabelled", UNCERTAIN))).isTrue();
    assertThat(CodeCatalogue.isGenderIncongruence(
        Code.of(ICD_10_CM, "F64.0", "another system", UNCERTAIN))).isFalse();
    assertThat(CodeCatalogue.isGenderIncongruence(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE))
        .isFalse();
  }
}
