package org.sextherapy.treatment;

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
    return ImmutableModality.of(id, name, aims);
  }

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

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
    Checks.require(!aims().isEmpty(), "aims", "must hold at least one aim");
  }

  @Override
  public String toString() {
    return "Modality{" + id() + "}";
  }
}
