package org.sextherapy.qualification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;

/** Which licence a NUCC provider-taxonomy code files a practitioner under. */
class DisciplineTaxonomyTest {

  private static Code nucc(String code, String title) {
    return Code.of(CodeSystem.NUCC_PROVIDER_TAXONOMY, code, title, Certainty.UNCERTAIN);
  }

  @Test
  void aClinicalPsychologistIsFiledUnderPsychology() {
    assertThat(Discipline.forTaxonomy(CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST))
        .contains(Discipline.PSYCHOLOGY);
    assertThat(Discipline.forTaxonomy(CodeCatalogue.NUCC_COUNSELING_PSYCHOLOGIST))
        .contains(Discipline.PSYCHOLOGY);
  }

  @Test
  void aChildAndAdolescentPsychiatristIsFiledUnderPsychiatry() {
    assertThat(Discipline.forTaxonomy(CodeCatalogue.NUCC_CHILD_AND_ADOLESCENT_PSYCHIATRY))
        .contains(Discipline.PSYCHIATRY);
  }

  @Test
  void aMentalHealthCounselorHoldsTheCounsellingLicence() {
    assertThat(Discipline.forTaxonomy(CodeCatalogue.NUCC_MENTAL_HEALTH_COUNSELOR))
        .contains(Discipline.COUNSELLING);
  }

  @Test
  void aPsychiatricClinicalNurseSpecialistIsAnAdvancedPracticeNurse() {
    assertThat(Discipline.forTaxonomy(CodeCatalogue.NUCC_PSYCHIATRIC_CLINICAL_NURSE_SPECIALIST))
        .contains(Discipline.NURSING);
  }

  @Test
  void aSchoolSocialWorkerHoldsNoClinicalSocialWorkLicence() {
    assertThat(Discipline.forTaxonomy(nucc("1041S0200X", "Social Worker, School"))).isEmpty();
    assertThat(Discipline.forTaxonomy(nucc("104100000X", "Social Worker"))).isEmpty();
  }

  @Test
  void aNeurologistIsNotAPsychiatristThoughNuccFilesBothUnderPsychiatryAndNeurology() {
    assertThat(Discipline.forTaxonomy(nucc("2084N0400X", "Psychiatry & Neurology, Neurology")))
        .isEmpty();
  }

  @Test
  void separatelyCredentialedCounselorsAndSchoolPsychologistsReadNoLicence() {
    assertThat(Discipline.forTaxonomy(nucc("101YA0400X", "Counselor, Addiction"))).isEmpty();
    assertThat(Discipline.forTaxonomy(nucc("101YS0200X", "Counselor, School"))).isEmpty();
    assertThat(Discipline.forTaxonomy(nucc("101YP1600X", "Counselor, Pastoral"))).isEmpty();
    assertThat(Discipline.forTaxonomy(nucc("103TS0200X", "Psychologist, School"))).isEmpty();
  }

  @Test
  void theLookupComparesTheCodeNotItsTitleOrCertainty() {
    assertThat(Discipline.forTaxonomy(nucc("103tc0700x", "Clinical Psychologist")))
        .contains(Discipline.PSYCHOLOGY);
  }

  @Test
  void aCodeOfAnotherSystemFilesNoLicence() {
    assertThat(Discipline.forTaxonomy(CodeCatalogue.ICD11_HYPOACTIVE_SEXUAL_DESIRE)).isEmpty();
  }

  @Test
  void theUsualCodeIsTheFirstAcceptedOne() {
    for (Discipline discipline : Discipline.values()) {
      assertThat(discipline.taxonomyCode()).isEqualTo(
          discipline.taxonomyCodes().stream().findFirst());
    }
    assertThat(Discipline.SOCIAL_WORK.taxonomyCodes())
        .containsExactly(CodeCatalogue.NUCC_CLINICAL_SOCIAL_WORKER);
  }

  static Stream<Code> catalogueNuccCodes() {
    return CodeCatalogue.all().stream()
        .filter(c -> c.system() == CodeSystem.NUCC_PROVIDER_TAXONOMY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueNuccCodes")
  void everyCatalogueNuccCodeFilesUnderExactlyOneDiscipline(Code code) {
    List<Discipline> owners = Arrays.stream(Discipline.values())
        .filter(d -> d.taxonomyCodes().contains(code)).collect(Collectors.toList());

    assertThat(owners).hasSize(1);
    assertThat(Discipline.forTaxonomy(code)).contains(owners.get(0));
  }

  @Test
  void everyAcceptedCodeIsACatalogueCode() {
    for (Discipline discipline : Discipline.values()) {
      for (Code code : discipline.taxonomyCodes()) {
        assertThat(CodeCatalogue.find(code)).contains(code);
      }
    }
  }
}
