package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.ORDINAL;
import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.util.List;
import java.util.Set;
import org.sextherapy.client.Participant;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.treatment.Aim;

/** Wire forms of {@code org.sextherapy.plan}. */
final class PlanShapes {

  /** {@code {"aim": {"focus": "intimacy", "intent": "improve"}, "note": "..."}}. */
  static final ObjectShape<Goal> GOAL = new ObjectShape<Goal>("Goal") {
    final Property<Goal, Aim> aim = required("aim", TreatmentShapes.AIM, Goal::aim);
    final Property<Goal, String> note = optional("note", TEXT, Goal::note);

    @Override
    protected Goal create(Values v) {
      return v.optional(note).map(n -> Goal.of(v.get(aim), n))
          .orElseGet(() -> Goal.of(v.get(aim)));
    }
  }.seal();

  /** {@code {"number": 1, "goals": [...], "activities": ["psychoeducation"]}}. */
  static final ObjectShape<PlannedSession> PLANNED_SESSION =
      new ObjectShape<PlannedSession>("PlannedSession") {
        final Property<PlannedSession, Integer> number =
            required("number", ORDINAL, PlannedSession::number);
        final Property<PlannedSession, List<Goal>> goals =
            list("goals", GOAL, PlannedSession.MAX_GOALS, PlannedSession::goals);
        final Property<PlannedSession, List<ActivityKind>> activities =
            list("activities", EnumShape.of(ActivityKind.class), PlannedSession.MAX_ACTIVITIES,
                PlannedSession::activities);

        @Override
        protected PlannedSession create(Values v) {
          return PlannedSession.of(v.get(number), v.list(goals), v.list(activities));
        }
      }.seal();

  /**
   * {@code {"id": "ex-1", "kind": "sensate-focus", "participantIds": ["p1", "p2"], "voluntary":
   * true, ...}}; {@code voluntary} is required.
   */
  static final ObjectShape<Exercise> EXERCISE = new ObjectShape<Exercise>("Exercise") {
    final Property<Exercise, String> id = required("id", ID, Exercise::id);
    final Property<Exercise, ActivityKind> kind =
        required("kind", EnumShape.of(ActivityKind.class), Exercise::kind);
    final Property<Exercise, Set<String>> participantIds =
        nonEmptySet("participantIds", ID, Exercise.MAX_PARTICIPANT_IDS, Exercise::participantIds);
    final Property<Exercise, Boolean> includesTherapist =
        defaulted("includesTherapist", BOOLEAN, Exercise::includesTherapist);
    // required, with no default: a document that does not say whether an exercise may be
    // declined must not read as one that does (ethical rule 5)
    final Property<Exercise, Boolean> voluntary =
        required("voluntary", BOOLEAN, Exercise::voluntary);
    final Property<Exercise, Set<String>> consentedBy =
        set("consentedBy", ID, Exercise.MAX_CONSENTED_BY, Exercise::consentedBy);
    final Property<Exercise, String> note = optional("note", TEXT, Exercise::note);

    @Override
    protected Exercise create(Values v) {
      Exercise.Builder b = Exercise.builder().id(v.get(id)).kind(v.get(kind))
          .addAllParticipantIds(v.get(participantIds)).addAllConsentedBy(v.set(consentedBy))
          .voluntary(v.get(voluntary)).note(v.optional(note));
      v.ifPresent(includesTherapist, b::includesTherapist);
      return b.build();
    }
  }.seal();

  /** The session plan document. */
  static final ObjectShape<SessionPlan> SESSION_PLAN = new ObjectShape<SessionPlan>("SessionPlan") {
    final Property<SessionPlan, String> id = required("id", ID, SessionPlan::id);
    final Property<SessionPlan, String> therapistId =
        required("therapistId", ID, SessionPlan::therapistId);
    final Property<SessionPlan, List<Participant>> participants =
        nonEmptyList("participants", ClientShapes.PARTICIPANT, SessionPlan.MAX_PARTICIPANTS,
            SessionPlan::participants);
    final Property<SessionPlan, SessionSchedule> schedule =
        optional("schedule", SessionShapes.SESSION_SCHEDULE, SessionPlan::schedule);
    final Property<SessionPlan, List<PlannedSession>> sessions =
        list("sessions", PLANNED_SESSION, SessionPlan.MAX_SESSIONS, SessionPlan::sessions);
    final Property<SessionPlan, List<Exercise>> exercises =
        list("exercises", EXERCISE, SessionPlan.MAX_EXERCISES, SessionPlan::exercises);

    @Override
    protected SessionPlan create(Values v) {
      return SessionPlan.builder().id(v.get(id)).therapistId(v.get(therapistId))
          .addAllParticipants(v.get(participants)).schedule(v.optional(schedule))
          .addAllSessions(v.list(sessions)).addAllExercises(v.list(exercises)).build();
    }
  }.seal();

  private PlanShapes() {}
}
