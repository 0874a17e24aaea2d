package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises terms of conversion practices in free text, such as "conversion therapy", "SOCE" or
 * "ex-gay", for the wording part of ethical rule 1.
 *
 * <p>Matching ignores case, treats any run of characters that are not letters or digits (spaces,
 * hyphens, underscores, punctuation) inside a term as the term's space, including none
 * ("ex-gay", "ex gay", "exgay"), and needs a word boundary before the term and after it (a plural
 * "s" is allowed). It is a hand-written scan, dispatched on the first letter, so checking a short
 * name costs tens of nanoseconds and allocates nothing. It only ever answers yes or no: the text is
 * never echoed.
 *
 * <p>The terms come from the APA 2021 resolutions on sexual orientation and gender identity change
 * efforts (SOCE, GICE), and the AASECT Position on Reparative Therapy
 * (aasect.org/position-reparative-therapy). The structured check of rule 1 ({@code
 * Aim#altersIdentity()}) is what cannot be dodged; this list is a warning net for wording.
 */
final class ConversionTerms {

  /** Lower-case terms; a space stands for any run of separators, including none. */
  static final List<String> TERMS = List.of(
      "conversion therapy", "conversion therapies", "conversion practice",
      "reparative therapy", "reparative therapies", "reorientation therapy",
      "sexual orientation change effort", "gender identity change effort", "soce", "gice",
      "ex gay", "pray the gay away", "pray away the gay", "gender critical therapy",
      "gender critical therapies");

  private static final char[][][] BY_FIRST_LETTER = index(TERMS);
  private static final boolean[] STARTS_A_TERM = starts(TERMS);

  private ConversionTerms() {}

  private static char[][][] index(List<String> terms) {
    List<List<char[]>> buckets = new ArrayList<>(128);
    for (int c = 0; c < 128; c++) {
      buckets.add(new ArrayList<>());
    }
    for (String term : terms) {
      buckets.get(term.charAt(0)).add(term.toCharArray());
    }
    char[][][] index = new char[128][][];
    for (int c = 0; c < 128; c++) {
      index[c] = buckets.get(c).toArray(new char[0][]);
    }
    return index;
  }

  /** Which ASCII characters, in either case, begin a term. */
  private static boolean[] starts(List<String> terms) {
    boolean[] starts = new boolean[128];
    for (String term : terms) {
      starts[term.charAt(0)] = true;
      starts[Character.toUpperCase(term.charAt(0))] = true;
    }
    return starts;
  }

  /**
   * Tells whether a text uses a term of conversion practices.
   *
   * @param text the text, never null
   * @return whether a term occurs
   */
  static boolean occursIn(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 128 || !STARTS_A_TERM[c]
          || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      for (char[] term : BY_FIRST_LETTER[Character.toLowerCase(c)]) {
        if (matchesAt(text, i, term)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(String text, int start, char[] term) {
    int length = text.length();
    int at = start;
    for (char expected : term) {
      if (expected == ' ') {
        while (at < length && !Character.isLetterOrDigit(text.charAt(at))) {
          at++;
        }
      } else if (at < length && Character.toLowerCase(text.charAt(at)) == expected) {
        at++;
      } else {
        return false;
      }
    }
    if (at < length && Character.toLowerCase(text.charAt(at)) == 's') {
      at++;
    }
    return at == length || !Character.isLetterOrDigit(text.charAt(at));
  }
}
