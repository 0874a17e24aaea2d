package org.sextherapy.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.internal.Checks;

/**
 * The code systems an application works with, looked up by id: the standard ones the library ships
 * and those a clinic declares ({@link CodeSystem#custom}, {@link CodeSystem#modificationOf}). A
 * reader of stored or exchanged data, such as the JSON reader, resolves a code's system id through
 * it, so a code of a system nobody declared is refused rather than guessed.
 *
 * <p>{@link #standard()} holds {@link CodeSystem#standard()}; {@link #with(CodeSystem)} returns a
 * new catalogue with one more system and leaves this one as it was. Ids and URIs stay unambiguous
 * across a catalogue.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CodeSystemCatalogue {

  private static final CodeSystemCatalogue STANDARD =
      new CodeSystemCatalogue(CodeSystem.standard());

  private final List<CodeSystem> systems;

  private CodeSystemCatalogue(List<CodeSystem> systems) {
    this.systems = List.copyOf(systems);
  }

  /**
   * Returns the catalogue of the standard systems.
   *
   * @return the catalogue, never null
   */
  public static CodeSystemCatalogue standard() {
    return STANDARD;
  }

  /**
   * Returns a catalogue with one more system.
   *
   * @param system a declared system, never null
   * @return a new catalogue, never null
   * @throws org.sextherapy.InvalidValueException naming {@code system} when a system of the
   *     catalogue already has its id or its URI (URIs compared ignoring case)
   */
  public CodeSystemCatalogue with(CodeSystem system) {
    Objects.requireNonNull(system, "system");
    for (CodeSystem known : systems) {
      Checks.require(!known.id().equals(system.id()), "system",
          "must not repeat the id of a system in the catalogue");
      Checks.require(!known.uri().toLowerCase(Locale.ROOT)
          .equals(system.uri().toLowerCase(Locale.ROOT)), "system",
          "must not repeat the URI of a system in the catalogue");
    }
    List<CodeSystem> more = new ArrayList<>(systems);
    more.add(system);
    return new CodeSystemCatalogue(more);
  }

  /**
   * Returns the systems, the standard ones first, then the declared ones in the order added.
   *
   * @return the systems, never null
   */
  public List<CodeSystem> systems() {
    return systems;
  }

  /**
   * Finds a system by its id.
   *
   * @param id the id, such as {@code "icd-11-mms"}, never null
   * @return the system, or empty when the catalogue has none with that id
   */
  public Optional<CodeSystem> byId(String id) {
    for (CodeSystem system : systems) {
      if (system.id().equals(id)) {
        return Optional.of(system);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a system by its URI, as FHIR carries it.
   *
   * @param uri the URI, never null; compared ignoring case
   * @return the system, or empty when the catalogue has none with that URI
   */
  public Optional<CodeSystem> byUri(String uri) {
    for (CodeSystem system : systems) {
      if (system.uri().equalsIgnoreCase(uri)) {
        return Optional.of(system);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CodeSystemCatalogue" + systems;
  }
}
