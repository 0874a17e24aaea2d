package org.sextherapy.assignment;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A therapist's caseload after an assignment: how many open places they offered (their open
 * capacity when accepting new clients, otherwise none) and how many clients of the batch were
 * placed with them.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class TherapistLoad {

  TherapistLoad() {}

  /**
   * Creates a load.
   *
   * @param therapistId the therapist's id, an opaque id
   * @param openPlaces the places the therapist offered, zero or more
   * @param assigned the clients placed with them, from zero to the open places
   * @return the load, never null
   * @throws IllegalArgumentException if the id is malformed or a count out of range
   */
  public static TherapistLoad of(String therapistId, int openPlaces, int assigned) {
    return ImmutableTherapistLoad.of(therapistId, openPlaces, assigned);
  }

  /**
   * Returns the therapist's id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String therapistId();

  /**
   * Returns the places the therapist offered to the batch.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract int openPlaces();

  /**
   * Returns how many clients of the batch were placed with the therapist.
   *
   * @return from zero to {@link #openPlaces()}
   */
  @Value.Parameter
  public abstract int assigned();

  /**
   * Returns the places still open after the assignment.
   *
   * @return zero or more
   */
  public final int remaining() {
    return openPlaces() - assigned();
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(therapistId(), "therapistId");
    Checks.nonNegative(openPlaces(), "openPlaces");
    Checks.nonNegative(assigned(), "assigned");
    Checks.require(assigned() <= openPlaces(), "assigned", "must not exceed openPlaces");
  }

  @Override
  public String toString() {
    return "TherapistLoad{" + therapistId() + ", " + assigned() + " of " + openPlaces() + "}";
  }
}
