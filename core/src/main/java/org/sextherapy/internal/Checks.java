package org.sextherapy.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sextherapy.InvalidValueException;
import org.sextherapy.Limits;

/**
 * Argument checks for {@code @Value.Check} methods and factories. Every message names the field and
 * never the offending value, because values may be a client's sexual-health data.
 */
public final class Checks {

  private static final int MAX_ID_LENGTH = 128;

  /** The most well-formed language tags {@link #isLanguageTag} remembers. */
  private static final int MAX_REMEMBERED_LANGUAGES = 1_000;

  /** Locales found to be well-formed language tags, at most {@link #MAX_REMEMBERED_LANGUAGES}. */
  private static final Set<Locale> LANGUAGE_TAGS = ConcurrentHashMap.newKeySet();

  private Checks() {}

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the invariant
   * @param field the field name to report, never null
   * @param rule what the field must be, in words, never null; must not contain a value
   * @throws InvalidValueException naming the field when the condition is false
   */
  public static void require(boolean condition, String field, String rule) {
    if (!condition) {
      throw new InvalidValueException(field, rule);
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
    require(text.length() <= Limits.MAX_TEXT_LENGTH, field,
        "must be at most " + Limits.MAX_TEXT_LENGTH + " characters");
  }

  /**
   * Fails unless an optional text is absent or not blank and within the text length limit.
   *
   * @param text the optional text, never null
   * @param field the field name to report, never null
   * @throws InvalidValueException naming the field when the text is blank or too long
   */
  public static void optionalText(Optional<String> text, String field) {
    if (text.isPresent()) {
      notBlank(text.get(), field);
    }
  }

  /**
   * Fails unless a sum of money is zero or more, with at most {@link Limits#MAX_DECIMAL_DIGITS}
   * digits before and after the decimal point (what the JSON reader accepts).
   *
   * @param amount the sum, never null
   * @param field the field name to report, never null
   * @throws InvalidValueException naming the field when the sum is negative or out of range
   */
  public static void money(BigDecimal amount, String field) {
    require(amount.signum() >= 0, field, "must not be negative");
    // a constant, so that the message is made when compiling, not on every sum checked
    final int max = Limits.MAX_DECIMAL_DIGITS;
    require(amount.scale() <= max && amount.scale() >= -max
        && amount.precision() - amount.scale() <= max, field,
        "must have at most " + max + " digits before and " + max + " after the decimal point");
  }

  /**
   * Fails unless a collection holds at most {@code max} elements. Builders call it before any
   * check that walks the elements.
   *
   * @param items the collection, never null
   * @param max the most elements allowed
   * @param field the field name to report, never null
   * @throws InvalidValueException naming the field when the collection holds more
   */
  public static void maxItems(Collection<?> items, int max, String field) {
    if (items.size() > max) {
      throw new InvalidValueException(field, "must hold at most " + max + " elements");
    }
  }

  /**
   * Fails unless a map holds at most {@code max} entries.
   *
   * @param entries the map, never null
   * @param max the most entries allowed
   * @param field the field name to report, never null
   * @throws InvalidValueException naming the field when the map holds more
   */
  public static void maxEntries(Map<?, ?> entries, int max, String field) {
    if (entries.size() > max) {
      throw new InvalidValueException(field, "must hold at most " + max + " entries");
    }
  }

  /**
   * Fails unless every locale of a collection is a well-formed BCP 47 language tag naming a
   * language: one that {@code Locale.forLanguageTag(locale.toLanguageTag())} gives back unchanged
   * (RFC 5646, <a href="https://www.rfc-editor.org/rfc/rfc5646">rfc-editor.org/rfc/rfc5646</a>).
   * The first that is not is named by its position, such as {@code languages[1]}.
   *
   * @param locales the locales, never null
   * @param field the collection's field name to report, never null
   * @throws InvalidValueException naming the element when a locale is not such a tag
   */
  public static void languageTags(Collection<Locale> locales, String field) {
    int i = 0;
    for (Locale locale : locales) {
      if (!isLanguageTag(locale)) {
        throw new InvalidValueException(field + "[" + i + "]",
            "must be a BCP 47 language tag naming a language");
      }
      i++;
    }
  }

  /**
   * Tells whether a locale is a well-formed language tag naming a language, remembering the
   * locales found so. Parsing the tag again is the costly part of building a profile or a
   * preference (every one of a directory's profiles names its languages), and a directory names
   * few distinct languages: a locale is immutable and equal locales give the same answer, so the
   * remembered answer is exact. At most {@value #MAX_REMEMBERED_LANGUAGES} are remembered, so
   * input of many distinct tags cannot grow the set without bound.
   */
  private static boolean isLanguageTag(Locale locale) {
    if (LANGUAGE_TAGS.contains(locale)) {
      return true;
    }
    boolean wellFormed = !locale.getLanguage().isEmpty()
        && Locale.forLanguageTag(locale.toLanguageTag()).equals(locale);
    if (wellFormed && LANGUAGE_TAGS.size() < MAX_REMEMBERED_LANGUAGES) {
      LANGUAGE_TAGS.add(locale);
    }
    return wellFormed;
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
    // A hand-written scan rather than a regular expression: every id of every profile, licence
    // and request passes here, and a directory can hold a million profiles.
    boolean ok = !id.isEmpty() && id.length() <= MAX_ID_LENGTH && isAsciiLetterOrDigit(id.charAt(0));
    for (int i = 1; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      ok = isAsciiLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-';
    }
    require(ok, field,
        "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
  }

  /**
   * Fails unless {@code id} is a rule id: lower-case words of letters and digits, the first
   * starting with a letter, joined by single '.' or '-', such as {@code ethics.verbal-sessions}.
   *
   * @param id the rule id to check, never null
   * @param field the field name to report, never null
   * @throws IllegalArgumentException naming the field when the id is malformed
   */
  public static void ruleId(String id, String field) {
    boolean ok = !id.isEmpty() && id.charAt(0) >= 'a' && id.charAt(0) <= 'z'
        && id.charAt(id.length() - 1) != '.' && id.charAt(id.length() - 1) != '-';
    for (int i = 1; ok && i < id.length(); i++) {
      char c = id.charAt(i);
      boolean separator = c == '.' || c == '-';
      ok = separator ? !isSeparator(id.charAt(i - 1))
          : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
    require(ok, field, "must be lower case words joined by '.' or '-'");
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == '-';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
