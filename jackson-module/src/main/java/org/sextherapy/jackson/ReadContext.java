package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * State of one read: the parser and the module's options, and the making of failures.
 *
 * <p>A failure is made at the failing value, as a {@link ReadFailure} whose path is relative to
 * it; the shapes add the property names and array indexes as it leaves them. Nothing from the
 * input is ever put into a path (a property the library does not know appears as {@code *}), so
 * the path is safe to put into an exception message.
 */
final class ReadContext {

  private final JsonParser parser;
  private final SexTherapyModule options;

  ReadContext(JsonParser parser, SexTherapyModule options) {
    this.parser = parser;
    this.options = options;
  }

  SexTherapyModule options() {
    return options;
  }

  /** Returns the path, relative to the value being read, of one of its properties. */
  static String pathOf(String property) {
    return "." + property;
  }

  /**
   * Reads a value that must not be JSON {@code null}, at the parser's current token.
   */
  <T> T readValue(Shape<T> shape, JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw fail(JsonErrorKind.WRONG_TYPE, "must not be null");
    }
    return shape.read(p, this);
  }

  /**
   * Skips a property the wire format does not define, when the module allows unknown properties
   * (rejecting it otherwise, or when the object repeats it).
   *
   * @param name the property name, never put into a message or a path
   * @param skipped the names skipped so far in this object, or null
   * @param owner what the object is, for the message
   * @param known the object's properties, for the message
   * @return the names skipped so far, including this one
   */
  Set<String> skipUnknown(JsonParser p, String name, @Nullable Set<String> skipped, String owner,
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
    } catch (IOException | RuntimeException e) {
      throw failure(e).inProperty("*");
    }
    return names;
  }

  /** Creates a failure of the value being read, at the current token. */
  ReadFailure fail(JsonErrorKind kind, String detail) {
    return failAt(kind, "", detail);
  }

  /**
   * Creates a failure at a path relative to the value being read (such as {@code .validUntil}),
   * at the current token.
   */
  ReadFailure failAt(JsonErrorKind kind, String path, String detail) {
    JsonLocation at = location();
    return new ReadFailure(kind, path, at.getLineNr(), at.getColumnNr(), detail);
  }

  /**
   * Returns what was thrown while reading the value as a failure of that value: a failure as it
   * is, anything else (a Jackson exception, whose message quotes the input and is never kept, or
   * a bug) as the kind it stands for, at the position Jackson reported.
   */
  ReadFailure failure(Exception e) {
    if (e instanceof ReadFailure failure) {
      return failure;
    }
    if (e instanceof StreamConstraintsException limit) {
      return failAt(JsonErrorKind.LIMIT_EXCEEDED, limit.getLocation(), "exceeds a reading limit");
    }
    if (e instanceof JsonParseException parse) {
      return isDuplicate(parse)
          ? failAt(JsonErrorKind.DUPLICATE_PROPERTY, parse.getLocation(),
              "an object names a property more than once")
          : failAt(JsonErrorKind.SYNTAX, parse.getLocation(), "is not well-formed JSON");
    }
    if (e instanceof JsonProcessingException processing) {
      return failAt(JsonErrorKind.INVALID_VALUE, processing.getLocation(), "cannot be read");
    }
    if (e instanceof CharConversionException) {
      return fail(JsonErrorKind.SYNTAX, "is not well-formed UTF-8, UTF-16 or UTF-32");
    }
    if (e instanceof IOException) {
      return fail(JsonErrorKind.IO, "the input could not be read");
    }
    return fail(JsonErrorKind.INVALID_VALUE, "cannot be read");
  }

  /**
   * Tells Jackson's duplicate-property failure (with {@code STRICT_DUPLICATE_DETECTION}) from other
   * syntax failures; it has no type of its own, only its message.
   */
  static boolean isDuplicate(JsonParseException e) {
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Duplicate field");
  }

  private ReadFailure failAt(JsonErrorKind kind, @Nullable JsonLocation reported, String detail) {
    JsonLocation at = reported == null ? location() : reported;
    return new ReadFailure(kind, "", at.getLineNr(), at.getColumnNr(), detail);
  }

  private JsonLocation location() {
    JsonLocation at = parser.currentTokenLocation();
    return at.getLineNr() > 0 ? at : parser.currentLocation();
  }
}
