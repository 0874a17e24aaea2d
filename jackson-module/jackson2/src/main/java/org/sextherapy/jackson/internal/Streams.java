package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

/**
 * Jackson 2's parsers and generators for the engine, and what Jackson 2's exceptions mean: the
 * part of the binding that Jackson 2's API decides (checked {@code IOException}s, its exception
 * classes).
 *
 * @param whole the factory for whole documents, never null
 * @param streaming the factory for directories read profile by profile, never null
 * @param limits the limits both factories were built with, never null
 */
public record Streams(JsonFactory whole, JsonFactory streaming, JsonLimits limits)
    implements Backend {

  @Override
  public JsonInput parse(String json) throws IOException {
    return new JacksonInput(whole.createParser(json), limits);
  }

  @Override
  public JsonInput parse(byte[] json) throws IOException {
    return new JacksonInput(whole.createParser(json), limits);
  }

  @Override
  public JsonInput parse(InputStream json, boolean document) throws IOException {
    return new JacksonInput((document ? whole : streaming).createParser(json), limits);
  }

  @Override
  public JsonOutput generate(OutputStream out) throws IOException {
    return new JacksonOutput(whole.createGenerator(out, JsonEncoding.UTF8));
  }

  @Override
  public @Nullable InputProblem problem(Exception e) {
    return problem(e, limits);
  }

  /**
   * Tells what an exception of Jackson 2's parser stands for. Jackson 2 reports malformed UTF-8
   * as a {@code CharConversionException}, itself an {@code IOException}.
   *
   * @param e the exception, never null
   * @param limits the limits the parser was built with, or null when unknown
   * @return the problem, or null for an exception that is not the parser's
   */
  static @Nullable InputProblem problem(Exception e, @Nullable JsonLimits limits) {
    if (e instanceof StreamConstraintsException limit) {
      return at(limit.getLocation(), JsonErrorKind.LIMIT_EXCEEDED,
          LimitDetail.describe(limit.getOriginalMessage(), limits));
    } else if (e instanceof JsonParseException syntax) {
      return at(syntax.getLocation(), JsonErrorKind.SYNTAX, "is not well-formed JSON");
    } else if (e instanceof JsonProcessingException other) {
      return at(other.getLocation(), JsonErrorKind.INVALID_VALUE, "cannot be read");
    } else if (e instanceof CharConversionException) {
      return new InputProblem(JsonErrorKind.SYNTAX, -1, -1,
          "is not well-formed UTF-8, UTF-16 or UTF-32");
    } else if (e instanceof IOException) {
      return new InputProblem(JsonErrorKind.IO, -1, -1, "the input could not be read");
    }
    return null;
  }

  private static InputProblem at(@Nullable JsonLocation where, JsonErrorKind kind,
      String detail) {
    return where == null ? new InputProblem(kind, -1, -1, detail)
        : new InputProblem(kind, where.getLineNr(), where.getColumnNr(), detail);
  }
}
