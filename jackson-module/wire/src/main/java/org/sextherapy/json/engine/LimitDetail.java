package org.sextherapy.json.engine;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonLimits;

/**
 * Names the reading limit that a parser's limit failure stands for, with its value, such as
 * {@code "exceeds the limit maxStringLength = 100000"}. Jackson 2 and 3 report a broken stream
 * read constraint with one exception type for all limits and say which only in its message (which
 * holds lengths, never the input); this is the one place that reads it.
 */
public final class LimitDetail {

  private LimitDetail() {}

  /**
   * Describes a limit failure.
   *
   * @param message the parser's message, or null
   * @param limits the limits the parser was built with, or null when unknown (a user's mapper)
   * @return the detail, never null
   */
  public static String describe(@Nullable String message, @Nullable JsonLimits limits) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return detail("maxNestingDepth", limits == null ? null : (long) limits.maxNestingDepth());
    }
    if (m.contains("document length")) {
      return detail("maxDocumentLength", limits == null ? null : limits.maxDocumentLength());
    }
    if (m.contains("number value length")) {
      return detail("maxNumberLength", limits == null ? null : (long) limits.maxNumberLength());
    }
    if (m.contains("name length")) {
      return detail("maxNameLength", limits == null ? null : (long) limits.maxNameLength());
    }
    if (m.contains("string value length")) {
      return detail("maxStringLength", limits == null ? null : (long) limits.maxStringLength());
    }
    return "exceeds a reading limit";
  }

  /**
   * Describes a limit broken, with its value when known.
   *
   * @param name the limit's name in {@link JsonLimits}
   * @param value the limit's value, or null when unknown
   * @return the detail, never null
   */
  public static String detail(String name, @Nullable Long value) {
    return value == null ? "exceeds the limit " + name : "exceeds the limit " + name + " = " + value;
  }
}
