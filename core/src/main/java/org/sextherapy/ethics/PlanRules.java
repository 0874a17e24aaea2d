package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.Participant;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Contact;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.validation.Violation;

/**
 * Checks of session plans for ethical rules 3 (verbal sessions), 4 (no sexual contact with a
 * client), 5 (exercises are invitations) and 7 (no partnered or sexual exercise for a minor), on
 * the structured fields and, for rules 3 to 5, on the wording of goal and exercise notes.
 */
final class PlanRules {

  private static final String CONTACT_TERMS = " describes undressing, touch or a physical"
      + " examination in session, or touch by the therapist: sessions are verbal and instructive,"
      + " and the therapist never touches a client; phrase entry ";
  private static final String COERCION_TERMS = " words an exercise as required, as an"
      + " ultimatum or as done despite pain, refusal or withdrawn consent: an exercise is an"
      + " invitation that may be declined without consequence; phrase entry ";

  private PlanRules() {}

  /** Whether an activity is examination or touch by the therapist: never sex therapy. */
  static boolean outsideSexTherapy(ActivityKind kind) {
    return kind == ActivityKind.PHYSICAL_EXAMINATION || kind == ActivityKind.THERAPIST_TOUCH;
  }

  /** Rule 3: in-session activities are verbal; examination and therapist touch never happen. */
  static List<Violation> verbalSessions(SessionPlan plan, LocalDate date, RuleContext context) {
    List<Violation> found = List.of();
    List<PlannedSession> sessions = plan.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      List<ActivityKind> activities = sessions.get(s).activities();
      for (int a = 0; a < activities.size(); a++) {
        ActivityKind kind = activities.get(a);
        if (outsideSexTherapy(kind)) {
          found = Found.add(found, context.violation(
              "$.sessions[" + s + "].activities[" + a + "]", "in-session activity " + kind.id()
                  + " is examination or touch by the therapist, which is never part of sex"
                  + " therapy"));
        } else if (!kind.isVerbal()) {
          found = Found.add(found, context.violation(
              "$.sessions[" + s + "].activities[" + a + "]", "in-session activity " + kind.id()
                  + " involves " + kind.contact().id() + " contact: sessions are verbal and"
                  + " instructive, and contact belongs to a between-session exercise"));
        }
      }
    }
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      ActivityKind kind = exercises.get(e).kind();
      if (outsideSexTherapy(kind)) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].kind",
            "exercise " + exercises.get(e).id() + " is " + kind.id()
                + ", examination or touch by the therapist, which is never part of sex therapy"));
      }
    }
    return found;
  }

  /** Rule 4: the therapist never takes part in an exercise with contact. */
  static List<Violation> noSexualContact(SessionPlan plan, LocalDate date, RuleContext context) {
    List<Violation> found = List.of();
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      Exercise exercise = exercises.get(e);
      if (exercise.includesTherapist() && exercise.kind().contact() != Contact.NONE) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].includesTherapist",
            "exercise " + exercise.id() + " involves " + exercise.kind().contact().id()
                + " contact and includes the therapist: no contact between therapist and client,"
                + " ever, with or without consent"));
      }
    }
    return found;
  }

  /**
   * Rule 5: every exercise is voluntary, every participant taking part has consented, every
   * participant taking part is one of the plan's, and an exercise whose kind by nature involves a
   * partner names at least two, so the consent of each can be checked.
   */
  static List<Violation> exercisesAreInvitations(SessionPlan plan, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      Exercise exercise = exercises.get(e);
      if (!exercise.voluntary()) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].voluntary",
            "exercise " + exercise.id() + " is required: an exercise is an invitation that may"
                + " be declined without consequence"));
      }
      if (exercise.kind().isPartneredByNature() && exercise.participantIds().size() < 2) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].participantIds",
            "exercise " + exercise.id() + " is " + exercise.kind().id() + ", which by its nature"
                + " involves a partner, and names one participant: every person taking part is"
                + " named, so that each one's consent can be checked"));
      }
      for (String participant : exercise.participantIds()) {
        if (find(plan.participants(), participant) == null) {
          found = Found.add(found, context.violation("$.exercises[" + e + "].participantIds",
              "exercise " + exercise.id() + " names participant " + participant
                  + ", who is not a participant of the plan and so cannot have consented"));
        } else if (!exercise.consentedBy().contains(participant)) {
          found = Found.add(found, context.violation("$.exercises[" + e + "].consentedBy",
              "participant " + participant + " has not consented to exercise " + exercise.id()
                  + ": every person taking part must consent"));
        }
      }
    }
    return found;
  }

  /** Rules 3 and 4, wording: no note describes nudity, touch or examination in session. */
  static List<Violation> inSessionContactTerms(SessionPlan plan, LocalDate date,
      RuleContext context) {
    return noteTerms(plan, context, false, CONTACT_TERMS);
  }

  /** Rule 5, wording: no note makes an exercise a requirement, an ultimatum or forced. */
  static List<Violation> coercionTerms(SessionPlan plan, LocalDate date, RuleContext context) {
    return noteTerms(plan, context, true, COERCION_TERMS);
  }

  private static List<Violation> noteTerms(SessionPlan plan, RuleContext context,
      boolean coercion, String what) {
    return noteFindings(plan, context, note -> ConductTerms.find(note, coercion), what);
  }

  /**
   * Reads every free text of a plan that describes what happens (goal notes and exercise notes;
   * the only other free text, a participant's own words for gender, describes the person) with a
   * wording check, and reports each note it flags with the entry the check names, never the
   * words: the walk that rule 1's wording check and those of rules 3 to 5 share.
   */
  static List<Violation> noteFindings(SessionPlan plan, RuleContext context,
      Function<String, Optional<String>> check, String what) {
    List<Violation> found = List.of();
    List<PlannedSession> sessions = plan.sessions();
    for (int s = 0; s < sessions.size(); s++) {
      List<Goal> goals = sessions.get(s).goals();
      for (int g = 0; g < goals.size(); g++) {
        Optional<String> note = goals.get(g).note();
        Optional<String> entry = note.isPresent() ? check.apply(note.get()) : Optional.empty();
        if (entry.isPresent()) {
          found = Found.add(found, context.violation(
              "$.sessions[" + s + "].goals[" + g + "].note", "the goal's note" + what
                  + entry.get()));
        }
      }
    }
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      Optional<String> note = exercises.get(e).note();
      Optional<String> entry = note.isPresent() ? check.apply(note.get()) : Optional.empty();
      if (entry.isPresent()) {
        found = Found.add(found, context.violation("$.exercises[" + e + "].note",
            "the note of exercise " + exercises.get(e).id() + what + entry.get()));
      }
    }
    return found;
  }

  /** Rule 7: no partnered or sexual exercise for a minor. */
  static List<Violation> noPartneredOrSexualExerciseForMinor(SessionPlan plan, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    List<Exercise> exercises = plan.exercises();
    for (int e = 0; e < exercises.size(); e++) {
      Exercise exercise = exercises.get(e);
      boolean sexual = exercise.kind().contact() == Contact.SEXUAL;
      if (!sexual && !exercise.isPartnered()) {
        continue;
      }
      for (String id : exercise.participantIds()) {
        Participant participant = find(plan.participants(), id);
        if (participant != null && participant.isMinor()) {
          found = Found.add(found, context.violation(
              "$.exercises[" + e + (sexual ? "].kind" : "].participantIds"),
              "exercise " + exercise.id() + " is " + (sexual ? "sexual" : "partnered")
                  + " and participant " + id + " is a minor: partnered or sexual exercises are"
                  + " never assigned to a minor"));
          break;
        }
      }
    }
    return found;
  }

  private static @Nullable Participant find(List<Participant> participants, String id) {
    for (int p = 0; p < participants.size(); p++) {
      if (participants.get(p).id().equals(id)) {
        return participants.get(p);
      }
    }
    return null;
  }
}
