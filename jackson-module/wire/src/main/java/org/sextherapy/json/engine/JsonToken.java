package org.sextherapy.json.engine;

import org.jspecify.annotations.Nullable;

/**
 * A token of JSON text, as a binding's parser reports it to the engine: the same tokens in
 * Jackson 2 and Jackson 3, named once here so that the wire format is defined without either.
 */
public enum JsonToken {
  /** <code>{</code>. */
  START_OBJECT,
  /** <code>}</code>. */
  END_OBJECT,
  /** {@code [}. */
  START_ARRAY,
  /** {@code ]}. */
  END_ARRAY,
  /** A property name. */
  FIELD_NAME,
  /** A string value. */
  VALUE_STRING,
  /** A number without fraction or exponent. */
  VALUE_NUMBER_INT,
  /** A number with a fraction or an exponent. */
  VALUE_NUMBER_FLOAT,
  /** {@code true}. */
  VALUE_TRUE,
  /** {@code false}. */
  VALUE_FALSE,
  /** {@code null}. */
  VALUE_NULL;

  private static final JsonToken[] BY_ID = values();

  /**
   * Returns the token of a Jackson token id ({@code JsonTokenId}, the same numbers in Jackson 2
   * and 3: 1 for a start of object to 11 for null).
   *
   * @param id the id
   * @return the token, or null for no token (0) and the end of input
   * @throws IllegalStateException for a token a JSON text parser never reports
   */
  public static @Nullable JsonToken ofId(int id) {
    if (id == 0) {
      return null;
    }
    if (id < 1 || id > BY_ID.length) {
      throw new IllegalStateException("a JSON text parser reported token " + id);
    }
    return BY_ID[id - 1];
  }
}
