package org.sextherapy.location;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.internal.Checks;

/**
 * A place where a therapist sees clients in person: its jurisdiction and, optionally, its
 * coordinates for distance searches, the payer networks the therapist is in-network with at this
 * place (a directory's {@code PractitionerRole} lists networks per location: HL7 Da Vinci PDex
 * Plan-Net, https://hl7.org/fhir/us/davinci-pdex-plan-net/), the {@link AccessFeature}s of its
 * premises and the sign languages sessions there can be held in.
 *
 * <p><b>Access and telehealth.</b> Access features describe the premises, so they count only for
 * in-person sessions at this location; by video or phone none applies. A sign language is different:
 * signing works by video (never by phone), so a therapist who holds sessions in a sign language
 * by video lists it among the profile's languages (such as {@code ase}), and the matcher accepts
 * either (see {@code SignLanguagePreference}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class PracticeLocation {

  /** The most networks a location may name ({@link Limits#MAX_NETWORKS}). */
  public static final int MAX_NETWORKS = Limits.MAX_NETWORKS;

  /** The most access features: each feature once. */
  public static final int MAX_ACCESS = AccessFeature.values().length;

  /** The most sign languages one location may list. */
  public static final int MAX_SIGN_LANGUAGES = 20;

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
   * Returns the access features of the premises.
   *
   * @return the features, never null, empty unless set
   */
  public abstract Set<AccessFeature> access();

  /**
   * Returns the sign languages in-person sessions at this location can be held in (by a signing
   * therapist or with an interpreter the practice provides), as BCP 47 tags: ISO 639-3 codes such
   * as {@code ase} (American Sign Language), {@code bfi} (British Sign Language), {@code gsg}
   * (German Sign Language), or the older {@code sgn-} forms such as {@code sgn-DE}. Tags are
   * compared whole: {@code sgn-DE} and {@code gsg} are not recognised as the same language.
   *
   * @return the sign languages, never null, empty unless set
   */
  public abstract Set<Locale> signLanguages();

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
    Set<Locale> signLanguages = signLanguages();
    Checks.maxItems(signLanguages, MAX_SIGN_LANGUAGES, "signLanguages");
    Checks.languageTags(signLanguages, "signLanguages");
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
     * Adds access features.
     *
     * @param features never null
     * @return this builder
     */
    Builder addAccess(AccessFeature... features);

    /**
     * Adds access features.
     *
     * @param features never null
     * @return this builder
     */
    Builder addAllAccess(Iterable<AccessFeature> features);

    /**
     * Adds sign languages.
     *
     * @param languages never null, each a BCP 47 tag naming a language
     * @return this builder
     */
    Builder addSignLanguages(Locale... languages);

    /**
     * Adds sign languages.
     *
     * @param languages never null, each a BCP 47 tag naming a language
     * @return this builder
     */
    Builder addAllSignLanguages(Iterable<? extends Locale> languages);

    /**
     * Builds the location.
     *
     * @return the location, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the
     *     jurisdiction is missing
     * @throws org.sextherapy.InvalidValueException naming the field if one breaks a limit
     */
    PracticeLocation build();
  }
}
