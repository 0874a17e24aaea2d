package org.sextherapy.validation;

import static org.sextherapy.validation.Severity.ERROR;
import static org.sextherapy.validation.Severity.WARNING;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sextherapy.client.Participant;
import org.sextherapy.internal.Counts;
import org.sextherapy.validation.internal.Findings;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.session.SessionSchedule;

/**
 * Checks that a session plan is well formed: sessions numbered once each in order, exercise ids
 * unique, exercises naming only the plan's participants, and the schedule fitting the participants
 * and the number of planned sessions.
 *
 * <p>Whether the plan is ethical (verbal sessions, voluntary consented exercises, nothing aimed at
 * changing identity) is the ethics review's concern; this validator checks the structure it relies
 * on. Messages name fields and ids only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SessionPlanValidator implements Validator<SessionPlan> {

  /** Session numbers repeat or are out of order. */
  public static final String SESSION_NUMBERS = "plan.session-numbers";
  /** Two exercises share an id. */
  public static final String DUPLICATE_EXERCISE = "plan.duplicate-exercise";
  /** An exercise names someone who is not a participant of the plan. */
  public static final String UNKNOWN_PARTICIPANT = "plan.unknown-participant";
  /** The schedule's format does not admit the number of participants. */
  public static final String SCHEDULE_FORMAT = "plan.schedule-format";
  /** More sessions are planned than the short-term course allows. */
  public static final String COURSE_EXCEEDED = "plan.course-exceeded";

  /** Creates the validator. */
  public SessionPlanValidator() {}

  @Override
  public ValidationResult validate(SessionPlan plan, LocalDate date) {
    Findings findings = new Findings();
    List<PlannedSession> sessions = plan.sessions();
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).number() <= sessions.get(i - 1).number()) {
        findings.add(SESSION_NUMBERS, "$.sessions[" + i + "].number", ERROR,
            "session numbers must increase");
      }
    }
    Set<String> participants = new HashSet<>();
    for (Participant participant : plan.participants()) {
      participants.add(participant.id());
    }
    Set<String> exerciseIds = new HashSet<>();
    List<Exercise> exercises = plan.exercises();
    for (int i = 0; i < exercises.size(); i++) {
      Exercise exercise = exercises.get(i);
      String path = "$.exercises[" + i + "]";
      if (!exerciseIds.add(exercise.id())) {
        findings.add(DUPLICATE_EXERCISE, path + ".id", ERROR,
            "exercise id " + exercise.id() + " is used twice");
      }
      checkKnown(exercise.participantIds(), participants, path + ".participantIds", findings);
      checkKnown(exercise.consentedBy(), participants, path + ".consentedBy", findings);
    }
    plan.schedule().ifPresent(schedule -> checkSchedule(schedule, plan, findings));
    return findings.result();
  }

  private static void checkKnown(Set<String> ids, Set<String> participants, String path,
      Findings findings) {
    for (String id : ids) {
      if (!participants.contains(id)) {
        findings.add(UNKNOWN_PARTICIPANT, path, ERROR,
            "participant " + id + " is not a participant of the plan");
      }
    }
  }

  private static void checkSchedule(SessionSchedule schedule, SessionPlan plan,
      Findings findings) {
    if (!schedule.format().admits(plan.participants().size())) {
      findings.add(SCHEDULE_FORMAT, "$.schedule.format", WARNING,
          Counts.of(plan.participants().size(), "participant does", "participants do")
              + " not fit format " + schedule.format().id());
    }
    int planned = plan.sessions().size();
    schedule.course().plannedSessions().ifPresent(limit -> {
      if (planned > limit) {
        findings.add(COURSE_EXCEEDED, "$.schedule.course.plannedSessions", WARNING,
            planned + " sessions planned for a short-term course of " + limit);
      }
    });
  }

  @Override
  public String toString() {
    return "SessionPlanValidator";
  }
}
