package org.sextherapy.insurance;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * Who pays for therapy besides the client: a commercial insurer, or a public programme such as
 * Medicare, a state's Medicaid or their equivalents elsewhere. Named by the id the caller supplies
 * (such as {@code "acme-health"} or {@code "us-medicare"}), with its {@linkplain PayerKind kind}.
 * Two payers are the same when both id and kind are.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Payer {

  Payer() {}

  /**
   * Creates a payer.
   *
   * @param id an opaque id (1-128 letters, digits, '.', '_', ':' or '-'), never null
   * @param kind commercial or public programme, never null
   * @return the payer, never null
   * @throws org.sextherapy.InvalidValueException naming the field {@code id} if malformed
   */
  public static Payer of(String id, PayerKind kind) {
    return ImmutablePayer.of(id, kind);
  }

  /**
   * Creates a commercial insurer.
   *
   * @param id an opaque id, never null
   * @return the payer, never null
   * @throws org.sextherapy.InvalidValueException naming the field {@code id} if malformed
   */
  public static Payer commercial(String id) {
    return of(id, PayerKind.COMMERCIAL);
  }

  /**
   * Creates a public programme such as Medicare or a state's Medicaid.
   *
   * @param id an opaque id such as {@code "us-medicare"}, never null
   * @return the payer, never null
   * @throws org.sextherapy.InvalidValueException naming the field {@code id} if malformed
   */
  public static Payer publicProgramme(String id) {
    return of(id, PayerKind.PUBLIC_PROGRAMME);
  }

  /**
   * Returns the payer's id as the caller supplied it.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns whether the payer is a commercial insurer or a public programme.
   *
   * @return the kind, never null
   */
  @Value.Parameter
  public abstract PayerKind kind();

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
  }

  @Override
  public String toString() {
    return kind().id() + ":" + id();
  }
}
