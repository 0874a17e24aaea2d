package org.sextherapy.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.concern.ConcernType;

/**
 * The Jackson module that teaches an {@code ObjectMapper} the sextherapy wire format: every value
 * type of the model reads and writes as documented by the golden files and the JSON Schemas the
 * library ships ({@link JsonDocument}).
 *
 * <p>Register it explicitly ({@code JsonMapper.builder().addModule(new SexTherapyModule())}) or let
 * Jackson find it ({@code JsonMapper.builder().findAndAddModules()}; it is registered in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and provided in
 * {@code module-info}). For reading untrusted input, prefer {@link SexTherapyJson}: it also sets
 * the strict parser features and reading limits, and guarantees that only a
 * {@link SexTherapyJsonException} comes out. Used in your own mapper, the module's deserializers
 * still read strictly (unknown, repeated and null properties rejected, every model invariant run)
 * and report failures as {@code SexTherapyJsonException}, with paths relative to the value the
 * module was asked to read.
 *
 * <p>Values are read through the model's public factories and builders, so every invariant of the
 * model runs on every read. Enumerated values are written as their stable {@code id()}, never as
 * Java constant names.
 *
 * <p>Options are set with the {@code withX} methods, each returning a new module. This class is
 * immutable and thread-safe.
 */
public final class SexTherapyModule extends Module {

  private static final Version VERSION = VersionUtil.parseVersion(
      SexTherapyModule.class.getPackage().getImplementationVersion(), "org.sextherapy",
      "sextherapy-jackson");

  private final ConcernCatalogue concernCatalogue;
  private final boolean unknownPropertiesAllowed;
  private final boolean catalogueReferences;
  /** Concern types read before, by the id's characters (a reading shortcut, not an option). */
  private final TextCache<ConcernType> concernIds = new TextCache<>();

  /**
   * Creates the module with its defaults: the standard concern catalogue, unknown properties
   * rejected, catalogue values written as references. This is the constructor
   * {@code findAndAddModules()} uses.
   */
  public SexTherapyModule() {
    this(ConcernCatalogue.standard(), false, true);
  }

  private SexTherapyModule(ConcernCatalogue concernCatalogue, boolean unknownPropertiesAllowed,
      boolean catalogueReferences) {
    this.concernCatalogue = concernCatalogue;
    this.unknownPropertiesAllowed = unknownPropertiesAllowed;
    this.catalogueReferences = catalogueReferences;
  }

  /**
   * Returns a module that resolves concern ids through the given catalogue. Concern types travel
   * as their id ({@code "LOW_SEXUAL_DESIRE"}); an application that adds its own concern types
   * ({@code ConcernCatalogue.standard().with(...)}) reads them back with its catalogue. An id the
   * catalogue does not hold fails with {@link JsonErrorKind#UNKNOWN_ID} at its path.
   *
   * @param catalogue the catalogue, never null
   * @return a module with that catalogue, never null
   */
  public SexTherapyModule withConcernCatalogue(ConcernCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new SexTherapyModule(catalogue, unknownPropertiesAllowed, catalogueReferences);
  }

  /**
   * Returns a module that skips, or (the default) rejects, properties the wire format does not
   * define. Allowing them lets a reader accept documents from a newer writer (forward
   * compatibility); their content is skipped unread and never kept. Repeated, {@code null} and
   * missing required properties are rejected either way.
   *
   * @param allowed whether unknown properties are skipped
   * @return a module with that option, never null
   */
  public SexTherapyModule withUnknownPropertiesAllowed(boolean allowed) {
    return new SexTherapyModule(concernCatalogue, allowed, catalogueReferences);
  }

  /**
   * Returns a module that writes values of the library's catalogues (standard credentials,
   * certifying bodies and modalities, codes of {@code CodeCatalogue}) as references such as
   * {@code {"ref": "AASECT-CST"}} (the default), or always in full. A reference is written only for
   * a value equal to the catalogue entry, so either way reading gives back an equal value; readers
   * accept both forms whatever this option says. Writing in full helps consumers that do not know
   * the catalogues.
   *
   * @param references whether catalogue values are written as references
   * @return a module with that option, never null
   */
  public SexTherapyModule withCatalogueReferences(boolean references) {
    return new SexTherapyModule(concernCatalogue, unknownPropertiesAllowed, references);
  }

  /**
   * Returns the catalogue that concern ids are resolved through.
   *
   * @return the catalogue, never null
   */
  public ConcernCatalogue concernCatalogue() {
    return concernCatalogue;
  }

  /** Returns the concern types of this module's catalogue read so far, by their ids. */
  TextCache<ConcernType> concernIds() {
    return concernIds;
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
   * Returns the module's name, {@code "sextherapy"}.
   *
   * @return the name, never null
   */
  @Override
  public String getModuleName() {
    return "sextherapy";
  }

  /**
   * Returns the version of this artifact from the jar manifest when the jar is on the class path;
   * Jackson's unknown version otherwise (on the module path, or run from classes).
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Returns this module, so that registering two modules with different options registers both
   * (the one registered last takes precedence), while registering an equal module twice registers
   * it once.
   *
   * @return this module, never null
   */
  @Override
  public Object getTypeId() {
    return this;
  }

  /**
   * Adds the module's serializers and deserializers to the mapper being built.
   *
   * @param context Jackson's setup context, never null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers(this));
    context.addDeserializers(new ModelDeserializers(this));
  }

  /**
   * Tells whether another module has the same options (the same catalogue instance).
   *
   * @param other the other object, may be null
   * @return whether the modules are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SexTherapyModule module
        && module.concernCatalogue == concernCatalogue
        && module.unknownPropertiesAllowed == unknownPropertiesAllowed
        && module.catalogueReferences == catalogueReferences;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(System.identityHashCode(concernCatalogue), unknownPropertiesAllowed,
        catalogueReferences);
  }

  /**
   * Returns the module's options, for diagnostics.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return "SexTherapyModule{" + concernCatalogue.concerns().size() + " concern types, unknown"
        + " properties " + (unknownPropertiesAllowed ? "allowed" : "rejected")
        + ", catalogue references " + (catalogueReferences ? "on" : "off") + "}";
  }
}
