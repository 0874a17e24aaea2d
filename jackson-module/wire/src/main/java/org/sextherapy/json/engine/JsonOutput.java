package org.sextherapy.json.engine;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The engine's view of a binding's JSON generator: the few calls the shapes make, so that one
 * definition of the wire format writes through Jackson 2 and Jackson 3 alike, byte for byte.
 */
public interface JsonOutput {

  /**
   * Writes <code>{</code>.
   *
   * @throws IOException if the output fails
   */
  void writeStartObject() throws IOException;

  /**
   * Writes <code>}</code>.
   *
   * @throws IOException if the output fails
   */
  void writeEndObject() throws IOException;

  /**
   * Writes {@code [}.
   *
   * @throws IOException if the output fails
   */
  void writeStartArray() throws IOException;

  /**
   * Writes {@code ]}.
   *
   * @throws IOException if the output fails
   */
  void writeEndArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name, never null
   * @throws IOException if the output fails
   */
  void writeFieldName(Literal name) throws IOException;

  /**
   * Writes a string the wire format declares (an id of an enumerated value, a kind, a key).
   *
   * @param text the text, never null
   * @throws IOException if the output fails
   */
  void writeString(Literal text) throws IOException;

  /**
   * Writes a string holding valid Unicode (no unpaired surrogate).
   *
   * @param text the text, never null
   * @throws IOException if the output fails
   */
  void writeString(String text) throws IOException;

  /**
   * Writes a value exactly as given, already valid JSON.
   *
   * @param json the JSON text of one value, never null
   * @throws IOException if the output fails
   */
  void writeRawValue(String json) throws IOException;

  /**
   * Writes an integer.
   *
   * @param value the value
   * @throws IOException if the output fails
   */
  void writeNumber(long value) throws IOException;

  /**
   * Writes a double, as Java's shortest decimal form.
   *
   * @param value the value, finite
   * @throws IOException if the output fails
   */
  void writeNumber(double value) throws IOException;

  /**
   * Writes an exact decimal.
   *
   * @param value the value, never null
   * @throws IOException if the output fails
   */
  void writeNumber(BigDecimal value) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the output fails
   */
  void writeBoolean(boolean value) throws IOException;

  /**
   * Flushes what was written and closes the generator (not the caller's stream).
   *
   * @throws IOException if the output fails
   */
  void close() throws IOException;
}
