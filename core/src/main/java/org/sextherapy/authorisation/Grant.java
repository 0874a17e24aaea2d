package org.sextherapy.authorisation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.session.Delivery;

/**
 * What one of a therapist's credentials authorises: where (the places one jurisdiction
 * {@linkplain Jurisdiction#covers covers}, or every member of a compact), by which deliveries, and
 * on which days. {@link PracticeAuthorisation#grants} lists a profile's grants; a therapist may see
 * a client in a place, in a way, on a day, exactly when one of them
 * {@linkplain #authorises authorises} it.
 *
 * <p>A licence or registration gives one grant over its period; a compact privilege gives one for
 * each home licence it can rest on, over the days when the privilege, that licence and the compact
 * are all in force, split around calendar years whose temporary-practice days are used up.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Grant {

  Grant() {}

  static ImmutableGrant.Builder builder() {
    return ImmutableGrant.builder();
  }

  /**
   * Returns what the grant rests on.
   *
   * @return the basis, never null
   */
  public abstract Basis basis();

  /**
   * Returns the path of the credential in the profile, such as {@code $.licences[0]} or
   * {@code $.compactPrivileges[1]}.
   *
   * @return the path, never null
   */
  public abstract String path();

  /**
   * Returns the jurisdiction whose places the grant covers, unless it covers a compact's members.
   *
   * @return the jurisdiction, or empty when {@link #compact()} is present
   */
  public abstract Optional<Jurisdiction> jurisdiction();

  /**
   * Returns the compact whose members the grant covers, for a privilege valid in every member.
   *
   * @return the compact, or empty when {@link #jurisdiction()} is present
   */
  public abstract Optional<InterstateCompact> compact();

  /**
   * Tells whether the grant authorises telehealth (video and phone).
   *
   * @return whether it does
   */
  public abstract boolean telehealth();

  /**
   * Tells whether the grant authorises in-person sessions.
   *
   * @return whether it does
   */
  public abstract boolean inPerson();

  /**
   * Returns the first day of the grant.
   *
   * @return the date, never null
   */
  public abstract LocalDate validFrom();

  /**
   * Returns the last day of the grant, inclusive.
   *
   * @return the date, or empty when it has no end
   */
  public abstract Optional<LocalDate> validUntil();

  /**
   * Tells whether the grant covers a place.
   *
   * @param place where the client is during the session, never null
   * @return whether the grant's jurisdiction covers it or a member of its compact does
   */
  public final boolean covers(Jurisdiction place) {
    Optional<Jurisdiction> jurisdiction = jurisdiction();
    return jurisdiction.isPresent() ? jurisdiction.get().covers(place)
        : compact().map(c -> c.hasMemberCovering(place)).orElse(false);
  }

  /**
   * Tells whether the grant allows a delivery.
   *
   * @param delivery the delivery, never null
   * @return whether it does
   */
  public final boolean allows(Delivery delivery) {
    return delivery.isTelehealth() ? telehealth() : inPerson();
  }

  /**
   * Tells whether a date falls within the grant.
   *
   * @param date the day, never null
   * @return whether it does
   */
  public final boolean isValidOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Tells whether the grant authorises a session.
   *
   * @param place where the client is during the session, never null
   * @param delivery how the session is delivered, never null
   * @param date the session date, never null
   * @return whether it does
   */
  public final boolean authorises(Jurisdiction place, Delivery delivery, LocalDate date) {
    return allows(delivery) && isValidOn(date) && covers(place);
  }

  @Value.Check
  final void check() {
    Checks.require(jurisdiction().isPresent() != compact().isPresent(), "jurisdiction",
        "exactly one of jurisdiction and compact must be present");
    Checks.require(telehealth() || inPerson(), "telehealth", "a grant allows some delivery");
    Checks.require(validUntil().map(end -> !end.isBefore(validFrom())).orElse(true),
        "validUntil", "must not be before validFrom");
  }

  @Override
  public String toString() {
    return "Grant{" + basis() + ", " + path() + "}";
  }
}
