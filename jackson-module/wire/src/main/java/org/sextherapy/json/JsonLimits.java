package org.sextherapy.json;

import org.sextherapy.InvalidValueException;
import org.sextherapy.Limits;

/**
 * The reading limits of the wire format, the same for the Jackson 2 and the Jackson 3 binding:
 * they bound the work and memory an input from outside can cause. A failure against a limit is
 * {@link JsonErrorKind#LIMIT_EXCEEDED} and its detail names the limit and its value.
 *
 * <p>The limits bound each document read whole, and each profile of a directory read as a stream
 * ({@code JsonCodec.stream}), so a directory of any number of profiles can be read
 * in bounded memory, up to {@link #maxCount()} profiles.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the most characters in a string value
 * @param maxNameLength the most characters in a property name
 * @param maxNumberLength the most characters in a number
 * @param maxDocumentLength the most characters (text) or bytes (binary input) of a document read
 *     whole, or of one profile of a streamed directory
 * @param maxCount the most profiles a streamed directory may hold
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNameLength,
    int maxNumberLength, long maxDocumentLength, long maxCount) {

  private static final JsonLimits DEFAULTS =
      new JsonLimits(64, Limits.MAX_TEXT_LENGTH, 256, 64, 16L * 1024 * 1024, 10_000_000L);

  /**
   * Checks the limits.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects
   * @param maxStringLength the most characters in a string value
   * @param maxNameLength the most characters in a property name
   * @param maxNumberLength the most characters in a number
   * @param maxDocumentLength the most characters or bytes of a document, or of one streamed
   *     profile
   * @param maxCount the most profiles a streamed directory may hold
   * @throws InvalidValueException naming the first limit that is not positive (its field, such
   *     as {@code maxCount}, and the rule {@code "must be at least 1"})
   */
  public JsonLimits {
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxDocumentLength, "maxDocumentLength");
    positive(maxCount, "maxCount");
  }

  private static void positive(long limit, String field) {
    if (limit < 1) {
      throw new InvalidValueException(field, "must be at least 1");
    }
  }

  /**
   * Returns the default limits: nesting depth 64, strings of 100,000 characters (the model's
   * longest text, {@code org.sextherapy.Limits.MAX_TEXT_LENGTH}), names of 256 characters,
   * numbers of 64 characters, 16 MiB per document or per streamed profile, and ten million
   * profiles per streamed directory.
   *
   * @return the defaults, never null
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another document length.
   *
   * @param length the most characters or bytes of a document, positive
   * @return the new limits, never null
   * @throws InvalidValueException naming the field {@code maxDocumentLength} if the length is not
   *     positive
   */
  public JsonLimits withMaxDocumentLength(long length) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        length, maxCount);
  }

  /**
   * Returns these limits with another profile count for streamed directories.
   *
   * @param count the most profiles, positive
   * @return the new limits, never null
   * @throws InvalidValueException naming the field {@code maxCount} if the count is not positive
   */
  public JsonLimits withMaxCount(long count) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, count);
  }
}
