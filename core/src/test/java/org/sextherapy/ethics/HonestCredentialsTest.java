package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStanding;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Ethical rule 6: honest credentials on a date, and competence. */
class HonestCredentialsTest {

  /** Issued so that its last valid day under AASECT's 3-year cycle is {@link Examples#DATE}. */
  private static final LocalDate ISSUED = LocalDate.of(2023, 11, 27);

  private static Certification certification(Credential credential) {
    return Certification.builder().credential(credential).issued(ISSUED).ceCreditsEarned(20)
        .build();
  }

  private static TherapistProfile.Builder cst() {
    return Examples.profile().training(Examples.cstTraining().build())
        .addCertifications(certification(StandardCredentials.AASECT_CST));
  }

  @Nested
  class CertificationCurrent {

    private final String rule = EthicalRules.CERTIFICATION_CURRENT.id();

    @Test
    void certificationOnItsLastValidDayIsCurrent() {
      assertThat(REVIEW.reviewProfile(cst().build(), DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void certificationTheDayAfterItsLastValidDayIsReportedAsLapsedAndTheProfileStaysUsable() {
      ValidationResult result = REVIEW.reviewProfile(cst().build(), DATE.plusDays(1));

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.path()).isEqualTo("$.certifications[0]");
        assertThat(v.message()).contains("AASECT-CST", "lapsed");
      });
    }

    @Test
    void certificationBeforeItsIssueIsNotShownAsHeld() {
      ValidationResult result = REVIEW.reviewProfile(cst().build(), ISSUED.minusDays(1));

      assertThat(result.violations()).filteredOn(v -> v.ruleId().equals(rule))
          .singleElement().satisfies(v -> assertThat(v.message()).contains("not yet valid"));
    }

    @Test
    void lapsedMembershipLapsesAnAasectCertification() {
      TherapistProfile profile = Examples.profile().training(Examples.cstTraining().build())
          .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
              .issued(ISSUED).membershipCurrent(false).build())
          .build();

      assertThat(Examples.ruleIds(REVIEW.reviewProfile(profile, DATE))).containsExactly(rule);
    }

    @Test
    void supervisorCredentialLapsesWithTheCst() {
      TherapistProfile lapsedCst = Examples.profile().training(Examples.cstTraining().build())
          .addCertifications(
              Certification.builder().credential(StandardCredentials.AASECT_CST)
                  .issued(ISSUED.minusYears(3)).build(),
              certification(StandardCredentials.AASECT_CST_SUPERVISOR))
          .build();

      ValidationResult result = REVIEW.reviewProfile(lapsedCst, DATE);

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.certifications[0]"),
              tuple(rule, "$.certifications[1]"));
      assertThat(result.violations().get(1).message()).contains("AASECT-CST-S", "AASECT-CST");
    }

    @Test
    void supervisorWithACstHeldForTwoYearsWhenIssuedIsCurrent() {
      TherapistProfile profile = Examples.profile().training(Examples.cstTraining().build())
          .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
                  .issued(ISSUED.minusYears(2)).expires(DATE).ceCreditsEarned(20).build(),
              certification(StandardCredentials.AASECT_CST_SUPERVISOR))
          .build();

      assertThat(REVIEW.reviewProfile(profile, DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void supervisorIssuedBeforeTheCstWasHeldForTwoYearsIsNotShownAsHeld() {
      TherapistProfile profile = Examples.profile().training(Examples.cstTraining().build())
          .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
                  .issued(ISSUED.minusYears(2).plusDays(1)).expires(DATE).build(),
              certification(StandardCredentials.AASECT_CST_SUPERVISOR))
          .build();

      ValidationResult result = REVIEW.reviewProfile(profile, DATE);

      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.path()).isEqualTo("$.certifications[1]");
        assertThat(v.message()).contains("AASECT-CST-S", "needs AASECT-CST held for P2Y");
      });
      assertThat(profile.certifications().get(1).standingOn(DATE, profile.certifications()))
          .isEqualTo(CertificationStanding.REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH);
    }

    @Test
    void anIsswshFellowshipLapsesWithMembership() {
      Certification fellow = Certification.builder()
          .credential(StandardCredentials.ISSWSH_FELLOW).issued(DATE.minusYears(1))
          .membershipCurrent(false).build();

      assertThat(fellow.standingOn(DATE, List.of(fellow)))
          .isEqualTo(CertificationStanding.MEMBERSHIP_LAPSED);
      assertThat(REVIEW.reviewProfile(Examples.profile().addCertifications(fellow).build(), DATE)
          .hasViolation(rule)).isTrue();
    }

    @Test
    void supervisorWithoutAnyCstIsReportedAsLapsed() {
      TherapistProfile profile = Examples.profile()
          .addCertifications(certification(StandardCredentials.AASECT_CST_SUPERVISOR)).build();

      assertThat(REVIEW.reviewProfile(profile, DATE).violations())
          .extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.certifications[0]"));
    }
  }

  @Nested
  class CertificationNeedsLicence {

    private final String rule = EthicalRules.CERTIFICATION_NEEDS_LICENCE.id();

    private TherapistProfile cstWithLicence(Licence licence) {
      return TherapistProfile.builder().id("th-2").displayName("Dr Example")
          .addDegrees(Degree.of(DegreeLevel.DOCTORATE, "PsyD", true))
          .training(Examples.cstTraining().build()).addLicences(licence)
          .addCertifications(certification(StandardCredentials.AASECT_CST)).build();
    }

    private Licence licenceUntil(LocalDate lastDay) {
      return Examples.licence().validUntil(lastDay).build();
    }

    @Test
    void currentCstWithALicenceOnItsLastDayIsAllowed() {
      assertThat(REVIEW.reviewProfile(cstWithLicence(licenceUntil(DATE)), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void currentCstTheDayAfterTheLicenceEndsFailsTheGate() {
      ValidationResult result =
          REVIEW.reviewProfile(cstWithLicence(licenceUntil(DATE.minusDays(1))), DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path,
              Violation::severity)
          .containsExactly(tuple(rule, "$.certifications[0]", Severity.ERROR));
    }

    @Test
    void currentCstWithASuspendedLicenceFailsTheGate() {
      Licence suspended = Examples.licence().status(LicenceStatus.SUSPENDED).build();

      assertThat(REVIEW.reviewProfile(cstWithLicence(suspended), DATE).isValid()).isFalse();
    }

    @Test
    void lapsedCstWithoutLicenceIsOnlyShownAsLapsed() {
      assertThat(Examples.ruleIds(REVIEW.reviewProfile(
          cstWithLicence(licenceUntil(DATE.minusDays(1))), DATE.plusDays(1))))
          .containsExactly(EthicalRules.CERTIFICATION_CURRENT.id());
    }

    @Test
    void europeanCertificationWithoutAUsLicenceIsNotJudgedByAasectRules() {
      TherapistProfile profile = TherapistProfile.builder().id("th-3").displayName("Dr Example")
          .addCertifications(Certification.builder().credential(StandardCredentials.EFS_ESSM_ECPS)
              .issued(ISSUED).expires(DATE).build())
          .build();

      assertThat(REVIEW.reviewProfile(profile, DATE)).isSameAs(ValidationResult.valid());
    }
  }

  @Nested
  class CstPrerequisitesRecorded {

    private final String rule = EthicalRules.CST_PREREQUISITES_RECORDED.id();

    private ValidationResult review(TrainingRecord training) {
      return REVIEW.reviewProfile(Examples.profile().training(training)
          .addCertifications(certification(StandardCredentials.AASECT_CST)).build(), DATE);
    }

    @Test
    void everyPrerequisiteAtItsMinimumIsEnough() {
      assertThat(review(Examples.cstTraining().build())).isSameAs(ValidationResult.valid());
    }

    @Test
    void eachPrerequisiteOneShortIsAWarningAtItsOwnField() {
      assertThat(review(Examples.cstTraining().humanSexualityEducationHours(89).build())
          .violations()).extracting(Violation::path)
          .containsExactly("$.training.humanSexualityEducationHours");
      assertThat(review(Examples.cstTraining().sexTherapyTrainingHours(59).build())
          .violations()).extracting(Violation::path)
          .containsExactly("$.training.sexTherapyTrainingHours");
      assertThat(review(Examples.cstTraining().attitudeReassessmentCompleted(false).build())
          .violations()).extracting(Violation::path)
          .containsExactly("$.training.attitudeReassessmentCompleted");
      assertThat(review(Examples.cstTraining().supervisedClinicalHours(299)
          .telehealthClinicalHours(0).build()).violations()).extracting(Violation::path)
          .containsExactly("$.training.supervisedClinicalHours");
      assertThat(review(Examples.cstTraining().supervisionHours(49).build())
          .violations()).extracting(Violation::path)
          .containsExactly("$.training.supervisionHours");
      assertThat(review(Examples.cstTraining().postDegreeExperienceYears(1).build())
          .violations()).extracting(Violation::path)
          .containsExactly("$.training.postDegreeExperienceYears");
    }

    @Test
    void warningsLeaveTheProfileUsable() {
      ValidationResult result = review(TrainingRecord.builder().build());

      assertThat(result.isValid()).isTrue();
      assertThat(result.violations()).allSatisfy(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
      });
      assertThat(result.violations()).hasSize(6);
    }

    @Test
    void atMost150TelehealthHoursCountTowardsThe300() {
      assertThat(review(Examples.cstTraining().supervisedClinicalHours(300)
          .telehealthClinicalHours(150).build())).isSameAs(ValidationResult.valid());
      assertThat(review(Examples.cstTraining().supervisedClinicalHours(300)
          .telehealthClinicalHours(151).build()).violations()).extracting(Violation::path)
          .containsExactly("$.training.telehealthClinicalHours");
      assertThat(review(Examples.cstTraining().supervisedClinicalHours(301)
          .telehealthClinicalHours(151).build())).isSameAs(ValidationResult.valid());
    }

    @Test
    void oneYearAfterAClinicalDoctorateIsEnoughButNotAfterAMasters() {
      TherapistProfile doctor = TherapistProfile.builder().id("th-4").displayName("Dr Example")
          .addLicences(Examples.activeLicence())
          .addDegrees(Degree.of(DegreeLevel.MASTER, "MSW", true),
              Degree.of(DegreeLevel.DOCTORATE, "PsyD", true))
          .training(Examples.cstTraining().postDegreeExperienceYears(1).build())
          .addCertifications(certification(StandardCredentials.AASECT_CST)).build();

      assertThat(REVIEW.reviewProfile(doctor, DATE)).isSameAs(ValidationResult.valid());
      assertThat(review(Examples.cstTraining().postDegreeExperienceYears(1).build())
          .hasViolation(rule)).isTrue();
    }

    @Test
    void cstWithoutAClinicalGraduateDegreeOrTrainingRecordIsFlagged() {
      TherapistProfile profile = TherapistProfile.builder().id("th-5").displayName("Dr Example")
          .addLicences(Examples.activeLicence())
          .addDegrees(Degree.of(DegreeLevel.MASTER, "MA", false))
          .addCertifications(certification(StandardCredentials.AASECT_CST)).build();

      assertThat(REVIEW.reviewProfile(profile, DATE).violations()).extracting(Violation::path)
          .containsExactly("$.degrees", "$.training");
    }

    @Test
    void nothingIsAskedOfATherapistWhoClaimsNoCst() {
      TherapistProfile profile = TherapistProfile.builder().id("th-6").displayName("Dr Example")
          .addCertifications(Certification.builder()
              .credential(StandardCredentials.ABS_CERTIFIED_SEXOLOGIST).issued(ISSUED)
              .expires(DATE).build())
          .build();

      assertThat(REVIEW.reviewProfile(profile, DATE)).isSameAs(ValidationResult.valid());
    }
  }

  @Nested
  class Competence {

    private final String rule = EthicalRules.COMPETENCE.id();

    @Test
    void therapistWithExpertiseInTheConcernMayBeMatched() {
      assertThat(REVIEW.reviewMatch(Examples.lowDesireRequest(), Examples.profile().build(),
          DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void therapistWithoutExpertiseInAnyOfTheConcernsFailsTheGate() {
      TherapistProfile painOnly = Examples.profile().build();
      ClientRequest request = Examples.adultBringing(
          RequestedConcern.of(StandardConcerns.PAINFUL_SEX),
          RequestedConcern.of(StandardConcerns.BODY_IMAGE));

      ValidationResult result = REVIEW.reviewMatch(request, painOnly, DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.profile.expertise"));
    }

    @Test
    void expertiseInOneOfSeveralConcernsIsEnough() {
      ClientRequest request = Examples.adultBringing(
          RequestedConcern.of(StandardConcerns.PAINFUL_SEX),
          RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE));

      assertThat(REVIEW.reviewMatch(request, Examples.profile().build(), DATE))
          .isSameAs(ValidationResult.valid());
    }

    @Test
    void expertiseIsMatchedByConcernId() {
      TherapistProfile profile = TherapistProfile.builder().id("th-7").displayName("Dr Example")
          .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.GENERAL))
          .build();

      assertThat(REVIEW.reviewMatch(
          Examples.adultBringing(RequestedConcern.of(StandardConcerns.PAINFUL_SEX)), profile,
          DATE)).isSameAs(ValidationResult.valid());
    }

    @Test
    void requestWithoutConcernsIsNotJudgedOnCompetence() {
      assertThat(REVIEW.reviewMatch(Examples.adultBringing(), Examples.profile().build(), DATE))
          .isSameAs(ValidationResult.valid());
    }
  }

  @Nested
  class ClaimsInWords {

    private final String rule = EthicalRules.CREDENTIAL_CLAIMS_BACKED.id();

    @Test
    void aDisplayNameClaimingCstWithoutACertificationIsABreachThatDoesNotEchoTheName() {
      TherapistProfile profile = Examples.profile().displayName("Jane Roe, LMFT, CST").build();

      ValidationResult result = REVIEW.reviewProfile(profile, DATE);

      assertThat(result.isValid()).isFalse();
      assertThat(result.violations()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo(rule);
        assertThat(v.path()).isEqualTo("$.displayName");
        assertThat(v.message()).contains("aasect-cst").doesNotContain("Jane");
      });
    }

    @Test
    void aTitleClaimingToBeACertifiedSexTherapistWithALapsedCertificationIsABreach() {
      TherapistProfile profile = Examples.profile().title("Certified Sex Therapist")
          .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
              .issued(ISSUED.minusYears(3)).build())
          .build();

      assertThat(REVIEW.reviewProfile(profile, DATE).violations())
          .extracting(Violation::ruleId, Violation::path)
          .contains(tuple(rule, "$.title"));
    }

    @Test
    void aClaimBackedByACurrentCertificationIsNoBreach() {
      TherapistProfile profile = cst().title("AASECT Certified Sex Therapist (CST)").build();

      assertThat(REVIEW.reviewProfile(profile, DATE).hasViolation(rule)).isFalse();
    }

    @Test
    void aServiceDescriptionClaimingCscOrCseNeedsThoseCredentials() {
      TherapistProfile profile = cst().addModalities(Modality.of("edu", "Sex education",
          Set.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE)), "Workshops by a CSE and a CSC."))
          .build();

      assertThat(REVIEW.reviewProfile(profile, DATE).violations())
          .extracting(Violation::ruleId, Violation::path)
          .containsExactly(tuple(rule, "$.modalities[0].description"),
              tuple(rule, "$.modalities[0].description"));
    }

    @Test
    void aEuropeanSexTherapistCertificationBacksTheGenericTitleButNotTheAasectAbbreviation() {
      TherapistProfile.Builder ecps = Examples.profile().addCertifications(Certification.builder()
          .credential(StandardCredentials.EFS_ESSM_ECPS).issued(DATE.minusYears(1)).build());

      assertThat(REVIEW.reviewProfile(ecps.title("Certified sex therapist").build(), DATE)
          .hasViolation(rule)).isFalse();
      assertThat(REVIEW.reviewProfile(ecps.title("CST").build(), DATE).hasViolation(rule))
          .isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Jane Roe, C.S.T.", "Jane Roe, LMFT-CST", "C S T", "CST-S",
        "AASECT-certified therapist", "Certified in sex therapy", "Sex therapy certified",
        "ECPS", "European Certified Psychosexologist", "CSAT", "COSRT accredited",
        "Accredited psychosexual therapist"})
    void everyWayOfWritingAnUnbackedClaimIsABreach(String title) {
      TherapistProfile profile = Examples.profile().title(title).build();

      assertThat(REVIEW.reviewProfile(profile, DATE).violations())
          .extracting(Violation::ruleId, Violation::path)
          .contains(tuple(rule, "$.title"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Sex therapist", "Licensed marriage and family therapist",
        "Working towards AASECT certification as a sex therapist", "Cost-conscious care",
        "M.S., LMFT", "A. B. Counsellor"})
    void wordsThatClaimNoCertificationAreNoBreach(String title) {
      TherapistProfile profile = Examples.profile().title(title).build();

      assertThat(REVIEW.reviewProfile(profile, DATE).hasViolation(rule)).isFalse();
    }
  }
}
