package org.sextherapy;

/**
 * Something with a stable identifier that is safe to store, exchange and show in messages.
 *
 * <p>Enumerated values of the model implement this interface: their {@link #id()} is the wire name
 * (for example {@code "couple"}), fixed across releases, so data written today still reads after a
 * refactoring renames a Java constant. Identifiers never contain client data.
 */
public interface Identified {

  /**
   * Returns the stable identifier.
   *
   * @return the identifier, never null or blank
   */
  String id();
}
