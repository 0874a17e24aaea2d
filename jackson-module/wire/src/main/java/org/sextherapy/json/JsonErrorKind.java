package org.sextherapy.json;

import org.sextherapy.Identified;

/**
 * What went wrong when a JSON document could not be read (or, for {@link #IO}, written) by
 * a binding's {@code SexTherapyJson}: the one field of a {@link SexTherapyJsonException} a program can switch
 * on.
 *
 * <p>The {@link #id()} is stable and safe to log or count; it never depends on the input.
 */
public enum JsonErrorKind implements Identified {
  /** The input holds no JSON value at all (nothing, or only white space). */
  EMPTY_INPUT("empty-input"),
  /** The input is not well-formed JSON (RFC 8259), or not well-formed UTF-8, UTF-16 or UTF-32. */
  SYNTAX("syntax"),
  /** A complete JSON value is followed by more content. */
  TRAILING_CONTENT("trailing-content"),
  /**
   * The input exceeds a reading limit: nesting depth, string, property-name or number length, or
   * document length, profile count (see {@link JsonLimits}); the detail names the limit and its
   * value.
   */
  LIMIT_EXCEEDED("limit-exceeded"),
  /** An object names the same property twice. */
  DUPLICATE_PROPERTY("duplicate-property"),
  /** An object has a property the wire format does not define (and the option to skip is off). */
  UNKNOWN_PROPERTY("unknown-property"),
  /** An object lacks a property the wire format requires. */
  MISSING_PROPERTY("missing-property"),
  /**
   * A value has the wrong JSON type: {@code null}, a string where a number belongs, a number with a
   * fraction or exponent where an integer belongs, an array where an object belongs.
   */
  WRONG_TYPE("wrong-type"),
  /**
   * A name the library declares is not known: an enumerated value's id, a concern id absent from
   * the configured concern catalogue, a catalogue reference or a preference kind.
   */
  UNKNOWN_ID("unknown-id"),
  /**
   * A value has the right type but is not acceptable: a malformed date, currency or language tag,
   * an integer out of range, a repeated set element, or a value the model refuses because it breaks
   * an invariant (for example a licence that ends before it starts).
   */
  INVALID_VALUE("invalid-value"),
  /** The input stream could not be read, or the output stream could not be written. */
  IO("io");

  private final String id;

  JsonErrorKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
