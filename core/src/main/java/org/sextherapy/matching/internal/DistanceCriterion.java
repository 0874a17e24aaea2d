package org.sextherapy.matching.internal;

import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.location.Coordinates;
import org.sextherapy.matching.MatchPolicy;

/**
 * The distance family: in-person sessions at a practice location within a distance of the
 * client's point, the location lying in every session jurisdiction with an in-person grant there
 * on the date ({@link Places}). Met when one such location lies within the radius; a preferred one
 * earns points that fall with the exact distance to the nearest such location, as the policy's
 * {@link MatchPolicy#distancePoints(double, double)} sets. The reason names that location's
 * jurisdiction and the distance in whole kilometres, never the client's point.
 */
final class DistanceCriterion extends Criterion {

  /** How far an approximate distance may be from the exact one, in kilometres. */
  static final double SLACK_KM = 0.05;
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private final PackedDirectory d;
  private final Places places;
  private final Coordinates from;
  private final double maxKm;
  private final MatchPolicy policy;
  /** Passes a location with coordinates within the distance. */
  private final Places.LocationTest withinDistance;

  DistanceCriterion(InPersonDistancePreference preference, PackedDirectory d, Places places,
      MatchPolicy policy) {
    super(PreferenceKind.IN_PERSON_DISTANCE);
    this.d = d;
    this.places = places;
    this.policy = policy;
    this.from = preference.from();
    this.maxKm = preference.maximumKm();
    this.withinDistance = (i, ordinal, q) -> PackedDirectory.kind(d.blob[q])
        == PackedDirectory.LOCATION_AT && within(i, ordinal, Float.intBitsToFloat(d.blob[q + 1]),
            Float.intBitsToFloat(d.blob[q + 2]));
  }

  /**
   * Returns the ordinal (in the profile's list) of the first practice location open to the client
   * within the distance, or -1.
   */
  private int firstWithin(int i) {
    return places.firstOpenInPerson(i, withinDistance);
  }

  /**
   * Tells whether a location lies within the preferred distance: approximately from the packed
   * float coordinates, and exactly, as {@link Coordinates#distanceKm(Coordinates)} computes it,
   * when the approximation is too close to the limit to tell.
   */
  private boolean within(int i, int ordinal, float latitude, float longitude) {
    double approximate = haversineKm(from.latitude(), from.longitude(), latitude, longitude);
    if (approximate < maxKm - SLACK_KM) {
      return true;
    }
    if (approximate > maxKm + SLACK_KM) {
      return false;
    }
    return d.particulars(i).coordinates(ordinal)
        .map(at -> from.distanceKm(at) <= maxKm).orElse(false);
  }

  static double haversineKm(double latitude1, double longitude1, double latitude2,
      double longitude2) {
    double lat1 = Math.toRadians(latitude1);
    double lat2 = Math.toRadians(latitude2);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(longitude2 - longitude1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Returns the ordinal of the nearest practice location open to the client within the distance,
   * by exact distance (the first of equally near ones), or -1. Read only to score and explain a
   * profile that passed every filter.
   */
  private int nearest(int i) {
    Nearest nearest = new Nearest();
    places.firstOpenInPerson(i, nearest);
    return nearest.ordinal;
  }

  /**
   * Sees every location open to the client in person, in order, and keeps the nearest within the
   * distance; it never accepts one, so that the walk visits them all.
   */
  private final class Nearest implements Places.LocationTest {
    int ordinal = -1;
    double km = Double.POSITIVE_INFINITY;

    @Override
    public boolean test(int i, int at, int q) {
      double distance = km(i, at);
      if (distance <= maxKm && distance < km) {
        ordinal = at;
        km = distance;
      }
      return false;
    }
  }

  private double km(int i, int ordinal) {
    return d.particulars(i).coordinates(ordinal)
        .map(from::distanceKm).orElse(Double.POSITIVE_INFINITY);
  }

  /**
   * Only candidates that can be seen in person ({@link Places#inPerson(int, long)}) can meet it:
   * the others are ruled out from the delivery flag set, and the rest are read one at a time.
   */
  @Override
  long met(int w, long candidates) {
    return eachMet(w, places.inPerson(w, candidates));
  }

  @Override
  boolean met(int i) {
    return firstWithin(i) >= 0;
  }

  @Override
  long points(int i, long preferencePoints) {
    return policy.distancePoints(km(i, nearest(i)), maxKm);
  }

  /**
   * The preference's points, which {@link MatchPolicy#distancePoints} never exceeds; zero when the
   * client or every candidate excludes in-person sessions.
   */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return places.inPerson(w, candidates) != 0 ? policy.preferencePoints() : 0;
  }

  @Override
  String argument(int i) {
    int nearest = nearest(i);
    return d.locationJurisdiction(i, nearest).code() + ":"
        + Math.round(km(i, nearest)) + "km";
  }
}
