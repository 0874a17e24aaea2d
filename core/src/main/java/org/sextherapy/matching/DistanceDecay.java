package org.sextherapy.matching;

import org.sextherapy.Identified;

/**
 * How the points of a preferred in-person distance fall with the distance to the nearest practice
 * location within the client's radius ({@link MatchPolicy#distanceDecay()}). Travel time is a
 * common barrier to attending therapy, so a nearer practice ranks higher, not only one inside the
 * radius; the shape of the fall is the caller's choice.
 */
public enum DistanceDecay implements Identified {
  /** Every practice inside the radius earns the full points: inside or outside only. */
  NONE("none"),
  /**
   * The points fall in a straight line from the full points at the client's point to none at the
   * edge of the client's radius.
   */
  LINEAR("linear"),
  /**
   * The points halve every {@link MatchPolicy#distanceHalfKm()} kilometres, whatever the radius.
   */
  EXPONENTIAL("exponential");

  private final String id;

  DistanceDecay(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
