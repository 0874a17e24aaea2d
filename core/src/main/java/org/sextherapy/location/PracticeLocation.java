package org.sextherapy.location;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place where a therapist sees clients in person: its jurisdiction and, optionally, its
 * coordinates for distance searches.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class PracticeLocation {

  PracticeLocation() {}

  /**
   * Creates a location without coordinates.
   *
   * @param jurisdiction where the practice is, never null
   * @return the location, never null
   */
  public static PracticeLocation of(Jurisdiction jurisdiction) {
    return ImmutablePracticeLocation.of(jurisdiction, Optional.empty());
  }

  /**
   * Creates a location with coordinates.
   *
   * @param jurisdiction where the practice is, never null
   * @param coordinates the practice's coordinates, never null
   * @return the location, never null
   */
  public static PracticeLocation of(Jurisdiction jurisdiction, Coordinates coordinates) {
    return ImmutablePracticeLocation.of(jurisdiction, Optional.of(coordinates));
  }

  /**
   * Returns the jurisdiction the practice is in.
   *
   * @return the jurisdiction, never null
   */
  @Value.Parameter
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the practice's coordinates.
   *
   * @return the coordinates, or empty when not published
   */
  @Value.Parameter
  public abstract Optional<Coordinates> coordinates();
}
