package org.sextherapy.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;
import org.sextherapy.session.SessionSchedule;

/**
 * A plan of sex therapy for a person, couple or relationship: the therapist, the participants, how
 * sessions are arranged, the planned sessions and the between-session exercises.
 *
 * <p>A specific plan relies on the needs of the person or couple (GoodTherapy, Sex Therapy). This
 * is what the ethics review judges: goals (rule 1), in-session activities (rule 3), exercises
 * (rules 4, 5 and 7). {@code toString()} shows ids and counts only.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SessionPlan {

  /** The most participants a plan may name: as many as a request may. */
  public static final int MAX_PARTICIPANTS = ClientRequest.MAX_PARTICIPANTS;

  /** The most planned sessions a plan may hold. */
  public static final int MAX_SESSIONS = 1_000;

  /** The most between-session exercises a plan may hold. */
  public static final int MAX_EXERCISES = 1_000;

  SessionPlan() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableSessionPlan.builder();
  }

  /**
   * Returns the plan's opaque id.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns the id of the therapist who made the plan.
   *
   * @return an opaque id, never null
   */
  public abstract String therapistId();

  /**
   * Returns the people taking part; exercise participant ids refer to them.
   *
   * @return at least one participant, each with a unique id, never null
   */
  public abstract List<Participant> participants();

  /**
   * Returns how sessions are arranged.
   *
   * @return the schedule, or empty when not yet agreed
   */
  public abstract Optional<SessionSchedule> schedule();

  /**
   * Returns the planned sessions.
   *
   * @return the sessions, never null
   */
  public abstract List<PlannedSession> sessions();

  /**
   * Returns the exercises suggested for between sessions.
   *
   * @return the exercises, never null
   */
  public abstract List<Exercise> exercises();

  @Value.Check
  final void check() {
    Checks.maxItems(participants(), MAX_PARTICIPANTS, "participants");
    Checks.maxItems(sessions(), MAX_SESSIONS, "sessions");
    Checks.maxItems(exercises(), MAX_EXERCISES, "exercises");
    Checks.opaqueId(id(), "id");
    Checks.opaqueId(therapistId(), "therapistId");
    Checks.require(!participants().isEmpty(), "participants",
        "must hold at least one participant");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < participants().size(); i++) {
      Checks.require(ids.add(participants().get(i).id()), "participants[" + i + "].id",
          "must be unique within the plan");
    }
  }

  @Override
  public String toString() {
    return "SessionPlan{" + id() + ", "
        + Counts.of(participants().size(), "participant", "participants") + ", "
        + Counts.of(sessions().size(), "session", "sessions") + ", "
        + Counts.of(exercises().size(), "exercise", "exercises") + "}";
  }

  /** Builds a {@link SessionPlan}; the ids and at least one participant are required. */
  public interface Builder {
    /**
     * Sets the plan id.
     *
     * @param id an opaque id, never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the therapist id.
     *
     * @param therapistId an opaque id, never null
     * @return this builder
     */
    Builder therapistId(String therapistId);

    /**
     * Adds participants.
     *
     * @param participants never null, ids unique
     * @return this builder
     */
    Builder addParticipants(Participant... participants);

    /**
     * Adds participants.
     *
     * @param participants never null, ids unique
     * @return this builder
     */
    Builder addAllParticipants(Iterable<? extends Participant> participants);

    /**
     * Sets the schedule.
     *
     * @param schedule never null
     * @return this builder
     */
    Builder schedule(SessionSchedule schedule);

    /**
     * Sets the schedule, or none.
     *
     * @param schedule never null, possibly empty
     * @return this builder
     */
    Builder schedule(Optional<? extends SessionSchedule> schedule);

    /**
     * Adds planned sessions.
     *
     * @param sessions never null
     * @return this builder
     */
    Builder addSessions(PlannedSession... sessions);

    /**
     * Adds planned sessions.
     *
     * @param sessions never null
     * @return this builder
     */
    Builder addAllSessions(Iterable<? extends PlannedSession> sessions);

    /**
     * Adds exercises.
     *
     * @param exercises never null
     * @return this builder
     */
    Builder addExercises(Exercise... exercises);

    /**
     * Adds exercises.
     *
     * @param exercises never null
     * @return this builder
     */
    Builder addAllExercises(Iterable<? extends Exercise> exercises);

    /**
     * Builds the plan.
     *
     * @return the plan, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if an id is
     *     missing
     * @throws IllegalArgumentException if an id is malformed, no participant is given or
     *     participant ids repeat
     */
    SessionPlan build();
  }
}
