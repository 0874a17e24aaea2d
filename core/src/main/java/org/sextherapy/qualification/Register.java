package org.sextherapy.qualification;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * A register of practitioners kept by a regulator or a professional body, such as the HCPC's
 * register of practitioner psychologists or COSRT's register of sexual and relationship
 * therapists, which the Professional Standards Authority accredits. Where a profession has no
 * statutory licence, membership of such a register is how a client can check a practitioner
 * ({@link StandardRegisters}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Register {

  Register() {}

  /**
   * Creates a register.
   *
   * @param id a stable identifier such as {@code "COSRT"}, an opaque id
   * @param name the register's name, never null or blank
   * @param jurisdiction the country or subdivision whose practitioners it lists, never null
   * @return the register, never null
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static Register of(String id, String name, Jurisdiction jurisdiction) {
    return ImmutableRegister.of(id, name, jurisdiction);
  }

  /**
   * Returns the stable identifier.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the register's name.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the jurisdiction whose practitioners the register lists.
   *
   * @return the jurisdiction, never null
   */
  @Value.Parameter
  public abstract Jurisdiction jurisdiction();

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
  }

  @Override
  public String toString() {
    return "Register{" + id() + ", " + jurisdiction() + "}";
  }
}
