package org.sextherapy.treatment;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A therapeutic approach or service a therapist offers, such as sensate-focus-based sex therapy or
 * emotionally focused couples therapy, with the {@link Aim}s it pursues.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Modality {

  /** The most aims a modality may declare. */
  public static final int MAX_AIMS = 50;

  Modality() {}

  /**
   * Creates a modality.
   *
   * @param id a stable identifier such as {@code "cbt"}, an opaque id
   * @param name the name to show, never null or blank
   * @param aims what the modality aims at, never null, not empty
   * @return the modality, never null
   * @throws IllegalArgumentException if the id is malformed, the name blank or no aim given
   */
  public static Modality of(String id, String name, Set<Aim> aims) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aims, "aims");
    return ImmutableModality.of(id, name, aims);
  }

  /**
   * Creates a modality with a description of the service, as the therapist advertises it.
   *
   * @param id a stable identifier such as {@code "cbt"}, an opaque id
   * @param name the name to show, never null or blank
   * @param aims what the modality aims at, never null, not empty
   * @param description what the service is, in the therapist's words, never null or blank, at most
   *     {@value #MAX_DESCRIPTION_LENGTH} characters
   * @return the modality, never null
   * @throws IllegalArgumentException if the id is malformed, the name or description blank, the
   *     description too long or no aim given
   */
  public static Modality of(String id, String name, Set<Aim> aims, String description) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aims, "aims");
    Objects.requireNonNull(description, "description");
    return ImmutableModality.builder().id(id).name(name).addAllAims(aims).description(description)
        .build();
  }

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION_LENGTH = 2000;

  /**
   * Returns the stable identifier.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the name to show.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the aims the modality pursues.
   *
   * @return at least one aim, never null
   */
  @Value.Parameter
  public abstract Set<Aim> aims();

  /**
   * Returns what the service is, in the therapist's words. The ethics review reads it: a
   * description that denotes a conversion practice makes offering the modality an error (ethical
   * rule 1), whatever its structured aims.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  @Value.Check
  final void check() {
    Checks.maxItems(aims(), MAX_AIMS, "aims");
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
    Checks.require(!aims().isEmpty(), "aims", "must hold at least one aim");
    Optional<String> description = description();
    Checks.require(description.isEmpty() || (!description.get().isBlank()
        && description.get().length() <= MAX_DESCRIPTION_LENGTH), "description",
        "must not be blank and must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
  }

  @Override
  public String toString() {
    return "Modality{" + id() + "}";
  }
}
