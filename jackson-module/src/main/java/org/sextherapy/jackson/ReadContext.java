package org.sextherapy.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * State of one read: the parser, the module's options and the JSON path of the value being read.
 *
 * <p>The path is a stack of the wire format's own property names and array indexes, pushed and
 * popped by the shapes as they descend. Nothing from the input is ever pushed (a property the
 * library does not know is never descended into, or appears as {@code *}), so the path is safe to
 * put into an exception message. It is rendered only when a failure is reported.
 */
final class ReadContext {

  private static final int INDEX = -1;

  private final JsonParser parser;
  private final SexTherapyModule options;
  private @Nullable String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  ReadContext(JsonParser parser, SexTherapyModule options) {
    this.parser = parser;
    this.options = options;
  }

  SexTherapyModule options() {
    return options;
  }

  /** Enters the value of a property the wire format defines. */
  void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth++] = INDEX;
  }

  /** Enters an array; the first element has index 0. */
  void pushIndex() {
    grow();
    names[depth] = null;
    indexes[depth++] = 0;
  }

  /** Moves to the next element of the array entered last. */
  void nextIndex() {
    indexes[depth - 1]++;
  }

  /** Leaves the property or array entered last. */
  void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** Renders the current path, such as {@code $.licences[0].validUntil}. */
  String path() {
    StringBuilder b = new StringBuilder(32).append('$');
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      if (name == null) {
        b.append('[').append(indexes[i]).append(']');
      } else {
        b.append('.').append(name);
      }
    }
    return b.toString();
  }

  /** Renders the path of a property of the object being read. */
  String pathOf(String property) {
    return path() + "." + property;
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
    push("*");
    p.nextToken();
    p.skipChildren();
    pop();
    return names;
  }

  /** Creates a failure at the current path and token. */
  SexTherapyJsonException fail(JsonErrorKind kind, String detail) {
    return failAt(kind, path(), detail);
  }

  /** Creates a failure at the given path and the current token. */
  SexTherapyJsonException failAt(JsonErrorKind kind, String path, String detail) {
    JsonLocation at = location();
    return new SexTherapyJsonException(kind, path, at.getLineNr(), at.getColumnNr(), detail);
  }

  /** Creates a failure at the current path and the position a Jackson exception reported. */
  SexTherapyJsonException failAt(JsonErrorKind kind, @Nullable JsonLocation reported,
      String detail) {
    JsonLocation at = reported == null ? location() : reported;
    return new SexTherapyJsonException(kind, path(), at.getLineNr(), at.getColumnNr(), detail);
  }

  private JsonLocation location() {
    JsonLocation at = parser.currentTokenLocation();
    return at.getLineNr() > 0 ? at : parser.currentLocation();
  }
}
