package org.sextherapy.location;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.internal.Checks;

/**
 * A place where a therapist sees clients in person: its jurisdiction, optionally its coordinates
 * for distance searches, and the payer networks the therapist is in-network with at this place (a
 * directory's {@code PractitionerRole} lists networks per location: HL7 Da Vinci PDex Plan-Net,
 * https://hl7.org/fhir/us/davinci-pdex-plan-net/).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class PracticeLocation {

  /** The most networks a location may name ({@link Limits#MAX_NETWORKS}). */
  public static final int MAX_NETWORKS = Limits.MAX_NETWORKS;

  PracticeLocation() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutablePracticeLocation.builder();
  }

  /**
   * Creates a location without coordinates.
   *
   * @param jurisdiction where the practice is, never null
   * @return the location, never null
   */
  public static PracticeLocation of(Jurisdiction jurisdiction) {
    return builder().jurisdiction(jurisdiction).build();
  }

  /**
   * Creates a location with coordinates.
   *
   * @param jurisdiction where the practice is, never null
   * @param coordinates the practice's coordinates, never null
   * @return the location, never null
   */
  public static PracticeLocation of(Jurisdiction jurisdiction, Coordinates coordinates) {
    return builder().jurisdiction(jurisdiction).coordinates(coordinates).build();
  }

  /**
   * Returns the jurisdiction the practice is in.
   *
   * @return the jurisdiction, never null
   */
  public abstract Jurisdiction jurisdiction();

  /**
   * Returns the practice's coordinates.
   *
   * @return the coordinates, or empty when not published
   */
  public abstract Optional<Coordinates> coordinates();

  /**
   * Returns the payer networks the therapist is in-network with at this place; each must be one of
   * the therapist's {@link org.sextherapy.therapist.TherapistProfile#networks()}.
   *
   * @return the networks, never null
   */
  public abstract Set<NetworkId> networks();

  /**
   * Returns this location with more networks: those it names and the given ones, as a directory
   * reader finds them role by role. Every other attribute is kept.
   *
   * @param more the networks to add, never null
   * @return the location, never null
   * @throws org.sextherapy.InvalidValueException if the limit of networks is exceeded
   */
  public final PracticeLocation withMoreNetworks(Iterable<? extends NetworkId> more) {
    // from(this) copies every attribute, whatever attributes the type gains later
    return ImmutablePracticeLocation.builder().from(this).addAllNetworks(more).build();
  }

  @Value.Check
  final void check() {
    Checks.maxItems(networks(), MAX_NETWORKS, "networks");
  }

  /** Builds a {@link PracticeLocation}; the jurisdiction is required. */
  public interface Builder {
    /**
     * Sets the jurisdiction.
     *
     * @param jurisdiction never null
     * @return this builder
     */
    Builder jurisdiction(Jurisdiction jurisdiction);

    /**
     * Sets the coordinates.
     *
     * @param coordinates never null
     * @return this builder
     */
    Builder coordinates(Coordinates coordinates);

    /**
     * Sets the coordinates, or none.
     *
     * @param coordinates never null, possibly empty
     * @return this builder
     */
    Builder coordinates(Optional<? extends Coordinates> coordinates);

    /**
     * Adds networks the therapist is in-network with at this place.
     *
     * @param networks never null
     * @return this builder
     */
    Builder addNetworks(NetworkId... networks);

    /**
     * Adds networks the therapist is in-network with at this place.
     *
     * @param networks never null
     * @return this builder
     */
    Builder addAllNetworks(Iterable<? extends NetworkId> networks);

    /**
     * Builds the location.
     *
     * @return the location, never null
     * @throws IllegalStateException if the jurisdiction is missing
     * @throws org.sextherapy.InvalidValueException if a limit is exceeded; the message names the field
     */
    PracticeLocation build();
  }
}
