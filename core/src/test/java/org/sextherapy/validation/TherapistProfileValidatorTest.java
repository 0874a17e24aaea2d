package org.sextherapy.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.validation.Severity.ERROR;
import static org.sextherapy.validation.Severity.INFO;
import static org.sextherapy.validation.Severity.WARNING;
import static org.sextherapy.validation.TherapistProfileValidator.ACCEPTING_WITHOUT_CAPACITY;
import static org.sextherapy.validation.TherapistProfileValidator.AVAILABILITY_STALE;
import static org.sextherapy.validation.TherapistProfileValidator.CERTIFICATION_CREDITS_SHORT;
import static org.sextherapy.validation.TherapistProfileValidator.CERTIFICATION_LAPSED;
import static org.sextherapy.validation.TherapistProfileValidator.CERTIFICATION_NOT_YET_VALID;
import static org.sextherapy.validation.TherapistProfileValidator.IN_PERSON_WITHOUT_LOCATION;
import static org.sextherapy.validation.TherapistProfileValidator.LICENCE_EXPIRED;
import static org.sextherapy.validation.TherapistProfileValidator.LICENCE_NOT_ACTIVE;
import static org.sextherapy.validation.TherapistProfileValidator.LICENCE_NOT_YET_VALID;
import static org.sextherapy.validation.TherapistProfileValidator.LICENCE_TAXONOMY_OTHER_DISCIPLINE;
import static org.sextherapy.validation.TherapistProfileValidator.NO_AUTHORISATION;
import static org.sextherapy.validation.TherapistProfileValidator.NO_DELIVERY;
import static org.sextherapy.validation.TherapistProfileValidator.NO_EXPERTISE;
import static org.sextherapy.validation.TherapistProfileValidator.NO_FORMAT;
import static org.sextherapy.validation.TherapistProfileValidator.NO_LANGUAGE;
import static org.sextherapy.validation.TherapistProfileValidator.PRIVILEGE_HOME_NOT_MEMBER;
import static org.sextherapy.validation.TherapistProfileValidator.PRIVILEGE_WITHOUT_HOME_LICENCE;
import static org.sextherapy.validation.TherapistProfileValidator.SLIDING_SCALE_UPSIDE_DOWN;
import static org.sextherapy.validation.TherapistProfileValidator.FEE_FOR_FORMAT_NOT_OFFERED;
import static org.sextherapy.validation.TherapistProfileValidator.NETWORK_NOWHERE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.StandardModalities;

class TherapistProfileValidatorTest {

  private static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Instant START_OF_DATE = DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Jurisdiction NEW_YORK = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NEW_JERSEY = Jurisdiction.parse("US-NJ");
  private static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(NEW_YORK, NEW_JERSEY, Jurisdiction.parse("US-TX")));

  private final TherapistProfileValidator validator = new TherapistProfileValidator();

  /** A clean, complete profile, open to change field by field before it is built. */
  private static final class Profile {
    Set<Locale> languages = Set.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
    List<Expertise> expertise = List.of(
        Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST),
        Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.EXPERIENCED));
    Set<SessionFormat> formats = EnumSet.of(SessionFormat.INDIVIDUAL, SessionFormat.COUPLE);
    Set<Delivery> deliveries = EnumSet.of(Delivery.IN_PERSON, Delivery.VIDEO);
    List<PracticeLocation> locations =
        List.of(PracticeLocation.of(NEW_YORK, Coordinates.of(40.7128, -74.006)));
    List<Licence> licences = new ArrayList<>(List.of(newYorkPsychologist().build()));
    List<CompactPrivilege> privileges =
        List.of(CompactPrivilege.of(PSYPACT, NEW_YORK, LocalDate.of(2024, 1, 1)));
    List<Certification> certifications = new ArrayList<>(List.of(Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(LocalDate.of(2025, 3, 1))
        .ceCreditsEarned(20).build()));
    Optional<FeeSchedule> fees = Optional.of(FeeSchedule.of(Currency.getInstance("USD"),
        SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("180"),
            SlidingScale.of(new BigDecimal("80"), new BigDecimal("180")))));
    List<NetworkParticipation> networks = List.of(NetworkParticipation.builder()
        .payer(Payer.commercial("acme-health")).network(NetworkId.of("acme-ppo")).telehealth(true)
        .build());
    boolean accepting = true;
    int capacity = 3;
    Optional<Instant> confirmedAt = Optional.of(START_OF_DATE.minus(Duration.ofDays(10)));

    TherapistProfile build() {
      return TherapistProfile.builder().id("th-1").displayName("Dr Maya Levin")
          .gender(GenderIdentity.of(GenderTerm.WOMAN)).pronouns("she/her")
          .addAllLanguages(languages).addAllExpertise(expertise)
          .addPopulations(Population.ADULTS, Population.COUPLES, Population.LGBTQ)
          .addAllFormats(formats).addAllDeliveries(deliveries).addAllLocations(locations)
          .addDegrees(Degree.of(DegreeLevel.DOCTORATE, "PhD", true))
          .addAllLicences(licences).addAllCompactPrivileges(privileges)
          .addAllCertifications(certifications)
          .training(TrainingRecord.builder().humanSexualityEducationHours(90)
              .sexTherapyTrainingHours(60).attitudeReassessmentCompleted(true)
              .supervisedClinicalHours(300).telehealthClinicalHours(100).supervisionHours(50)
              .postDegreeExperienceYears(8).build())
          .addModalities(StandardModalities.CBT, StandardModalities.SENSATE_FOCUS)
          .fees(fees).addAllNetworks(networks).acceptingNewClients(accepting)
          .openCapacity(capacity).availabilityConfirmedAt(confirmedAt)
          .build();
    }
  }

  private static Licence.Builder newYorkPsychologist() {
    return Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NEW_YORK)
        .number("PSY-014233").status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2018, 1, 1))
        .validUntil(LocalDate.of(2027, 12, 31)).taxonomyCode(CodeCatalogue.NUCC_PSYCHOLOGIST);
  }

  /** A second licence, in New Jersey social work, valid from 2020 until the given day. */
  private static Licence.Builder newJerseySocialWorker() {
    return Licence.builder().discipline(Discipline.SOCIAL_WORK).jurisdiction(NEW_JERSEY)
        .number("LCSW-77").status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1));
  }

  private ValidationResult validate(Profile profile) {
    return validator.validate(profile.build(), DATE);
  }

  private static void assertOnly(ValidationResult result, String ruleId, String path,
      Severity severity) {
    assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
        Violation::severity).containsExactly(tuple(ruleId, path, severity));
  }

  @Test
  void cleanCompleteProfileHasNoViolationAtAll() {
    ValidationResult result = validate(new Profile());

    assertThat(result.violations()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void profileOfferingNoFormatIsAnError() {
    Profile profile = new Profile();
    profile.formats = Set.of();

    assertOnly(validate(profile), NO_FORMAT, "$.formats", ERROR);
    assertThat(validate(profile).isValid()).isFalse();
  }

  @Test
  void profileOfferingNoDeliveryIsAnError() {
    Profile profile = new Profile();
    profile.deliveries = Set.of();

    assertOnly(validate(profile), NO_DELIVERY, "$.deliveries", ERROR);
  }

  @Test
  void inPersonSessionsWithoutAPracticeLocationAreAnError() {
    Profile profile = new Profile();
    profile.locations = List.of();

    assertOnly(validate(profile), IN_PERSON_WITHOUT_LOCATION, "$.locations", ERROR);
  }

  @Test
  void videoOnlyPracticeNeedsNoPracticeLocation() {
    Profile profile = new Profile();
    profile.locations = List.of();
    profile.deliveries = EnumSet.of(Delivery.VIDEO, Delivery.PHONE);

    assertThat(validate(profile).violations()).isEmpty();
  }

  @Test
  void profileListingNoLanguageIsWarned() {
    Profile profile = new Profile();
    profile.languages = Set.of();

    assertOnly(validate(profile), NO_LANGUAGE, "$.languages", WARNING);
  }

  @Test
  void profileDeclaringNoExpertiseIsWarnedItMatchesNoRequest() {
    Profile profile = new Profile();
    profile.expertise = List.of();

    assertOnly(validate(profile), NO_EXPERTISE, "$.expertise", WARNING);
  }

  @Test
  void profileWithoutAnyLicenceIsWarnedItMatchesNoRequest() {
    Profile profile = new Profile();
    profile.licences.clear();
    profile.privileges = List.of();

    assertOnly(validate(profile), NO_AUTHORISATION, "$.licences", WARNING);
  }

  @Test
  void licenceIsValidOnItsLastValidDayAndExpiredTheDayAfter() {
    Profile lastDay = new Profile();
    lastDay.licences.add(newJerseySocialWorker().validUntil(DATE).build());
    Profile dayAfter = new Profile();
    dayAfter.licences.add(newJerseySocialWorker().validUntil(DATE.minusDays(1)).build());

    assertThat(validate(lastDay).violations()).isEmpty();
    assertOnly(validate(dayAfter), LICENCE_EXPIRED, "$.licences[1].validUntil", WARNING);
  }

  @Test
  void licenceWithStatusExpiredIsExpiredWhateverItsDates() {
    Profile profile = new Profile();
    profile.licences.add(newJerseySocialWorker().status(LicenceStatus.EXPIRED).build());

    assertOnly(validate(profile), LICENCE_EXPIRED, "$.licences[1].status", WARNING);
  }

  @Test
  void onlyExpiredLicenceLeavesNoValidLicence() {
    Profile profile = new Profile();
    profile.licences.set(0, newYorkPsychologist().validUntil(DATE.minusDays(1)).build());

    assertThat(validate(profile).violations()).extracting(Violation::ruleId)
        .containsExactly(LICENCE_EXPIRED, PRIVILEGE_WITHOUT_HOME_LICENCE, NO_AUTHORISATION);
  }

  @ParameterizedTest
  @EnumSource(value = LicenceStatus.class, names = {"INACTIVE", "SUSPENDED", "REVOKED"})
  void inactiveSuspendedOrRevokedLicenceIsWarned(LicenceStatus status) {
    Profile profile = new Profile();
    profile.licences.add(newJerseySocialWorker().status(status).build());

    ValidationResult result = validate(profile);

    assertOnly(result, LICENCE_NOT_ACTIVE, "$.licences[1].status", WARNING);
    assertThat(result.violations().get(0).message()).contains(status.id()).contains("US-NJ");
  }

  @Test
  void aSocialWorkLicenceCodedAsAClinicalPsychologistIsReportedAndASpecialtyOfItsOwnIsNot() {
    Profile mislabelled = new Profile();
    mislabelled.licences.add(newJerseySocialWorker()
        .taxonomyCode(CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST).build());
    Profile specialty = new Profile();
    specialty.licences.set(0, newYorkPsychologist()
        .taxonomyCode(CodeCatalogue.NUCC_CLINICAL_PSYCHOLOGIST).build());

    ValidationResult result = validate(mislabelled);

    assertOnly(result, LICENCE_TAXONOMY_OTHER_DISCIPLINE, "$.licences[1].taxonomyCode", WARNING);
    assertThat(result.violations().get(0).message()).contains("social-work")
        .contains("103TC0700X").contains("psychology");
    assertThat(validate(specialty).violations()).isEmpty();
  }

  @Test
  void theValidatorAndTheCatalogueLookupAgreeOnEveryCodeAndDiscipline() {
    for (Code code : CodeCatalogue.all()) {
      if (code.system() != CodeSystem.NUCC_PROVIDER_TAXONOMY) {
        continue;
      }
      for (Discipline discipline : Discipline.values()) {
        Profile profile = new Profile();
        profile.licences.add(newJerseySocialWorker().discipline(discipline).taxonomyCode(code)
            .build());
        boolean reported = validate(profile).violations().stream()
            .anyMatch(v -> v.ruleId().equals(LICENCE_TAXONOMY_OTHER_DISCIPLINE));

        assertThat(reported).as(discipline + " " + code)
            .isEqualTo(!Discipline.forTaxonomy(code).orElseThrow().equals(discipline));
      }
    }
  }

  @Test
  void theOtherDisciplineMessageNamesCodesNeverTheTitleARecordCarries() {
    Profile profile = new Profile();
    profile.licences.add(newJerseySocialWorker().taxonomyCode(Code.of(
        CodeSystem.NUCC_PROVIDER_TAXONOMY, "103TC0700X", RandomValues.SENTINEL,
        Certainty.UNCERTAIN)).build());

    ValidationResult result = validate(profile);

    assertOnly(result, LICENCE_TAXONOMY_OTHER_DISCIPLINE, "$.licences[1].taxonomyCode", WARNING);
    assertThat(result.violations().get(0).message()).doesNotContain(RandomValues.SENTINEL);
    assertThat(result.toString()).doesNotContain(RandomValues.SENTINEL);
  }

  @Test
  void aLicenceCodedWithANuccCodeTheLibraryDoesNotMapIsNotJudged() {
    Profile schoolCode = new Profile();
    schoolCode.licences.add(newJerseySocialWorker().taxonomyCode(Code.of(
        CodeSystem.NUCC_PROVIDER_TAXONOMY, "1041S0200X", "Social Worker, School",
        Certainty.UNCERTAIN)).build());

    assertThat(validate(schoolCode).violations()).isEmpty();
  }

  @Test
  void licenceStartingTomorrowIsNotYetValidAndOneStartingTodayIs() {
    Profile today = new Profile();
    today.licences.add(newJerseySocialWorker().validFrom(DATE).build());
    Profile tomorrow = new Profile();
    tomorrow.licences.add(newJerseySocialWorker().validFrom(DATE.plusDays(1)).build());

    assertThat(validate(today).violations()).isEmpty();
    assertOnly(validate(tomorrow), LICENCE_NOT_YET_VALID, "$.licences[1].validFrom", INFO);
  }

  @Test
  void aasectCertificationIsCurrentOnItsLastValidDayAndLapsedTheDayAfter() {
    Profile lastDay = new Profile();
    lastDay.certifications.set(0, Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(DATE.minusYears(3).plusDays(1))
        .ceCreditsEarned(20).build());
    Profile dayAfter = new Profile();
    dayAfter.certifications.set(0, Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(DATE.minusYears(3))
        .ceCreditsEarned(20).build());

    assertThat(validate(lastDay).violations()).isEmpty();
    assertOnly(validate(dayAfter), CERTIFICATION_LAPSED, "$.certifications[0]", WARNING);
  }

  @Test
  void membershipLapseLapsesAnAasectCertification() {
    Profile profile = new Profile();
    profile.certifications.set(0, Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(LocalDate.of(2025, 3, 1))
        .ceCreditsEarned(20).membershipCurrent(false).build());

    ValidationResult result = validate(profile);

    assertOnly(result, CERTIFICATION_LAPSED, "$.certifications[0]", WARNING);
    assertThat(result.violations().get(0).message()).contains("AASECT-CST");
  }

  @Test
  void certificationIssuedTomorrowIsNotYetValid() {
    Profile today = new Profile();
    today.certifications.set(0, Certification.builder().credential(StandardCredentials.AASECT_CSE)
        .issued(DATE).build());
    Profile tomorrow = new Profile();
    tomorrow.certifications.set(0, Certification.builder()
        .credential(StandardCredentials.AASECT_CSE).issued(DATE.plusDays(1)).build());

    assertThat(validate(today).violations()).isEmpty();
    assertOnly(validate(tomorrow), CERTIFICATION_NOT_YET_VALID, "$.certifications[0].issued",
        INFO);
  }

  @Test
  void certificationEndingWithin180DaysWithoutItsCreditsIsNotedAnd181DaysIsNot() {
    Profile at180 = new Profile();
    at180.certifications.set(0, aasectCstEndingOn(DATE.plusDays(180), 19));
    Profile at181 = new Profile();
    at181.certifications.set(0, aasectCstEndingOn(DATE.plusDays(181), 19));
    Profile creditsEarned = new Profile();
    creditsEarned.certifications.set(0, aasectCstEndingOn(DATE.plusDays(180), 20));

    ValidationResult result = validate(at180);

    assertOnly(result, CERTIFICATION_CREDITS_SHORT, "$.certifications[0].ceCreditsEarned", INFO);
    assertThat(result.violations().get(0).message()).contains("1 CE credits");
    assertThat(validate(at181).violations()).isEmpty();
    assertThat(validate(creditsEarned).violations()).isEmpty();
  }

  private static Certification aasectCstEndingOn(LocalDate lastDay, int credits) {
    Certification cst = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(lastDay.plusDays(1).minusYears(3)).ceCreditsEarned(credits).build();
    assertThat(cst.lastValidDay()).contains(lastDay);
    return cst;
  }

  @Test
  void supervisorCertificationIssuedBeforeTheCstWasHeldForTwoYearsIsReported() {
    Profile profile = new Profile();
    profile.certifications.add(Certification.builder()
        .credential(StandardCredentials.AASECT_CST_SUPERVISOR).issued(LocalDate.of(2026, 2, 1))
        .ceCreditsEarned(20).build());

    assertOnly(validate(profile), CERTIFICATION_LAPSED, "$.certifications[1]", WARNING);
    assertThat(validate(profile).violations().get(0).message())
        .contains("needs AASECT-CST held for P2Y");
  }

  @Test
  void supervisorCertificationLapsesWithItsSexTherapistCertification() {
    Certification supervisor = Certification.builder()
        .credential(StandardCredentials.AASECT_CST_SUPERVISOR).issued(LocalDate.of(2026, 2, 1))
        .ceCreditsEarned(20).build();
    Certification lapsedCst = Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(DATE.minusYears(3)).ceCreditsEarned(20).build();
    Certification cstSince2024 = Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(LocalDate.of(2024, 1, 1))
        .ceCreditsEarned(20).build();
    Profile withCurrentCst = new Profile();
    withCurrentCst.certifications.set(0, cstSince2024);
    withCurrentCst.certifications.add(supervisor);
    Profile withLapsedCst = new Profile();
    withLapsedCst.certifications.set(0, lapsedCst);
    withLapsedCst.certifications.add(supervisor);
    Profile withoutCst = new Profile();
    withoutCst.certifications.set(0, supervisor);

    assertThat(validate(withCurrentCst).violations()).isEmpty();
    assertThat(validate(withLapsedCst).violations())
        .extracting(Violation::ruleId, Violation::path, Violation::severity)
        .containsExactly(tuple(CERTIFICATION_LAPSED, "$.certifications[0]", WARNING),
            tuple(CERTIFICATION_LAPSED, "$.certifications[1]", WARNING));
    ValidationResult result = validate(withoutCst);
    assertOnly(result, CERTIFICATION_LAPSED, "$.certifications[0]", WARNING);
    assertThat(result.violations().get(0).message()).contains("AASECT-CST-S")
        .contains("AASECT-CST ");
  }

  @Test
  void privilegeWhoseHomeIsNotAMemberIsAnError() {
    Jurisdiction california = Jurisdiction.parse("US-CA");
    Profile profile = new Profile();
    profile.licences.add(newYorkPsychologist().jurisdiction(california).build());
    profile.privileges = List.of(CompactPrivilege.of(PSYPACT, california,
        LocalDate.of(2024, 1, 1)));

    assertOnly(validate(profile), PRIVILEGE_HOME_NOT_MEMBER,
        "$.compactPrivileges[0].homeJurisdiction", ERROR);
  }

  @Test
  void privilegeDatedBeforeItsCompactWasOperationalIsWarned() {
    Profile profile = new Profile();
    profile.privileges = List.of(CompactPrivilege.of(PSYPACT, NEW_YORK,
        LocalDate.of(2019, 5, 1)));

    // PSYPACT opened applications on 2020-07-01 (https://psypact.gov).
    assertOnly(validate(profile), TherapistProfileValidator.PRIVILEGE_BEFORE_COMPACT,
        "$.compactPrivileges[0].validFrom", WARNING);
  }

  @Test
  void tapWhoseThirtyDaysAreUsedThisYearAuthorisesNothingUntilJanuary() {
    Profile profile = new Profile();
    profile.privileges = List.of(CompactPrivilege.builder().compact(PSYPACT)
        .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(NEW_YORK).remoteJurisdiction(NEW_JERSEY)
        .validFrom(LocalDate.of(2024, 1, 1)).putTemporaryDaysUsed(DATE.getYear(), 30).build());

    assertOnly(validate(profile), TherapistProfileValidator.PRIVILEGE_DAYS_EXHAUSTED,
        "$.compactPrivileges[0].temporaryDaysUsed", WARNING);
    assertThat(validator.validate(profile.build(), LocalDate.of(DATE.getYear() + 1, 1, 2))
        .violations()).extracting(Violation::ruleId)
        .doesNotContain(TherapistProfileValidator.PRIVILEGE_DAYS_EXHAUSTED);
  }

  @Test
  void counselingPrivilegeForAStateOutsideTheCompactIsAnError() {
    Profile profile = new Profile();
    profile.licences.add(Licence.builder().discipline(Discipline.COUNSELLING)
        .jurisdiction(NEW_JERSEY).number("LPC-1").status(LicenceStatus.ACTIVE)
        .validFrom(LocalDate.of(2020, 1, 1)).build());
    profile.privileges = List.of(CompactPrivilege.builder()
        .compact(InterstateCompact.of(CompactKind.COUNSELING_COMPACT, Set.of(NEW_YORK, NEW_JERSEY)))
        .kind(PrivilegeKind.COUNSELING_PRIVILEGE).homeJurisdiction(NEW_JERSEY)
        .remoteJurisdiction(Jurisdiction.parse("US-CA")).validFrom(LocalDate.of(2025, 10, 1))
        .build());

    assertOnly(validate(profile), TherapistProfileValidator.PRIVILEGE_REMOTE_NOT_MEMBER,
        "$.compactPrivileges[0].remoteJurisdiction", ERROR);
  }

  @Test
  void socialWorkMultistateLicenceAuthorisesNothingWhileTheCompactIsNotOperational() {
    Profile profile = new Profile();
    profile.licences.add(newJerseySocialWorker().build());
    profile.privileges = List.of(CompactPrivilege.of(InterstateCompact.of(
        CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of(NEW_YORK, NEW_JERSEY)), NEW_JERSEY,
        LocalDate.of(2026, 1, 1)));

    // No multistate licence had been issued when the library shipped (https://swcompact.org).
    assertOnly(validate(profile), TherapistProfileValidator.PRIVILEGE_COMPACT_NOT_OPERATIONAL,
        "$.compactPrivileges[0].compact", WARNING);
  }

  @Test
  void ukCounsellingLicenceIsNotRecognisedButARegisterEntryIs() {
    Profile profile = new Profile();
    profile.licences.add(Licence.builder().discipline(Discipline.COUNSELLING)
        .jurisdiction(Jurisdiction.country("GB")).number("UK-1").status(LicenceStatus.ACTIVE)
        .validFrom(LocalDate.of(2020, 1, 1)).build());

    // The UK has no statutory licence for counselling
    // (https://www.professionalstandards.org.uk/what-we-do/accredited-registers).
    assertOnly(validate(profile), TherapistProfileValidator.LICENCE_NOT_RECOGNISED,
        "$.licences[1].jurisdiction", WARNING);
  }

  @Test
  void privilegeIsWarnedTheDayAfterItsLastValidDayNotOnIt() {
    Profile onLastDay = new Profile();
    onLastDay.privileges = List.of(CompactPrivilege.of(PSYPACT, NEW_YORK,
        LocalDate.of(2024, 1, 1), DATE));
    Profile dayAfter = new Profile();
    dayAfter.privileges = List.of(CompactPrivilege.of(PSYPACT, NEW_YORK,
        LocalDate.of(2024, 1, 1), DATE.minusDays(1)));

    assertThat(validate(onLastDay).violations()).isEmpty();
    assertOnly(validate(dayAfter), TherapistProfileValidator.PRIVILEGE_EXPIRED,
        "$.compactPrivileges[0].validUntil", WARNING);
  }

  @Test
  void privilegeNeedsAValidHomeLicenceInADisciplineTheCompactCovers() {
    Profile wrongDiscipline = new Profile();
    wrongDiscipline.licences.add(newJerseySocialWorker().build());
    wrongDiscipline.privileges = List.of(CompactPrivilege.of(PSYPACT, NEW_JERSEY,
        LocalDate.of(2024, 1, 1)));
    Profile countryLicence = new Profile();
    countryLicence.licences.set(0, newYorkPsychologist().jurisdiction(Jurisdiction.country("US"))
        .build());

    assertOnly(validate(wrongDiscipline), TherapistProfileValidator.PRIVILEGE_WRONG_DISCIPLINE,
        "$.compactPrivileges[0]", ERROR);
    assertThat(validate(countryLicence).violations()).as("states license, not the country")
        .extracting(Violation::ruleId, Violation::path).containsExactly(
            tuple(TherapistProfileValidator.LICENCE_NOT_RECOGNISED, "$.licences[0].jurisdiction"),
            tuple(PRIVILEGE_WITHOUT_HOME_LICENCE, "$.compactPrivileges[0]"),
            tuple(NO_AUTHORISATION, "$.licences"));
  }

  @Test
  void upsideDownSlidingScaleIsAnErrorAndAFlatOneIsNot() {
    Currency usd = Currency.getInstance("USD");
    Profile upsideDown = new Profile();
    upsideDown.fees = Optional.of(FeeSchedule.of(usd, SessionFee.of(SessionFormat.INDIVIDUAL,
        50, new BigDecimal("180"),
        SlidingScale.of(new BigDecimal("180.01"), new BigDecimal("180")))));
    Profile flat = new Profile();
    flat.fees = Optional.of(FeeSchedule.of(usd, SessionFee.of(SessionFormat.INDIVIDUAL, 50,
        new BigDecimal("180"), SlidingScale.of(new BigDecimal("180"), new BigDecimal("180.00")))));

    assertOnly(validate(upsideDown), SLIDING_SCALE_UPSIDE_DOWN,
        "$.fees.sessionFees[0].slidingScale", ERROR);
    assertThat(validate(flat).violations()).isEmpty();
  }

  @Test
  void aFeeForAFormatTheTherapistDoesNotOfferIsWarned() {
    Profile groupFee = new Profile();
    groupFee.fees = Optional.of(FeeSchedule.of(Currency.getInstance("USD"),
        SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("180")),
        SessionFee.of(SessionFormat.GROUP, 90, new BigDecimal("60"))));

    assertOnly(validate(groupFee), FEE_FOR_FORMAT_NOT_OFFERED, "$.fees.sessionFees[1].format",
        WARNING);
  }

  @Test
  void aNetworkThatCoversNeitherTelehealthNorALocationIsWarned() {
    Profile nowhere = new Profile();
    nowhere.networks = List.of(NetworkParticipation.of(Payer.commercial("acme-health"),
        NetworkId.of("acme-ppo")));
    Profile atTheOffice = new Profile();
    atTheOffice.networks = nowhere.networks;
    atTheOffice.locations = List.of(PracticeLocation.builder().jurisdiction(NEW_YORK)
        .addNetworks(NetworkId.of("acme-ppo")).build());

    assertOnly(validate(nowhere), NETWORK_NOWHERE, "$.networks[0]", WARNING);
    assertThat(validate(atTheOffice).violations()).isEmpty();
  }

  @Test
  void acceptingNewClientsWithoutCapacityIsWarnedButNotAcceptingWithoutCapacityIsNot() {
    Profile accepting = new Profile();
    accepting.capacity = 0;
    Profile full = new Profile();
    full.capacity = 0;
    full.accepting = false;

    assertOnly(validate(accepting), ACCEPTING_WITHOUT_CAPACITY, "$.openCapacity", WARNING);
    assertThat(validate(full).violations()).isEmpty();
  }

  @Test
  void availabilityConfirmedExactly90DaysBeforeIsFreshAnd91DaysBeforeIsStale() {
    Profile at90 = new Profile();
    at90.confirmedAt = Optional.of(START_OF_DATE.minus(Duration.ofDays(90)));
    Profile at91 = new Profile();
    at91.confirmedAt = Optional.of(START_OF_DATE.minus(Duration.ofDays(91)));

    assertThat(validate(at90).violations()).isEmpty();
    assertOnly(validate(at91), AVAILABILITY_STALE, "$.availabilityConfirmedAt", INFO);
  }

  @Test
  void availabilityNeverConfirmedIsStale() {
    Profile profile = new Profile();
    profile.confirmedAt = Optional.empty();

    assertOnly(validate(profile), AVAILABILITY_STALE, "$.availabilityConfirmedAt", INFO);
  }

  @Test
  void validatorJudgesOnTheDateItIsGivenNotOnTheClock() {
    TherapistProfile profile = new Profile().build();

    assertThat(validator.validate(profile, LocalDate.of(2028, 6, 1)).violations())
        .extracting(Violation::ruleId)
        .containsExactly(LICENCE_EXPIRED, PRIVILEGE_WITHOUT_HOME_LICENCE, NO_AUTHORISATION,
            CERTIFICATION_LAPSED, AVAILABILITY_STALE);
  }

  @Test
  void validatorDoesNotThrowAtTheEndsOfTheCalendar() {
    Profile late = new Profile();
    late.certifications.add(Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(LocalDate.MAX).build());
    late.certifications.add(Certification.builder().credential(StandardCredentials.AASECT_CST)
        .issued(LocalDate.of(2025, 3, 1)).expires(LocalDate.MAX).build());
    late.licences.add(newJerseySocialWorker().validFrom(LocalDate.MAX).build());
    late.confirmedAt = Optional.of(Instant.MAX);
    TherapistProfile profile = late.build();
    TherapistProfile early = new Profile().build();

    for (LocalDate date : List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(100))) {
      assertThatCode(() -> validator.validate(profile, date)).as("on %s", date)
          .doesNotThrowAnyException();
      assertThatCode(() -> validator.validate(early, date)).as("on %s", date)
          .doesNotThrowAnyException();
    }
  }
}
