package org.sextherapy.client;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Coordinates;

/**
 * A preference for in-person sessions at a practice within a distance of a point the client gives.
 * A therapist meets it when one of their practice locations with coordinates lies within
 * {@link #maximumKm()} of {@link #from()}.
 *
 * <p>The point is the client's location data: {@code toString()} never shows it.
 *
 * <p>This class is immutable and thread-safe.
 */
// exports: Immutables' annotations are compile-time only (see module-info). immutables:from: the
// attribute from() leaves the builder without a from(instance) copy method, which nobody needs.
@SuppressWarnings({"exports", "immutables:from"})
@Value.Immutable
public non-sealed abstract class InPersonDistancePreference implements Preference {

  InPersonDistancePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param from the point to measure from, never null
   * @param maximumKm the largest acceptable distance in kilometres, positive
   * @return the preference, never null
   * @throws IllegalArgumentException if the distance is not positive
   */
  public static InPersonDistancePreference of(Strength strength, Coordinates from,
      double maximumKm) {
    return ImmutableInPersonDistancePreference.of(strength, from, maximumKm);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the point to measure from.
   *
   * @return the point, never null
   */
  @Value.Parameter
  public abstract Coordinates from();

  /**
   * Returns the largest acceptable distance.
   *
   * @return kilometres, positive
   */
  @Value.Parameter
  public abstract double maximumKm();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.IN_PERSON_DISTANCE;
  }

  @Value.Check
  final void check() {
    Checks.require(maximumKm() > 0 && Double.isFinite(maximumKm()), "maximumKm",
        "must be positive and finite");
  }

  @Override
  public String toString() {
    return "InPersonDistancePreference{" + strength().id() + "}";
  }
}
