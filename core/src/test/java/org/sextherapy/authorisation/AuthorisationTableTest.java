package org.sextherapy.authorisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.session.Delivery;
import org.sextherapy.therapist.TherapistProfile;

/**
 * One row per legal situation: a therapist's credentials, where the client is, how and when, and
 * the basis the authorisation must rest on (or none). Each row cites its public source.
 */
class AuthorisationTableTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final LocalDate LONG_AGO = LocalDate.of(2015, 1, 1);

  private static Jurisdiction j(String code) {
    return Jurisdiction.parse(code);
  }

  private static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(j("US-NY"), j("US-NJ"), j("US-TX"), j("US-PA")));
  private static final InterstateCompact COUNSELING = InterstateCompact.of(
      CompactKind.COUNSELING_COMPACT, Set.of(j("US-NJ"), j("US-NY"), j("US-TX")));
  private static final InterstateCompact SWLC_UNANNOUNCED = InterstateCompact.of(
      CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of(j("US-WA"), j("US-MO")));
  private static final InterstateCompact SWLC_OPERATIONAL = InterstateCompact.of(
      CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of(j("US-WA"), j("US-MO")),
      Optional.of(LocalDate.of(2026, 7, 1)));
  private static final InterstateCompact NLC = InterstateCompact.of(
      CompactKind.NURSE_LICENSURE_COMPACT, Set.of(j("US-TX"), j("US-FL")));

  private static Licence licence(Discipline discipline, String where) {
    return Licence.builder().discipline(discipline).jurisdiction(j(where)).number("L-1")
        .status(LicenceStatus.ACTIVE).validFrom(LONG_AGO).build();
  }

  private static Registration registration(Register register, Discipline discipline) {
    return Registration.builder().register(register).discipline(discipline).number("R-1")
        .status(LicenceStatus.ACTIVE).validFrom(LONG_AGO).build();
  }

  private static CompactPrivilege.Builder privilege(InterstateCompact compact, PrivilegeKind kind,
      String home) {
    return CompactPrivilege.builder().compact(compact).kind(kind).homeJurisdiction(j(home))
        .validFrom(LocalDate.of(2020, 1, 1));
  }

  private static CompactPrivilege tapInNewJersey(UnaryOperator<CompactPrivilege.Builder> days) {
    return days.apply(privilege(PSYPACT, PrivilegeKind.PSYPACT_TAP, "US-NY")
        .remoteJurisdiction(j("US-NJ"))).build();
  }

  private static CompactPrivilege counselingInNewYork() {
    return privilege(COUNSELING, PrivilegeKind.COUNSELING_PRIVILEGE, "US-NJ")
        .remoteJurisdiction(j("US-NY")).validFrom(LocalDate.of(2025, 1, 1)).build();
  }

  /** One situation. */
  static final class Row {
    final String name;
    final List<Licence> licences = new ArrayList<>();
    final List<Registration> registrations = new ArrayList<>();
    final List<CompactPrivilege> privileges = new ArrayList<>();
    Jurisdiction place = j("US-NY");
    Delivery delivery = Delivery.VIDEO;
    LocalDate date = TODAY;
    @Nullable Basis expected;
    /** Refused where the place accepts no licence of the discipline: nothing to ask for. */
    boolean nothingAccepted;

    Row(String name) {
      this.name = name;
    }

    Row licence(Licence licence) {
      licences.add(licence);
      return this;
    }

    Row registration(Registration registration) {
      registrations.add(registration);
      return this;
    }

    Row privilege(CompactPrivilege privilege) {
      privileges.add(privilege);
      return this;
    }

    Row at(String where, Delivery how) {
      this.place = j(where);
      this.delivery = how;
      return this;
    }

    Row on(LocalDate day) {
      this.date = day;
      return this;
    }

    Row authorisedBy(BasisKind kind, String authority) {
      this.expected = Basis.of(kind, authority);
      return this;
    }

    Row refused() {
      this.expected = null;
      return this;
    }

    Row refusedWithNothingToAskFor() {
      this.expected = null;
      this.nothingAccepted = true;
      return this;
    }

    TherapistProfile profile() {
      return TherapistProfile.builder().id("th-1").displayName("Dr Row")
          .addAllLicences(licences).addAllRegistrations(registrations)
          .addAllCompactPrivileges(privileges).build();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Licence NY_PSYCHOLOGIST = licence(Discipline.PSYCHOLOGY, "US-NY");
  private static final CompactPrivilege APIT_FROM_NY =
      privilege(PSYPACT, PrivilegeKind.PSYPACT_APIT, "US-NY").build();

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    // PSYPACT APIT: telepsychology into any PSYPACT state from the home state.
    // https://psypact.gov/page/Practice_Related_FAQs
    rows.add(new Row("APIT by video into a member state").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-NJ", Delivery.VIDEO)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "PSYPACT-APIT"));
    // Telepsychology includes the telephone. https://psypact.gov/page/Practice_Related_FAQs
    rows.add(new Row("APIT by phone into a member state").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-TX", Delivery.PHONE)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "PSYPACT-APIT"));
    // APIT is telepsychology only; in-person work needs a TAP.
    // https://psypact.gov/page/Practice_Related_FAQs
    rows.add(new Row("APIT does not authorise in person").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-NJ", Delivery.IN_PERSON).refused());
    // PSYPACT authorises practice into PSYPACT states only. https://psypact.gov
    rows.add(new Row("APIT into a state outside PSYPACT").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-CA", Delivery.VIDEO).refused());
    // Applications opened on 1 July 2020; nothing authorised before.
    // https://nationalpsychologist.com/2020/04/july-1-is-target-date-for-first-psypact-applications/107068.html
    rows.add(new Row("APIT the day before PSYPACT was operational").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-NJ", Delivery.VIDEO).on(LocalDate.of(2020, 6, 30))
        .refused());
    rows.add(new Row("APIT on PSYPACT's first operational day").licence(NY_PSYCHOLOGIST)
        .privilege(APIT_FROM_NY).at("US-NJ", Delivery.VIDEO).on(LocalDate.of(2020, 7, 1))
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "PSYPACT-APIT"));
    // Only psychologists licensed in a PSYPACT state can hold an APIT.
    // https://indianapsychology.org/psypact_resources_using_techn.php
    rows.add(new Row("APIT whose home state is not a member")
        .licence(licence(Discipline.PSYCHOLOGY, "US-CA"))
        .privilege(privilege(PSYPACT, PrivilegeKind.PSYPACT_APIT, "US-CA").build())
        .at("US-NJ", Delivery.VIDEO).refused());
    // The authority rests on a current and active home licence.
    // https://nationalpsychologist.com/2020/04/july-1-is-target-date-for-first-psypact-applications/107068.html
    rows.add(new Row("APIT whose home licence has expired")
        .licence(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(j("US-NY"))
            .number("L-1").status(LicenceStatus.ACTIVE).validFrom(LONG_AGO)
            .validUntil(TODAY.minusDays(1)).build())
        .privilege(APIT_FROM_NY).at("US-NJ", Delivery.VIDEO).refused());
    // TAP: temporary in-person practice, 30 days a calendar year in each PSYPACT state.
    // https://www.marylandpsychology.org (PSYPACT FAQ); https://telehealth.org/covid-19-psypact/
    rows.add(new Row("TAP in person with days left this year").licence(NY_PSYCHOLOGIST)
        .privilege(tapInNewJersey(b -> b.putTemporaryDaysUsed(2026, 10)))
        .at("US-NJ", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "PSYPACT-TAP"));
    rows.add(new Row("TAP in person after its 30 days this year").licence(NY_PSYCHOLOGIST)
        .privilege(tapInNewJersey(b -> b.putTemporaryDaysUsed(2026, 30)))
        .at("US-NJ", Delivery.IN_PERSON).refused());
    rows.add(new Row("TAP days used up last year start again in January").licence(NY_PSYCHOLOGIST)
        .privilege(tapInNewJersey(b -> b.putTemporaryDaysUsed(2025, 30)))
        .at("US-NJ", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "PSYPACT-TAP"));
    // TAP is face-to-face practice; telepsychology needs an APIT.
    // https://psypact.gov/page/Practice_Related_FAQs
    rows.add(new Row("TAP does not authorise video").licence(NY_PSYCHOLOGIST)
        .privilege(tapInNewJersey(b -> b)).at("US-NJ", Delivery.VIDEO).refused());
    // The 30 days are counted per state; this TAP record is for New Jersey.
    // https://www.marylandpsychology.org (PSYPACT FAQ)
    rows.add(new Row("TAP recorded for another state").licence(NY_PSYCHOLOGIST)
        .privilege(tapInNewJersey(b -> b)).at("US-PA", Delivery.IN_PERSON).refused());
    // Counseling Compact: a privilege for one remote state, in person or by telehealth.
    // https://www.counseling.org/advocacy/counseling-compact/faqs
    rows.add(new Row("Counseling privilege by video in its state")
        .licence(licence(Discipline.COUNSELLING, "US-NJ")).privilege(counselingInNewYork())
        .at("US-NY", Delivery.VIDEO)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "COUNSELING-PRIVILEGE"));
    rows.add(new Row("Counseling privilege in person in its state")
        .licence(licence(Discipline.COUNSELLING, "US-NJ")).privilege(counselingInNewYork())
        .at("US-NY", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "COUNSELING-PRIVILEGE"));
    // "the privilege is specific to that state and does not apply to other compact states"
    // https://www.counseling.org/advocacy/counseling-compact/faqs
    rows.add(new Row("Counseling privilege in another member state")
        .licence(licence(Discipline.COUNSELLING, "US-NJ")).privilege(counselingInNewYork())
        .at("US-TX", Delivery.VIDEO).refused());
    // First privileges issued 30 September 2025. https://counselingcompact.org;
    // https://ethicsdemystified.com/what-is-the-counseling-compact
    rows.add(new Row("Counseling privilege before the compact issued any")
        .licence(licence(Discipline.COUNSELLING, "US-NJ")).privilege(counselingInNewYork())
        .at("US-NY", Delivery.VIDEO).on(LocalDate.of(2025, 9, 29)).refused());
    // The compact is for licensed professional counselors only.
    // https://counseling.org/government-affairs/counseling-compact
    rows.add(new Row("Counseling privilege resting on a psychology licence")
        .licence(licence(Discipline.PSYCHOLOGY, "US-NJ")).privilege(counselingInNewYork())
        .at("US-NY", Delivery.VIDEO).refused());
    // Social Work Licensure Compact: no multistate licence issued yet, no date shipped.
    // https://swcompact.org
    rows.add(new Row("Social work multistate licence before any is issued")
        .licence(licence(Discipline.SOCIAL_WORK, "US-MO"))
        .privilege(privilege(SWLC_UNANNOUNCED, PrivilegeKind.SOCIAL_WORK_MULTISTATE, "US-MO")
            .build())
        .at("US-WA", Delivery.VIDEO).refused());
    // Once operational, a multistate licence is valid in every member state.
    // https://swcompact.org
    rows.add(new Row("Social work multistate licence once operational, in person")
        .licence(licence(Discipline.SOCIAL_WORK, "US-MO"))
        .privilege(privilege(SWLC_OPERATIONAL, PrivilegeKind.SOCIAL_WORK_MULTISTATE, "US-MO")
            .build())
        .at("US-WA", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "SWLC-MULTISTATE"));
    // NLC: RN and LPN multistate licence, "physically and electronically".
    // https://www.ncsbn.org/nlc; https://azbn.gov/laws-rules/nurse-licensure-compact
    rows.add(new Row("Nurse multistate licence in person in another compact state")
        .licence(licence(Discipline.REGISTERED_NURSING, "US-TX"))
        .privilege(privilege(NLC, PrivilegeKind.NURSE_MULTISTATE, "US-TX").build())
        .at("US-FL", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.COMPACT_PRIVILEGE, "NLC-MULTISTATE"));
    // "Advanced practice registered nurses (APRNs) are not included in this compact."
    // https://azbn.gov/laws-rules/nurse-licensure-compact
    rows.add(new Row("Nurse compact privilege held on a psychiatric APRN licence")
        .licence(licence(Discipline.NURSING, "US-TX"))
        .privilege(privilege(NLC, PrivilegeKind.NURSE_MULTISTATE, "US-TX").build())
        .at("US-FL", Delivery.VIDEO).refused());
    // The enhanced NLC was implemented on 19 January 2018.
    // https://www.staffcare.com/locum-tenens-blog/news/how-the-enlc-affects-advanced-practice-nurses/
    rows.add(new Row("Nurse multistate licence before the enhanced NLC")
        .licence(licence(Discipline.REGISTERED_NURSING, "US-TX"))
        .privilege(privilege(NLC, PrivilegeKind.NURSE_MULTISTATE, "US-TX")
            .validFrom(LocalDate.of(2017, 1, 1)).build())
        .at("US-FL", Delivery.VIDEO).on(LocalDate.of(2018, 1, 18)).refused());
    // IMLC: separate licences from each state, no privilege. https://imlcc.com/faqs
    rows.add(new Row("IMLC-expedited licence authorises its own state")
        .licence(licence(Discipline.PSYCHIATRY, "US-NY"))
        .licence(licence(Discipline.PSYCHIATRY, "US-NJ")).at("US-NJ", Delivery.VIDEO)
        .authorisedBy(BasisKind.LICENCE, "US-NJ"));
    rows.add(new Row("IMLC membership alone authorises no other state")
        .licence(licence(Discipline.PSYCHIATRY, "US-NY")).at("US-PA", Delivery.VIDEO).refused());
    // US states license psychologists; a country-level licence is no licence.
    // https://www.asppb.net
    rows.add(new Row("Country-level US licence in a state")
        .licence(licence(Discipline.PSYCHOLOGY, "US")).at("US-CA", Delivery.VIDEO).refused());
    rows.add(new Row("California licence in California")
        .licence(licence(Discipline.PSYCHOLOGY, "US-CA")).at("US-CA", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.LICENCE, "US-CA"));
    // Telehealth is practice where the client is. https://psypact.gov/page/Practice_Related_FAQs
    rows.add(new Row("California licence, client in Nevada by video")
        .licence(licence(Discipline.PSYCHOLOGY, "US-CA")).at("US-NV", Delivery.VIDEO).refused());
    // Licences count only while active. https://www.asppb.net
    rows.add(new Row("Suspended licence").licence(Licence.builder()
            .discipline(Discipline.PSYCHOLOGY).jurisdiction(j("US-CA")).number("L-1")
            .status(LicenceStatus.SUSPENDED).validFrom(LONG_AGO).build())
        .at("US-CA", Delivery.VIDEO).refused());
    // UK: no statutory licence for counselling; accredited registers count.
    // https://www.professionalstandards.org.uk/what-we-do/accredited-registers
    rows.add(new Row("Invented UK counselling licence").licence(licence(Discipline.COUNSELLING,
        "GB")).at("GB", Delivery.VIDEO).refused());
    rows.add(new Row("COSRT-registered therapist by video in the UK")
        .registration(registration(StandardRegisters.COSRT, Discipline.COUNSELLING))
        .at("GB", Delivery.VIDEO).authorisedBy(BasisKind.REGISTRATION, "COSRT"));
    rows.add(new Row("COSRT-registered therapist in person in Scotland")
        .registration(registration(StandardRegisters.COSRT, Discipline.COUNSELLING))
        .at("GB-SCT", Delivery.IN_PERSON).authorisedBy(BasisKind.REGISTRATION, "COSRT"));
    rows.add(new Row("UKCP-registered psychotherapist in the UK")
        .registration(registration(StandardRegisters.UKCP, Discipline.OTHER))
        .at("GB", Delivery.PHONE).authorisedBy(BasisKind.REGISTRATION, "UKCP"));
    rows.add(new Row("Lapsed BACP registration")
        .registration(Registration.builder().register(StandardRegisters.BACP)
            .discipline(Discipline.COUNSELLING).number("R-1").status(LicenceStatus.ACTIVE)
            .validFrom(LONG_AGO).validUntil(TODAY.minusDays(1)).build())
        .at("GB", Delivery.VIDEO).refused());
    // A UK register does not authorise practice in a US state. https://www.asppb.net
    rows.add(new Row("COSRT registration, client in New York")
        .registration(registration(StandardRegisters.COSRT, Discipline.COUNSELLING))
        .at("US-NY", Delivery.VIDEO).refused());
    // "Practitioner psychologist" needs HCPC registration.
    // https://www.hcpc-uk.org/about-us/who-we-regulate/the-professions/
    rows.add(new Row("HCPC-registered practitioner psychologist in the UK")
        .registration(registration(StandardRegisters.HCPC, Discipline.PSYCHOLOGY))
        .at("GB", Delivery.VIDEO).authorisedBy(BasisKind.REGISTRATION, "HCPC"));
    rows.add(new Row("Psychologist with a counselling register entry only")
        .registration(registration(StandardRegisters.COSRT, Discipline.PSYCHOLOGY))
        .at("GB", Delivery.VIDEO).refused());
    // Australia registers psychologists nationally. https://www.psychologyboard.gov.au/registration.aspx
    rows.add(new Row("Australian national licence in New South Wales")
        .licence(licence(Discipline.PSYCHOLOGY, "AU")).at("AU-NSW", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.LICENCE, "AU"));
    // No state has licensed psychologists since the National Scheme began on 1 July 2010
    // (https://ahpra.gov.au/About-Ahpra/What-We-Do/FAQ.aspx): a "licence" recorded as issued by
    // New South Wales is not a basis (a new user's trial, session 14).
    rows.add(new Row("Psychology licence recorded as issued by New South Wales")
        .licence(licence(Discipline.PSYCHOLOGY, "AU-NSW")).at("AU-NSW", Delivery.VIDEO).refused());
    rows.add(new Row("Medical licence recorded as issued by Scotland")
        .licence(licence(Discipline.MEDICINE, "GB-SCT")).at("GB-SCT", Delivery.VIDEO).refused());
    // UK social work is registered per nation (Social Work England, SSSC, Social Care Wales,
    // NISCC): a UK-wide "licence" authorised every nation (a new user's trial, session 16).
    rows.add(new Row("Social-work licence recorded as issued by GB, client in Scotland")
        .licence(licence(Discipline.SOCIAL_WORK, "GB")).at("GB-SCT", Delivery.VIDEO).refused());
    rows.add(new Row("Social Work England registrant, client in England")
        .licence(licence(Discipline.SOCIAL_WORK, "GB-ENG")).at("GB-ENG", Delivery.VIDEO)
        .authorisedBy(BasisKind.LICENCE, "GB-ENG"));
    rows.add(new Row("Social Work England registrant, client in Scotland")
        .licence(licence(Discipline.SOCIAL_WORK, "GB-ENG")).at("GB-SCT", Delivery.VIDEO)
        .refused());
    rows.add(new Row("NISCC registrant, client in Northern Ireland, in person")
        .licence(licence(Discipline.SOCIAL_WORK, "GB-NIR")).at("GB-NIR", Delivery.IN_PERSON)
        .authorisedBy(BasisKind.LICENCE, "GB-NIR"));
    // Only the four nations license social workers: a council area's code is a subdivision too,
    // and a licence recorded as issued by one authorised there (a second trial, session 16).
    rows.add(new Row("Social-work licence recorded as issued by a London borough")
        .licence(licence(Discipline.SOCIAL_WORK, "GB-LND")).at("GB-LND", Delivery.VIDEO)
        .refusedWithNothingToAskFor());
    rows.add(new Row("Social-work licence recorded as issued by Cardiff")
        .licence(licence(Discipline.SOCIAL_WORK, "GB-CRF")).at("GB-CRF", Delivery.IN_PERSON)
        .refusedWithNothingToAskFor());
    rows.add(new Row("Psychology licence recorded as issued by a canton that does not exist")
        .licence(licence(Discipline.PSYCHOLOGY, "CH-ZZ")).at("CH-ZZ", Delivery.VIDEO)
        .refusedWithNothingToAskFor());
    // Swiss cantons authorise practice on one's own professional responsibility (PsyG Art. 22,
    // MedBG Art. 34): a country-level "licence" covered every canton.
    rows.add(new Row("Geneva authorisation, client in Geneva")
        .licence(licence(Discipline.PSYCHOLOGY, "CH-GE")).at("CH-GE", Delivery.VIDEO)
        .authorisedBy(BasisKind.LICENCE, "CH-GE"));
    rows.add(new Row("Geneva authorisation, client in Zurich")
        .licence(licence(Discipline.PSYCHOLOGY, "CH-GE")).at("CH-ZH", Delivery.VIDEO).refused());
    rows.add(new Row("Psychology licence recorded as issued by Switzerland, client in Geneva")
        .licence(licence(Discipline.PSYCHOLOGY, "CH")).at("CH-GE", Delivery.VIDEO).refused());
    rows.add(new Row("Medical licence recorded as issued by Switzerland, client in Vaud")
        .licence(licence(Discipline.MEDICINE, "CH")).at("CH-VD", Delivery.IN_PERSON).refused());
    // Germany licenses nationally (Approbation): the issuer default lets it cover the Laender.
    rows.add(new Row("German Approbation, client in Bavaria")
        .licence(licence(Discipline.PSYCHOLOGY, "DE")).at("DE-BY", Delivery.VIDEO)
        .authorisedBy(BasisKind.LICENCE, "DE"));
    rows.add(new Row("Ahpra registration in Victoria")
        .registration(registration(StandardRegisters.AHPRA_PSYCHOLOGY, Discipline.PSYCHOLOGY))
        .at("AU-VIC", Delivery.VIDEO).authorisedBy(BasisKind.REGISTRATION, "AHPRA-PSYCHOLOGY"));
    // Canadian provinces license. https://www.asppb.net;
    // https://www.ccpa-accp.ca/profession/regulation/
    rows.add(new Row("Ontario licence in Ontario")
        .licence(licence(Discipline.PSYCHOLOGY, "CA-ON")).at("CA-ON", Delivery.VIDEO)
        .authorisedBy(BasisKind.LICENCE, "CA-ON"));
    rows.add(new Row("Ontario licence, client in British Columbia")
        .licence(licence(Discipline.PSYCHOLOGY, "CA-ON")).at("CA-BC", Delivery.VIDEO).refused());
    rows.add(new Row("Country-level Canadian licence in Ontario")
        .licence(licence(Discipline.PSYCHOLOGY, "CA")).at("CA-ON", Delivery.VIDEO).refused());
    return rows;
  }

  @Test
  void aRegimeIssuedByAnotherCountrysSubdivisionsIsRefusedNotIgnored() {
    LicensingRegime cantons = LicensingRegime.issuedBy(Set.of(j("CH-GE")), Set.of(), "test");

    assertThatThrownBy(() -> LicensingPolicy.defaults()
            .with(j("GB"), Discipline.SOCIAL_WORK, cantons))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regime.issuers");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void authorisationRestsOnTheBasisTheLawGives(Row row) {
    Authorisation answer = PracticeAuthorisation.standard()
        .decide(row.profile(), row.place, row.delivery, row.date);

    assertThat(answer.basis()).isEqualTo(Optional.ofNullable(row.expected));
    assertThat(answer.isAuthorised()).isEqualTo(row.expected != null);
    // Refused, the answer names what would authorise, unless the place accepts no licence of
    // the discipline at all (a council area, where only the UK's nations license social work).
    assertThat(answer.missing().isEmpty()).isEqualTo(row.expected != null || row.nothingAccepted);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theGrantsTheMatcherCompilesGiveTheSameAnswer(Row row) {
    // The grants the matcher compiles agree with the answer, row by row.
    boolean granted = PracticeAuthorisation.standard().grants(row.profile()).stream()
        .anyMatch(g -> g.authorises(row.place, row.delivery, row.date));
    assertThat(granted).isEqualTo(row.expected != null);
  }
}
