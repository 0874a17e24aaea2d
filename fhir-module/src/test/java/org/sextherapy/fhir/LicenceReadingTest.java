package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.junit.jupiter.api.Test;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;

/** How a directory's qualification becomes a licence, a claim, or a finding. */
class LicenceReadingTest {

  private static PractitionerQualificationComponent qualification(String nucc,
      String status, String state) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    q.getCode().addCoding(new Coding("http://nucc.org/provider-taxonomy", nucc, null));
    Extension scope = q.addExtension().setUrl(
        "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification-scope");
    if (status != null) {
      scope.addExtension("status", new CodeType(status));
    }
    if (state != null) {
      scope.addExtension("whereValid", new CodeableConcept()
          .addCoding(new Coding("https://www.usps.com/", state, null)));
    }
    return q;
  }

  private static DirectoryRead read(PractitionerQualificationComponent q) {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addQualification(q);
    return FhirDirectoryReader.standard().read(List.of(p));
  }

  @Test
  void aMarriageAndFamilyTherapistLicenceWithNumberAndPeriodIsALicence() {
    PractitionerQualificationComponent q = qualification("106H00000X", "active", "CA");
    q.addIdentifier().setValue("LMFT 12345");
    q.getPeriod().setStartElement(new DateTimeType("2019-05-01"))
        .setEndElement(new DateTimeType("2027-04-30"));

    DirectoryRead read = read(q);

    assertThat(read.findings()).isEmpty();
    Licence licence = read.profiles().get(0).licences().get(0);
    assertThat(licence.discipline()).isEqualTo(Discipline.MARRIAGE_AND_FAMILY_THERAPY);
    assertThat(licence.jurisdiction()).isEqualTo(Jurisdiction.parse("US-CA"));
    assertThat(licence.number()).isEqualTo("LMFT 12345");
    assertThat(licence.status()).isEqualTo(LicenceStatus.ACTIVE);
    assertThat(licence.validUntil()).contains(java.time.LocalDate.of(2027, 4, 30));
    assertThat(licence.taxonomyCode()).contains(CodeCatalogue.NUCC_MARRIAGE_AND_FAMILY_THERAPIST);
  }

  @Test
  void aMentalHealthCounselorCodeIsACounsellingLicence() {
    PractitionerQualificationComponent q = qualification("101YM0800X", "active", "NY");
    q.addIdentifier().setValue("LMHC 7");
    q.getPeriod().setStartElement(new DateTimeType("2020-01-01"));

    Licence licence = read(q).profiles().get(0).licences().get(0);

    assertThat(licence.discipline()).isEqualTo(Discipline.COUNSELLING);
    assertThat(licence.taxonomyCode()).contains(CodeCatalogue.NUCC_MENTAL_HEALTH_COUNSELOR);
  }

  @Test
  void aPhysicianSpecialtyIsAnUnknownTaxonomyNotALicence() {
    DirectoryRead read = read(qualification("207R00000X", "active", "CT"));

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.findings()).containsExactly(new Finding("Practitioner/p1",
        "Practitioner.qualification[0].code", FindingKind.UNKNOWN_TAXONOMY));
  }

  @Test
  void aLicenceWithoutJurisdictionIsLeftOutAndReported() {
    DirectoryRead read = read(qualification("103T00000X", "active", null));

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).isEmpty();
    assertThat(read.findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.MISSING_JURISDICTION);
  }

  @Test
  void aPendingLicenceIsNoLicence() {
    PractitionerQualificationComponent q = qualification("103T00000X", "pending", "TX");
    q.addIdentifier().setValue("PSY 1");
    q.getPeriod().setStartElement(new DateTimeType("2024-01-01"));

    DirectoryRead read = read(q);

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.findings()).extracting(Finding::kind)
        .containsExactly(FindingKind.UNMAPPED_LICENCE_STATUS);
  }

  @Test
  void aLicenceWithAStartOfYearPrecisionOnlyIsAnInvalidValue() {
    PractitionerQualificationComponent q = qualification("103T00000X", "active", "TX");
    q.addIdentifier().setValue("PSY 1");
    q.getPeriod().setStartElement(new DateTimeType("2024"));

    DirectoryRead read = read(q);

    assertThat(read.profiles().get(0).licences()).isEmpty();
    assertThat(read.findings()).containsExactly(new Finding("Practitioner/p1",
        "Practitioner.qualification[0].period", FindingKind.INVALID_VALUE));
  }
}
