package org.sextherapy.jackson3.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonToken;
import org.sextherapy.json.engine.LimitDetail;

/** A Jackson 3 parser as the engine's {@link JsonInput}. */
public final class Jackson3Input implements JsonInput {

  private final JsonParser parser;
  private final @Nullable JsonLimits limits;

  /**
   * Adapts a parser.
   *
   * @param parser the parser, never null
   * @param limits the limits the parser was built with, or null when unknown (a user's mapper)
   */
  public Jackson3Input(JsonParser parser, @Nullable JsonLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  @Override
  public @Nullable JsonToken currentToken() {
    return JsonToken.ofId(parser.currentTokenId());
  }

  @Override
  public @Nullable JsonToken nextToken() {
    parser.nextToken();
    return JsonToken.ofId(parser.currentTokenId());
  }

  @Override
  public @Nullable String nextFieldName() {
    return parser.nextName();
  }

  @Override
  public String getText() {
    return parser.getString();
  }

  @Override
  public NumberType getNumberType() {
    return switch (parser.getNumberType()) {
      case INT -> NumberType.INT;
      case LONG -> NumberType.LONG;
      default -> NumberType.BIG_INTEGER;
    };
  }

  @Override
  public int getIntValue() {
    return parser.getIntValue();
  }

  @Override
  public long getLongValue() {
    return parser.getLongValue();
  }

  @Override
  public double getDoubleValue() {
    return parser.getDoubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() {
    return parser.getDecimalValue();
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
  }

  @Override
  public int line() {
    return location().getLineNr();
  }

  @Override
  public int column() {
    return location().getColumnNr();
  }

  @Override
  public long tokenOffset() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  private TokenStreamLocation location() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at.getLineNr() > 0 ? at : parser.currentLocation();
  }

  @Override
  public @Nullable InputProblem problem(Exception e) {
    return problem(e, limits);
  }

  /**
   * Tells what an exception of this binding's parser stands for.
   *
   * @param e the exception, never null
   * @param limits the limits the parser was built with, or null when unknown
   * @return the problem, or null for an exception that is not the parser's
   */
  public static @Nullable InputProblem problem(Exception e, @Nullable JsonLimits limits) {
    if (e instanceof StreamConstraintsException limit) {
      return problem(JsonErrorKind.LIMIT_EXCEEDED, limit.getLocation(),
          LimitDetail.describe(limit.getOriginalMessage(), limits));
    }
    if (e instanceof JacksonIOException io) {
      return io.getCause() instanceof CharConversionException
          ? problem(JsonErrorKind.SYNTAX, null, "is not well-formed UTF-8, UTF-16 or UTF-32")
          : problem(JsonErrorKind.IO, null, "the input could not be read");
    }
    if (e instanceof StreamReadException syntax) {
      return problem(JsonErrorKind.SYNTAX, syntax.getLocation(), "is not well-formed JSON");
    }
    if (e instanceof JacksonException other) {
      return problem(JsonErrorKind.INVALID_VALUE, other.getLocation(), "cannot be read");
    }
    if (e instanceof IOException) {
      return problem(JsonErrorKind.IO, null, "the input could not be read");
    }
    return null;
  }

  @Override
  public void close() {
    parser.close();
  }

  private static InputProblem problem(JsonErrorKind kind, @Nullable TokenStreamLocation at,
      String detail) {
    return at == null ? new InputProblem(kind, -1, -1, detail)
        : new InputProblem(kind, at.getLineNr(), at.getColumnNr(), detail);
  }
}
