package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * How NDH and Plan-Net network references become network participations: the payer is the
 * Organization the network is part of, the role's Locations are where the therapist is in network,
 * and {@code newpatients} with {@code fromNetwork} says whether new patients are taken through it.
 */
class NetworkReadingTest {

  private static final String NDH = "http://hl7.org/fhir/us/ndh/StructureDefinition/";
  private static final String ORG_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

  private static Organization organization(String id, String type) {
    Organization o = new Organization();
    o.setId(id);
    o.addType().addCoding(new Coding(ORG_TYPE, type, null));
    return o;
  }

  private static Organization network(String id, String payer) {
    Organization o = organization(id, "ntwk");
    o.getMeta().addProfile(NDH + "ndh-Network");
    if (payer != null) {
      o.setPartOf(new Reference("Organization/" + payer));
    }
    return o;
  }

  private static Location office(String id, String state) {
    Location l = new Location();
    l.setId(id);
    l.getAddress().setState(state);
    return l;
  }

  private static PractitionerRole role(String id, String... networks) {
    PractitionerRole r = new PractitionerRole();
    r.setId(id);
    r.setPractitioner(new Reference("Practitioner/p1"));
    for (String network : networks) {
      r.addExtension(NDH + "base-ext-network-reference",
          new Reference("Organization/" + network));
    }
    return r;
  }

  private static Practitioner practitioner() {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    return p;
  }

  private static void newPatients(DomainResource on, String code, String network) {
    Extension x = on.addExtension().setUrl(NDH + "base-ext-newpatients");
    x.addExtension("acceptingPatients", new CodeableConcept().addCoding(new Coding(
        "http://terminology.hl7.org/CodeSystem/accepting-patients", code, null)));
    if (network != null) {
      x.addExtension("fromNetwork", new Reference("Organization/" + network));
    }
  }

  private static DirectoryRead read(Resource... resources) {
    List<Resource> all = new ArrayList<>(List.of(resources));
    all.add(practitioner());
    return FhirDirectoryReader.standard().read(all);
  }

  private static List<String> findings(DirectoryRead read) {
    return read.findings().stream().map(f -> f.resource() + " " + f.kind().id() + " " + f.path())
        .toList();
  }

  @Test
  void aRoleInAPayersNetworkIsInNetworkAtTheRolesOffices() {
    PractitionerRole role = role("r1", "acme-ppo");
    role.addLocation(new Reference("Location/l1"));

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"),
        office("l1", "CT"), role);

    assertThat(findings(read)).containsExactly("Organization/acme ignored-resource Organization");
    TherapistProfile profile = read.profiles().get(0);
    assertThat(profile.networks()).containsExactly(
        NetworkParticipation.of(Payer.commercial("acme"), NetworkId.of("acme-ppo")));
    assertThat(profile.locations()).extracting(PracticeLocation::networks)
        .containsExactly(java.util.Set.of(NetworkId.of("acme-ppo")));
  }

  @Test
  void aNetworkManagedByAGovernmentAgencyIsAPublicProgrammes() {
    DirectoryRead read = read(organization("al-medicaid", "govt"),
        network("al-medicaid-net", "al-medicaid"), role("r1", "al-medicaid-net"));

    assertThat(read.profiles().get(0).networks()).extracting(NetworkParticipation::payer)
        .containsExactly(Payer.publicProgramme("al-medicaid"));
  }

  @Test
  void aRoleWithAVirtualServiceIsInNetworkByTelehealth() {
    HealthcareService video = new HealthcareService();
    video.setId("s1");
    Extension method = video.addExtension().setUrl(NDH + "base-ext-delivery-method");
    method.addExtension("type", new CodeableConcept().addCoding(new Coding(null, "virtual", null)));
    method.addExtension("virtualModalities",
        new CodeableConcept().addCoding(new Coding(null, "video", null)));
    PractitionerRole role = role("r1", "acme-ppo");
    role.addHealthcareService(new Reference("HealthcareService/s1"));

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"), video,
        role);

    assertThat(read.profiles().get(0).networks()).singleElement()
        .satisfies(n -> assertThat(n.telehealth()).isTrue());
  }

  @Test
  void newPatientsAreTakenAsTheRoleSaysElseAsTheServiceElseAsTheOffice() {
    Location office = office("l1", "CT");
    newPatients(office, "nopt", "acme-ppo");
    HealthcareService service = new HealthcareService();
    service.setId("s1");
    newPatients(service, "existptfam", "acme-ppo");
    PractitionerRole saysItself = role("r1", "acme-ppo");
    saysItself.addLocation(new Reference("Location/l1"));
    saysItself.addHealthcareService(new Reference("HealthcareService/s1"));
    newPatients(saysItself, "newpt", "acme-ppo");

    assertThat(read(organization("acme", "pay"), network("acme-ppo", "acme"), office, service,
        saysItself).profiles().get(0).networks().get(0).acceptance())
        .contains(PatientAcceptance.ACCEPTING);

    PractitionerRole silent = role("r1", "acme-ppo");
    silent.addLocation(new Reference("Location/l1"));
    silent.addHealthcareService(new Reference("HealthcareService/s1"));
    assertThat(read(organization("acme", "pay"), network("acme-ppo", "acme"), office, service,
        silent).profiles().get(0).networks().get(0).acceptance())
        .contains(PatientAcceptance.EXISTING_PATIENTS_AND_FAMILY);

    PractitionerRole officeOnly = role("r1", "acme-ppo");
    officeOnly.addLocation(new Reference("Location/l1"));
    assertThat(read(organization("acme", "pay"), network("acme-ppo", "acme"), office,
        officeOnly).profiles().get(0).networks().get(0).acceptance())
        .contains(PatientAcceptance.NOT_ACCEPTING);
  }

  @Test
  void officesThatDisagreeForOneNetworkLeaveItsAcceptanceUnknownAndSaySo() {
    Location open = office("l1", "CT");
    newPatients(open, "newpt", "acme-ppo");
    Location full = office("l2", "CT");
    newPatients(full, "nopt", "acme-ppo");
    PractitionerRole role = role("r1", "acme-ppo");
    role.addLocation(new Reference("Location/l1")).addLocation(new Reference("Location/l2"));

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"), open,
        full, role);

    assertThat(read.profiles().get(0).networks().get(0).acceptance()).isEmpty();
    assertThat(findings(read)).contains("Location/l2 not-in-model Location.extension('" + NDH
        + "base-ext-newpatients')[0]");
  }

  @Test
  void aDanglingNetworkReferenceIsAFindingAndNoParticipation() {
    DirectoryRead read = read(role("r1", "gone"));

    assertThat(read.profiles().get(0).networks()).isEmpty();
    assertThat(findings(read)).containsExactly("PractitionerRole/r1 dangling-reference "
        + "PractitionerRole.extension('" + NDH + "base-ext-network-reference')[0]");
  }

  @Test
  void aReferenceToAnOrganizationThatIsNoNetworkIsAnInvalidValue() {
    DirectoryRead read = read(organization("clinic", "prov"), role("r1", "clinic"));

    assertThat(read.profiles().get(0).networks()).isEmpty();
    assertThat(findings(read)).contains("PractitionerRole/r1 invalid-value "
        + "PractitionerRole.extension('" + NDH + "base-ext-network-reference')[0]");
  }

  @Test
  void aNetworkWithoutItsPayerOrWithAnIdTheModelRejectsIsReportedOnTheOrganization() {
    DirectoryRead read = read(network("orphan", null), organization("acme", "pay"),
        network("-dash", "acme"), role("r1", "orphan", "-dash"));

    assertThat(read.profiles().get(0).networks()).isEmpty();
    assertThat(findings(read)).contains("Organization/orphan invalid-value Organization.partOf",
        "Organization/-dash invalid-value Organization.id");
  }

  @Test
  void aDanglingPayerIsReportedAndTheParticipationStillRead() {
    DirectoryRead read = read(network("acme-ppo", "acme"), role("r1", "acme-ppo"));

    assertThat(read.profiles().get(0).networks()).hasSize(1);
    assertThat(findings(read)).containsExactly(
        "Organization/acme-ppo dangling-reference Organization.partOf");
  }

  @Test
  void aRoleThatEndsIsNoParticipationSinceTheModelHoldsNoEndDate() {
    PractitionerRole left = role("r1", "acme-ppo");
    left.getPeriod().setEndElement(new DateTimeType("2023-06-30"));
    PractitionerRole joined = role("r2", "acme-hmo");
    joined.getPeriod().setStartElement(new DateTimeType("2023-06-01"));

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"),
        network("acme-hmo", "acme"), left, joined);

    assertThat(read.profiles().get(0).networks()).extracting(NetworkParticipation::network)
        .containsExactly(NetworkId.of("acme-hmo"));
    assertThat(findings(read)).contains("PractitionerRole/r1 not-in-model PractitionerRole.period");
  }

  @Test
  void anInactiveRoleIsNotReadAtAll() {
    PractitionerRole inactive = role("r1", "acme-ppo");
    inactive.setActive(false);
    inactive.addLocation(new Reference("Location/l1"));

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"),
        office("l1", "CT"), inactive);

    assertThat(read.profiles().get(0).networks()).isEmpty();
    assertThat(read.profiles().get(0).locations()).isEmpty();
    assertThat(findings(read)).contains("PractitionerRole/r1 inactive-role PractitionerRole.active");
  }

  @Test
  void newPatientsThroughANetworkTheRolesDoNotNameIsAnInvalidValue() {
    PractitionerRole role = role("r1");
    newPatients(role, "newpt", "acme-ppo");

    DirectoryRead read = read(organization("acme", "pay"), network("acme-ppo", "acme"), role);

    assertThat(read.profiles().get(0).networks()).isEmpty();
    assertThat(findings(read)).contains("PractitionerRole/r1 invalid-value "
        + "PractitionerRole.extension('" + NDH + "base-ext-newpatients')[0]");
  }

  @Test
  void aNetworkStreamedAfterItsPractitionerWasReadTooLate() {
    PractitionerRole role = role("r1", "acme-ppo");
    role.addLocation(new Reference("Location/l1"));
    var parser = FhirContext.forR4Cached().newJsonParser();
    StringWriter ndjson = new StringWriter();
    for (Resource r : List.of(organization("acme", "pay"), role, practitioner(),
        network("acme-ppo", "acme"), office("l1", "CT"))) {
      ndjson.write(parser.encodeResourceToString(r) + "\n");
    }
    List<TherapistProfile> profiles = new ArrayList<>();

    List<Finding> others = FhirDirectoryReader.standard()
        .readNdjson(new StringReader(ndjson.toString()), t -> profiles.add(t.profile()));

    assertThat(profiles.get(0).networks()).isEmpty();
    assertThat(others).extracting(f -> f.kind().id() + " " + f.path()).contains(
        "read-after-practitioner PractitionerRole.extension('" + NDH
            + "base-ext-network-reference')[0]",
        "read-after-practitioner PractitionerRole.location[0]");
  }

  @Test
  void aProfileTheLibraryWroteKeepsItsOwnStatementOfANetworkTheDirectoryAlsoNames() {
    TherapistProfile original = null;
    for (long seed = 0; original == null; seed++) {
      TherapistProfile candidate = new RandomValues(seed).profile();
      if (!candidate.networks().isEmpty()) {
        original = candidate;
      }
    }
    NetworkParticipation first = original.networks().get(0);
    TherapistResources written = FhirDirectoryWriter.standard().write(original);
    written.role().addExtension(NDH + "base-ext-network-reference",
        new Reference("Organization/" + first.network().value()));
    List<Resource> all = new ArrayList<>(written.all());
    all.add(0, organization(first.payer().id(), "pay"));
    all.add(0, network(first.network().value(), first.payer().id()));

    DirectoryRead read = FhirDirectoryReader.standard().read(all);

    assertThat(read.profiles()).containsExactly(original);
  }

  @Test
  void theNdhPractitionerWhoLeftNetwork1IsOnlyInNetwork2() {
    DirectoryRead read = Examples.read(Examples.NDH);
    TherapistProfile one = read.profiles().stream()
        .filter(p -> p.id().equals("PractitionerOneWithNetwork1AndNetwork2")).findFirst()
        .orElseThrow();
    TherapistProfile two = read.profiles().stream()
        .filter(p -> p.id().equals("PractitionerTwoWithNetwork1LeftAfterSixMonths"))
        .findFirst().orElseThrow();

    assertThat(one.networks()).containsExactly(
        NetworkParticipation.of(Payer.commercial("OrgManageNetwork"), NetworkId.of("Network2")));
    assertThat(two.networks()).isEmpty();
  }

  @Test
  void ndhHansSoloIsInTwoPayersNetworksEachAtItsOwnOffice() {
    TherapistProfile hans = Examples.read(Examples.NDH).profiles().stream()
        .filter(p -> p.id().equals("HansSolo")).findFirst().orElseThrow();

    assertThat(hans.networks()).extracting(n -> n.payer() + "/" + n.network())
        .containsExactlyInAnyOrder("commercial:BlueCrossBlueShield-CT-ORG/BlueCrossBlueShield-CT-PPO",
            "commercial:Acme/AcmeofCTStdNet");
    assertThat(hans.locations()).allSatisfy(l -> assertThat(l.networks()).hasSize(1));
  }
}
