package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;

/**
 * No text read from a directory reaches a finding, a claim or a read's {@code toString()}: the
 * generated profiles carry {@link RandomValues#SENTINEL} in every free-text field, and their
 * written resources are damaged with it so that every kind of value finding is raised.
 */
class SentinelTest {

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findingsClaimsAndReadsNeverHoldDirectoryText(long seed) {
    TherapistResources written = FhirDirectoryWriter.standard()
        .write(new RandomValues(seed).profile());
    Practitioner practitioner = written.practitioner();
    for (var q : practitioner.getQualification()) {
      q.getIdentifier().clear();
      for (Extension scope : q.getExtension()) {
        for (Extension where : scope.getExtensionsByUrl("whereValid")) {
          where.setValue(new CodeableConcept().addCoding(
              new Coding("https://www.usps.com/", RandomValues.SENTINEL, null)));
        }
      }
    }
    for (Extension x : practitioner.getExtension()) {
      for (Extension sub : x.getExtension()) {
        if (sub.getValue() instanceof CodeType) {
          sub.setValue(new CodeType(RandomValues.SENTINEL));
        }
      }
    }
    if (seed % 2 == 0) {
      practitioner.getNameFirstRep().setText(" ");
    }
    // accessibility codes and free text the model cannot hold
    for (var location : written.locations()) {
      location.addExtension(FhirTerms.NDH_ACCESSIBILITY, new CodeableConcept().addCoding(
          new Coding(Accessibility.CARE_SERVICE_ACCESSIBILITY, RandomValues.SENTINEL, null)));
      location.addExtension(FhirTerms.PLAN_NET_ACCESSIBILITY, new CodeableConcept()
          .addCoding(new Coding(RandomValues.SENTINEL, "x", null)).setText(RandomValues.SENTINEL));
      location.addExtension(FhirTerms.NDH_ACCESSIBILITY,
          new org.hl7.fhir.r4.model.StringType(RandomValues.SENTINEL));
    }
    // an extension the reader does not read, whose url is no canonical URL but free text
    practitioner.addExtension(RandomValues.SENTINEL + " notes", new CodeType("x"));
    practitioner.addExtension(FhirTerms.NDH_ACCESSIBILITY, new CodeableConcept()
        .addCoding(new Coding(Accessibility.CARE_SERVICE_ACCESSIBILITY, RandomValues.SENTINEL,
            RandomValues.SENTINEL)));
    List<Resource> resources = new ArrayList<>(written.all());
    // a verification whose target location is free text of the directory's
    org.hl7.fhir.r4.model.VerificationResult verification =
        new org.hl7.fhir.r4.model.VerificationResult();
    verification.setId("v-" + seed);
    verification.addTarget(new org.hl7.fhir.r4.model.Reference("Practitioner/"
        + practitioner.getIdPart()));
    verification.addTargetLocation(RandomValues.SENTINEL);
    verification.setStatus(org.hl7.fhir.r4.model.VerificationResult.Status.VALIDATED);
    verification.setStatusDateElement(new org.hl7.fhir.r4.model.DateTimeType("2025-01-02"));
    verification.getValidationType().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/validation-type", "primary", null));
    resources.add(0, verification);

    DirectoryRead read = FhirDirectoryReader.standard().read(resources);

    assertThat(read.findings()).isNotEmpty();
    assertThat(read.toString()).doesNotContain(RandomValues.SENTINEL);
    for (Finding finding : read.findings()) {
      assertThat(finding.toString()).doesNotContain(RandomValues.SENTINEL);
    }
    for (TherapistRead therapist : read.therapists()) {
      assertThat(therapist.toString()).doesNotContain(RandomValues.SENTINEL);
      for (LicenceClaim claim : therapist.licenceClaims()) {
        assertThat(claim.toString()).doesNotContain(RandomValues.SENTINEL);
      }
    }
  }
}
