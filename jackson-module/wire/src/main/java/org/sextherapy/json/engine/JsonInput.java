package org.sextherapy.json.engine;

import java.io.IOException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The engine's view of a binding's JSON parser: the few calls the shapes make, so that one
 * definition of the wire format reads through Jackson 2 and Jackson 3 alike. A binding adapts its
 * parser to this interface and tells the engine what its exceptions mean
 * ({@link #problem(Exception)}).
 *
 * <p>Methods throw what the binding's parser throws ({@code IOException} in Jackson 2, unchecked
 * {@code JacksonException} in Jackson 3); the engine turns either into a failure through
 * {@link #problem(Exception)}.
 */
public interface JsonInput {

  /** How large an integer token is. */
  enum NumberType {
    /** Fits 32 bits. */
    INT,
    /** Fits 64 bits but not 32. */
    LONG,
    /** Does not fit 64 bits. */
    BIG_INTEGER
  }

  /**
   * Returns the token the parser stands on.
   *
   * @return the token, or null before the first and after the last token
   */
  @Nullable JsonToken currentToken();

  /**
   * Moves to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws IOException if the input is not well-formed or cannot be read
   */
  @Nullable JsonToken nextToken() throws IOException;

  /**
   * Moves to the next token and returns it as a property name.
   *
   * @return the property name, or null if the next token is not a property name
   * @throws IOException if the input is not well-formed or cannot be read
   */
  @Nullable String nextFieldName() throws IOException;

  /**
   * Returns the name of the property the input stands on, when the current token is a property
   * name ({@link JsonToken#FIELD_NAME}); else null. The parser reads a value's first token
   * together with its name, so when {@link #nextFieldName} fails here, the value of this
   * property is what could not be read ({@link ReadContext#nextName}).
   *
   * @return the property name, or null
   * @throws IOException if the parser cannot tell (Jackson 2 declares it; it does not happen)
   */
  @Nullable String currentName() throws IOException;

  /**
   * Returns the text of the current string token.
   *
   * @return the text, never null
   * @throws IOException if the input cannot be read
   */
  String getText() throws IOException;

  /**
   * Returns the size of the current integer token.
   *
   * @return the size, never null
   * @throws IOException if the input cannot be read
   */
  NumberType getNumberType() throws IOException;

  /**
   * Returns the current integer token, which fits 32 bits.
   *
   * @return the value
   * @throws IOException if the input cannot be read
   */
  int getIntValue() throws IOException;

  /**
   * Returns the current integer token, which fits 64 bits.
   *
   * @return the value
   * @throws IOException if the input cannot be read
   */
  long getLongValue() throws IOException;

  /**
   * Returns the current number token as a double.
   *
   * @return the value
   * @throws IOException if the input cannot be read
   */
  double getDoubleValue() throws IOException;

  /**
   * Returns the current number token as an exact decimal.
   *
   * @return the value, never null
   * @throws IOException if the input cannot be read
   */
  BigDecimal getDecimalValue() throws IOException;

  /**
   * Skips the object or array that starts at the current token (nothing for a scalar), leaving
   * the parser on its closing token.
   *
   * @throws IOException if the input is not well-formed or cannot be read
   */
  void skipChildren() throws IOException;

  /**
   * Returns the 1-based line of the current token (or of the parser's position).
   *
   * @return the line, or -1 when unknown
   */
  int line();

  /**
   * Returns the 1-based column of the current token (or of the parser's position).
   *
   * @return the column, or -1 when unknown
   */
  int column();

  /**
   * Returns the offset of the current token from the start of the input: bytes for byte input,
   * characters for text.
   *
   * @return the offset, or -1 when unknown
   */
  long tokenOffset();

  /**
   * Tells what an exception thrown by this parser stands for; null for one that is not the
   * parser's (a bug), which the engine reports as a value that cannot be read. A binding never
   * keeps the exception or its message (Jackson's messages quote the input).
   *
   * @param e what the parser threw, never null
   * @return the problem, or null
   */
  @Nullable InputProblem problem(Exception e);

  /**
   * Closes the parser (not the caller's stream, which the binding's factory leaves open).
   *
   * @throws IOException if closing fails
   */
  void close() throws IOException;
}
