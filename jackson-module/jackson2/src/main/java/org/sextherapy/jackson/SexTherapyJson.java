package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sextherapy.jackson.internal.Jackson2Input;
import org.sextherapy.jackson.internal.Jackson2Output;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Backend;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.WireCodec;
import org.sextherapy.json.shapes.DocumentShapes;

/**
 * The strict, safe reader and writer of the wire format with Jackson 2: a {@link JsonCodec} on a
 * Jackson factory configured once (strict parser features, {@link JsonLimits}, the same output
 * escaping as the Jackson 3 binding), reading and writing straight through the wire format's
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
    return new WireCodec(new Jackson2(limits), DocumentShapes.TABLE, options, limits);
  }

  /**
   * Returns a builder of a {@code JsonMapper} of your own with what the codec reads with: the
   * module with these options, the limits on its factory, content after the value rejected, no
   * coercion of scalars, exact decimals, and the codec's output escaping. Add your own modules
   * and features, then build. Without it, a mapper with only the module reads each value of the
   * model as strictly, but keeps Jackson's default limits (no document-length limit) and accepts
   * content after the value.
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
        // The same characters as Jackson 3 writes: a character outside the Basic Multilingual
        // Plane as itself (in UTF-8 too), '/' unescaped.
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  /** Jackson 2's parsers and generators for the engine. */
  private static final class Jackson2 implements Backend {
    private final JsonLimits limits;
    private final JsonFactory whole;
    private final JsonFactory streaming;

    Jackson2(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      this.whole = factory(limits, true);
      this.streaming = factory(limits, false);
    }

    @Override
    public String name() {
      return "Jackson 2";
    }

    @Override
    public JsonInput parse(String json) throws IOException {
      return new Jackson2Input(whole.createParser(json), limits);
    }

    @Override
    public JsonInput parse(byte[] json) throws IOException {
      return new Jackson2Input(whole.createParser(json), limits);
    }

    @Override
    public JsonInput parse(InputStream json, boolean document) throws IOException {
      return new Jackson2Input((document ? whole : streaming).createParser(json), limits);
    }

    @Override
    public JsonOutput generate(Writer out) throws IOException {
      return new Jackson2Output(whole.createGenerator(out));
    }

    @Override
    public JsonOutput generate(OutputStream out) throws IOException {
      return new Jackson2Output(whole.createGenerator(out, JsonEncoding.UTF8));
    }

    @Override
    public @Nullable InputProblem problem(Exception e) {
      return Jackson2Input.problem(e, limits);
    }
  }
}
