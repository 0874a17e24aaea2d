package org.sextherapy.plan;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Checks;

/**
 * An exercise suggested for between sessions, such as sensate focus with a partner: who takes part,
 * whether it is an invitation the participants may decline without consequence, and who has
 * consented.
 *
 * <p>Exercises are invitations: each is suggested, never required, needs the consent of every person
 * taking part, and may be declined (GoodTherapy, Sex Therapy: a person is never made to do them;
 * ethical rule 5). No exercise ever involves the therapist in sexual contact (AASECT Code of
 * Conduct; rule 4), and no partnered or sexual exercise is assigned to a minor (rule 7). The ethics
 * review judges these; the value records them. The note is client data and never appears in {@code
 * toString()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Exercise {

  /** The most participants an exercise may involve: as many as a plan may name. */
  public static final int MAX_PARTICIPANT_IDS = ClientRequest.MAX_PARTICIPANTS;

  /** The most participants an exercise may record consent from: as many as a plan may name. */
  public static final int MAX_CONSENTED_BY = ClientRequest.MAX_PARTICIPANTS;

  Exercise() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableExercise.builder();
  }

  /**
   * Returns the exercise's opaque id within the plan.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns what the exercise is.
   *
   * @return the kind, never null
   */
  public abstract ActivityKind kind();

  /**
   * Returns the ids of the plan's participants who take part.
   *
   * @return at least one participant id, never null
   */
  public abstract Set<String> participantIds();

  /**
   * Tells whether the therapist takes part. Never acceptable for an exercise with contact.
   *
   * @return whether the therapist takes part; false unless set
   */
  @Value.Default
  public boolean includesTherapist() {
    return false;
  }

  /**
   * Tells whether the exercise is an invitation that may be declined without consequence. It must
   * always be recorded: there is no default, since a plan that does not say whether an exercise
   * may be declined must not read as one that does (ethical rule 5 judges it).
   *
   * @return whether it is voluntary, as recorded
   */
  public abstract boolean voluntary();

  /**
   * Returns the ids of the participants who have consented to the exercise.
   *
   * @return the participant ids, never null
   */
  public abstract Set<String> consentedBy();

  /**
   * Returns the therapist's note about the exercise.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Tells whether the exercise involves more than one person: it names more than one participant,
   * or its kind by nature involves a partner ({@link ActivityKind#isPartneredByNature()}), whether
   * or not the partner is named. A partnered-by-nature exercise that names fewer than two
   * participants is reported by ethical rule 5, since the consent of the partner cannot be checked.
   *
   * @return whether it is partnered
   */
  public final boolean isPartnered() {
    return participantIds().size() > 1 || kind().isPartneredByNature();
  }

  @Value.Check
  final void check() {
    Checks.maxItems(participantIds(), MAX_PARTICIPANT_IDS, "participantIds");
    Checks.maxItems(consentedBy(), MAX_CONSENTED_BY, "consentedBy");
    Checks.opaqueId(id(), "id");
    Checks.require(!participantIds().isEmpty(), "participantIds",
        "must hold at least one participant");
    participantIds().forEach(p -> Checks.opaqueId(p, "participantIds"));
    consentedBy().forEach(p -> Checks.opaqueId(p, "consentedBy"));
    Checks.optionalText(note(), "note");
  }

  @Override
  public String toString() {
    return "Exercise{" + id() + ", " + kind().id() + "}";
  }

  /**
   * Builds an {@link Exercise}; the id, the kind, at least one participant and whether it is
   * voluntary are required.
   */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id an opaque id, never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the kind.
     *
     * @param kind never null
     * @return this builder
     */
    Builder kind(ActivityKind kind);

    /**
     * Adds participants who take part.
     *
     * @param participantIds the plan's participant ids, never null
     * @return this builder
     */
    Builder addParticipantIds(String... participantIds);

    /**
     * Adds participants who take part.
     *
     * @param participantIds the plan's participant ids, never null
     * @return this builder
     */
    Builder addAllParticipantIds(Iterable<String> participantIds);

    /**
     * Sets whether the therapist takes part.
     *
     * @param includesTherapist whether they do
     * @return this builder
     */
    Builder includesTherapist(boolean includesTherapist);

    /**
     * Sets whether the exercise is an invitation that may be declined without consequence. Required:
     * there is no default.
     *
     * @param voluntary whether it is
     * @return this builder
     */
    Builder voluntary(boolean voluntary);

    /**
     * Adds participants who have consented.
     *
     * @param participantIds the plan's participant ids, never null
     * @return this builder
     */
    Builder addConsentedBy(String... participantIds);

    /**
     * Adds participants who have consented.
     *
     * @param participantIds the plan's participant ids, never null
     * @return this builder
     */
    Builder addAllConsentedBy(Iterable<String> participantIds);

    /**
     * Sets the note.
     *
     * @param note never null or blank
     * @return this builder
     */
    Builder note(String note);

    /**
     * Sets the note, or none.
     *
     * @param note never null, possibly empty
     * @return this builder
     */
    Builder note(Optional<String> note);

    /**
     * Builds the exercise.
     *
     * @return the exercise, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the id, the
     *     kind or whether it is voluntary is missing
     * @throws IllegalArgumentException if an id is malformed, no participant is given or the note
     *     is blank
     */
    Exercise build();
  }
}
