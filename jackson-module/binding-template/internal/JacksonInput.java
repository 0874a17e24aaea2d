package ${binding.package}.internal;

import ${jackson.core}.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.engine.InputProblem;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonToken;

/**
 * A ${binding.name} parser as the engine's {@link JsonInput}. Jackson 3's parser throws unchecked
 * exceptions only; the methods declare {@code IOException} for Jackson 2's.
 */
public final class JacksonInput implements JsonInput {

  private final JsonParser parser;
  private final @Nullable JsonLimits limits;

  /**
   * Adapts a parser.
   *
   * @param parser the parser, never null
   * @param limits the limits the parser was built with, or null for a parser of a user's mapper
   *     (whose own limits are then named in failures)
   */
  public JacksonInput(JsonParser parser, @Nullable JsonLimits limits) {
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
    return parser.${jackson.nextName}();
  }

  @Override
  public @Nullable String currentName() throws IOException {
    return currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
  }

  @Override
  public String getText() throws IOException {
    return parser.${jackson.getString}();
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

  // The token's location where the parser knows it, else the parser's own position.

  @Override
  public int line() {
    var at = parser.currentTokenLocation();
    return at.getLineNr() > 0 ? at.getLineNr() : parser.currentLocation().getLineNr();
  }

  @Override
  public int column() {
    var at = parser.currentTokenLocation();
    return at.getLineNr() > 0 ? at.getColumnNr() : parser.currentLocation().getColumnNr();
  }

  @Override
  public long tokenOffset() {
    var at = parser.currentTokenLocation();
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }

  @Override
  public @Nullable InputProblem problem(Exception e) {
    return Streams.problem(e,
        limits != null ? limits : Factories.limitsOf(parser.streamReadConstraints()));
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
