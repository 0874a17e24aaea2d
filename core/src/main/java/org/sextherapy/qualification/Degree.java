package org.sextherapy.qualification;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * An academic degree, such as a PsyD or an MSW, and whether it is a clinical degree with
 * psychotherapy training (required for AASECT's Certified Sex Therapist).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Degree {

  Degree() {}

  /**
   * Creates a degree.
   *
   * @param level the level, never null
   * @param title the degree's title, such as {@code "PsyD"}, never null or blank
   * @param clinical whether it is a clinical degree that includes psychotherapy training
   * @return the degree, never null
   * @throws IllegalArgumentException if the title is blank
   */
  public static Degree of(DegreeLevel level, String title, boolean clinical) {
    return ImmutableDegree.of(level, title, clinical);
  }

  /**
   * Returns the level.
   *
   * @return the level, never null
   */
  @Value.Parameter
  public abstract DegreeLevel level();

  /**
   * Returns the degree's title, such as "PsyD" or "MSW".
   *
   * @return the title, never null or blank
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Tells whether this is a clinical degree that includes psychotherapy training.
   *
   * @return whether the degree is clinical
   */
  @Value.Parameter
  public abstract boolean clinical();

  @Value.Check
  final void check() {
    Checks.notBlank(title(), "title");
  }
}
