package org.sextherapy.json.engine;

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
  VALUE_NULL
}
