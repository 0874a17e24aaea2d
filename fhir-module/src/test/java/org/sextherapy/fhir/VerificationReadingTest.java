package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.VerificationResult;
import org.junit.jupiter.api.Test;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.therapist.TherapistProfile;

/**
 * How a VerificationResult becomes the day a licence was verified with its issuing board, and
 * what is reported instead: a verification is never invented, and a failed one is never read as
 * a success.
 */
class VerificationReadingTest {

  private static final String TYPES = "http://terminology.hl7.org/CodeSystem/";

  /** A practitioner with two published licences (qualifications 0 and 1) and a degree (2). */
  private static Practitioner practitioner() {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addQualification(licence("106H00000X", "CA", "LMFT 1"));
    p.addQualification(licence("101YP2500X", "IL", "LCPC 2"));
    p.addQualification().getCode().addCoding(new Coding(TYPES + "v2-0360", "MA", null));
    return p;
  }

  private static PractitionerQualificationComponent licence(String nucc, String state,
      String number) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    q.getCode().addCoding(new Coding("http://nucc.org/provider-taxonomy", nucc, null));
    Extension scope = q.addExtension().setUrl(
        "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification-scope");
    scope.addExtension("status", new CodeType("active"));
    scope.addExtension("whereValid", new CodeableConcept()
        .addCoding(new Coding("https://www.usps.com/", state, null)));
    q.addIdentifier().setValue(number);
    q.getPeriod().setStartElement(new DateTimeType("2020-01-01"));
    return q;
  }

  /** A primary-source verification by the licensing board, validated on the day. */
  private static VerificationResult byTheBoard(String id, String targetLocation, String day) {
    VerificationResult v = new VerificationResult();
    v.setId(id);
    v.addTarget(new Reference("Practitioner/p1"));
    v.addTargetLocation(targetLocation);
    v.setStatus(VerificationResult.Status.VALIDATED);
    v.setStatusDateElement(new DateTimeType(day));
    v.addPrimarySource().addType().addCoding(new Coding(TYPES + "primary-source-type",
        "lic-board", null));
    return v;
  }

  private static DirectoryRead read(Resource... resources) {
    List<Resource> all = new ArrayList<>(List.of(resources));
    all.add(practitioner());
    return FhirDirectoryReader.standard().read(all);
  }

  /** The findings, but for that of the degree's code, which every read has. */
  private static List<String> findings(DirectoryRead read) {
    return read.findings().stream().map(f -> f.resource() + " " + f.kind().id() + " " + f.path())
        .filter(f -> !f.equals(DEGREE)).toList();
  }

  private static final String DEGREE =
      "Practitioner/p1 unmapped-qualification Practitioner.qualification[2].code";

  private static List<java.util.Optional<LocalDate>> verified(DirectoryRead read) {
    return read.profiles().get(0).licences().stream().map(Licence::verifiedOn).toList();
  }

  @Test
  void theBoardsVerificationOfOneLicenceGivesThatLicenceItsDay() {
    DirectoryRead read = read(byTheBoard("v1", "Practitioner.qualification[1]",
        "2025-03-14T10:00:00-05:00"));

    assertThat(findings(read)).isEmpty();
    assertThat(verified(read)).containsExactly(java.util.Optional.empty(),
        java.util.Optional.of(LocalDate.of(2025, 3, 14)));
  }

  @Test
  void aVerificationOfEveryQualificationReachesEveryLicenceAndTheLatestDayStands() {
    DirectoryRead read = read(byTheBoard("v1", "Practitioner.qualifications", "2024-05-01"),
        byTheBoard("v2", "Practitioner.qualification[0]", "2025-01-02"));

    assertThat(findings(read)).isEmpty();
    assertThat(verified(read)).containsExactly(java.util.Optional.of(LocalDate.of(2025, 1, 2)),
        java.util.Optional.of(LocalDate.of(2024, 5, 1)));
  }

  @Test
  void aFailedVerificationIsReportedAndTheLicenceIsNotVerified() {
    VerificationResult failed = byTheBoard("v1", "Practitioner.qualification[0]", "2025-01-02");
    failed.setStatus(VerificationResult.Status.VALFAIL);
    VerificationResult sourceFailed = byTheBoard("v2", "Practitioner.qualification[1]",
        "2025-01-02");
    sourceFailed.getPrimarySourceFirstRep().getValidationStatus()
        .addCoding(new Coding(TYPES + "validation-status", "failed", null));

    DirectoryRead read = read(failed, sourceFailed);

    assertThat(verified(read)).containsOnly(java.util.Optional.empty());
    assertThat(findings(read)).containsExactlyInAnyOrder(
        "VerificationResult/v1 failed-verification VerificationResult.status",
        "VerificationResult/v2 failed-verification "
            + "VerificationResult.primarySource[0].validationStatus");
    assertThat(read.profiles().get(0).licences()).extracting(Licence::status)
        .containsOnly(LicenceStatus.ACTIVE);
  }

  @Test
  void anAttestationOrACheckNotWithThePrimarySourceIsNoVerification() {
    VerificationResult attested = byTheBoard("v1", "Practitioner.qualification[0]",
        "2025-01-02");
    attested.setStatus(VerificationResult.Status.ATTESTED);
    VerificationResult secondHand = byTheBoard("v2", "Practitioner.qualification[1]",
        "2025-01-02");
    secondHand.getPrimarySource().clear();
    secondHand.getValidationType().addCoding(new Coding(TYPES + "validation-type", "multiple",
        null));

    DirectoryRead read = read(attested, secondHand);

    assertThat(verified(read)).containsOnly(java.util.Optional.empty());
    assertThat(findings(read)).containsExactlyInAnyOrder(
        "VerificationResult/v1 not-in-model VerificationResult.status",
        "VerificationResult/v2 not-in-model VerificationResult.validationType");
  }

  @Test
  void aVerificationOfADegreeAnAddressOrAMissingQualificationIsReported() {
    DirectoryRead read = read(byTheBoard("v1", "Practitioner.qualification[2]", "2025-01-02"),
        byTheBoard("v2", "Practitioner.address", "2025-01-02"),
        byTheBoard("v3", "Practitioner.qualification[7]", "2025-01-02"));

    assertThat(verified(read)).containsOnly(java.util.Optional.empty());
    assertThat(findings(read)).containsExactlyInAnyOrder(
        "VerificationResult/v1 not-in-model VerificationResult.targetLocation[0]",
        "VerificationResult/v2 not-in-model VerificationResult.targetLocation[0]",
        "VerificationResult/v3 invalid-value VerificationResult.targetLocation[0]");
  }

  @Test
  void aVerificationBeforeThePublishedPeriodOrWithoutADayIsAnInvalidValue() {
    VerificationResult undated = byTheBoard("v2", "Practitioner.qualification[1]", "2025");

    DirectoryRead read = read(byTheBoard("v1", "Practitioner.qualification[0]", "2019-12-31"),
        undated);

    assertThat(verified(read)).containsOnly(java.util.Optional.empty());
    assertThat(read.profiles().get(0).licences()).hasSize(2);
    assertThat(findings(read)).containsExactlyInAnyOrder(
        "VerificationResult/v1 invalid-value VerificationResult.targetLocation[0]",
        "VerificationResult/v2 invalid-value VerificationResult.statusDate");
  }

  @Test
  void aVerificationOfAPractitionerNotInTheDirectoryIsADanglingReference() {
    VerificationResult elsewhere = byTheBoard("v1", "Practitioner.qualification[0]",
        "2025-01-02");
    elsewhere.getTargetFirstRep().setReference("Practitioner/p9");
    VerificationResult unused = byTheBoard("v2", "Practitioner.address", "2025-01-02");
    unused.getTargetFirstRep().setReference("Practitioner/p8");

    DirectoryRead read = read(elsewhere, unused);

    assertThat(findings(read)).containsExactlyInAnyOrder(
        "VerificationResult/v1 dangling-reference VerificationResult.target[0]",
        "VerificationResult/v2 not-in-model VerificationResult.targetLocation[0]",
        "VerificationResult/v2 dangling-reference VerificationResult.target[0]");
  }

  @Test
  void aVerificationStreamedAfterItsPractitionerWasReadTooLate() {
    var parser = FhirContext.forR4Cached().newJsonParser();
    StringWriter ndjson = new StringWriter();
    for (Resource r : List.of(practitioner(),
        byTheBoard("v1", "Practitioner.qualification[0]", "2025-01-02"))) {
      ndjson.write(parser.encodeResourceToString(r) + "\n");
    }
    List<TherapistProfile> profiles = new ArrayList<>();

    List<Finding> others = FhirDirectoryReader.standard()
        .readNdjson(new StringReader(ndjson.toString()), t -> profiles.add(t.profile()));

    assertThat(profiles.get(0).licences()).extracting(Licence::verifiedOn)
        .containsOnly(java.util.Optional.empty());
    assertThat(others).extracting(f -> f.resource() + " " + f.kind().id())
        .containsExactly("VerificationResult/v1 read-after-practitioner");
  }

  @Test
  void aVerifiedLicenceIsWrittenAsTheBoardsVerificationResult() {
    TherapistProfile profile = TherapistProfile.builder().id("t1").displayName("Dr A")
        .addLicences(Licence.builder().discipline(Discipline.COUNSELLING)
            .jurisdiction(Jurisdiction.parse("US-IL")).number("LCPC 2")
            .status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1))
            .verifiedOn(LocalDate.of(2025, 3, 14)).build())
        .build();

    TherapistResources written = FhirDirectoryWriter.standard().write(profile);

    assertThat(written.verifications()).singleElement().satisfies(v -> {
      assertThat(v.getStatus()).isEqualTo(VerificationResult.Status.VALIDATED);
      assertThat(v.getStatusDateElement().getValueAsString()).isEqualTo("2025-03-14");
      assertThat(v.getTargetFirstRep().getReference()).isEqualTo("Practitioner/t1");
      assertThat(v.getTargetLocation()).extracting(t -> t.getValue())
          .containsExactly("Practitioner.qualification[0]");
      assertThat(v.getPrimarySourceFirstRep().getTypeFirstRep().getCodingFirstRep().getCode())
          .isEqualTo("lic-board");
    });
    assertThat(FhirDirectoryReader.standard().read(written.all()).profiles())
        .containsExactly(profile);
  }
}
