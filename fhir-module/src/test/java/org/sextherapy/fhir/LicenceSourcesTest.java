package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;

/**
 * A licence stated by more than one source (the library's licence-status, NDH's and Plan-Net's
 * qualification scope, repeated scopes, statuses and places) is never read the more permissive
 * way, and a repetition never makes the reader throw. Built on Plan-Net's licensed professional
 * counselor (Practitioner/Counselor: Plan-Net scope, status active, whereValid USPS IL).
 */
class LicenceSourcesTest {

  private static final String PLAN_NET =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/practitioner-qualification";
  private static final String NDH =
      "http://hl7.org/fhir/us/ndh/StructureDefinition/base-ext-practitioner-qualification-scope";
  private static final String OWN_STATUS =
      "https://example.org/sextherapy/fhir/StructureDefinition/licence-status";
  private static final String USPS = "https://www.usps.com/";
  private static final String Q = "Practitioner.qualification[0]";
  private static final String PLAN_NET_SCOPE = Q + ".extension('" + PLAN_NET + "')";
  private static final String NDH_SCOPE = Q + ".extension('" + NDH + "')";
  private static final String SELF = "Practitioner/Counselor";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** Plan-Net's counselor, with a licence number and start date so that she has a licence. */
  private static Practitioner counselor() {
    Resource example = Examples.resources(Examples.PLAN_NET).get("Practitioner-Counselor.json");
    Practitioner p = (Practitioner) example.copy();
    PractitionerQualificationComponent q = p.getQualificationFirstRep();
    q.addIdentifier().setValue("LPC 180.001234");
    q.getPeriod().setStartElement(new DateTimeType("2020-03-01"));
    return p;
  }

  private static PractitionerQualificationComponent qualification(Practitioner p) {
    return p.getQualificationFirstRep();
  }

  private static Extension planNetScope(Practitioner p) {
    return qualification(p).getExtensionsByUrl(PLAN_NET).get(0);
  }

  private static Extension scope(String url, String status, String... states) {
    Extension scope = new Extension(url);
    if (status != null) {
      scope.addExtension("status", new CodeType(status));
    }
    for (String state : states) {
      scope.addExtension(whereValid(new Coding(USPS, state, null)));
    }
    return scope;
  }

  private static Extension whereValid(Coding... codings) {
    CodeableConcept where = new CodeableConcept();
    for (Coding coding : codings) {
      where.addCoding(coding);
    }
    return new Extension("whereValid", where);
  }

  /** The counselor's whereValid (USPS IL) as the CodeableConcept it is. */
  private static CodeableConcept illinois(Practitioner p) {
    return (CodeableConcept) planNetScope(p).getExtensionsByUrl("whereValid").get(0).getValue();
  }

  private static void setStatus(Extension scope, String status) {
    scope.getExtensionsByUrl("status").get(0).setValue(new CodeType(status));
  }

  private static DirectoryRead read(Resource... resources) {
    return FhirDirectoryReader.standard().read(List.of(resources));
  }

  private static List<Licence> licences(DirectoryRead read) {
    return read.therapists().get(0).profile().licences();
  }

  private static Finding finding(String path, FindingKind kind) {
    return new Finding(SELF, path, kind);
  }

  // 1. conflicting statuses: the most restrictive, reported

  @Test
  void anNdhActiveStatusBesidePlanNetsRevokedOneIsReadRevokedAndReported() {
    Practitioner p = counselor();
    setStatus(planNetScope(p), "revoked");
    qualification(p).addExtension(scope(NDH, "active", "IL"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).singleElement().satisfies(licence -> {
      assertThat(licence.status()).isEqualTo(LicenceStatus.REVOKED);
      assertThat(licence.isValidOn(DAY)).isFalse();
    });
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(NDH_SCOPE + ".extension('status')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + ".extension('status')", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void theLibrarysActiveStatusBesideAnNdhRevokedOneIsReadRevokedAndReported() {
    Practitioner p = counselor();
    setStatus(planNetScope(p), "revoked");
    qualification(p).addExtension(OWN_STATUS, new CodeType("active"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(LicenceStatus.REVOKED));
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(Q + ".extension('" + OWN_STATUS + "')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + ".extension('status')", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void theLibrarysSuspendedStatusAgreesWithNdhsInactiveAndIsReadAsSuspended() {
    Practitioner p = counselor();
    setStatus(planNetScope(p), "inactive");
    qualification(p).addExtension(OWN_STATUS, new CodeType("suspended"));

    DirectoryRead read = read(p);

    assertThat(read.findings()).isEmpty();
    assertThat(licences(read)).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(LicenceStatus.SUSPENDED));
  }

  @Test
  void aPendingScopeStatusBesideTheLibrarysActiveOneIsNoLicence() {
    Practitioner p = counselor();
    setStatus(planNetScope(p), "pending");
    qualification(p).addExtension(OWN_STATUS, new CodeType("active"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).isEmpty();
    assertThat(read.findings()).contains(
        finding(PLAN_NET_SCOPE + ".extension('status')", FindingKind.UNMAPPED_LICENCE_STATUS));
  }

  // 2. repeated elements: every occurrence where many are allowed, a finding where one is

  @Test
  void aLicenceValidInIllinoisAndWisconsinIsALicenceInEach() {
    Practitioner p = counselor();
    planNetScope(p).addExtension(whereValid(new Coding(USPS, "WI", null)));

    DirectoryRead read = read(p);

    assertThat(read.findings()).isEmpty();
    assertThat(licences(read)).extracting(Licence::jurisdiction).containsExactly(
        Jurisdiction.parse("US-IL"), Jurisdiction.parse("US-WI"));
    assertThat(licences(read)).allSatisfy(l -> {
      assertThat(l.number()).isEqualTo("LPC 180.001234");
      assertThat(l.discipline()).isEqualTo(Discipline.COUNSELLING);
    });
  }

  @Test
  void twoScopesOfOneUrlOnePerStateAreReportedAndReadOnlyWhereBothAgree() {
    Practitioner p = counselor();
    qualification(p).addExtension(scope(PLAN_NET, "active", "WI"));

    DirectoryRead read = read(p);

    assertThatCode(() -> read(p)).doesNotThrowAnyException();
    assertThat(licences(read)).isEmpty();
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(PLAN_NET_SCOPE + "[1]", FindingKind.REPEATED_ELEMENT),
        finding(PLAN_NET_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + "[1].extension('whereValid')", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void twoStatusesInOneScopeAreReportedAndTheMostRestrictiveIsRead() {
    Practitioner p = counselor();
    planNetScope(p).addExtension("status", new CodeType("revoked"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(LicenceStatus.REVOKED));
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(PLAN_NET_SCOPE + ".extension('status')[1]", FindingKind.REPEATED_ELEMENT),
        finding(PLAN_NET_SCOPE + ".extension('status')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + ".extension('status')[1]", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void aRepeatedLibraryStatusThatAgreesIsReportedAndRead() {
    Practitioner p = counselor();
    qualification(p).addExtension(OWN_STATUS, new CodeType("active"));
    qualification(p).addExtension(OWN_STATUS, new CodeType("active"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).singleElement()
        .satisfies(l -> assertThat(l.status()).isEqualTo(LicenceStatus.ACTIVE));
    assertThat(read.findings()).containsExactly(
        finding(Q + ".extension('" + OWN_STATUS + "')[1]", FindingKind.REPEATED_ELEMENT));
  }

  // 3. places: never dropped without a finding

  @Test
  void oneWhereValidCodedIllinoisAndWisconsinIsReportedNotReadAsIllinois() {
    Practitioner p = counselor();
    illinois(p)
        .addCoding(new Coding(USPS, "WI", null));

    DirectoryRead read = read(p);

    assertThat(licences(read)).isEmpty();
    assertThat(read.findings()).containsExactly(
        finding(PLAN_NET_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void isoAndUspsCodingsOfIllinoisAreOnePlace() {
    Practitioner p = counselor();
    illinois(p)
        .addCoding(new Coding("urn:iso:std:iso:3166:-2", "US-IL", null));

    DirectoryRead read = read(p);

    assertThat(read.findings()).isEmpty();
    assertThat(licences(read)).extracting(Licence::jurisdiction)
        .containsExactly(Jurisdiction.parse("US-IL"));
  }

  @Test
  void anNdhScopeInWisconsinBesidePlanNetsInIllinoisIsReportedAndNotRead() {
    Practitioner p = counselor();
    qualification(p).addExtension(scope(NDH, "active", "WI"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).isEmpty();
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(NDH_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void scopesThatShareIllinoisGiveTheIllinoisLicenceAndReportTheRest() {
    Practitioner p = counselor();
    qualification(p).addExtension(scope(NDH, "active", "IL", "WI"));

    DirectoryRead read = read(p);

    assertThat(licences(read)).extracting(Licence::jurisdiction)
        .containsExactly(Jurisdiction.parse("US-IL"));
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(NDH_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES),
        finding(PLAN_NET_SCOPE + ".extension('whereValid')", FindingKind.CONFLICTING_VALUES));
  }

  // 4. two disciplines in one qualification

  @Test
  void aQualificationCodedSocialWorkerAndCounselorIsReportedNotReadAsEither() {
    Practitioner p = counselor();
    qualification(p).getCode().getCoding().add(0,
        new Coding("http://nucc.org/provider-taxonomy", "1041C0700X", null));

    DirectoryRead read = read(p);

    assertThat(licences(read)).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).isEmpty();
    assertThat(read.findings())
        .containsExactly(finding(Q + ".code", FindingKind.CONFLICTING_VALUES));
  }

  @Test
  void twoDifferentLicenceNumbersAreReportedAndLeaveAClaimToComplete() {
    Practitioner p = counselor();
    qualification(p).addIdentifier().setValue("LPC 180.009999");

    DirectoryRead read = read(p);

    assertThat(licences(read)).isEmpty();
    assertThat(read.therapists().get(0).licenceClaims()).singleElement()
        .satisfies(c -> assertThat(c.missing()).containsExactly("number"));
    assertThat(read.findings()).containsExactlyInAnyOrder(
        finding(Q + ".identifier", FindingKind.CONFLICTING_VALUES),
        finding(Q, FindingKind.INCOMPLETE_LICENCE));
  }

  // USPS codes that are no ISO 3166-2 subdivision: findings, never exceptions

  @Test
  void armedForcesAndFreelyAssociatedStatesCodesAreInvalidValuesNotExceptions() {
    for (String code : List.of("AA", "AE", "AP", "FM", "MH", "PW")) {
      Practitioner p = counselor();
      illinois(p)
          .getCodingFirstRep().setCode(code);
      planNetScope(p).addExtension(whereValid(new Coding(USPS, "WI", null)));
      Location office = new Location();
      office.setId("office");
      office.getAddress().setState(code);

      DirectoryRead read = read(office, p);

      assertThat(licences(read)).as(code).extracting(Licence::jurisdiction)
          .containsExactly(Jurisdiction.parse("US-WI"));
      assertThat(read.findings()).as(code).contains(
          finding(PLAN_NET_SCOPE + ".extension('whereValid')", FindingKind.INVALID_VALUE),
          new Finding("Location/office", "Location.address", FindingKind.INVALID_VALUE));
    }
  }

  @Test
  void puertoRicoIsReadAsItsUsSubdivision() {
    Practitioner p = counselor();
    illinois(p)
        .getCodingFirstRep().setCode("PR");

    assertThat(licences(read(p))).extracting(Licence::jurisdiction)
        .containsExactly(Jurisdiction.parse("US-PR"));
  }
}
