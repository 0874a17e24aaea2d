package org.sextherapy.json.engine;

import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.SexTherapyJsonException;

/**
 * A failure on its way out of the shapes while reading. It is made at the value that broke a rule,
 * with the path of that value relative to itself, and every property and array element it leaves
 * through puts its own step in front of the path; at the top, {@link #toException()} makes the
 * library's public exception with the whole path. So keeping the path costs nothing while reading
 * succeeds.
 *
 * <p>It never leaves the library, has no message (nothing that could reach a log) and no stack
 * trace (it is not a bug to debug but a verdict on the input).
 */
public final class ReadFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private JsonErrorKind kind;
  /** The path from the value being read when the failure passed, empty at that value itself. */
  private String path;
  private final int line;
  private final int column;
  private String detail;

  /**
   * Creates a failure.
   *
   * @param kind the kind of failure
   * @param path the path of the failing value relative to the value being read: empty for that
   *     value, {@code .name} for one of its properties
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param detail the rule broken, without input values
   */
  ReadFailure(JsonErrorKind kind, String path, int line, int column, String detail) {
    super(null, null, false, false);
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /**
   * Puts a property in front of the path.
   *
   * @param name the property
   * @return this failure
   */
  public ReadFailure inProperty(String name) {
    path = "." + name + path;
    return this;
  }

  /** Puts an array index in front of the path, leaving that element. */
  public ReadFailure inElement(long index) {
    path = "[" + index + "]" + path;
    return this;
  }

  /** Gives the failure another kind and detail, keeping its place (a syntax error after a
   * complete value is trailing content). */
  ReadFailure as(JsonErrorKind newKind, String newDetail) {
    kind = newKind;
    detail = newDetail;
    return this;
  }

  /**
   * Returns the library's exception, with the path from the document's root.
   *
   * @return the exception, never null
   */
  public SexTherapyJsonException toException() {
    return new SexTherapyJsonException(kind, "$" + path, line, column, detail);
  }
}
