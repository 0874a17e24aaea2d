package org.sextherapy.jackson;

/**
 * The one exception {@link SexTherapyJson} throws for a document it cannot read or write: it says
 * what went wrong ({@link #kind()}), where in the document ({@link #path()}, a JSON path such as
 * {@code $.licences[0].validUntil}) and where in the text ({@link #line()}, {@link #column()}).
 *
 * <p>Profiles, requests and plans carry sexual-health data, a special category of personal data
 * (GDPR Art. 9; HIPAA minimum necessary, 45 CFR 164.502(b)), and exception
 * messages end up in logs. So the message of this exception never contains a value from the input:
 * only the error kind, the path (built from the wire format's own property names; a property the
 * library does not know appears as {@code *}), the position and a description of the rule broken.
 * For the same reason it never has a cause: Jackson's exceptions quote the input they choke on.
 *
 * <p>The exception is unchecked, like the {@code IllegalArgumentException} the model throws when a
 * value is constructed with a broken invariant: reading bad JSON is the same failure arriving from
 * outside.
 */
public final class SexTherapyJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kind of failure. */
  private final JsonErrorKind kind;
  /** The JSON path of the failing value. */
  private final String path;
  /** The 1-based line, or -1. */
  private final int line;
  /** The 1-based column, or -1. */
  private final int column;
  /** The rule broken, without input values. */
  private final String detail;

  SexTherapyJsonException(JsonErrorKind kind, String path, int line, int column, String detail) {
    super(message(kind, path, line, column, detail), null, false, true);
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  private static String message(JsonErrorKind kind, String path, int line, int column,
      String detail) {
    StringBuilder b = new StringBuilder(96).append(kind.id()).append(" at ").append(path);
    if (line > 0) {
      b.append(" (line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
      b.append(')');
    }
    return b.append(": ").append(detail).toString();
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind, never null
   */
  public JsonErrorKind kind() {
    return kind;
  }

  /**
   * Returns the JSON path of the value that could not be read, such as
   * {@code $.licences[0].validUntil}; {@code $} is the whole document. For a missing property the
   * path names the property that should have been there. The path only holds property names of
   * the wire format and array indexes; a property the wire format does not define appears as
   * {@code *}.
   *
   * @return the path, never null; {@code $} when the failure concerns the document as a whole
   */
  public String path() {
    return path;
  }

  /**
   * Returns the line of the input where the failure was detected.
   *
   * @return the 1-based line number, or -1 when unknown (for example for a failed output stream)
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the input where the failure was detected: characters for text input,
   * bytes for byte input.
   *
   * @return the 1-based column number, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns the rule that was broken, in words, without the path or position and without any value
   * from the input, such as {@code "must not be before validFrom"}.
   *
   * @return the description, never null
   */
  public String detail() {
    return detail;
  }
}
