package ${binding.package};

import ${jackson.core}.Version;
import ${jackson.core}.util.VersionUtil;
import ${jackson.databind}.${jackson.module};
import ${binding.package}.internal.ModelDeserializers;
import ${binding.package}.internal.ModelSerializers;
import java.util.Objects;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.WireVersion;

/**
 * The ${binding.name} module that teaches a {@code JsonMapper} the sextherapy wire format: every
 * value type of the model reads and writes as documented by the golden files and the JSON Schemas
 * the library ships ({@link org.sextherapy.json.JsonDocument}).
 *
 * <p>Register it explicitly ({@code JsonMapper.builder().addModule(new SexTherapyModule())}) or
 * let Jackson find it ({@code JsonMapper.builder().findAndAddModules()}; it is registered in
 * {@code META-INF/services/${jackson.databind}.${jackson.module}} and provided in
 * {@code module-info}; with Spring Boot 4 and Jackson 3, declare it as a {@code @Bean}). Used in
 * your own mapper, the module's deserializers read strictly (unknown, repeated and null
 * properties rejected, every model invariant run) and report failures as
 * {@code SexTherapyJsonException}, with paths relative to the value read; the reading limits and
 * the check for content after the value are the mapper's own, which
 * {@link SexTherapyJson#mapperBuilder(JsonOptions, org.sextherapy.json.JsonLimits)} sets in one
 * call.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SexTherapyModule extends ${jackson.module} {

  private static final Version VERSION =
      VersionUtil.parseVersion(WireVersion.VERSION, "org.sextherapy", "${project.artifactId}");

  private final JsonOptions options;

  /**
   * Creates the module with the default options ({@link JsonOptions#defaults()}). This is the
   * constructor {@code findAndAddModules()} uses.
   */
  public SexTherapyModule() {
    this(JsonOptions.defaults());
  }

  /**
   * Creates the module with the given options.
   *
   * @param options the options, never null
   */
  public SexTherapyModule(JsonOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Returns the module's options.
   *
   * @return the options, never null
   */
  public JsonOptions options() {
    return options;
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
   * Returns the version of this artifact, generated into the library at build time (right on the
   * module path and on the class path alike).
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * Returns the module's options as its registration id: registering two modules with different
   * options registers both (the one registered last takes precedence), registering modules with
   * equal options registers one.
   *
   * @return the options, never null
   */
  @Override
  public Object ${jackson.moduleId}() {
    return options;
  }

  /**
   * Adds the module's serializers and deserializers to the mapper being built.
   *
   * @param context Jackson's setup context, never null
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers(options));
    context.addDeserializers(new ModelDeserializers(options));
  }

  /**
   * Returns the module's options, for diagnostics.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return "SexTherapyModule{" + options + "}";
  }
}
