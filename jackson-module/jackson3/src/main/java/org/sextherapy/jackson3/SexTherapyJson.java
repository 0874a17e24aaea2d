package org.sextherapy.jackson3;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sextherapy.jackson3.internal.Jackson3Input;
import org.sextherapy.jackson3.internal.Jackson3Output;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Backend;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.WireCodec;
import org.sextherapy.json.shapes.DocumentShapes;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict, safe reader and writer of the wire format with Jackson 3: a {@link JsonCodec} on a
 * Jackson factory configured once (strict parser features, {@link JsonLimits}, the same output
 * escaping as the Jackson 2 binding), reading and writing straight through the wire format's
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
    return new WireCodec(new Jackson3(limits), DocumentShapes.TABLE, options, limits);
  }

  /**
   * Returns a builder of a {@code JsonMapper} of your own with what the codec reads with: the
   * module with these options, the limits on its factory, content after the value rejected, no
   * coercion of scalars, exact decimals, and the codec's output escaping. Add your own modules
   * and features, then build. Without it, a mapper with only the module reads each value of the
   * model as strictly, but keeps Jackson's default limits (no document-length limit); Jackson 3
   * rejects content after the value by default.
   *
   * @param options the options, never null
   * @param limits the reading limits, never null
   * @return a new builder, never null
   */
  public static JsonMapper.Builder mapperBuilder(JsonOptions options, JsonLimits limits) {
    return JsonMapper.builder(factory(limits, true))
        .addModule(new SexTherapyModule(options))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  /**
   * Builds a factory with the limits: the document length limits a whole document, or nothing
   * when a directory is streamed (the engine limits each profile then).
   */
  private static JsonFactory factory(JsonLimits limits, boolean whole) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(whole ? limits.maxDocumentLength() : -1)
            .build())
        // Repeated properties are rejected by the shapes, which know each object's properties.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The same characters as Jackson 2 writes: a character outside the Basic Multilingual
        // Plane as itself (in UTF-8 too), '/' unescaped (Jackson 3 escapes it by default).
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  /** Jackson 2's parsers and generators for the engine. */
  private static final class Jackson3 implements Backend {
    private final JsonLimits limits;
    private final JsonFactory whole;
    private final JsonFactory streaming;

    Jackson3(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      this.whole = factory(limits, true);
      this.streaming = factory(limits, false);
    }

    @Override
    public String name() {
      return "Jackson 3";
    }

    @Override
    public JsonInput parse(String json) {
      return new Jackson3Input(whole.createParser(ObjectReadContext.empty(), json), limits);
    }

    @Override
    public JsonInput parse(byte[] json) {
      return new Jackson3Input(whole.createParser(ObjectReadContext.empty(), json), limits);
    }

    @Override
    public JsonInput parse(InputStream json, boolean document) {
      JsonFactory factory = document ? whole : streaming;
      return new Jackson3Input(factory.createParser(ObjectReadContext.empty(), json), limits);
    }

    @Override
    public JsonOutput generate(Writer out) {
      return new Jackson3Output(whole.createGenerator(ObjectWriteContext.empty(), out));
    }

    @Override
    public JsonOutput generate(OutputStream out) {
      return new Jackson3Output(whole.createGenerator(ObjectWriteContext.empty(), out,
          JsonEncoding.UTF8));
    }

    @Override
    public @Nullable InputProblem problem(Exception e) {
      return Jackson3Input.problem(e, limits);
    }
  }
}
