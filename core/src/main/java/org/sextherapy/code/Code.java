package org.sextherapy.code;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A code in a classification system, such as ICD-11 {@code HA00} "Hypoactive sexual desire
 * dysfunction", with how certain the library's sources are of it.
 *
 * <p>Equality covers all four attributes. This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Code {

  Code() {}

  /**
   * Creates a code.
   *
   * @param system the classification system, never null
   * @param code the code within the system, such as {@code "HA00"}, never null or blank
   * @param title the system's title for the code, never null or blank
   * @param certainty how sure the sources are, never null
   * @return the code, never null
   * @throws IllegalArgumentException if {@code code} or {@code title} is blank
   */
  public static Code of(CodeSystem system, String code, String title, Certainty certainty) {
    return ImmutableCode.of(system, code, title, certainty);
  }

  /**
   * Returns the classification system.
   *
   * @return the system, never null
   */
  @Value.Parameter
  public abstract CodeSystem system();

  /**
   * Returns the code within its system.
   *
   * @return the code, never null or blank
   */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the system's title for the code.
   *
   * @return the title, never null or blank
   */
  @Value.Parameter
  public abstract String title();

  /**
   * Returns how certain the library's sources are of this code.
   *
   * @return the certainty, never null
   */
  @Value.Parameter
  public abstract Certainty certainty();

  @Value.Check
  final void check() {
    Checks.notBlank(code(), "code");
    Checks.notBlank(title(), "title");
  }

  @Override
  public String toString() {
    return system().id() + ":" + code();
  }
}
