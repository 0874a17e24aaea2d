package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;
import java.util.List;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.VerificationResult;
import org.junit.jupiter.api.Test;

/**
 * Malformed FHIR is the module's own exception, naming the FHIR path and repeating no input value;
 * well-formed FHIR that does not map is a finding, never an exception.
 */
class MalformedInputTest {

  private static final String SECRET = "S3NT1N3L-private";

  private static FhirReadException readFails(String json) {
    return org.junit.jupiter.api.Assertions.assertThrows(FhirReadException.class,
        () -> FhirDirectoryReader.standard().readJson(new StringReader(json)));
  }

  @Test
  void brokenJsonIsAReadExceptionThatDoesNotQuoteTheInput() {
    FhirReadException e = readFails("{\"resourceType\": \"Practitioner\", \"id\": \"" + SECRET);

    assertThat(e.getMessage()).doesNotContain(SECRET).startsWith("malformed FHIR at ");
  }

  @Test
  void anUnknownResourceTypeIsAReadException() {
    FhirReadException e = readFails("{\"resourceType\": \"" + SECRET + "\"}");

    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void anUnknownElementNamesNeitherItsNameNorItsValue() {
    FhirReadException e = readFails("{\"resourceType\": \"Practitioner\", \"id\": \"a\","
        + " \"name\": [{\"txet\": \"" + SECRET + "\"}]}");

    assertThat(e.path()).endsWith("*");
    assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("txet");
    // A key is the sender's text too (a second new user's trial, session 16).
    FhirReadException key = readFails("{\"resourceType\": \"Practitioner\", \"id\": \"a\","
        + " \"" + SECRET + "\": true}");
    assertThat(key.getMessage()).doesNotContain(SECRET);
    assertThat(key.path()).doesNotContain(SECRET);
  }

  @Test
  void aValueOfTheWrongTypeNamesItsPath() {
    FhirReadException e = readFails("{\"resourceType\": \"Practitioner\", \"id\": \"a\","
        + " \"active\": \"" + SECRET + "\"}");

    assertThat(e.getMessage()).doesNotContain(SECRET);
    assertThat(e.path()).isNotBlank();
  }

  @Test
  void anInvalidDateIsAReadException() {
    FhirReadException e = readFails("{\"resourceType\": \"Practitioner\", \"id\": \"a\","
        + " \"birthDate\": \"" + SECRET + "\"}");

    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void aMalformedNdjsonLineIsNamedByItsNumber() {
    String ndjson = "{\"resourceType\": \"Location\", \"id\": \"l1\"}\n\n{\"resourceType\": ";

    assertThatExceptionOfType(FhirReadException.class)
        .isThrownBy(() -> FhirDirectoryReader.standard().readNdjson(new StringReader(ndjson)))
        .satisfies(e -> assertThat(e.path()).startsWith("line 3: "));
  }

  @Test
  void anNdjsonLineWithoutEndIsStoppedAtTheLimitWithoutQuotingIt() {
    String ndjson = "{\"resourceType\": \"Location\", \"id\": \"l1\"}\n{\"note\": \""
        + SECRET.repeat(FhirDirectoryReader.MAX_NDJSON_LINE / SECRET.length() + 1);

    assertThatExceptionOfType(FhirReadException.class)
        .isThrownBy(() -> FhirDirectoryReader.standard().readNdjson(new StringReader(ndjson)))
        .satisfies(e -> {
          assertThat(e.path()).isEqualTo("line 2: (document)");
          assertThat(e.getMessage()).doesNotContain(SECRET);
        });
  }

  @Test
  void anNdjsonLineJustUnderTheLimitIsParsedAsUsual() {
    String padding = " ".repeat(FhirDirectoryReader.MAX_NDJSON_LINE - 64);
    String ndjson = "{\"resourceType\": \"Location\", \"id\": \"l1\"}" + padding + "\n";

    assertThat(FhirDirectoryReader.standard().readNdjson(new StringReader(ndjson)).findings())
        .extracting(Finding::path).containsExactly("Location.address");
  }

  @Test
  void aDanglingLocationReferenceIsAFindingAndTheProfileIsStillRead() {
    Practitioner practitioner = new Practitioner();
    practitioner.setId("p1");
    practitioner.addName().setText("Dr A");
    PractitionerRole role = new PractitionerRole();
    role.setId("r1");
    role.setPractitioner(new Reference("Practitioner/p1"));
    role.addLocation(new Reference("Location/missing"));

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(role, practitioner));

    assertThat(read.profiles()).singleElement()
        .satisfies(p -> assertThat(p.locations()).isEmpty());
    assertThat(read.findings()).containsExactly(new Finding("PractitionerRole/r1",
        "PractitionerRole.location[0]", FindingKind.DANGLING_REFERENCE));
  }

  @Test
  void aRoleWhosePractitionerIsMissingAndAnUnverifiableTargetAreFindings() {
    PractitionerRole role = new PractitionerRole();
    role.setId("r1");
    role.setPractitioner(new Reference("Practitioner/gone"));
    VerificationResult verification = new VerificationResult();
    verification.setId("v1");
    verification.addTarget(new Reference("Practitioner/gone"));

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(role, verification));

    assertThat(read.therapists()).isEmpty();
    assertThat(read.findings()).containsExactlyInAnyOrder(
        new Finding("PractitionerRole/r1", "PractitionerRole.practitioner",
            FindingKind.DANGLING_REFERENCE),
        new Finding("VerificationResult/v1", "VerificationResult.status",
            FindingKind.INVALID_VALUE),
        new Finding("VerificationResult/v1", "VerificationResult.target[0]",
            FindingKind.DANGLING_REFERENCE));
  }

  @Test
  void aLocationWithoutAddressHasNoJurisdictionAndIsReported() {
    Location location = new Location();
    location.setId("l1");

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(location));

    assertThat(read.findings()).containsExactly(
        new Finding("Location/l1", "Location.address", FindingKind.MISSING_JURISDICTION));
  }

  @Test
  void aPractitionerWithoutANameIsAnInvalidProfileFindingNotAnException() {
    Practitioner practitioner = new Practitioner();
    practitioner.setId("p1");

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(practitioner));

    assertThat(read.therapists()).isEmpty();
    assertThat(read.findings()).containsExactly(
        new Finding("Practitioner/p1", "Practitioner.name", FindingKind.INVALID_PROFILE));
  }

  @Test
  void anIdThatIsNotAFhirIdIsNotRepeatedInAFinding() {
    // A new user's trial (session 14): the finding quoted the document's id, spaces and all.
    String json = "{\"resourceType\":\"Practitioner\",\"id\":\"" + SECRET + " with spaces\","
        + "\"name\":[{\"text\":\"" + SECRET + "\"}]}";

    DirectoryRead read = FhirDirectoryReader.standard().readJson(new StringReader(json));

    assertThat(read.findings()).extracting(Finding::resource)
        .containsOnly("Practitioner/(not a FHIR id)");
    assertThat(read.toString() + read.findings()).doesNotContain(SECRET, "spaces");
  }
}
