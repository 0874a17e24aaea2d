package ${binding.package};

import ${jackson.databind}.DeserializationFeature;
import ${jackson.databind}.MapperFeature;
import ${jackson.databind}.json.JsonMapper;
import ${binding.package}.internal.Factories;
import ${binding.package}.internal.Streams;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.WireCodec;
import org.sextherapy.json.shapes.DocumentShapes;

/**
 * The strict, safe reader and writer of the wire format with ${binding.name}: a {@link JsonCodec}
 * on a Jackson factory configured once (strict parser features, {@link JsonLimits}, the same
 * output escaping in both bindings), reading and writing straight through the wire format's
 * shapes. What reading and writing guarantee is stated on {@link JsonCodec}.
 *
 * <p>{@link #mapperBuilder(JsonOptions, JsonLimits)} gives the same strictness to a
 * {@code JsonMapper} of your own in one call.
 */
public final class SexTherapyJson {

  private static final JsonCodec STRICT = of(JsonOptions.defaults(), JsonLimits.defaults());

  private SexTherapyJson() {}

  /**
   * Returns the codec with the default options and limits.
   *
   * @return the shared codec, immutable and thread-safe, never null
   */
  public static JsonCodec strict() {
    return STRICT;
  }

  /**
   * Returns a codec with the given options and the default limits. Build it once and share it.
   *
   * @param options the options, never null
   * @return a new codec, immutable and thread-safe, never null
   */
  public static JsonCodec of(JsonOptions options) {
    return of(options, JsonLimits.defaults());
  }

  /**
   * Returns a codec with the given options and reading limits. Build it once and share it.
   *
   * @param options the options, never null
   * @param limits the reading limits, never null
   * @return a new codec, immutable and thread-safe, never null
   */
  public static JsonCodec of(JsonOptions options, JsonLimits limits) {
    Streams streams = new Streams(Factories.wholeDocuments(limits),
        Factories.streamedDirectories(limits), limits);
    return new WireCodec("${binding.name}", streams, DocumentShapes.TABLE, options, limits);
  }

  /**
   * Returns a builder of a {@code JsonMapper} of your own with what the codec reads with: the
   * module with these options, the limits on its factory, content after the value rejected, no
   * coercion of scalars, exact decimals, and the codec's output escaping. Add your own modules
   * and features, then build. Without it, a mapper with only the module reads each value of the
   * model as strictly, but keeps Jackson's default limits (no document-length limit) and Jackson's
   * default for content after the value (Jackson 2 accepts it, Jackson 3 rejects it).
   *
   * @param options the options, never null
   * @param limits the reading limits, never null
   * @return a new builder, never null
   */
  public static JsonMapper.Builder mapperBuilder(JsonOptions options, JsonLimits limits) {
    return JsonMapper.builder(Factories.wholeDocuments(limits))
        .addModule(new SexTherapyModule(options))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }
}
