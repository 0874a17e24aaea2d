package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ValidationResult;

/**
 * The strict, safe entry point for reading and writing the wire format: a configured Jackson
 * factory (strict parser features and limits) built once and reused, on which each document is
 * read and written straight through its shapes, without databind's per-call machinery.
 *
 * <p>Reading is meant for input from outside (another service, a file, a browser):
 * <ul>
 *   <li>the input must be exactly one JSON value (RFC 8259, no comments, no single quotes, no
 *       {@code NaN}): empty input and content after the value are rejected;</li>
 *   <li>limits bound the work an input can cause ({@link #defaultLimits()}): nesting depth,
 *       string, property-name and number length, document length;</li>
 *   <li>an object must not repeat a property (not even one skipped as unknown), hold a property
 *       the wire format does not define (unless
 *       {@link SexTherapyModule#withUnknownPropertiesAllowed(boolean)}), lack a required one, or
 *       hold {@code null} anywhere;</li>
 *   <li>no type coercion: a string is never read as a number or a boolean, an integer must be
 *       written without fraction or exponent and fit 32 bits; sums of money are read as exact
 *       decimals;</li>
 *   <li>no default typing: the only polymorphism is the {@code kind} of a client preference,
 *       one of the names the library declares;</li>
 *   <li>every value is built through the model's public factories and builders, so every
 *       invariant of the model runs.</li>
 * </ul>
 * Whatever the input, a read returns a value or throws {@link SexTherapyJsonException}, whose
 * message never repeats the input (sexual-health data must not reach logs: GDPR Art. 9; ethical
 * rule 9). No Jackson exception, {@code NullPointerException} or other runtime exception escapes
 * for any input; only a null argument, a programming error, throws {@code NullPointerException}.
 *
 * <p>Writing never fails for a value of the model: every value has a wire form, enumerated values
 * are written as their ids, sets in a canonical order (so equal values give equal text), and a
 * text holding an unpaired surrogate (not valid Unicode) is written with JSON unicode escapes
 * that read back exactly.
 *
 * <p>Input streams are read but not closed, output streams written but not closed: the caller
 * owns them. Byte input may be UTF-8, UTF-16 or UTF-32 (detected as RFC 8259 allows); output is
 * UTF-8.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SexTherapyJson {

  private static final StreamReadConstraints DEFAULT_LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(64)
      .maxStringLength(100_000)
      .maxNameLength(256)
      .maxNumberLength(64)
      .maxDocumentLength(16L * 1024 * 1024)
      .build();

  private static final SexTherapyJson STRICT = new SexTherapyJson(new SexTherapyModule(),
      DEFAULT_LIMITS);

  private final SexTherapyModule module;
  private final JsonMapper mapper;
  private final JsonFactory factory;

  private SexTherapyJson(SexTherapyModule module, StreamReadConstraints limits) {
    this.module = module;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        // Repeated properties are rejected by the shapes, which know each object's properties
        // (StreamReadFeature.STRICT_DUPLICATE_DETECTION would hash every name a second time).
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.factory = factory;
    this.mapper = JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
  }

  /**
   * Returns the entry point with the default module and limits.
   *
   * @return the shared instance, never null
   */
  public static SexTherapyJson strict() {
    return STRICT;
  }

  /**
   * Returns an entry point with the given module (its concern catalogue and options) and the
   * default limits. Build it once and reuse it: building configures a mapper.
   *
   * @param module the module, never null
   * @return a new entry point, never null
   */
  public static SexTherapyJson of(SexTherapyModule module) {
    return of(module, DEFAULT_LIMITS);
  }

  /**
   * Returns an entry point with the given module and reading limits, for example a larger
   * document length for a big directory file.
   *
   * @param module the module, never null
   * @param limits the reading limits, never null
   * @return a new entry point, never null
   */
  public static SexTherapyJson of(SexTherapyModule module, StreamReadConstraints limits) {
    return new SexTherapyJson(Objects.requireNonNull(module, "module"),
        Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the default reading limits: nesting depth 64, strings of at most 100,000 characters,
   * property names of at most 256, numbers of at most 64 characters, documents of at most 16 MiB.
   * A document of the wire format nests about eight levels deep and a real profile is a few
   * kilobytes.
   *
   * @return the limits, never null
   */
  public static StreamReadConstraints defaultLimits() {
    return DEFAULT_LIMITS;
  }

  /**
   * Returns the module this entry point reads and writes with.
   *
   * @return the module, never null
   */
  public SexTherapyModule module() {
    return module;
  }

  // Generic reading and writing.

  /**
   * Reads a document from JSON text.
   *
   * @param <T> the document's type
   * @param document the document expected, never null
   * @param json the JSON text, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the text is not a valid document
   */
  public <T> T read(JsonDocument<T> document, String json) {
    Objects.requireNonNull(json, "json");
    return read(document, f -> f.createParser(json));
  }

  /**
   * Reads a document from JSON bytes (UTF-8, UTF-16 or UTF-32).
   *
   * @param <T> the document's type
   * @param document the document expected, never null
   * @param json the JSON bytes, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the bytes are not a valid document
   */
  public <T> T read(JsonDocument<T> document, byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(document, f -> f.createParser(json));
  }

  /**
   * Reads a document from a stream of JSON bytes (UTF-8, UTF-16 or UTF-32), which is not closed.
   *
   * @param <T> the document's type
   * @param document the document expected, never null
   * @param json the stream, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid document, or fails
   *     ({@link JsonErrorKind#IO})
   */
  public <T> T read(JsonDocument<T> document, InputStream json) {
    Objects.requireNonNull(json, "json");
    return read(document, f -> f.createParser(json));
  }

  /**
   * Writes a document as JSON text.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @return the JSON text, never null
   * @throws SexTherapyJsonException never for a value of the model
   */
  public <T> String write(JsonDocument<T> document, T value) {
    Shape<T> shape = shapeOf(document);
    Objects.requireNonNull(value, "value");
    BufferRecycler buffers = factory._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(buffers)) {
      write(shape, value, factory.createGenerator(out));
      return out.getAndClear();
    } catch (IOException | RuntimeException e) {
      throw writeFailure();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes a document as UTF-8 bytes.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @return the JSON bytes, never null
   * @throws SexTherapyJsonException never for a value of the model
   */
  public <T> byte[] writeBytes(JsonDocument<T> document, T value) {
    Shape<T> shape = shapeOf(document);
    Objects.requireNonNull(value, "value");
    // The factory's recycled buffers, taken and given back the way ObjectWriter does (here and in
    // write(document, value)), so the output buffer is not allocated anew for every document.
    BufferRecycler buffers = factory._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(buffers)) {
      write(shape, value, factory.createGenerator(out, JsonEncoding.UTF8));
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } catch (IOException | RuntimeException e) {
      throw writeFailure();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes a document as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @param out the stream, never null
   * @throws SexTherapyJsonException with {@link JsonErrorKind#IO} if the stream fails
   */
  public <T> void write(JsonDocument<T> document, T value, OutputStream out) {
    Shape<T> shape = shapeOf(document);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try {
      write(shape, value, factory.createGenerator(out, JsonEncoding.UTF8));
    } catch (JsonProcessingException | RuntimeException e) {
      throw writeFailure();
    } catch (IOException e) {
      throw new SexTherapyJsonException(JsonErrorKind.IO, "$", -1, -1,
          "the output could not be written");
    }
  }

  // Named documents.

  /**
   * Reads a therapist profile from JSON text.
   *
   * @param json the JSON text, never null
   * @return the profile, never null
   * @throws SexTherapyJsonException if the text is not a valid therapist profile
   */
  public TherapistProfile readProfile(String json) {
    return read(JsonDocument.THERAPIST_PROFILE, json);
  }

  /**
   * Reads a therapist profile from JSON bytes.
   *
   * @param json the JSON bytes, never null
   * @return the profile, never null
   * @throws SexTherapyJsonException if the bytes are not a valid therapist profile
   */
  public TherapistProfile readProfile(byte[] json) {
    return read(JsonDocument.THERAPIST_PROFILE, json);
  }

  /**
   * Reads a therapist profile from a stream, which is not closed.
   *
   * @param json the stream, never null
   * @return the profile, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid therapist profile
   */
  public TherapistProfile readProfile(InputStream json) {
    return read(JsonDocument.THERAPIST_PROFILE, json);
  }

  /**
   * Reads a directory file, a JSON array of therapist profiles, from JSON text.
   *
   * @param json the JSON text, never null
   * @return the profiles in file order, unmodifiable, never null
   * @throws SexTherapyJsonException if the text is not a valid array of profiles
   */
  public List<TherapistProfile> readProfiles(String json) {
    return read(JsonDocument.THERAPIST_PROFILES, json);
  }

  /**
   * Reads a directory file, a JSON array of therapist profiles, from JSON bytes.
   *
   * @param json the JSON bytes, never null
   * @return the profiles in file order, unmodifiable, never null
   * @throws SexTherapyJsonException if the bytes are not a valid array of profiles
   */
  public List<TherapistProfile> readProfiles(byte[] json) {
    return read(JsonDocument.THERAPIST_PROFILES, json);
  }

  /**
   * Reads a directory file, a JSON array of therapist profiles, from a stream, which is not
   * closed.
   *
   * @param json the stream, never null
   * @return the profiles in file order, unmodifiable, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid array of profiles
   */
  public List<TherapistProfile> readProfiles(InputStream json) {
    return read(JsonDocument.THERAPIST_PROFILES, json);
  }

  /**
   * Reads a client request from JSON text.
   *
   * @param json the JSON text, never null
   * @return the request, never null
   * @throws SexTherapyJsonException if the text is not a valid client request
   */
  public ClientRequest readRequest(String json) {
    return read(JsonDocument.CLIENT_REQUEST, json);
  }

  /**
   * Reads a client request from JSON bytes.
   *
   * @param json the JSON bytes, never null
   * @return the request, never null
   * @throws SexTherapyJsonException if the bytes are not a valid client request
   */
  public ClientRequest readRequest(byte[] json) {
    return read(JsonDocument.CLIENT_REQUEST, json);
  }

  /**
   * Reads a client request from a stream, which is not closed.
   *
   * @param json the stream, never null
   * @return the request, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid client request
   */
  public ClientRequest readRequest(InputStream json) {
    return read(JsonDocument.CLIENT_REQUEST, json);
  }

  /**
   * Reads a session plan from JSON text.
   *
   * @param json the JSON text, never null
   * @return the plan, never null
   * @throws SexTherapyJsonException if the text is not a valid session plan
   */
  public SessionPlan readPlan(String json) {
    return read(JsonDocument.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan from JSON bytes.
   *
   * @param json the JSON bytes, never null
   * @return the plan, never null
   * @throws SexTherapyJsonException if the bytes are not a valid session plan
   */
  public SessionPlan readPlan(byte[] json) {
    return read(JsonDocument.SESSION_PLAN, json);
  }

  /**
   * Reads a session plan from a stream, which is not closed.
   *
   * @param json the stream, never null
   * @return the plan, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid session plan
   */
  public SessionPlan readPlan(InputStream json) {
    return read(JsonDocument.SESSION_PLAN, json);
  }

  /**
   * Reads a validation result from JSON text.
   *
   * @param json the JSON text, never null
   * @return the result, never null
   * @throws SexTherapyJsonException if the text is not a valid validation result
   */
  public ValidationResult readValidationResult(String json) {
    return read(JsonDocument.VALIDATION_RESULT, json);
  }

  /**
   * Reads a validation result from JSON bytes.
   *
   * @param json the JSON bytes, never null
   * @return the result, never null
   * @throws SexTherapyJsonException if the bytes are not a valid validation result
   */
  public ValidationResult readValidationResult(byte[] json) {
    return read(JsonDocument.VALIDATION_RESULT, json);
  }

  /**
   * Reads a validation result from a stream, which is not closed.
   *
   * @param json the stream, never null
   * @return the result, never null
   * @throws SexTherapyJsonException if the stream does not hold a valid validation result
   */
  public ValidationResult readValidationResult(InputStream json) {
    return read(JsonDocument.VALIDATION_RESULT, json);
  }

  /**
   * Writes a therapist profile as JSON text.
   *
   * @param profile the profile, never null
   * @return the JSON text, never null
   */
  public String writeProfile(TherapistProfile profile) {
    return write(JsonDocument.THERAPIST_PROFILE, profile);
  }

  /**
   * Writes a directory file, a JSON array of therapist profiles, as JSON text.
   *
   * @param profiles the profiles, never null, without null elements
   * @return the JSON text, never null
   */
  public String writeProfiles(List<TherapistProfile> profiles) {
    return write(JsonDocument.THERAPIST_PROFILES, profiles);
  }

  /**
   * Writes a client request as JSON text.
   *
   * @param request the request, never null
   * @return the JSON text, never null
   */
  public String writeRequest(ClientRequest request) {
    return write(JsonDocument.CLIENT_REQUEST, request);
  }

  /**
   * Writes a session plan as JSON text.
   *
   * @param plan the plan, never null
   * @return the JSON text, never null
   */
  public String writePlan(SessionPlan plan) {
    return write(JsonDocument.SESSION_PLAN, plan);
  }

  /**
   * Writes a validation result as JSON text.
   *
   * @param result the result, never null
   * @return the JSON text, never null
   */
  public String writeValidationResult(ValidationResult result) {
    return write(JsonDocument.VALIDATION_RESULT, result);
  }

  // Internals.

  /** Opens a parser on the input. */
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private static <T> Shape<T> shapeOf(JsonDocument<T> document) {
    return Objects.requireNonNull(document, "document").shape();
  }

  /**
   * Writes a document straight from its shape and closes the generator (which flushes it but
   * leaves the caller's stream open). As with reading, databind's per-call serializer provider
   * is left out: the shapes do all the work, and it cost about a twentieth of a profile's write.
   */
  private <T> void write(Shape<T> shape, T value, JsonGenerator generator) throws IOException {
    try (JsonGenerator g = generator) {
      shape.write(value, g, module);
    }
  }

  @SuppressWarnings("unchecked") // the shape reads a T
  private <T> T read(JsonDocument<T> document, Source source) {
    // A document is read straight from its shape, on a parser from the factory, without
    // databind's reader and per-call context: the shapes do all the work, and the context cost
    // about a tenth of a profile's read time.
    Shape<T> shape = shapeOf(document);
    return (T) read(source, p -> ShapeDeserializer.read(shape, module, p));
  }

  /**
   * Reads any type of the model, as strictly as a document (for tests of single types).
   */
  <T> T readValue(Class<T> type, String json) {
    ModelShapes.of(type);
    ObjectReader reader = mapper.readerFor(type);
    return type.cast(read(f -> reader.createParser(json), reader::readValue));
  }

  /**
   * Writes any value of the model (for tests of single types).
   */
  String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw writeFailure();
    }
  }

  /** Reads one value from a parser on its first token. */
  private interface ValueReader {
    @Nullable Object read(JsonParser p) throws IOException;
  }

  private Object read(Source source, ValueReader values) {
    boolean started = false;
    try (JsonParser p = source.open(factory)) {
      if (p.nextToken() == null) {
        JsonLocation at = p.currentLocation();
        throw new SexTherapyJsonException(JsonErrorKind.EMPTY_INPUT, "$", at.getLineNr(),
            at.getColumnNr(), "the input holds no JSON value");
      }
      started = true;
      Object value = values.read(p);
      if (value == null) {
        throw new SexTherapyJsonException(JsonErrorKind.WRONG_TYPE, "$", -1, -1,
            "must not be null");
      }
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new SexTherapyJsonException(JsonErrorKind.TRAILING_CONTENT, "$", at.getLineNr(),
            at.getColumnNr(), "the JSON value is followed by more content");
      }
      return value;
    } catch (SexTherapyJsonException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      throw failure(JsonErrorKind.LIMIT_EXCEEDED, e.getLocation(), "exceeds a reading limit");
    } catch (JsonParseException e) {
      if (started) {
        throw failure(JsonErrorKind.TRAILING_CONTENT, e.getLocation(),
            "the JSON value is followed by more content");
      }
      throw failure(JsonErrorKind.SYNTAX, e.getLocation(), "is not well-formed JSON");
    } catch (JsonProcessingException e) {
      throw failure(started ? JsonErrorKind.TRAILING_CONTENT : JsonErrorKind.SYNTAX,
          e.getLocation(), started ? "the JSON value is followed by more content"
              : "is not well-formed JSON");
    } catch (CharConversionException e) {
      throw failure(JsonErrorKind.SYNTAX, null, "is not well-formed UTF-8, UTF-16 or UTF-32");
    } catch (IOException e) {
      throw failure(JsonErrorKind.IO, null, "the input could not be read");
    } catch (RuntimeException e) {
      throw failure(JsonErrorKind.INVALID_VALUE, null, "cannot be read");
    }
  }

  private static SexTherapyJsonException failure(JsonErrorKind kind, @Nullable JsonLocation at,
      String detail) {
    return new SexTherapyJsonException(kind, "$", at == null ? -1 : at.getLineNr(),
        at == null ? -1 : at.getColumnNr(), detail);
  }

  private static SexTherapyJsonException writeFailure() {
    return new SexTherapyJsonException(JsonErrorKind.INVALID_VALUE, "$", -1, -1,
        "cannot be written");
  }
}
