package org.sextherapy.location;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A point on the Earth in WGS 84 degrees, used for the distance to an in-person practice.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Coordinates {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  Coordinates() {}

  /**
   * Creates a point.
   *
   * @param latitude degrees north, from -90 to 90
   * @param longitude degrees east, from -180 to 180
   * @return the point, never null
   * @throws IllegalArgumentException if a degree is out of range or not a number
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north, from -90 to 90
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east, from -180 to 180
   */
  @Value.Parameter
  public abstract double longitude();

  /**
   * Returns the great-circle (haversine) distance to another point, on a sphere of the Earth's mean
   * radius; accurate to about 0.5 %, which is ample for "within 25 km".
   *
   * @param other the other point, never null
   * @return the distance in kilometres, zero or more
   */
  public final double distanceKm(Coordinates other) {
    double lat1 = Math.toRadians(latitude());
    double lat2 = Math.toRadians(other.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude() - longitude());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  @Value.Check
  final void check() {
    Checks.require(latitude() >= -90 && latitude() <= 90, "latitude", "must be from -90 to 90");
    Checks.require(longitude() >= -180 && longitude() <= 180, "longitude",
        "must be from -180 to 180");
  }

  @Override
  public String toString() {
    return "Coordinates{hidden}";
  }
}
