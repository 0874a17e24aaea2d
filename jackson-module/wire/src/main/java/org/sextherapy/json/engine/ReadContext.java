package org.sextherapy.json.engine;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;

/**
 * State of one read: the input and the options, and the making of failures.
 *
 * <p>A failure is made at the failing value, as a {@link ReadFailure} whose path is relative to
 * it; the shapes add the property names and array indexes as it leaves them. Nothing from the
 * input is ever put into a path (a property the library does not know appears as {@code *}), so
 * the path is safe to put into an exception message.
 */
public final class ReadContext {

  private final JsonInput input;
  private final JsonOptions options;

  /**
   * Creates the state of one read.
   *
   * @param input the input, never null
   * @param options the options, never null
   */
  public ReadContext(JsonInput input, JsonOptions options) {
    this.input = input;
    this.options = options;
  }

  /**
   * Returns the options of this read.
   *
   * @return the options, never null
   */
  public JsonOptions options() {
    return options;
  }

  /** Returns the path, relative to the value being read, of one of its properties. */
  static String pathOf(String property) {
    return "." + property;
  }

  /**
   * Reads a value that must not be JSON {@code null}, at the input's current token.
   *
   * @param <T> the value's type
   * @param shape the shape, never null
   * @param p the input, on the value's first token
   * @return the value, never null
   * @throws IOException what the input throws
   * @throws ReadFailure if the value is not acceptable
   */
  <T> T readValue(Shape<T> shape, JsonInput p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw fail(JsonErrorKind.WRONG_TYPE, "must not be null");
    }
    return shape.read(p, this);
  }

  /**
   * Moves to an object's next property name, as {@link JsonInput#nextFieldName} does, and reports
   * a value that is not JSON at all ({@code "format": couple}, {@code "format" couple}) at its
   * property. The parser reads a value's first token together with its name, so it fails before
   * the shape knows which property it reads: when it fails standing on a name, the failure is
   * that property's ({@code .format}, or {@code .*} for a name the object does not define, which
   * is never put into a path); otherwise (a missing comma, a name that is not a string) it is the
   * object's, as before.
   *
   * @param p the input, inside an object
   * @param known the object's properties by name (only the keys are read)
   * @param alsoKnown one more name the object reads, or null
   * @return the next property name, or null at the closing brace
   * @throws IOException what the input throws when the failure is not a property's
   * @throws ReadFailure if the value after the name is not JSON
   */
  @Nullable String nextName(JsonInput p, Map<String, ?> known, @Nullable String alsoKnown)
      throws IOException {
    try {
      return p.nextFieldName();
    } catch (IOException | RuntimeException e) {
      String name = p.currentName();
      if (name == null) {
        throw e;
      }
      throw failure(e).inProperty(
          known.containsKey(name) || name.equals(alsoKnown) ? name : "*");
    }
  }

  /**
   * Skips a property the wire format does not define, when the options allow unknown properties
   * (rejecting it otherwise, or when the object repeats it). The input stands on the name.
   *
   * @param name the property name, never put into a message or a path
   * @param skipped the names skipped so far in this object, or null
   * @param owner what the object is, for the message
   * @param known the object's properties, for the message
   * @return the names skipped so far, including this one
   */
  Set<String> skipUnknown(JsonInput p, String name, @Nullable Set<String> skipped, String owner,
      String known) throws IOException {
    if (!options.unknownPropertiesAllowed()) {
      throw failAt(JsonErrorKind.UNKNOWN_PROPERTY, pathOf("*"),
          "is not a property of " + owner + " (its properties are: " + known + ")");
    }
    Set<String> names = skipped == null ? new HashSet<>() : skipped;
    if (!names.add(name)) {
      throw failAt(JsonErrorKind.DUPLICATE_PROPERTY, pathOf("*"), "is given more than once");
    }
    try {
      p.nextToken();
      p.skipChildren();
    } catch (Exception e) {
      throw failure(e).inProperty("*");
    }
    return names;
  }

  /**
   * Creates a failure of the value being read, at the current token.
   *
   * @param kind the kind, never null
   * @param detail the rule broken, without input values
   * @return the failure, to throw
   */
  public ReadFailure fail(JsonErrorKind kind, String detail) {
    return failAt(kind, "", detail);
  }

  /**
   * Creates a failure at a path relative to the value being read (such as {@code .validUntil}),
   * at the current token.
   */
  ReadFailure failAt(JsonErrorKind kind, String path, String detail) {
    return new ReadFailure(kind, path, input.line(), input.column(), detail);
  }

  /**
   * Returns what was thrown while reading the value as a failure of that value: a failure as it
   * is; a parser's exception (whose message quotes the input and is never kept) as the kind the
   * binding says it stands for, at the position the parser reported; anything else (a bug) as a
   * value that cannot be read.
   *
   * @param e what was thrown, never null
   * @return the failure, never null
   */
  public ReadFailure failure(Exception e) {
    if (e instanceof ReadFailure failure) {
      return failure;
    }
    InputProblem problem = input.problem(e);
    if (problem == null) {
      return fail(JsonErrorKind.INVALID_VALUE, "cannot be read");
    }
    return problem.line() > 0
        ? new ReadFailure(problem.kind(), "", problem.line(), problem.column(), problem.detail())
        : fail(problem.kind(), problem.detail());
  }
}
