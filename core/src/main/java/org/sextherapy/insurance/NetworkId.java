package org.sextherapy.insurance;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A provider network, named by the id the caller supplies (such as the id of a Plan-Net or NDH
 * {@code Organization} whose type is {@code ntwk}). A network belongs to a payer; a plan uses one or
 * more networks.
 *
 * <p>An id, not a name: the library compares ids and never interprets them, and an id may appear in
 * reasons and messages.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class NetworkId {

  NetworkId() {}

  /**
   * Creates the id.
   *
   * @param value an opaque id such as {@code "acme-ppo-network"}: 1-128 letters, digits, '.', '_', ':' or '-',
   *     starting with a letter or digit; never null
   * @return the id, never null
   * @throws org.sextherapy.InvalidValueException naming the field {@code value} if malformed
   */
  public static NetworkId of(String value) {
    return ImmutableNetworkId.of(value);
  }

  /**
   * Returns the id as the caller supplied it.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    Checks.opaqueId(value(), "value");
  }

  @Override
  public String toString() {
    return value();
  }
}
