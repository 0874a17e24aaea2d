package org.sextherapy.json.conformance;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.assignment.UnassignedReason;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Course;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.treatment.StandardModalities;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * The values behind the golden files: one realistic document of each kind, using every property
 * of the wire format at least once. People and organisations are invented.
 */
final class Examples {

  static final Jurisdiction ILLINOIS = Jurisdiction.parse("US-IL");
  static final Coordinates CHICAGO = Coordinates.of(41.8781, -87.6298);

  private Examples() {}

  /** An application's own credential from an issuer the library does not ship. */
  static Credential instituteCertificate() {
    return Credential.builder()
        .issuer(CertifyingBody.of("EXAMPLE-INSTITUTE", "Example Institute of Human Sexuality"))
        .id("CSC-CERT").title("Certificate in Sexuality Counselling")
        .kind(CredentialKind.SEXUALITY_COUNSELOR).build();
  }

  /** An interstate compact with some of its member states. */
  static InterstateCompact psypact() {
    return InterstateCompact.of(CompactKind.PSYPACT, Set.of(ILLINOIS, Jurisdiction.parse("US-TX"),
        Jurisdiction.parse("US-WA")));
  }

  static TherapistProfile profile() {
    return TherapistProfile.builder()
        .id("th-1042")
        .displayName("Dr Alex Rivera, PsyD")
        .gender(GenderIdentity.of("non-binary femme", EnumSet.of(GenderTerm.NON_BINARY)))
        .pronouns("they/them")
        .addLanguages(Locale.forLanguageTag("en"), Locale.forLanguageTag("es-MX"))
        .addExpertise(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.SPECIALIST),
            Expertise.of(StandardConcerns.DESIRE_DISCREPANCY, ExpertiseLevel.SPECIALIST),
            Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.EXPERIENCED))
        .addPopulations(Population.ADULTS, Population.COUPLES, Population.LGBTQ,
            Population.TRANS_AND_NON_BINARY)
        .addFormats(SessionFormat.INDIVIDUAL, SessionFormat.COUPLE)
        .addDeliveries(Delivery.IN_PERSON, Delivery.VIDEO)
        .addLocations(PracticeLocation.builder().jurisdiction(ILLINOIS).coordinates(CHICAGO)
            .addAccess(AccessFeature.STEP_FREE_ACCESS, AccessFeature.ACCESSIBLE_TOILET,
                AccessFeature.HEARING_LOOP)
            .addSignLanguages(Locale.forLanguageTag("ase")).build())
        .raceOrEthnicity(SelfDescription.of(Set.of("Latina")))
        .lgbtqIdentity(SelfDescription.of("queer, and out to clients who ask", Set.of("queer")))
        .faith(FaithStance.secular())
        .addPracticeCompetence(
            PracticeCompetence.of(PracticeArea.KINK_BDSM, CompetenceGrade.EXPERIENCED),
            PracticeCompetence.of(PracticeArea.CONSENSUAL_NON_MONOGAMY, CompetenceGrade.AWARE))
        .addDegrees(Degree.of(DegreeLevel.DOCTORATE, "PsyD in Clinical Psychology", true))
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(ILLINOIS)
            .number("071-012345").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2016, 9, 1)).validUntil(LocalDate.of(2027, 9, 30))
            .taxonomyCode(CodeCatalogue.NUCC_PSYCHOLOGIST).verifiedOn(LocalDate.of(2025, 10, 2))
            .build())
        .addCompactPrivileges(CompactPrivilege.of(psypact(), ILLINOIS, LocalDate.of(2021, 3, 1)),
            CompactPrivilege.builder().compact(psypact()).kind(PrivilegeKind.PSYPACT_TAP)
                .homeJurisdiction(ILLINOIS).remoteJurisdiction(Jurisdiction.parse("US-TX"))
                .validFrom(LocalDate.of(2024, 1, 15)).putTemporaryDaysUsed(2026, 12).build())
        .addCertifications(Certification.builder().credential(StandardCredentials.AASECT_CST)
                .issued(LocalDate.of(2024, 3, 15)).ceCreditsEarned(12).build(),
            Certification.builder().credential(instituteCertificate())
                .issued(LocalDate.of(2019, 6, 1)).expires(LocalDate.of(2027, 5, 31)).build())
        .training(TrainingRecord.builder().humanSexualityEducationHours(120)
            .sexTherapyTrainingHours(75).attitudeReassessmentCompleted(true)
            .supervisedClinicalHours(320).telehealthClinicalHours(110).supervisionHours(55)
            .postDegreeExperienceYears(9).build())
        .addModalities(StandardModalities.CBT, StandardModalities.SENSATE_FOCUS,
            Modality.of("couples-communication", "Couples communication skills training",
                Set.of(Aim.of(Focus.COMMUNICATION, Intent.IMPROVE))))
        .fees(FeeSchedule.builder().currency(Currency.getInstance("USD")).superbills(true)
            .addSessionFees(SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("180.00"),
                SlidingScale.of(new BigDecimal("90.00"), new BigDecimal("180.00"))),
                SessionFee.of(SessionFormat.COUPLE, 80, new BigDecimal("260.00")))
            .build())
        .addNetworks(NetworkParticipation.builder().payer(Payer.commercial("acme-health"))
            .network(NetworkId.of("acme-ppo")).addPlans(PlanId.of("acme-gold"))
            .acceptance(PatientAcceptance.ACCEPTING).telehealth(true).build(),
            NetworkParticipation.builder().payer(Payer.publicProgramme("us-medicaid-il"))
            .network(NetworkId.of("il-medicaid-mco"))
            .acceptance(PatientAcceptance.EXISTING_PATIENTS_ONLY).build())
        .acceptingNewClients(true)
        .openCapacity(3)
        .availabilityConfirmedAt(Instant.parse("2026-11-20T09:30:00Z"))
        .availability(Availability.builder()
            .zone(ZoneId.of("America/Los_Angeles"))
            .addHours(WeeklyHours.of(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0)))
            .addSlots(OpenSlot.of(Instant.parse("2026-11-30T18:00:00Z"),
                Duration.ofMinutes(50)))
            .nextOpening(LocalDate.of(2026, 11, 30)).build())
        .addOutcomes(OutcomeRecord.builder().concern(StandardConcerns.PAINFUL_SEX)
            .measureId("FSFI").courses(42).reliableImprovements(30).reliableDeteriorations(1)
            .periodFrom(LocalDate.of(2024, 1, 8)).periodUntil(LocalDate.of(2026, 10, 30)).build())
        .build();
  }

  /** A profile with only the required properties. */
  static TherapistProfile minimalProfile() {
    return TherapistProfile.builder().id("th-2001").displayName("Sam Okafor, LMFT").build();
  }

  /** A UK sex therapist: no statutory licence exists, so a COSRT register entry. */
  static TherapistProfile ukProfile() {
    return TherapistProfile.builder().id("th-3003").displayName("Priya Shah, COSRT accredited")
        .addRegistrations(Registration.builder().register(StandardRegisters.COSRT)
            .discipline(Discipline.COUNSELLING).number("COSRT-18842").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2019, 4, 1)).validUntil(LocalDate.of(2027, 3, 31)).build())
        .build();
  }

  static List<TherapistProfile> profiles() {
    return List.of(profile(), minimalProfile(), ukProfile());
  }

  static Participant jordan() {
    return Participant.builder().id("p1").ageBracket(AgeBracket.ADULT).age(34)
        .gender(GenderIdentity.of(GenderTerm.WOMAN)).build();
  }

  static Participant casey() {
    return Participant.builder().id("p2").ageBracket(AgeBracket.ADULT)
        .sessionJurisdiction(Jurisdiction.parse("US-TX"))
        .gender(GenderIdentity.of("trans man", EnumSet.of(GenderTerm.MAN, GenderTerm.TRANSGENDER)))
        .build();
  }

  static ClientRequest request() {
    return ClientRequest.builder()
        .id("req-5531")
        .addParticipants(jordan(), casey())
        .sessionJurisdiction(ILLINOIS)
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.DESIRE_DISCREPANCY)
                .priority(Priority.HIGH).markedDistress(true).build(),
            RequestedConcern.builder().concern(StandardConcerns.INTIMACY_AFTER_CHILDREN)
                .addRecordedCodes(CodeCatalogue.DSM_RELATIONSHIP_DISTRESS).build())
        .format(SessionFormat.COUPLE)
        .addDeliveries(Delivery.IN_PERSON, Delivery.VIDEO)
        .addPreferences(
            TherapistGenderPreference.of(Strength.PREFERRED,
                EnumSet.of(GenderTerm.WOMAN, GenderTerm.NON_BINARY)),
            PopulationPreference.of(Strength.REQUIRED, EnumSet.of(Population.LGBTQ)),
            LanguagePreference.of(Strength.REQUIRED, Set.of(Locale.forLanguageTag("en"))),
            CertifiedSexTherapistPreference.of(Strength.PREFERRED),
            InPersonDistancePreference.of(Strength.PREFERRED, CHICAGO, 15),
            FeePreference.of(Strength.REQUIRED, Currency.getInstance("USD"),
                new BigDecimal("150")),
            SlidingScalePreference.of(Strength.PREFERRED),
            InsurancePreference.of(Strength.PREFERRED, Coverage.builder()
                .payer(Payer.commercial("acme-health")).plan(PlanId.of("acme-gold"))
                .addNetworks(NetworkId.of("acme-ppo")).build(), true),
            ModalityPreference.of(Strength.PREFERRED, Set.of("sensate-focus")),
            TimePreference.of(Strength.PREFERRED, ZoneId.of("America/Los_Angeles"),
                List.of(WeeklyHours.of(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                    LocalTime.of(18, 0), LocalTime.of(21, 0)))),
            RaceOrEthnicityPreference.of(Strength.PREFERRED, Set.of("Latina", "Latinx")),
            LgbtqIdentityPreference.of(Strength.PREFERRED, Set.of("queer")),
            FaithPreference.of(Strength.PREFERRED,
                Set.of(FaithStance.secular(), FaithStance.integrating("Jewish"))),
            PracticeCompetencePreference.of(Strength.REQUIRED, PracticeArea.KINK_BDSM,
                CompetenceGrade.AWARE),
            AccessPreference.of(Strength.REQUIRED, AccessFeature.STEP_FREE_ACCESS),
            SignLanguagePreference.of(Strength.PREFERRED, Set.of(Locale.forLanguageTag("ase"))))
        .guardianConsent(GuardianConsent.NOT_REQUIRED)
        .waitingSince(LocalDate.of(2026, 11, 2))
        .build();
  }

  static SessionPlan plan() {
    return SessionPlan.builder()
        .id("plan-77")
        .therapistId("th-1042")
        .addParticipants(jordan(), casey())
        .schedule(SessionSchedule.builder().format(SessionFormat.COUPLE).delivery(Delivery.VIDEO)
            .sessionLength(Duration.ofMinutes(50)).frequency(Frequency.WEEKLY)
            .course(Course.shortTerm(10)).build())
        .addSessions(
            PlannedSession.of(1, List.of(Goal.of(Aim.of(Focus.SEXUAL_KNOWLEDGE, Intent.EDUCATE))),
                List.of(ActivityKind.ASSESSMENT_INTERVIEW, ActivityKind.PSYCHOEDUCATION)),
            PlannedSession.of(2, List.of(Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE),
                    "Touch without pressure to go further")),
                List.of(ActivityKind.EXERCISE_DEBRIEF, ActivityKind.COMMUNICATION_PRACTICE)))
        .addExercises(
            Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS).voluntary(true)
                .addParticipantIds("p1", "p2").addConsentedBy("p1", "p2")
                .note("Stage one, no genital touch, at home when both want to").build(),
            Exercise.builder().id("ex-2").kind(ActivityKind.JOURNALLING).voluntary(true)
                .addParticipantIds("p1").addConsentedBy("p1").build())
        .build();
  }

  static ValidationResult validationResult() {
    return ValidationResult.of(List.of(
        Violation.of("licence.valid-on-date", "$.licences[0]", Severity.ERROR,
            "no licence is valid in the session jurisdiction on the session date"),
        Violation.of("certification.ce-credits", "$.certifications[0].ceCreditsEarned",
            Severity.WARNING, "CE credits are short of the renewal requirement")));
  }

  static MatchResult matchResult() {
    return MatchResult.of(List.of(
        Match.of("th-1042", 139, List.of(
            Reason.of(ReasonCode.LICENSED_IN, "US-IL", 0),
            Reason.of(ReasonCode.COVERS_CONCERN, "DESIRE_DISCREPANCY", 90),
            Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 20),
            Reason.of(ReasonCode.MEASURED_OUTCOMES, "PAINFUL_SEX", 42, 14),
            Reason.of(ReasonCode.PREFERRED_LANGUAGE, "en", 12),
            Reason.of(ReasonCode.EXPERIENCE, "3", 3))),
        Match.of("th-2001", 60, List.of(
            Reason.of(ReasonCode.COMPACT_PRIVILEGE, "PSYPACT-APIT:US-IL", 0),
            Reason.of(ReasonCode.COVERS_CONCERN, "INTIMACY_AFTER_CHILDREN", 60)))),
        40, Map.of(HardConstraint.AVAILABILITY, 12, HardConstraint.COMPETENCE, 20,
            HardConstraint.DELIVERY, 6));
  }

  static List<ClientRequest> requests() {
    return List.of(request(), ClientRequest.builder().id("req-5532")
        .addParticipants(Participant.ofAge("p1", 41)).sessionJurisdiction(ILLINOIS)
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addConcerns(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE))
        .waitingSince(LocalDate.of(2026, 9, 1)).build());
  }

  static Assignment assignment() {
    Match match = matchResult().matches().get(0);
    return Assignment.of(List.of(
        Placement.assigned("req-5531", match, 3),
        Placement.unassigned("req-5532", UnassignedReason.ELIGIBLE_THERAPISTS_FULL, 12)),
        List.of(TherapistLoad.of("th-1042", 1, 1), TherapistLoad.of("th-2001", 0, 0)), true);
  }

  /** The example of a document. */
  static Object of(JsonDocument<?> document) {
    switch (document.name()) {
      case "therapist-profile":
        return profile();
      case "therapist-profiles":
        return profiles();
      case "client-request":
        return request();
      case "session-plan":
        return plan();
      case "validation-result":
        return validationResult();
      case "match-result":
        return matchResult();
      case "client-requests":
        return requests();
      case "assignment":
        return assignment();
      default:
        throw new IllegalArgumentException("no example of " + document);
    }
  }
}
