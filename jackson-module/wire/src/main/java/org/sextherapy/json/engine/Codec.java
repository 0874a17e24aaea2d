package org.sextherapy.json.engine;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;

/**
 * Reading and writing whole values through a binding's parser and generator: the one place where
 * a read ends, either with a value or with the library's exception, whatever the binding.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Codec {

  private Codec() {}

  /** Tells what a binding's exception stands for ({@link JsonInput#problem(Exception)}). */
  public interface Problems {
    /**
     * Tells what an exception stands for.
     *
     * @param e the exception
     * @return the problem, or null for one that is not the binding's
     */
    @Nullable InputProblem problem(Exception e);
  }

  /** Opens a binding's parser on the input. */
  public interface Source {
    /**
     * Opens the parser.
     *
     * @return the input, before its first token
     * @throws IOException if the input cannot be opened
     */
    JsonInput open() throws IOException;
  }

  /**
   * Opens the input, reads a document ({@link #readDocument}) and closes the parser.
   *
   * @param <T> the document's type
   * @param shape the document's shape, never null
   * @param source opens the input
   * @param problems tells what an exception from opening stands for
   * @param options the options, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the input is not a valid document or cannot be read
   */
  public static <T> T read(Shape<T> shape, Source source, Problems problems,
      JsonOptions options) {
    JsonInput p = open(source, problems);
    try {
      return readDocument(shape, p, options);
    } finally {
      closeQuietly(p);
    }
  }

  /**
   * Opens an input, turning a failure into the library's exception.
   *
   * @param source opens the input
   * @param problems tells what an exception from opening stands for
   * @return the input
   * @throws SexTherapyJsonException if it cannot be opened (a limit a binding checks when it
   *     opens in-memory input, or {@link JsonErrorKind#IO})
   */
  public static JsonInput open(Source source, Problems problems) {
    try {
      return source.open();
    } catch (IOException | RuntimeException e) {
      InputProblem problem = problems.problem(e);
      throw problem == null
          ? new SexTherapyJsonException(JsonErrorKind.IO, "$", -1, -1,
              "the input could not be read")
          : new SexTherapyJsonException(problem.kind(), "$", problem.line(), problem.column(),
              problem.detail());
    }
  }

  /**
   * Closes a parser; a failure to close changes nothing about what was read.
   *
   * @param p the input
   */
  public static void closeQuietly(JsonInput p) {
    try {
      p.close();
    } catch (IOException | RuntimeException e) {
      // Closing a parser on an in-memory or caller-owned input releases buffers only.
    }
  }

  /**
   * Returns the failure of a value that cannot be written (never for a value of the model), or of
   * an output stream that fails.
   *
   * @param io whether the output itself failed
   * @return the exception, to throw
   */
  public static SexTherapyJsonException writeFailure(boolean io) {
    return io
        ? new SexTherapyJsonException(JsonErrorKind.IO, "$", -1, -1,
            "the output could not be written")
        : new SexTherapyJsonException(JsonErrorKind.INVALID_VALUE, "$", -1, -1,
            "cannot be written");
  }

  /**
   * Reads a document: exactly one JSON value of the shape, nothing before it, nothing after it.
   *
   * @param <T> the document's type
   * @param shape the document's shape, never null
   * @param p the input, before its first token
   * @param options the options, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the input is not a valid document
   */
  public static <T> T readDocument(Shape<T> shape, JsonInput p, JsonOptions options) {
    ReadContext r = new ReadContext(p, options);
    T value;
    try {
      if (p.nextToken() == null) {
        throw r.fail(JsonErrorKind.EMPTY_INPUT, "the input holds no JSON value");
      }
      value = r.readValue(shape, p);
    } catch (IOException | RuntimeException e) {
      throw r.failure(e).toException();
    }
    expectEnd(p, r);
    return value;
  }

  /**
   * Checks that nothing but white space follows the value just read.
   *
   * @param p the input, on the value's last token
   * @param r the read's state
   * @throws SexTherapyJsonException with {@link JsonErrorKind#TRAILING_CONTENT} (or the kind of a
   *     limit or I/O failure met while looking)
   */
  static void expectEnd(JsonInput p, ReadContext r) {
    ReadFailure failure;
    try {
      if (p.nextToken() == null) {
        return;
      }
      failure = r.fail(JsonErrorKind.TRAILING_CONTENT,
          "the JSON value is followed by more content");
    } catch (IOException | RuntimeException e) {
      InputProblem problem = p.problem(e);
      failure = problem != null && problem.kind() == JsonErrorKind.SYNTAX
          ? r.failure(e).as(JsonErrorKind.TRAILING_CONTENT,
              "the JSON value is followed by more content")
          : r.failure(e);
    }
    throw failure.toException();
  }

  /**
   * Reads one value of the shape at the input's current token (inside a larger document read by
   * a user's own mapper), leaving the input on the value's last token.
   *
   * @param <T> the value's type
   * @param shape the shape, never null
   * @param p the input, on the value's first token
   * @param options the options, never null
   * @return the value, never null
   * @throws SexTherapyJsonException if the value cannot be read, with its path relative to the
   *     value
   */
  public static <T> T readValue(Shape<T> shape, JsonInput p, JsonOptions options) {
    ReadContext r = new ReadContext(p, options);
    try {
      return r.readValue(shape, p);
    } catch (IOException | RuntimeException e) {
      throw r.failure(e).toException();
    }
  }

  /**
   * Returns the failure of a JSON {@code null} where a value of the model belongs.
   *
   * @param p the input, on the {@code null}
   * @param options the options, never null
   * @return the exception, to throw
   */
  public static SexTherapyJsonException nullValue(JsonInput p, JsonOptions options) {
    return new ReadContext(p, options).fail(JsonErrorKind.WRONG_TYPE, "must not be null")
        .toException();
  }

  /**
   * Writes a value of the shape.
   *
   * @param <T> the value's type
   * @param shape the shape, never null
   * @param value the value, never null
   * @param g the output
   * @param options the options, never null
   * @throws IOException if the output fails
   */
  public static <T> void write(Shape<T> shape, T value, JsonOutput g, JsonOptions options)
      throws IOException {
    shape.write(value, g, options);
  }
}
