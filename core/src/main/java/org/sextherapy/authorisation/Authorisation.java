package org.sextherapy.authorisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;

/**
 * The answer to "may this therapist see a client physically in this place, on this date, in this
 * way": either the {@link Basis} it rests on, or the bases that were missing.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Authorisation {

  /** The most missing bases an authorisation may list: one per kind of basis for each participant, with room to spare. */
  public static final int MAX_MISSING = 1_000;

  Authorisation() {}

  static Authorisation of(Jurisdiction place, Delivery delivery, LocalDate date,
      Optional<Basis> basis, List<Basis> missing) {
    return ImmutableAuthorisation.of(place, delivery, date, basis, missing);
  }

  /**
   * Returns where the client is during the session.
   *
   * @return the place, never null
   */
  @Value.Parameter
  public abstract Jurisdiction place();

  /**
   * Returns how the session is delivered.
   *
   * @return the delivery, never null
   */
  @Value.Parameter
  public abstract Delivery delivery();

  /**
   * Returns the session date.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns what the authorisation rests on: the first of the profile's grants, in the order of
   * {@link PracticeAuthorisation#grants}, that authorises the session.
   *
   * @return the basis, or empty when the therapist is not authorised
   */
  @Value.Parameter
  public abstract Optional<Basis> basis();

  /**
   * Returns, when the therapist is not authorised, the bases the place's licensing policy would
   * accept for the disciplines the therapist holds credentials in: a licence of the state where
   * states license, an entry on a named register where no licence exists. Empty also when the
   * place accepts no basis of those disciplines at all: a place below the level that licenses (a
   * council area where only the UK's nations license social work), or a country where its states
   * do.
   *
   * @return the missing bases, empty when authorised, never null
   */
  @Value.Parameter
  public abstract List<Basis> missing();

  /**
   * Tells whether the therapist may see the client.
   *
   * @return whether a basis was found
   */
  public final boolean isAuthorised() {
    return basis().isPresent();
  }

  @Override
  public String toString() {
    return "Authorisation{" + place() + ", " + delivery().id() + ", "
        + basis().map(Basis::toString).orElse("missing " + missing()) + "}";
  }

  @Value.Check
  final void checkSizes() {
    Checks.maxItems(missing(), MAX_MISSING, "missing");
  }
}
