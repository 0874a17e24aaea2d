package org.sextherapy.client;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.sextherapy.InvalidValueException;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A person taking part in therapy: an opaque id (unique within the request or plan), an age bracket
 * with an optional exact age, an optional gender in their own terms, and, when they will not be where
 * the rest of the request says, the jurisdiction they will physically be in during sessions (a
 * partner joining a video session from another state).
 *
 * <p>The gender is there to honour preferences only; it is never a concern, never used to add or
 * infer one (ethical rule 2; GoodTherapy, Sex Therapy). {@code toString()} shows the id only.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Participant {

  Participant() {}

  /**
   * Creates a participant known by age bracket only.
   *
   * @param id an opaque id, unique within the request
   * @param ageBracket the age bracket, never null
   * @return the participant, never null
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Participant of(String id, AgeBracket ageBracket) {
    return builder().id(id).ageBracket(ageBracket).build();
  }

  /**
   * Creates a participant of a known age.
   *
   * @param id an opaque id, unique within the request, never null
   * @param age the age in whole years, from 0 to 150
   * @return the participant, never null
   * @throws InvalidValueException naming the field ({@code id} or {@code age}) if the id is
   *     malformed or the age out of range; the message never holds the id or the age given
   */
  public static Participant ofAge(String id, int age) {
    return builder().id(id).ageBracket(AgeBracket.of(age)).age(age).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableParticipant.builder();
  }

  /**
   * Returns the opaque id.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns the age bracket.
   *
   * @return the bracket, never null
   */
  public abstract AgeBracket ageBracket();

  /**
   * Returns the exact age, when known.
   *
   * @return the age in whole years, within {@link #ageBracket()}, or empty
   */
  public abstract OptionalInt age();

  /**
   * Returns the participant's gender in their own terms, when they give it.
   *
   * @return the gender identity, or empty
   */
  public abstract Optional<GenderIdentity> gender();

  /**
   * Returns where this participant will physically be during sessions, when it differs from the
   * request's {@link ClientRequest#sessionJurisdiction()}: for telehealth the therapist must be
   * authorised there too.
   *
   * @return the jurisdiction, or empty to use the request's
   */
  public abstract Optional<Jurisdiction> sessionJurisdiction();

  /**
   * Tells whether the participant is a minor.
   *
   * @return whether the age bracket is under 18
   */
  public final boolean isMinor() {
    return ageBracket().isMinor();
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    if (age().isPresent()) {
      // AgeBracket.of refuses an age outside 0 to 150 as the field "age", without the age
      Checks.require(AgeBracket.of(age().getAsInt()) == ageBracket(), "age",
          "must fall within ageBracket");
    }
  }

  @Override
  public String toString() {
    return "Participant{" + id() + "}";
  }

  /** Builds a {@link Participant}; the id and age bracket are required. */
  public interface Builder {
    /**
     * Sets the opaque id.
     *
     * @param id never null
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the age bracket.
     *
     * @param ageBracket never null
     * @return this builder
     */
    Builder ageBracket(AgeBracket ageBracket);

    /**
     * Sets the exact age.
     *
     * @param age from 0 to 150, within the age bracket
     * @return this builder
     */
    Builder age(int age);

    /**
     * Sets the exact age, or none.
     *
     * @param age never null, possibly empty
     * @return this builder
     */
    Builder age(OptionalInt age);

    /**
     * Sets the participant's gender in their own terms.
     *
     * @param gender never null
     * @return this builder
     */
    Builder gender(GenderIdentity gender);

    /**
     * Sets the participant's gender, or none.
     *
     * @param gender never null, possibly empty
     * @return this builder
     */
    Builder gender(Optional<? extends GenderIdentity> gender);

    /**
     * Sets where this participant will be during sessions.
     *
     * @param sessionJurisdiction never null
     * @return this builder
     */
    Builder sessionJurisdiction(Jurisdiction sessionJurisdiction);

    /**
     * Sets where this participant will be during sessions, or the request's.
     *
     * @param sessionJurisdiction never null, possibly empty
     * @return this builder
     */
    Builder sessionJurisdiction(Optional<? extends Jurisdiction> sessionJurisdiction);

    /**
     * Builds the participant.
     *
     * @return the participant, never null
     * @throws InvalidValueException naming the field if the id or age bracket is missing, the id
     *     is malformed, or the age is not from 0 to 150 or outside the bracket
     */
    Participant build();
  }
}
