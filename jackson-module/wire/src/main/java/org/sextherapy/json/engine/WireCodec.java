package org.sextherapy.json.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;

/**
 * The one implementation of {@link JsonCodec}, over a binding's {@link Backend}: what the two
 * bindings share of reading and writing documents, so that they differ only where Jackson's API
 * does.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WireCodec implements JsonCodec {

  private final String binding;
  private final Backend backend;
  private final JsonOptions options;
  private final JsonLimits limits;
  private final Documents documents;

  /** The shapes of documents and model types, from the per-domain tables above the engine. */
  public interface Documents {
    /**
     * Returns the shape of a document.
     *
     * @param <T> the document's type
     * @param document the document
     * @return the shape
     */
    <T> Shape<T> of(JsonDocument<T> document);

    /**
     * Returns the shape of the elements of a list document.
     *
     * @param <T> the element type
     * @param document the list document
     * @return the element's shape
     */
    <T> Shape<T> elementOf(JsonDocument<List<T>> document);

    /**
     * Returns the shape of a model type.
     *
     * @param <T> the type
     * @param type the type
     * @return the shape
     * @throws IllegalArgumentException if the type is not part of the model
     */
    <T> Shape<T> ofType(Class<T> type);
  }

  /**
   * Creates a codec.
   *
   * @param binding the binding's name, for diagnostics ({@code "Jackson 2"}), never null
   * @param backend the binding's parsers and generators, never null
   * @param documents the shapes, never null
   * @param options the options, never null
   * @param limits the limits the backend's parsers were built with, never null
   */
  public WireCodec(String binding, Backend backend, Documents documents, JsonOptions options,
      JsonLimits limits) {
    this.binding = Objects.requireNonNull(binding, "binding");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.documents = Objects.requireNonNull(documents, "documents");
    this.options = Objects.requireNonNull(options, "options");
    this.limits = Objects.requireNonNull(limits, "limits");
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
    return Codec.read(documents.of(document), () -> backend.parse(json), backend::problem,
        options);
  }

  @Override
  public <T> T read(JsonDocument<T> document, byte[] json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(documents.of(document), () -> backend.parse(json), backend::problem,
        options);
  }

  @Override
  public <T> T read(JsonDocument<T> document, InputStream json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(documents.of(document), () -> backend.parse(json, true), backend::problem,
        options);
  }

  @Override
  public <T> T readValue(Class<T> type, String json) {
    Objects.requireNonNull(json, "json");
    return Codec.read(documents.ofType(type), () -> backend.parse(json), backend::problem,
        options);
  }

  @Override
  public <T> Stream<T> stream(JsonDocument<List<T>> document, InputStream json) {
    Shape<T> element = documents.elementOf(document);
    Objects.requireNonNull(json, "json");
    JsonInput p = Codec.open(() -> backend.parse(json, false), backend::problem);
    Elements<T> elements = new Elements<>(element, p, new ReadContext(p, options), limits);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements,
        Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> Codec.closeQuietly(p));
  }

  @Override
  public <T> String write(JsonDocument<T> document, T value) {
    return new String(bytes(documents.of(document), value), StandardCharsets.UTF_8);
  }

  @Override
  public <T> byte[] writeBytes(JsonDocument<T> document, T value) {
    return bytes(documents.of(document), value);
  }

  @Override
  public <T> void write(JsonDocument<T> document, T value, OutputStream out) {
    Shape<T> shape = documents.of(document);
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    JsonOutput g;
    try {
      g = backend.generate(out);
    } catch (IOException | RuntimeException e) {
      throw Codec.writeFailure(true);
    }
    try {
      shape.write(value, g, options);
      g.close();
    } catch (IOException | RuntimeException e) {
      InputProblem problem = backend.problem(e);
      throw Codec.writeFailure(problem != null && problem.kind() == JsonErrorKind.IO);
    }
  }

  @Override
  public String writeValue(Object value) {
    Objects.requireNonNull(value, "value");
    @SuppressWarnings("unchecked")
    Shape<Object> shape = (Shape<Object>) documents.ofType(value.getClass());
    return new String(bytes(shape, value), StandardCharsets.UTF_8);
  }

  /**
   * Writes a value as UTF-8 through the binding's byte generator, the one generator of every
   * output form: text is these bytes decoded, so every form escapes the same characters. (The
   * output is always valid UTF-8: a string with an unpaired surrogate is written with escapes.)
   * Writing straight to bytes skips the character buffer, the {@code StringWriter} (a
   * synchronized {@code StringBuffer} that checks every character it is given) and the encoding
   * of its text, which writing text first and encoding it cost: about a third of a profile's
   * writing time.
   */
  private <T> byte[] bytes(Shape<T> shape, T value) {
    Objects.requireNonNull(value, "value");
    ByteSink out = new ByteSink();
    try {
      JsonOutput g = backend.generate(out);
      shape.write(value, g, options);
      g.close();
    } catch (IOException | RuntimeException e) {
      throw Codec.writeFailure(false);
    }
    return out.toByteArray();
  }

  /**
   * Returns the binding, options and limits, for diagnostics.
   *
   * @return a description, never null
   */
  @Override
  public String toString() {
    return "SexTherapyJson{" + binding + ", " + options + ", " + limits + "}";
  }

  /**
   * The elements of a list document read one at a time: from a JSON array, or from values that
   * follow one another (newline-delimited JSON).
   */
  private static final class Elements<T> implements Iterator<T> {
    private final Shape<T> element;
    private final JsonInput p;
    private final ReadContext r;
    private final JsonLimits limits;
    private boolean started;
    private boolean array;
    private boolean done;
    private long index;
    private @Nullable T next;

    Elements(Shape<T> element, JsonInput p, ReadContext r, JsonLimits limits) {
      this.element = element;
      this.p = p;
      this.r = r;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      T value = next;
      next = null;
      return Objects.requireNonNull(value);
    }

    private @Nullable T advance() {
      JsonToken t;
      try {
        t = p.nextToken();
        if (!started) {
          started = true;
          if (t == null) {
            throw r.fail(JsonErrorKind.EMPTY_INPUT, "the input holds no JSON value");
          }
          array = t == JsonToken.START_ARRAY;
          if (array) {
            t = p.nextToken();
          }
        }
      } catch (IOException | RuntimeException e) {
        throw at(r.failure(e));
      }
      if (array ? t == JsonToken.END_ARRAY : t == null) {
        done = true;
        if (array) {
          Codec.expectEnd(p, r);
        }
        return null;
      }
      if (index >= limits.maxCount()) {
        throw at(r.fail(JsonErrorKind.LIMIT_EXCEEDED,
            LimitDetail.detail("maxCount", limits.maxCount())));
      }
      long start = p.tokenOffset();
      T value;
      try {
        if (!array && t != JsonToken.START_OBJECT) {
          throw r.fail(JsonErrorKind.WRONG_TYPE,
              "must be an array, or objects one after another (one per line)");
        }
        value = r.readValue(element, p);
      } catch (IOException | RuntimeException e) {
        throw at(r.failure(e));
      }
      long end = p.tokenOffset();
      if (start >= 0 && end >= 0 && end + 1 - start > limits.maxDocumentLength()) {
        throw at(r.fail(JsonErrorKind.LIMIT_EXCEEDED,
            LimitDetail.detail("maxDocumentLength", limits.maxDocumentLength())));
      }
      index++;
      return value;
    }

    /** Places a failure at the element being read, and ends the reading. */
    private SexTherapyJsonException at(ReadFailure failure) {
      done = true;
      return failure.inElement(index).toException();
    }
  }
}
