package org.sextherapy.jackson3;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.sextherapy.jackson3.internal.Jackson3Input;
import org.sextherapy.jackson3.internal.Jackson3Output;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.engine.Codec;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.DocumentShapes;
import org.sextherapy.json.shapes.ModelShapes;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict, safe entry point for reading and writing the wire format with Jackson 3: a
 * configured Jackson factory (strict parser features and {@link JsonLimits}) built once and
 * reused, on which each document is read and written straight through the wire format's shapes.
 * What reading and writing guarantee is stated once, on {@link JsonCodec}.
 *
 * <p>{@link #mapperBuilder(JsonOptions, JsonLimits)} gives the same strictness to a
 * {@code JsonMapper} of your own in one call.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SexTherapyJson implements JsonCodec {

  private static final SexTherapyJson STRICT =
      new SexTherapyJson(JsonOptions.defaults(), JsonLimits.defaults());

  private final JsonOptions options;
  private final JsonLimits limits;
  private final JsonFactory factory;

  private SexTherapyJson(JsonOptions options, JsonLimits limits) {
    this.options = options;
    this.limits = limits;
    this.factory = factory(limits);
  }

  /**
   * Returns the entry point with the default options and limits.
   *
   * @return the shared instance, never null
   */
  public static SexTherapyJson strict() {
    return STRICT;
  }

  /**
   * Returns an entry point with the given options and the default limits.
   *
   * @param options the options, never null
   * @return a new entry point, never null
   */
  public static SexTherapyJson of(JsonOptions options) {
    return of(options, JsonLimits.defaults());
  }

  /**
   * Returns an entry point with the given options and reading limits.
   *
   * @param options the options, never null
   * @param limits the reading limits, never null
   * @return a new entry point, never null
   */
  public static SexTherapyJson of(JsonOptions options, JsonLimits limits) {
    return new SexTherapyJson(Objects.requireNonNull(options, "options"),
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns a builder of a {@code JsonMapper} of your own with what this class reads with: the
   * module with these options, the limits on its factory, content after the value rejected, no
   * coercion of scalars, exact decimals, and the same output escaping. Add your own modules and
   * features, then build. Without it, a mapper with only the module reads each value of the model
   * as strictly, but keeps Jackson's default limits (no document-length limit) and accepts
   * content after the value.
   *
   * @param options the options, never null
   * @param limits the reading limits, never null
   * @return a new builder, never null
   */
  public static JsonMapper.Builder mapperBuilder(JsonOptions options, JsonLimits limits) {
    return JsonMapper.builder(factory(limits))
        .addModule(new SexTherapyModule(options))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  private static JsonFactory factory(JsonLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        // Repeated properties are rejected by the shapes, which know each object's properties.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // The same characters in every output form, and the same as Jackson 2 writes: a
        // character outside the Basic Multilingual Plane as itself, '/' unescaped (Jackson 3
        // escapes it by default).
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .build();
  }

  @Override
  public JsonOptions options() {
    return options;
  }

  @Override
  public JsonLimits limits() {
    return limits;
  }

  @Override
  public <T> T read(JsonDocument<T> document, String json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(DocumentShapes.of(document), () -> open(json), this::problem, options);
  }

  @Override
  public <T> T read(JsonDocument<T> document, byte[] json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(DocumentShapes.of(document), () -> open(json), this::problem, options);
  }

  @Override
  public <T> T read(JsonDocument<T> document, InputStream json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(DocumentShapes.of(document), () -> open(json), this::problem, options);
  }

  @Override
  public <T> T readValue(Class<T> type, String json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(ModelShapes.of(type), () -> open(json), this::problem, options);
  }

  @Override
  public <T> String write(JsonDocument<T> document, T value) {
    return writeText(DocumentShapes.of(document), value);
  }

  @Override
  public <T> byte[] writeBytes(JsonDocument<T> document, T value) {
    return writeText(DocumentShapes.of(document), value).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public <T> void write(JsonDocument<T> document, T value, OutputStream out) {
    Shape<T> shape = DocumentShapes.of(document);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g =
        factory.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      Codec.write(shape, value, new Jackson3Output(g), options);
    } catch (JacksonIOException e) {
      throw Codec.writeFailure(true);
    } catch (java.io.IOException | RuntimeException e) {
      throw Codec.writeFailure(false);
    }
  }

  @Override
  public String writeValue(Object value) {
    Objects.requireNonNull(value, "value");
    @SuppressWarnings("unchecked")
    Shape<Object> shape = (Shape<Object>) ModelShapes.of(value.getClass());
    return writeText(shape, value);
  }

  private <T> String writeText(Shape<T> shape, T value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      Codec.write(shape, value, new Jackson3Output(g), options);
    } catch (java.io.IOException | RuntimeException e) {
      throw Codec.writeFailure(false);
    }
    return out.toString();
  }

  private JsonInput open(String json) {
    return input(factory.createParser(ObjectReadContext.empty(), json));
  }

  private JsonInput open(byte[] json) {
    return input(factory.createParser(ObjectReadContext.empty(), json));
  }

  private JsonInput open(InputStream json) {
    return input(factory.createParser(ObjectReadContext.empty(), json));
  }

  private @Nullable InputProblem problem(Exception e) {
    return Jackson3Input.problem(e, limits);
  }

  private Jackson3Input input(tools.jackson.core.JsonParser parser) {
    return new Jackson3Input(parser, limits);
  }

  /**
   * Returns the entry point's options and limits, for diagnostics.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return "SexTherapyJson{Jackson 3, " + options + ", " + limits + "}";
  }
}
