package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Payer directories code practitioners by NUCC specialty: which of those codes read a licence, in
 * which discipline, and which are reported. The reader asks {@link Discipline#forTaxonomy} and
 * nothing else.
 */
class TaxonomyReadingTest {

  private static final String NUCC = "http://nucc.org/provider-taxonomy";

  /** The Plan-Net counselor example, her qualification recoded with another NUCC code. */
  private static Practitioner planNetPractitionerCoded(String code) {
    Map<String, Resource> examples = Examples.resources(Examples.PLAN_NET);
    Practitioner p = (Practitioner) examples.get("Practitioner-Counselor.json");
    Coding coding = p.getQualificationFirstRep().getCode().getCodingFirstRep();
    coding.setCode(code).setDisplay(null);
    return p;
  }

  private static DirectoryRead read(Practitioner p) {
    return FhirDirectoryReader.standard().read(List.of(p));
  }

  @Test
  void aPlanNetClinicalPsychologistReadsAPsychologyLicence() {
    Practitioner p = planNetPractitionerCoded("103TC0700X");

    TherapistRead read = read(p).therapists().get(0);

    // the Plan-Net example gives neither number nor start: a claim, as for the counselor
    assertThat(read.licenceClaims()).singleElement().satisfies(claim -> {
      assertThat(claim.discipline()).isEqualTo(Discipline.PSYCHOLOGY);
      assertThat(claim.jurisdiction()).isEqualTo(Jurisdiction.parse("US-IL"));
      assertThat(claim.taxonomyCode()).contains(CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST);
    });
    assertThat(read.findings()).extracting(Finding::kind)
        .doesNotContain(FindingKind.UNKNOWN_TAXONOMY);
  }

  @Test
  void withNumberAndStartTheClinicalPsychologistHoldsALicenceThatKeepsHerSpecialtyCode() {
    Practitioner p = planNetPractitionerCoded("103TC0700X");
    p.getQualificationFirstRep().addIdentifier().setValue("071.012345");
    p.getQualificationFirstRep().getPeriod().setStartElement(new DateTimeType("2018-03-01"));

    TherapistProfile profile = read(p).profiles().get(0);

    assertThat(profile.licences()).singleElement().satisfies(licence -> {
      assertThat(licence.discipline()).isEqualTo(Discipline.PSYCHOLOGY);
      assertThat(licence.taxonomyCode()).contains(CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST);
      assertThat(licence.isValidOn(LocalDate.of(2026, 12, 1))).isTrue();
    });
  }

  @Test
  void aSchoolSocialWorkerReadsNoLicenceAndIsReported() {
    DirectoryRead read = read(planNetPractitionerCoded("1041S0200X"));

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).isEmpty();
    assertThat(read.findings()).contains(new Finding("Practitioner/Counselor",
        "Practitioner.qualification[0].code", FindingKind.UNKNOWN_TAXONOMY));
  }

  @Test
  void aNeurologistReadsNoLicenceAndIsReported() {
    DirectoryRead read = read(planNetPractitionerCoded("2084N0400X"));

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).isEmpty();
    assertThat(read.findings()).contains(new Finding("Practitioner/Counselor",
        "Practitioner.qualification[0].code", FindingKind.UNKNOWN_TAXONOMY));
  }

  @Test
  void anUnmappedCodeBesideAMappedOneDoesNotHideTheLicence() {
    Practitioner p = planNetPractitionerCoded("1041S0200X");
    p.getQualificationFirstRep().getCode().addCoding(new Coding(NUCC, "1041C0700X", null));

    TherapistRead read = read(p).therapists().get(0);

    assertThat(read.licenceClaims()).singleElement().satisfies(claim -> {
      assertThat(claim.discipline()).isEqualTo(Discipline.SOCIAL_WORK);
      assertThat(claim.taxonomyCode()).contains(CodeCatalogue.NUCC_CLINICAL_SOCIAL_WORKER);
    });
  }

  static Stream<Code> catalogueNuccCodes() {
    return CodeCatalogue.all().stream()
        .filter(c -> c.system() == CodeSystem.NUCC_PROVIDER_TAXONOMY);
  }

  private static PractitionerQualificationComponent licensed(String code) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    q.getCode().addCoding(new Coding(NUCC, code, null));
    Extension scope = q.addExtension().setUrl(
        "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification-scope");
    scope.addExtension("status", new CodeType("active"));
    scope.addExtension("whereValid", new CodeableConcept()
        .addCoding(new Coding("https://www.usps.com/", "TX", null)));
    q.addIdentifier().setValue("TX-1");
    q.getPeriod().setStartElement(new DateTimeType("2020-01-01"));
    return q;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueNuccCodes")
  void everyCatalogueNuccCodeReadsTheDisciplineTheCatalogueLookupGives(Code code) {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addQualification(licensed(code.code()));

    DirectoryRead read = read(p);

    assertThat(read.findings()).isEmpty();
    Licence licence = read.profiles().get(0).licences().get(0);
    assertThat(licence.discipline()).isEqualTo(Discipline.forTaxonomy(code).orElseThrow());
    assertThat(licence.taxonomyCode()).contains(code);
    assertThat(licence.status()).isEqualTo(LicenceStatus.ACTIVE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueNuccCodes")
  void aLicenceFiledUnderAnyAcceptedCodeRoundTripsWithItsCode(Code code) {
    Discipline discipline = Discipline.forTaxonomy(code).orElseThrow();
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addQualification(licensed(code.code()));
    TherapistProfile read = read(p).profiles().get(0);

    List<Resource> written = new ArrayList<>(FhirDirectoryWriter.standard().write(read).all());
    TherapistProfile again = FhirDirectoryReader.standard().read(written).profiles().get(0);

    assertThat(again.licences()).singleElement().satisfies(licence -> {
      assertThat(licence.discipline()).isEqualTo(discipline);
      assertThat(licence.taxonomyCode()).contains(code);
    });
  }
}
