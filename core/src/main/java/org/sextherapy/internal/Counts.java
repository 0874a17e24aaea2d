package org.sextherapy.internal;

/**
 * Writes a count with its noun in the singular or the plural ("1 participant", "2 participants",
 * "0 participants"), for the counts that {@code toString()} and validation messages print.
 */
public final class Counts {

  private Counts() {}

  /**
   * Returns the count followed by a space and the noun, singular for exactly one.
   *
   * @param count the count
   * @param one the noun for one, such as {@code "participant"}, never null
   * @param many the noun for any other count, such as {@code "participants"}, never null
   * @return such as {@code "1 participant"} or {@code "3 participants"}, never null
   */
  public static String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
