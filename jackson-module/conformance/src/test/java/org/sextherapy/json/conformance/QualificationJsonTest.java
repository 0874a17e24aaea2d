package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.TrainingRecord;

/** Licences, certifications, credentials and their issuers on the wire. */
class QualificationJsonTest extends WireFormatTestBase {

  @Test
  void standardCredentialTravelsAsItsQualifiedId() {
    assertThat(roundTrip(Credential.class, StandardCredentials.AASECT_CST))
        .isEqualTo(json("{'ref':'AASECT-CST'}"));
    assertThat(roundTrip(CertifyingBody.class, StandardCredentials.ISSWSH))
        .isEqualTo(json("{'ref':'ISSWSH'}"));
  }

  @Test
  void supervisorReferenceBringsBackTheCertificationItRequires() {
    Credential supervisor = read(Credential.class, json("{'ref': 'AASECT-CST-S'}"));
    assertThat(supervisor).isEqualTo(StandardCredentials.AASECT_CST_SUPERVISOR);
    assertThat(supervisor.requiresCurrent()).contains(StandardCredentials.AASECT_CST);
  }

  @Test
  void applicationsOwnCredentialTravelsInFullWithAStandardIssuerByReference() {
    Credential own = Credential.builder().issuer(StandardCredentials.AASECT).id("CE-PROVIDER")
        .title("Approved CE Provider").kind(CredentialKind.OTHER)
        .requiresCurrent(StandardCredentials.AASECT_CSE).build();
    assertThat(roundTrip(Credential.class, own)).isEqualTo(json("{'issuer':{'ref':'AASECT'},"
        + "'id':'CE-PROVIDER','title':'Approved CE Provider','kind':'other',"
        + "'requiresCurrent':{'ref':'AASECT-CSE'}}"));
  }

  @Test
  void standardCredentialWithAChangedTitleIsWrittenInFullSoNothingIsLost() {
    Credential renamed = Credential.builder().issuer(StandardCredentials.AASECT).id("CST")
        .title("Certified Sex Therapist (renamed)").kind(CredentialKind.SEX_THERAPIST).build();
    String json = roundTrip(Credential.class, renamed);
    assertThat(json).doesNotContain("\"ref\":\"AASECT-CST\"").contains("(renamed)");
  }

  @Test
  void fullFormOfAStandardCredentialReadsAsTheStandardOne() {
    Credential full = read(Credential.class, json("{'issuer': {'id': 'AASECT', 'name': "
        + "'American Association of Sexuality Educators, Counselors and Therapists',"
        + " 'renewalRule': {'cycle': 'P3Y', 'requiredCeCredits': 20, 'membershipRequired': true}},"
        + " 'id': 'CST', 'title': 'Certified Sex Therapist', 'kind': 'sex-therapist'}"));
    assertThat(full).isEqualTo(StandardCredentials.AASECT_CST);
    assertThat(write(full)).isEqualTo(json("{'ref':'AASECT-CST'}"));
  }

  @Test
  void referenceToNoStandardCredentialIsAnUnknownIdAtItsPath() {
    SexTherapyJsonException e = readFailure(Certification.class,
        json("{'credential': {'ref': 'AASECT-CST-PLATINUM'}, 'issued': '2024-01-01'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
    assertThat(e.path()).isEqualTo("$.credential.ref");
    assertThat(e.getMessage()).doesNotContain("PLATINUM");
  }

  @Test
  void referenceHoldsNoOtherProperty() {
    SexTherapyJsonException e = readFailure(Credential.class,
        json("{'ref': 'AASECT-CST', 'title': 'Certified Sex Therapist'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
    SexTherapyJsonException late = readFailure(Credential.class,
        json("{'id': 'CST', 'ref': 'AASECT-CST'}"));
    assertThat(late.kind()).isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
  }

  @Test
  void certificationLeavesCreditsAndMembershipToTheModelsDefaults() {
    Certification certification = read(Certification.class,
        json("{'credential': {'ref': 'AASECT-CSC'}, 'issued': '2025-02-01'}"));
    assertThat(certification).isEqualTo(Certification.builder()
        .credential(StandardCredentials.AASECT_CSC).issued(LocalDate.of(2025, 2, 1)).build());
    assertThat(certification.ceCreditsEarned()).isZero();
    assertThat(certification.membershipCurrent()).isTrue();
  }

  @Test
  void certificationThatExpiresBeforeItWasIssuedIsInvalidAtExpires() {
    SexTherapyJsonException e = readFailure(Certification.class, json("{'credential': "
        + "{'ref': 'ABS-CS'}, 'issued': '2025-02-01', 'expires': '2025-01-31'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.expires");
  }

  @Test
  void licenceTaxonomyCodeMustBeFromTheProviderTaxonomy() {
    String base = "{'discipline': 'psychology', 'jurisdiction': 'US-NY', 'number': 'NY-1',"
        + " 'status': 'active', 'validFrom': '2020-01-01', 'taxonomyCode': ";
    Licence licence = read(Licence.class,
        json(base + "{'ref': 'nucc-provider-taxonomy:103T00000X'}}"));
    assertThat(licence.taxonomyCode()).contains(CodeCatalogue.NUCC_PSYCHOLOGIST);
    SexTherapyJsonException e =
        readFailure(Licence.class, json(base + "{'ref': 'icd-11-mms:HA00'}}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.taxonomyCode");
  }

  @Test
  void aLicenceVerifiedWithTheBoardTravelsWithItsDayAndCannotPredateItsPeriod() {
    String base = "{'discipline': 'psychology', 'jurisdiction': 'US-NY', 'number': 'NY-1',"
        + " 'status': 'active', 'validFrom': '2020-01-01', 'verifiedOn': ";
    Licence licence = read(Licence.class, json(base + "'2025-03-14'}"));
    assertThat(licence.verifiedOn()).contains(LocalDate.of(2025, 3, 14));
    assertThat(write(licence)).contains("\"verifiedOn\":\"2025-03-14\"");
    SexTherapyJsonException e = readFailure(Licence.class, json(base + "'2019-12-31'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.verifiedOn");
  }

  @Test
  void licenceStatusAndDisciplineAreIds() {
    String json = write(Licence.builder().discipline(
            org.sextherapy.qualification.Discipline.MARRIAGE_AND_FAMILY_THERAPY)
        .jurisdiction(Examples.ILLINOIS).number("LMFT 9").status(
            org.sextherapy.qualification.LicenceStatus.SUSPENDED)
        .validFrom(LocalDate.of(2020, 1, 1)).build());
    assertThat(json).contains("\"discipline\":\"marriage-and-family-therapy\"")
        .contains("\"status\":\"suspended\"").doesNotContain("validUntil")
        .doesNotContain("verifiedOn");
  }

  @Test
  void datesReadInTheCommonFormAndInAnyOtherIsoFormAndAnImpossibleDayIsInvalid() {
    String base = "{'discipline': 'psychology', 'jurisdiction': 'US-NY', 'number': 'NY-1',"
        + " 'status': 'active', 'validFrom': ";
    assertThat(read(Licence.class, json(base + "'2024-02-29'}")).validFrom())
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read(Licence.class, json(base + "'+12024-01-31'}")).validFrom())
        .isEqualTo(LocalDate.of(12024, 1, 31));
    for (String bad : new String[] {"2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01",
        "2026/01/01", "20x6-01-01", "2026-01-0x", "", "1 March 2026"}) {
      SexTherapyJsonException e = readFailure(Licence.class, json(base + "'" + bad + "'}"));
      assertThat(e.kind()).as(bad).isEqualTo(JsonErrorKind.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.validFrom");
      assertThat(e.detail()).isEqualTo("must be a date such as 2026-11-26");
    }
  }

  @Test
  void renewalCycleIsAnIsoPeriod() {
    RenewalRule rule = RenewalRule.of(Period.ofYears(3), 20, true);
    assertThat(roundTrip(RenewalRule.class, rule))
        .isEqualTo(json("{'cycle':'P3Y','requiredCeCredits':20,'membershipRequired':true}"));
    SexTherapyJsonException e = readFailure(RenewalRule.class,
        json("{'cycle': '3 years', 'requiredCeCredits': 20, 'membershipRequired': true}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.cycle");
    SexTherapyJsonException zero = readFailure(RenewalRule.class,
        json("{'cycle': 'P0D', 'requiredCeCredits': 20, 'membershipRequired': true}"));
    assertThat(zero.path()).isEqualTo("$.cycle");
  }

  @Test
  void trainingRecordWithNoPropertiesHasNoHours() {
    assertThat(read(TrainingRecord.class, "{}")).isEqualTo(TrainingRecord.builder().build());
    SexTherapyJsonException e = readFailure(TrainingRecord.class,
        json("{'supervisedClinicalHours': 100, 'telehealthClinicalHours': 151}"));
    assertThat(e.path()).isEqualTo("$.telehealthClinicalHours");
    assertThat(e.detail()).isEqualTo("must not exceed supervisedClinicalHours");
  }

  @Test
  void aCompactIsReadByItsIdWithTheShippedOperationalDateUnlessGiven() {
    InterstateCompact shipped = read(InterstateCompact.class,
        json("{'id': 'PSYPACT', 'members': ['US-IL']}"));
    InterstateCompact own = read(InterstateCompact.class,
        json("{'id': 'SWLC', 'members': ['US-WA'], 'operationalFrom': '2026-07-01'}"));
    assertThat(shipped.operationalFrom()).contains(LocalDate.of(2020, 7, 1));
    assertThat(own.operationalFrom()).contains(LocalDate.of(2026, 7, 1));
    SexTherapyJsonException e = readFailure(InterstateCompact.class,
        json("{'id': 'NOT-A-COMPACT', 'members': []}"));
    assertThat(e.path()).isEqualTo("$.id");
  }

  @Test
  void aTapRecordsItsRemoteStateAndDaysUsedByYear() {
    CompactPrivilege tap = CompactPrivilege.builder().compact(Examples.psypact())
        .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(Examples.ILLINOIS)
        .remoteJurisdiction(Jurisdiction.parse("US-TX")).validFrom(LocalDate.of(2024, 1, 1))
        .putTemporaryDaysUsed(2026, 30).putTemporaryDaysUsed(2025, 4).build();
    assertThat(roundTrip(CompactPrivilege.class, tap))
        .contains("\"remoteJurisdiction\":\"US-TX\"")
        .contains("\"temporaryDaysUsed\":[{\"year\":2025,\"days\":4},{\"year\":2026,\"days\":30}]");
    SexTherapyJsonException e = readFailure(CompactPrivilege.class, json("{'compact': {'id': "
        + "'COUNSELING-COMPACT', 'members': ['US-IL']}, 'kind': 'COUNSELING-PRIVILEGE',"
        + " 'homeJurisdiction': 'US-IL', 'validFrom': '2026-01-01'}"));
    assertThat(e.path()).isEqualTo("$.remoteJurisdiction");
    assertThat(e.detail()).isEqualTo("is required for a privilege issued per state");
  }

  @Test
  void compactMembersAreJurisdictionCodesInOrderAndNeverRepeated() {
    CompactPrivilege privilege = CompactPrivilege.of(Examples.psypact(), Examples.ILLINOIS,
        LocalDate.of(2021, 3, 1), LocalDate.of(2026, 2, 28));
    assertThat(roundTrip(CompactPrivilege.class, privilege))
        .contains("\"members\":[\"US-IL\",\"US-TX\",\"US-WA\"]")
        .contains("\"validUntil\":\"2026-02-28\"");
    SexTherapyJsonException e = readFailure(CompactPrivilege.class, json("{'compact': {'id': "
        + "'PSYPACT', 'members': ['US-IL', 'US-IL']}, 'kind': 'PSYPACT-APIT',"
        + " 'homeJurisdiction': 'US-IL', 'validFrom': '2021-03-01'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.compact.members[1]");
  }
}
