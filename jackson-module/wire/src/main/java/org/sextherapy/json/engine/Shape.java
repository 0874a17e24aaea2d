package org.sextherapy.json.engine;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import org.sextherapy.json.JsonOptions;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of one Java type: how a value is written, how it is read back (through the model's
 * public factories and builders, so every invariant runs) and how it is described in JSON Schema.
 *
 * <p>Shapes are stateless and thread-safe; per-read state lives in the {@link ReadContext}, the
 * options arrive as a parameter.
 *
 * @param <T> the Java type
 */
public interface Shape<T> {

  /**
   * Writes a value.
   *
   * @param value the value, never null
   * @param g the generator, positioned where a value may start
   * @param options the options
   * @throws IOException if the generator fails
   */
  void write(T value, JsonOutput g, JsonOptions options) throws IOException;

  /**
   * Reads a value whose first token is the parser's current token (never {@code VALUE_NULL}: the
   * caller rejects nulls) and leaves the parser on its last token.
   *
   * @param p the parser
   * @param r the read state: path, options, failure reporting
   * @return the value, never null
   * @throws IOException if the parser fails (syntax, limits)
   * @throws ReadFailure if the value is not acceptable
   */
  T read(JsonInput p, ReadContext r) throws IOException;

  /**
   * Describes the shape as a JSON Schema (2020-12) fragment.
   *
   * @param s where named definitions are collected
   * @return the fragment, as nested maps and lists
   */
  Map<String, Object> schema(SchemaContext s);

  /**
   * Returns the canonical order of values of this shape in a set, so that a set is written the
   * same whatever its iteration order; null when the shape has none (sets are then written in
   * iteration order).
   *
   * @return the order, or null
   */
  default @Nullable Comparator<? super T> order() {
    return null;
  }
}
