package org.sextherapy.authorisation;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * What an authorisation to practise rests on: a licence of a jurisdiction ({@code US-CA}), an entry
 * on a register ({@code COSRT}) or a compact privilege of a kind ({@code PSYPACT-APIT}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Basis {

  Basis() {}

  /**
   * Creates a basis.
   *
   * @param kind the kind of credential, never null
   * @param authority the licence's jurisdiction code, the register's id or the privilege kind's
   *     id, an opaque id
   * @return the basis, never null
   * @throws IllegalArgumentException if the authority is malformed
   */
  public static Basis of(BasisKind kind, String authority) {
    return ImmutableBasis.of(kind, authority);
  }

  /**
   * Returns the kind of credential.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract BasisKind kind();

  /**
   * Returns who stands behind it: the licence's jurisdiction code (such as {@code US-CA}), the
   * register's id (such as {@code COSRT}) or the privilege kind's id (such as
   * {@code PSYPACT-APIT}).
   *
   * @return the authority, never null
   */
  @Value.Parameter
  public abstract String authority();

  @Value.Check
  final void check() {
    Checks.opaqueId(authority(), "authority");
  }

  @Override
  public String toString() {
    return kind().id() + "(" + authority() + ")";
  }
}
