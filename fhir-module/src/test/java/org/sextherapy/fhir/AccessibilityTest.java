package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.therapist.TherapistProfile;

/**
 * NDH's and Plan-Net's accessibility codes on a Location: those whose definition implies a feature
 * of the premises (ADA compliant, handicap accessible: step-free access) become the location's
 * {@link AccessFeature}s, the others are reported with their FHIR path; writing puts step-free
 * access in NDH's extension and the other features in the library's.
 */
class AccessibilityTest {

  private static final String NDH_X = FhirTerms.NDH_ACCESSIBILITY;
  private static final String PLAN_NET_X = FhirTerms.PLAN_NET_ACCESSIBILITY;
  private static final String THO =
      "http://terminology.hl7.org/CodeSystem/care-service-accessibility";
  private static final String PLAN_NET_CS =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/AccessibilityCS";

  private static TherapistRead therapist(DirectoryRead read, String id) {
    return read.therapists().stream().filter(t -> t.profile().id().equals(id)).findFirst()
        .orElseThrow();
  }

  private static List<String> findings(DirectoryRead read, String resource) {
    return read.findingsFor(resource).stream().map(f -> f.kind().id() + " " + f.path()).toList();
  }

  @Test
  void hansSolosNdhClinicIsAdaCompliantSoStepFreeAndItsPublicTransitIsReported() {
    DirectoryRead read = Examples.read(Examples.NDH);

    // His roles name Location/HansSoloClinic and Location/HospLoc2, each coded adacomp, then
    // pubtrans (THO care-service-accessibility)
    assertThat(therapist(read, "HansSolo").profile().locations())
        .extracting(PracticeLocation::access)
        .containsExactly(java.util.Set.of(AccessFeature.STEP_FREE_ACCESS),
            java.util.Set.of(AccessFeature.STEP_FREE_ACCESS));
    assertThat(findings(read, "Location/HansSoloClinic")).contains(
        "not-in-model Location.extension('" + NDH_X + "')[1]")
        .doesNotContain("not-in-model Location.extension('" + NDH_X + "')[0]");
  }

  @Test
  void planNetsCopyOfTheCodeSystemReadsTheSameWay() {
    DirectoryRead read = Examples.read(Examples.PLAN_NET);

    // Plan-Net's HansSoloClinic: adacomp, then pubtrans (Plan-Net AccessibilityCS)
    assertThat(therapist(read, "HansSolo").profile().locations())
        .extracting(PracticeLocation::access)
        .containsExactly(java.util.Set.of(AccessFeature.STEP_FREE_ACCESS));
    assertThat(findings(read, "Location/HansSoloClinic"))
        .contains("not-in-model Location.extension('" + PLAN_NET_X + "')[1]")
        .doesNotContain("not-in-model Location.extension('" + PLAN_NET_X + "')[0]");
    // the cancer clinic is no practitioner's location, but its codes are read all the same
    assertThat(findings(read, "Location/CancerClinicLoc"))
        .containsExactly("not-in-model Location.hoursOfOperation",
            "not-in-model Location.extension('" + PLAN_NET_X + "')[1]");
  }

  @Test
  void ndhsPharmacyWithOnlyAdaComplianceLeavesNoAccessibilityFinding() {
    DirectoryRead read = Examples.read(Examples.NDH);

    assertThat(findings(read, "Location/PharmLoc4"))
        .noneMatch(f -> f.contains("accessibility"));
  }

  /** One Location in Connecticut with one accessibility value, and a practitioner working there. */
  private static DirectoryRead readOffice(String url, org.hl7.fhir.r4.model.Type value) {
    Location office = new Location();
    office.setId("office");
    office.getAddress().setState("CT");
    office.addExtension(url, value);
    PractitionerRole role = new PractitionerRole();
    role.setId("role");
    role.setPractitioner(new Reference("Practitioner/p1"));
    role.addLocation(new Reference("Location/office"));
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    return FhirDirectoryReader.standard().read(List.of(office, role, p));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      // ADA compliant and handicap accessible premises have an accessible route: no steps
      "NDH, adacomp, step-free-access, -",
      "NDH, handiaccess, step-free-access, -",
      "PLAN_NET, adacomp, step-free-access, -",
      "PLAN_NET, handiaccess, step-free-access, -",
      // services for whom, how to get there, how to reach the practice: no feature of premises
      "NDH, mobility, -, not-in-model",
      "NDH, cognitive, -, not-in-model",
      "NDH, cultcomp, -, not-in-model",
      "NDH, pubtrans, -, not-in-model",
      "NDH, anssrvc, -, not-in-model",
      "PLAN_NET, mobility, -, not-in-model",
      // not a code of the system (there is no "anxiety" in either)
      "NDH, anxiety, -, invalid-value",
      "PLAN_NET, ADACOMP, -, invalid-value",
  })
  void eachPublishedCodeIsReadByItsDefinition(String system, String code, String feature,
      String finding) {
    String url = system.equals("NDH") ? NDH_X : PLAN_NET_X;
    String codeSystem = system.equals("NDH") ? THO : PLAN_NET_CS;

    DirectoryRead read = readOffice(url,
        new CodeableConcept().addCoding(new Coding(codeSystem, code, null)));

    assertThat(read.therapists()).singleElement().satisfies(t -> assertThat(
        t.profile().locations().get(0).access().stream().map(AccessFeature::id).toList())
        .isEqualTo(feature.equals("-") ? List.of() : List.of(feature)));
    assertThat(findings(read, "Location/office")).isEqualTo(finding.equals("-") ? List.of()
        : List.of(finding + " Location.extension('" + url + "')[0]"));
  }

  @Test
  void aCodeOfAnotherSystemIsReportedSinceTheBindingIsExtensible() {
    DirectoryRead read = readOffice(NDH_X, new CodeableConcept()
        .addCoding(new Coding("https://example.com/our-access-codes", "wheelchair", null)));

    assertThat(read.profiles().get(0).locations().get(0).access()).isEmpty();
    assertThat(findings(read, "Location/office"))
        .containsExactly("not-in-model Location.extension('" + NDH_X + "')[0]");
  }

  @Test
  void aTranslationThatImpliesStepFreeAccessStandsBesideAnotherSystemsCode() {
    DirectoryRead read = readOffice(PLAN_NET_X, new CodeableConcept()
        .addCoding(new Coding("https://example.com/our-access-codes", "wheelchair", null))
        .addCoding(new Coding(THO, "handiaccess", null)));

    assertThat(read.profiles().get(0).locations().get(0).access())
        .containsExactly(AccessFeature.STEP_FREE_ACCESS);
    assertThat(findings(read, "Location/office")).isEmpty();
  }

  @Test
  void anAccessibilityThatIsNotACodeableConceptIsAnInvalidValue() {
    DirectoryRead read = readOffice(NDH_X, new StringType("wheelchair ramp at the back"));

    assertThat(read.profiles().get(0).locations().get(0).access()).isEmpty();
    assertThat(findings(read, "Location/office"))
        .containsExactly("invalid-value Location.extension('" + NDH_X + "')[0]");
  }

  @Test
  void accessibilityStatedForAPractitionerRatherThanPremisesIsReported() {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addExtension(NDH_X, new CodeableConcept().addCoding(new Coding(THO, "adacomp", null)));

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(p));

    assertThat(read.therapists()).singleElement().satisfies(t -> {
      assertThat(t.profile().locations()).isEmpty();
      assertThat(t.findings()).extracting(f -> f.kind().id() + " " + f.path())
          .containsExactly("not-in-model Practitioner.extension('" + NDH_X + "')");
    });
  }

  private static TherapistProfile withEveryFeature() {
    return TherapistProfile.builder().id("t-access").displayName("Dr Access")
        .addLicences(Licence.builder().discipline(Discipline.COUNSELLING)
            .jurisdiction(Jurisdiction.parse("US-CT")).number("LPC-1")
            .validFrom(java.time.LocalDate.of(2020, 1, 1)).status(LicenceStatus.ACTIVE).build())
        .addLocations(PracticeLocation.builder().jurisdiction(Jurisdiction.parse("US-CT"))
            .addAccess(AccessFeature.values()).build())
        .build();
  }

  @Test
  void stepFreeAccessIsWrittenAsNdhHandicapAccessibleAndTheOthersInTheLibrarysExtension() {
    Location written = FhirDirectoryWriter.standard().write(withEveryFeature()).locations().get(0);

    assertThat(written.getExtensionsByUrl(NDH_X)).singleElement().satisfies(x -> {
      CodeableConcept value = (CodeableConcept) x.getValue();
      assertThat(value.getCoding()).singleElement().satisfies(c -> {
        assertThat(c.getSystem()).isEqualTo(THO);
        assertThat(c.getCode()).isEqualTo("handiaccess");
      });
    });
    assertThat(written.getExtensionsByUrl(SexTherapyExtensions.ACCESS))
        .extracting(x -> ((CodeType) x.getValue()).getValue())
        .containsExactlyInAnyOrder("accessible-toilet", "hearing-loop", "interpreter-available");
    assertThat(R4Validator.problems(written)).noneMatch(
        m -> m.getSeverity() == ca.uhn.fhir.validation.ResultSeverityEnum.ERROR);
  }

  @Test
  void whatIsWrittenReadsBackAsExactlyTheSameFeatures() {
    TherapistProfile profile = withEveryFeature();
    List<Resource> resources = new ArrayList<>(FhirDirectoryWriter.standard().write(profile).all());

    DirectoryRead read = FhirDirectoryReader.standard().read(resources);

    assertThat(read.findings()).isEmpty();
    assertThat(read.profiles()).containsExactly(profile);
  }

  @Test
  void aLocationTheLibraryWroteEarlierWithStepFreeInItsOwnExtensionStillReads() {
    TherapistProfile profile = withEveryFeature();
    TherapistResources written = FhirDirectoryWriter.standard().write(profile);
    Location location = written.locations().get(0);
    // as the library wrote it before NDH's codes were mapped
    location.getExtension().removeIf(x -> x.getUrl().equals(NDH_X));
    location.addExtension(new Extension(SexTherapyExtensions.ACCESS,
        new CodeType(AccessFeature.STEP_FREE_ACCESS.id())));

    DirectoryRead read = FhirDirectoryReader.standard().read(new ArrayList<>(written.all()));

    assertThat(read.findings()).isEmpty();
    assertThat(read.profiles()).containsExactly(profile);
  }
}
