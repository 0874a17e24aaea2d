package org.sextherapy.jackson3.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.engine.Backend;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.LimitDetail;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Jackson 3's parsers and generators for the engine, and what Jackson 3's exceptions mean: the
 * part of the binding that Jackson 3's API decides (read and write contexts, unchecked
 * exceptions that wrap I/O failures).
 *
 * @param whole the factory for whole documents, never null
 * @param streaming the factory for directories read profile by profile, never null
 * @param limits the limits both factories were built with, never null
 */
public record Streams(JsonFactory whole, JsonFactory streaming, JsonLimits limits)
    implements Backend {

  @Override
  public JsonInput parse(String json) {
    return new JacksonInput(whole.createParser(ObjectReadContext.empty(), json), limits);
  }

  @Override
  public JsonInput parse(byte[] json) {
    return new JacksonInput(whole.createParser(ObjectReadContext.empty(), json), limits);
  }

  @Override
  public JsonInput parse(InputStream json, boolean document) {
    JsonFactory factory = document ? whole : streaming;
    return new JacksonInput(factory.createParser(ObjectReadContext.empty(), json), limits);
  }

  @Override
  public JsonOutput generate(OutputStream out) {
    return new JacksonOutput(
        whole.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8));
  }

  @Override
  public @Nullable InputProblem problem(Exception e) {
    return problem(e, limits);
  }

  /**
   * Tells what an exception of Jackson 3's parser stands for. Jackson 3 wraps an I/O failure,
   * malformed UTF-8 included, in an unchecked {@code JacksonIOException}.
   *
   * @param e the exception, never null
   * @param limits the limits the parser was built with, or null when unknown
   * @return the problem, or null for an exception that is not the parser's
   */
  static @Nullable InputProblem problem(Exception e, @Nullable JsonLimits limits) {
    if (!(e instanceof JacksonException jackson)) {
      return e instanceof IOException
          ? new InputProblem(JsonErrorKind.IO, -1, -1, "the input could not be read") : null;
    }
    if (jackson instanceof JacksonIOException io) {
      return io.getCause() instanceof CharConversionException
          ? new InputProblem(JsonErrorKind.SYNTAX, -1, -1,
              "is not well-formed UTF-8, UTF-16 or UTF-32")
          : new InputProblem(JsonErrorKind.IO, -1, -1, "the input could not be read");
    }
    JsonErrorKind kind = JsonErrorKind.INVALID_VALUE;
    String detail = "cannot be read";
    if (jackson instanceof StreamConstraintsException limit) {
      kind = JsonErrorKind.LIMIT_EXCEEDED;
      detail = LimitDetail.describe(limit.getOriginalMessage(), limits);
    } else if (jackson instanceof StreamReadException) {
      kind = JsonErrorKind.SYNTAX;
      detail = "is not well-formed JSON";
    }
    TokenStreamLocation where = jackson.getLocation();
    return where == null ? new InputProblem(kind, -1, -1, detail)
        : new InputProblem(kind, where.getLineNr(), where.getColumnNr(), detail);
  }
}
