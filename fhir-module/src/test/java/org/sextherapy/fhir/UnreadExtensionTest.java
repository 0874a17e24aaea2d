package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * What a directory says in an extension the reader does not read is reported, once per URL and
 * resource, never dropped without a word: a payer's developer sees what their export held that
 * the profiles do not.
 */
class UnreadExtensionTest {

  private static final String NDH = "http://hl7.org/fhir/us/ndh/StructureDefinition/";

  @Test
  void ndhsCmsAndHhsExclusionFlagsOfHansSoloAreReportedNotDropped() {
    TherapistRead hans = Examples.read(Examples.NDH).therapists().stream()
        .filter(t -> t.profile().id().equals("HansSolo")).findFirst().orElseThrow();

    assertThat(hans.findings()).extracting(f -> f.kind().id() + " " + f.path()).contains(
        "not-in-model Practitioner.extension('" + NDH
            + "base-ext-cms-medicare-enrollment-in-good-standing')",
        "not-in-model Practitioner.extension('" + NDH + "base-ext-cms-identity-verified')",
        "not-in-model Practitioner.extension('" + NDH + "base-ext-cms-aligned-with-data-network')",
        "not-in-model Practitioner.extension('" + NDH + "base-ext-hhs-exclusion-list')");
  }

  @Test
  void planNetsQualificationOnARoleIsReportedOnTheRole() {
    DirectoryRead read = Examples.read(Examples.PLAN_NET);

    assertThat(read.findingsFor("PractitionerRole/HansSoloRole1"))
        .extracting(f -> f.kind().id() + " " + f.path()).contains(
            "not-in-model PractitionerRole.extension('"
                + "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/qualification')");
  }

  @Test
  void anExtensionWhoseUrlIsNoCanonicalUrlIsNamedByItsPositionNotItsText() {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addExtension("https://example.com/fhir/StructureDefinition/parking", new BooleanType(true));
    p.addExtension("private notes: see the client file", new BooleanType(true));

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(p));

    assertThat(read.findings()).extracting(f -> f.path()).containsExactly(
        "Practitioner.extension('https://example.com/fhir/StructureDefinition/parking')",
        "Practitioner.extension[1]");
  }

  @Test
  void eachUnreadUrlIsReportedOncePerResourceOfEveryKindTheReaderReads() {
    String url = "https://example.com/fhir/StructureDefinition/parking";
    Location office = new Location();
    office.setId("office");
    office.getAddress().setState("CT");
    office.addExtension(url, new BooleanType(true));
    office.addExtension(url, new BooleanType(false));
    HealthcareService service = new HealthcareService();
    service.setId("service");
    service.addExtension(url, new StringType("free"));
    PractitionerRole role = new PractitionerRole();
    role.setId("role");
    role.setPractitioner(new Reference("Practitioner/p1"));
    role.addLocation(new Reference("Location/office"));
    role.addHealthcareService(new Reference("HealthcareService/service"));
    role.addExtension(url, new BooleanType(true));
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    p.addExtension(url, new BooleanType(true));

    DirectoryRead read = FhirDirectoryReader.standard().read(List.of(office, service, role, p));

    assertThat(read.findings()).extracting(f -> f.kind().id() + " " + f.resource() + " "
        + f.path()).containsExactlyInAnyOrder(
            "not-in-model Location/office Location.extension('" + url + "')",
            "not-in-model HealthcareService/service HealthcareService.extension('" + url + "')",
            "not-in-model PractitionerRole/role PractitionerRole.extension('" + url + "')",
            "not-in-model Practitioner/p1 Practitioner.extension('" + url + "')");
    assertThat(read.profiles()).singleElement()
        .satisfies(profile -> assertThat(profile.locations()).hasSize(1));
  }
}
