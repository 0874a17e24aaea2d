package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonToken;
import org.sextherapy.json.engine.LimitDetail;

/** A Jackson 2 parser as the engine's {@link JsonInput}. */
public final class Jackson2Input implements JsonInput {

  private final JsonParser parser;
  private final @Nullable JsonLimits limits;

  /**
   * Adapts a parser.
   *
   * @param parser the parser, never null
   * @param limits the limits the parser was built with, or null when unknown (a user's mapper)
   */
  public Jackson2Input(JsonParser parser, @Nullable JsonLimits limits) {
    this.parser = parser;
    this.limits = limits;
  }

  @Override
  public @Nullable JsonToken currentToken() {
    return JsonToken.ofId(parser.currentTokenId());
  }

  @Override
  public @Nullable JsonToken nextToken() throws IOException {
    parser.nextToken();
    return JsonToken.ofId(parser.currentTokenId());
  }

  @Override
  public @Nullable String nextFieldName() throws IOException {
    return parser.nextFieldName();
  }

  @Override
  public String getText() throws IOException {
    return parser.getText();
  }

  @Override
  public NumberType getNumberType() throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NumberType.INT;
      case LONG -> NumberType.LONG;
      default -> NumberType.BIG_INTEGER;
    };
  }

  @Override
  public int getIntValue() throws IOException {
    return parser.getIntValue();
  }

  @Override
  public long getLongValue() throws IOException {
    return parser.getLongValue();
  }

  @Override
  public double getDoubleValue() throws IOException {
    return parser.getDoubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    return parser.getDecimalValue();
  }

  @Override
  public void skipChildren() throws IOException {
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
    JsonLocation at = parser.currentTokenLocation();
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  private JsonLocation location() {
    JsonLocation at = parser.currentTokenLocation();
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
    if (e instanceof JsonParseException syntax) {
      return problem(JsonErrorKind.SYNTAX, syntax.getLocation(), "is not well-formed JSON");
    }
    if (e instanceof JsonProcessingException other) {
      return problem(JsonErrorKind.INVALID_VALUE, other.getLocation(), "cannot be read");
    }
    if (e instanceof CharConversionException) {
      return problem(JsonErrorKind.SYNTAX, null, "is not well-formed UTF-8, UTF-16 or UTF-32");
    }
    if (e instanceof IOException) {
      return problem(JsonErrorKind.IO, null, "the input could not be read");
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private static InputProblem problem(JsonErrorKind kind, @Nullable JsonLocation at,
      String detail) {
    return at == null ? new InputProblem(kind, -1, -1, detail)
        : new InputProblem(kind, at.getLineNr(), at.getColumnNr(), detail);
  }
}
