package org.sextherapy.internal;

import java.util.regex.Pattern;

/**
 * Argument checks for {@code @Value.Check} methods and factories. Every message names the field and
 * never the offending value, because values may be a client's sexual-health data.
 */
public final class Checks {

  private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private Checks() {}

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param field the field name to report, never null
   * @param rule what the field must be, in words, never null; must not contain a value
   * @throws IllegalArgumentException naming the field when the condition is false
   */
  public static void require(boolean condition, String field, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(field + " " + rule);
    }
  }

  /**
   * Fails unless {@code value} is zero or more.
   *
   * @param value the number to check
   * @param field the field name to report, never null
   * @throws IllegalArgumentException naming the field when the value is negative
   */
  public static void nonNegative(double value, String field) {
    require(value >= 0 && !Double.isNaN(value), field, "must not be negative");
  }

  /**
   * Fails unless {@code text} has at least one non-blank character.
   *
   * @param text the text to check, never null
   * @param field the field name to report, never null
   * @throws IllegalArgumentException naming the field when the text is blank
   */
  public static void notBlank(String text, String field) {
    require(!text.isBlank(), field, "must not be blank");
  }

  /**
   * Fails unless {@code id} is an opaque identifier: 1 to 128 characters of letters, digits, '.',
   * '_', ':' or '-', starting with a letter or digit. Ids are the only client-related values the
   * library ever writes into messages, so they must not be able to carry free text.
   *
   * @param id the identifier to check, never null
   * @param field the field name to report, never null
   * @throws IllegalArgumentException naming the field when the id is malformed
   */
  public static void opaqueId(String id, String field) {
    require(OPAQUE_ID.matcher(id).matches(), field,
        "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
  }
}
