package org.sextherapy.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;

/**
 * A request for a sex therapist, from one person or from partners together.
 *
 * <p>It says who takes part ({@link #participants()}), where they will physically be during sessions
 * ({@link #sessionJurisdiction()}, or a participant's own, as {@link #sessionJurisdictions()} lists
 * them: for telehealth the therapist must be authorised in each, not where the client lives;
 * https://psypact.gov/page/Practice_Related_FAQs), the concerns they bring, the format and
 * deliveries they accept, their preferences, for a minor the guardian-consent status, and since when
 * they have been waiting.
 *
 * <p>Building a request checks structure only (ids, unique participant ids). Whether it is complete
 * and ethical (a couple of one, no concern, a minor without consent data) is judged by the validator
 * and the ethics review, which report instead of throwing. {@code toString()} shows the id and counts
 * only: a request is special-category data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class ClientRequest {

  /** The most participants a request may name (a group included). */
  public static final int MAX_PARTICIPANTS = 50;

  /** The most concerns a request may raise. */
  public static final int MAX_CONCERNS = 100;

  /** The most deliveries a request may accept: each delivery once. */
  public static final int MAX_DELIVERIES = Delivery.values().length;

  /** The most preferences a request may state. */
  public static final int MAX_PREFERENCES = 100;

  ClientRequest() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableClientRequest.builder();
  }

  /**
   * Returns the request's opaque id.
   *
   * @return the id, never null
   */
  public abstract String id();

  /**
   * Returns the people taking part, each with a unique id.
   *
   * @return the participants, never null
   */
  public abstract List<Participant> participants();

  /**
   * Returns where the participants will physically be during sessions.
   *
   * @return the jurisdiction, never null
   */
  public abstract Jurisdiction sessionJurisdiction();

  /**
   * Returns every jurisdiction a participant will physically be in during sessions, each once, in
   * participant order: a participant's own {@link Participant#sessionJurisdiction()}, or else
   * {@link #sessionJurisdiction()}. A request without participants, or whose participants give none
   * of their own, has just {@link #sessionJurisdiction()}. The therapist must be authorised in every
   * one for the delivery chosen.
   *
   * @return one to as many jurisdictions as participants, never null
   */
  @Value.Derived
  public List<Jurisdiction> sessionJurisdictions() {
    List<Participant> participants = participants();
    Jurisdiction shared = sessionJurisdiction();
    if (participants.isEmpty()) {
      return List.of(shared);
    }
    List<Jurisdiction> places = new ArrayList<>(2);
    for (Participant participant : participants) {
      Jurisdiction place = participant.sessionJurisdiction().orElse(shared);
      if (!places.contains(place)) {
        places.add(place);
      }
    }
    return List.copyOf(places);
  }

  /**
   * Returns the concerns the participants bring.
   *
   * @return the concerns, never null
   */
  public abstract List<RequestedConcern> concerns();

  /**
   * Returns who will take part in sessions.
   *
   * @return the format, never null
   */
  public abstract SessionFormat format();

  /**
   * Returns the deliveries the participants accept, any of which will do.
   *
   * @return the deliveries, never null
   */
  public abstract Set<Delivery> deliveries();

  /**
   * Returns the participants' preferences; all of them apply together.
   *
   * @return the preferences, never null
   */
  public abstract List<Preference> preferences();

  /**
   * Returns where a minor's guardian consent stands: one status for the request, so with several
   * minors {@link GuardianConsent#GIVEN} means that every minor's guardian has consented.
   *
   * @return the status, or empty when not recorded
   */
  public abstract Optional<GuardianConsent> guardianConsent();

  /**
   * Returns the day the request joined the waiting list.
   *
   * @return the date, or empty when not on a waiting list
   */
  public abstract Optional<LocalDate> waitingSince();

  /**
   * Tells whether any participant is a minor.
   *
   * @return whether a participant is under 18
   */
  public final boolean involvesMinor() {
    return participants().stream().anyMatch(Participant::isMinor);
  }

  @Value.Check
  final void check() {
    Checks.maxItems(participants(), MAX_PARTICIPANTS, "participants");
    Checks.maxItems(concerns(), MAX_CONCERNS, "concerns");
    Checks.maxItems(preferences(), MAX_PREFERENCES, "preferences");
    Checks.opaqueId(id(), "id");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < participants().size(); i++) {
      Checks.require(ids.add(participants().get(i).id()), "participants[" + i + "].id",
          "must be unique within the request");
    }
  }

  @Override
  public String toString() {
    return "ClientRequest{" + id() + ", "
        + Counts.of(participants().size(), "participant", "participants") + ", "
        + Counts.of(concerns().size(), "concern", "concerns") + ", "
        + Counts.of(preferences().size(), "preference", "preferences") + "}";
  }

  /** Builds a {@link ClientRequest}; the id, session jurisdiction and format are required. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id an opaque id, never null
     * @return this builder
     */
    Builder id(String id);

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
     * Sets where the participants will be during sessions, unless a participant gives their own.
     *
     * @param sessionJurisdiction never null
     * @return this builder
     */
    Builder sessionJurisdiction(Jurisdiction sessionJurisdiction);

    /**
     * Adds concerns.
     *
     * @param concerns never null
     * @return this builder
     */
    Builder addConcerns(RequestedConcern... concerns);

    /**
     * Adds concerns.
     *
     * @param concerns never null
     * @return this builder
     */
    Builder addAllConcerns(Iterable<? extends RequestedConcern> concerns);

    /**
     * Sets the format.
     *
     * @param format never null
     * @return this builder
     */
    Builder format(SessionFormat format);

    /**
     * Adds accepted deliveries.
     *
     * @param deliveries never null
     * @return this builder
     */
    Builder addDeliveries(Delivery... deliveries);

    /**
     * Adds accepted deliveries.
     *
     * @param deliveries never null
     * @return this builder
     */
    Builder addAllDeliveries(Iterable<Delivery> deliveries);

    /**
     * Adds preferences.
     *
     * @param preferences never null
     * @return this builder
     */
    Builder addPreferences(Preference... preferences);

    /**
     * Adds preferences.
     *
     * @param preferences never null
     * @return this builder
     */
    Builder addAllPreferences(Iterable<? extends Preference> preferences);

    /**
     * Sets the guardian-consent status.
     *
     * @param guardianConsent never null
     * @return this builder
     */
    Builder guardianConsent(GuardianConsent guardianConsent);

    /**
     * Sets the guardian-consent status, or none.
     *
     * @param guardianConsent never null, possibly empty
     * @return this builder
     */
    Builder guardianConsent(Optional<? extends GuardianConsent> guardianConsent);

    /**
     * Sets the day the request joined the waiting list.
     *
     * @param waitingSince never null
     * @return this builder
     */
    Builder waitingSince(LocalDate waitingSince);

    /**
     * Sets the day the request joined the waiting list, or none.
     *
     * @param waitingSince never null, possibly empty
     * @return this builder
     */
    Builder waitingSince(Optional<? extends LocalDate> waitingSince);

    /**
     * Builds the request.
     *
     * @return the request, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the id,
     *     session jurisdiction or format is missing
     * @throws IllegalArgumentException if an id is malformed or participant ids repeat
     */
    ClientRequest build();
  }
}
