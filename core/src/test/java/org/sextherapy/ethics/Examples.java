package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/** Small hand-made values for the example tests: an ethical couple plan, a sound profile. */
final class Examples {

  static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  static final Jurisdiction CALIFORNIA = Jurisdiction.parse("US-CA");
  static final EthicsReview REVIEW = EthicsReview.standard();

  private Examples() {}

  /** An exercise for a couple plan: sensate focus at home, voluntary, consented by both. */
  static Exercise.Builder sensateFocusForBoth() {
    return Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS).voluntary(true)
        .addParticipantIds("p1", "p2").addConsentedBy("p1", "p2");
  }

  /** A couple plan of two adults with one verbal session and sensate focus at home. */
  static SessionPlan.Builder couplePlan() {
    return SessionPlan.builder().id("plan-1").therapistId("th-1")
        .addParticipants(Participant.ofAge("p1", 34), Participant.ofAge("p2", 36))
        .addSessions(PlannedSession.of(1,
            List.of(Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE))),
            List.of(ActivityKind.TALK_THERAPY, ActivityKind.EXERCISE_DEBRIEF)));
  }

  /** A plan with one participant and one session with the given goal. */
  static SessionPlan planWithGoal(Goal goal) {
    return SessionPlan.builder().id("plan-2").therapistId("th-1")
        .addParticipants(Participant.ofAge("p1", 30))
        .addSessions(PlannedSession.of(1, List.of(goal), List.of(ActivityKind.TALK_THERAPY)))
        .build();
  }

  /** A licence active from 2020, with no end unless set. */
  static Licence.Builder licence() {
    return Licence.builder().discipline(Discipline.MARRIAGE_AND_FAMILY_THERAPY)
        .jurisdiction(CALIFORNIA).number("LMFT-1234").status(LicenceStatus.ACTIVE)
        .validFrom(LocalDate.of(2020, 1, 1));
  }

  /** A licence active from 2020 with no end. */
  static Licence activeLicence() {
    return licence().build();
  }

  /** A training record that meets every AASECT CST requirement. */
  static TrainingRecord.Builder cstTraining() {
    return TrainingRecord.builder().humanSexualityEducationHours(90).sexTherapyTrainingHours(60)
        .attitudeReassessmentCompleted(true).supervisedClinicalHours(300)
        .telehealthClinicalHours(150).supervisionHours(50).postDegreeExperienceYears(2);
  }

  /** A licensed therapist with a clinical master's, expertise in low desire, no certification. */
  static TherapistProfile.Builder profile() {
    return TherapistProfile.builder().id("th-1").displayName("Dr Example")
        .addLicences(activeLicence())
        .addDegrees(Degree.of(DegreeLevel.MASTER, "MFT", true))
        .addExpertise(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.SPECIALIST));
  }

  /** A request in California, with no participant and no concern yet. */
  static ClientRequest.Builder request() {
    return ClientRequest.builder().id("req-1").sessionJurisdiction(CALIFORNIA)
        .format(SessionFormat.INDIVIDUAL);
  }

  /** A request of one adult bringing the given concerns. */
  static ClientRequest adultBringing(RequestedConcern... concerns) {
    return request().addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .addConcerns(concerns).build();
  }

  /** A request of one adult about low desire. */
  static ClientRequest lowDesireRequest() {
    return adultBringing(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE));
  }

  /** Returns the ids of a result's violations, in order. */
  static List<String> ruleIds(ValidationResult result) {
    return result.violations().stream().map(Violation::ruleId).toList();
  }
}
