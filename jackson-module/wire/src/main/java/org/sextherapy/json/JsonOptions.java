package org.sextherapy.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sextherapy.code.CodeSystemCatalogue;
import org.sextherapy.concern.ConcernCatalogue;

/**
 * The options of the wire format that a reader or writer may choose, the same for the Jackson 2
 * and the Jackson 3 binding: which concern catalogue resolves concern ids, which code-system
 * catalogue resolves the systems of codes, whether properties the
 * wire format does not define are skipped, and whether catalogue values are written as
 * references. Set them with the {@code withX} methods, each returning new options, and hand them
 * to a binding's module ({@code new SexTherapyModule(options)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonOptions {

  private static final JsonOptions DEFAULTS =
      new JsonOptions(ConcernCatalogue.standard(), CodeSystemCatalogue.standard(), false, true);

  private final ConcernCatalogue concernCatalogue;
  private final CodeSystemCatalogue codeSystems;
  private final boolean unknownPropertiesAllowed;
  private final boolean catalogueReferences;

  private JsonOptions(ConcernCatalogue concernCatalogue, CodeSystemCatalogue codeSystems,
      boolean unknownPropertiesAllowed, boolean catalogueReferences) {
    this.concernCatalogue = concernCatalogue;
    this.codeSystems = codeSystems;
    this.unknownPropertiesAllowed = unknownPropertiesAllowed;
    this.catalogueReferences = catalogueReferences;
  }

  /**
   * Returns the defaults: the standard concern and code-system catalogues, unknown properties
   * rejected, catalogue
   * values written as references.
   *
   * @return the default options, never null
   */
  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns options that resolve concern ids through the given catalogue. Concern types travel as
   * their id ({@code "LOW_SEXUAL_DESIRE"}); an application that adds its own concern types
   * ({@code ConcernCatalogue.standard().with(...)}) reads them back with its catalogue. An id the
   * catalogue does not hold fails with {@link JsonErrorKind#UNKNOWN_ID} at its path.
   *
   * @param catalogue the catalogue, never null
   * @return options with that catalogue, never null
   */
  public JsonOptions withConcernCatalogue(ConcernCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new JsonOptions(catalogue, codeSystems, unknownPropertiesAllowed,
        catalogueReferences);
  }

  /**
   * Returns options that resolve the systems of codes through the given catalogue. A code carries
   * its system's id ({@code "system": "icd-11-mms"}); an application that declares its own system
   * ({@code CodeSystemCatalogue.standard().with(CodeSystem.custom(...))}) reads its codes back with
   * its catalogue, on both sides of the wire. A system id the catalogue does not hold fails with
   * {@link JsonErrorKind#UNKNOWN_ID}, and a code its system refuses with
   * {@link JsonErrorKind#INVALID_VALUE}, each at its path and without the text.
   *
   * @param catalogue the code-system catalogue, never null
   * @return options with that catalogue, never null
   */
  public JsonOptions withCodeSystems(CodeSystemCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new JsonOptions(concernCatalogue, catalogue, unknownPropertiesAllowed,
        catalogueReferences);
  }

  /**
   * Returns options that skip, or (the default) reject, properties the wire format does not
   * define. Allowing them lets a reader accept documents from a newer writer (forward
   * compatibility); their content is skipped unread and never kept. Repeated, {@code null} and
   * missing required properties are rejected either way.
   *
   * @param allowed whether unknown properties are skipped
   * @return options with that choice, never null
   */
  public JsonOptions withUnknownPropertiesAllowed(boolean allowed) {
    return new JsonOptions(concernCatalogue, codeSystems, allowed, catalogueReferences);
  }

  /**
   * Returns options that write values of the library's catalogues (standard credentials,
   * certifying bodies and modalities, codes of {@code CodeCatalogue}) as references such as
   * {@code {"ref": "AASECT-CST"}} (the default), or always in full. A reference is written only
   * for a value equal to the catalogue entry, so either way reading gives back an equal value;
   * readers accept both forms whatever this option says.
   *
   * @param references whether catalogue values are written as references
   * @return options with that choice, never null
   */
  public JsonOptions withCatalogueReferences(boolean references) {
    return new JsonOptions(concernCatalogue, codeSystems, unknownPropertiesAllowed, references);
  }

  /**
   * Returns the catalogue that concern ids are resolved through.
   *
   * @return the catalogue, never null
   */
  public ConcernCatalogue concernCatalogue() {
    return concernCatalogue;
  }

  /**
   * Returns the catalogue that the systems of codes are resolved through.
   *
   * @return the catalogue, never null
   */
  public CodeSystemCatalogue codeSystems() {
    return codeSystems;
  }

  /**
   * Tells whether properties the wire format does not define are skipped rather than rejected.
   *
   * @return whether unknown properties are allowed
   */
  public boolean unknownPropertiesAllowed() {
    return unknownPropertiesAllowed;
  }

  /**
   * Tells whether catalogue values are written as references.
   *
   * @return whether references are written
   */
  public boolean catalogueReferences() {
    return catalogueReferences;
  }

  /**
   * Tells whether other options are the same (the same catalogue instances).
   *
   * @param other the other object, may be null
   * @return whether the options are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JsonOptions o
        && o.concernCatalogue == concernCatalogue
        && o.codeSystems == codeSystems
        && o.unknownPropertiesAllowed == unknownPropertiesAllowed
        && o.catalogueReferences == catalogueReferences;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(concernCatalogue),
        System.identityHashCode(codeSystems), unknownPropertiesAllowed, catalogueReferences);
  }

  /**
   * Returns the options, for diagnostics.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return concernCatalogue.concerns().size() + " concern types, "
        + codeSystems.systems().size() + " code systems, unknown properties "
        + (unknownPropertiesAllowed ? "allowed" : "rejected") + ", catalogue references "
        + (catalogueReferences ? "on" : "off");
  }
}
