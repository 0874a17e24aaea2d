package org.sextherapy.examples.tour;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.Participant;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Tour, step 3: reviewing a session plan for ethics. Sessions are verbal; touch exercises happen at
 * home, as invitations every participant has consented to; nothing aims to change identity.
 */
public final class ReviewingASessionPlan {

  private ReviewingASessionPlan() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Reviews an ethical plan and a plan with three breaches, and prints what was found.
   *
   * @param out where to print, never null
   * @return the review of the plan with breaches
   */
  public static ValidationResult run(PrintStream out) {
    LocalDate date = LocalDate.of(2026, 11, 26);
    List<Participant> couple = List.of(Participant.of("p1", AgeBracket.ADULT),
        Participant.of("p2", AgeBracket.ADULT));
    PlannedSession first = PlannedSession.of(1,
        List.of(Goal.of(Aim.of(Focus.INTIMACY, Intent.IMPROVE))),
        List.of(ActivityKind.ASSESSMENT_INTERVIEW, ActivityKind.PSYCHOEDUCATION));
    Exercise sensateFocus = Exercise.builder().id("ex-1").kind(ActivityKind.SENSATE_FOCUS)
        .addParticipantIds("p1", "p2").voluntary(true).addConsentedBy("p1", "p2").build();
    SessionPlan ethical = SessionPlan.builder().id("plan-1").therapistId("th-42")
        .addAllParticipants(couple).addSessions(first).addExercises(sensateFocus).build();

    ValidationResult fine = EthicsReview.standard().reviewPlan(ethical, date);
    out.println(ethical + ": " + (fine.violations().isEmpty() ? "no breach" : fine));

    SessionPlan unethical = SessionPlan.builder().id("plan-2").therapistId("th-42")
        .addAllParticipants(couple)
        .addSessions(PlannedSession.of(1,
            List.of(Goal.of(Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE))),
            List.of(ActivityKind.TALK_THERAPY, ActivityKind.SENSATE_FOCUS)))
        .addExercises(Exercise.builder().id("ex-1").kind(ActivityKind.PARTNERED_SEXUAL_ACTIVITY)
            .addParticipantIds("p1", "p2").voluntary(false).addConsentedBy("p1").build())
        .build();
    ValidationResult breaches = EthicsReview.standard().reviewPlan(unethical, date);
    out.println(unethical + ":");
    for (Violation violation : breaches.violations()) {
      out.println("  " + violation);
    }
    return breaches;
  }
}
