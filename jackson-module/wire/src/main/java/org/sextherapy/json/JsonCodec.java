package org.sextherapy.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reading and writing the wire format, strictly and safely, whichever Jackson binds it: both
 * {@code org.sextherapy.jackson.SexTherapyJson} (Jackson 2) and
 * {@code org.sextherapy.jackson3.SexTherapyJson} (Jackson 3) implement it, and give the same
 * bytes for the same value. Code written against this interface moves from one binding to the
 * other by changing the line that creates it.
 *
 * <p>Reading is meant for input from outside (another service, a file, a browser):
 * <ul>
 *   <li>the input must be exactly one JSON value (RFC 8259, no comments, no single quotes, no
 *       {@code NaN}): empty input and content after the value are rejected;</li>
 *   <li>limits bound the work an input can cause ({@link JsonLimits});</li>
 *   <li>an object must not repeat a property (not even one skipped as unknown), hold a property
 *       the wire format does not define (unless
 *       {@link JsonOptions#withUnknownPropertiesAllowed(boolean)}), lack a required one, or hold
 *       {@code null} anywhere;</li>
 *   <li>no type coercion: a string is never read as a number or a boolean, an integer must be
 *       written without fraction or exponent and fit 32 bits; sums of money are read as exact
 *       decimals;</li>
 *   <li>no default typing: the only polymorphism is the {@code kind} of a client preference;</li>
 *   <li>every value is built through the model's public factories and builders, so every
 *       invariant of the model runs.</li>
 * </ul>
 * Whatever the input, a read returns a value or throws {@link SexTherapyJsonException}, whose
 * message never repeats the input (sexual-health data must not reach logs). No Jackson exception,
 * {@code NullPointerException} or other runtime exception escapes for any input; only a null
 * argument, a programming error, throws {@code NullPointerException}.
 *
 * <p>Writing never fails for a value of the model: every value has a wire form, enumerated values
 * are written as their ids, sets in a canonical order (so equal values give equal text). Every
 * output form (text, bytes, stream) escapes the same characters: the JSON control characters,
 * and an unpaired surrogate (not valid Unicode) as a JSON unicode escape that reads back exactly;
 * every other character, also outside the Basic Multilingual Plane, is written as itself.
 *
 * <p>Input streams are read but not closed, output streams written but not closed: the caller
 * owns them. Byte input may be UTF-8, UTF-16 or UTF-32 (detected as RFC 8259 allows); output is
 * UTF-8.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface JsonCodec {

  /**
   * Returns the options this codec reads and writes with.
   *
   * @return the options, never null
   */
  JsonOptions options();

  /**
   * Returns the limits this codec reads with.
   *
   * @return the limits, never null
   */
  JsonLimits limits();

  /**
   * Reads a document from JSON text.
   *
   * @param <T> the document's type
   * @param document the document expected, never null
   * @param json the JSON text, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the text is not a valid document
   */
  <T> T read(JsonDocument<T> document, String json);

  /**
   * Reads a document from JSON bytes (UTF-8, UTF-16 or UTF-32).
   *
   * @param <T> the document's type
   * @param document the document expected, never null
   * @param json the JSON bytes, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the bytes are not a valid document
   */
  <T> T read(JsonDocument<T> document, byte[] json);

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
  <T> T read(JsonDocument<T> document, InputStream json);

  /**
   * Reads a list document (a directory, {@link JsonDocument#THERAPIST_PROFILES}, or a waiting
   * list, {@link JsonDocument#CLIENT_REQUESTS}) element by element from a stream, which is not
   * closed: memory holds one element at a time, so a directory of any size can be read. The stream
   * holds either a JSON array of elements or newline-delimited JSON (one element after another,
   * as NDJSON writes them, one per line).
   *
   * <p>Limits apply per element, not to the whole input: {@link JsonLimits#maxDocumentLength()}
   * bounds each element's length and {@link JsonLimits#maxCount()} their number. A failure is
   * thrown by the stream's terminal operation when reading reaches it, as a
   * {@link SexTherapyJsonException} whose path starts at the element ({@code $[1204].licences[0]});
   * the elements before it have been passed on. Close the returned stream (try-with-resources) to
   * release the parser when not reading to the end.
   *
   * @param <T> the element type
   * @param document a list document, never null
   * @param json the stream, never null
   * @return the elements in input order, lazily read, never null
   * @throws SexTherapyJsonException if the stream cannot be opened
   */
  <T> Stream<T> stream(JsonDocument<List<T>> document, InputStream json);

  /**
   * Reads a value of any type of the model from JSON text, as strictly as a document (the type
   * of a part of a document, such as a {@code Licence}).
   *
   * @param <T> the type
   * @param type a type of the model, never null
   * @param json the JSON text, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the text is not a valid value of the type
   * @throws IllegalArgumentException if the type is not part of the model
   */
  <T> T readValue(Class<T> type, String json);

  /**
   * Writes a document as JSON text.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @return the JSON text, never null
   */
  <T> String write(JsonDocument<T> document, T value);

  /**
   * Writes a document as UTF-8 bytes, the same characters as {@link #write(JsonDocument, Object)}.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @return the JSON bytes, never null
   */
  <T> byte[] writeBytes(JsonDocument<T> document, T value);

  /**
   * Writes a document as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param <T> the document's type
   * @param document the document, never null
   * @param value the value, never null
   * @param out the stream, never null
   * @throws SexTherapyJsonException with {@link JsonErrorKind#IO} if the stream fails
   */
  <T> void write(JsonDocument<T> document, T value, OutputStream out);

  /**
   * Writes a value of any type of the model as JSON text.
   *
   * @param value a value of the model, never null
   * @return the JSON text, never null
   * @throws IllegalArgumentException if the value's type is not part of the model
   */
  String writeValue(Object value);
}
