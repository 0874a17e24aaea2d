package org.sextherapy.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts free text into lower-case words of letters and digits, for the checks that read wording
 * (the conversion lexicon, identity terms in concern names). The text is first normalised (Unicode
 * NFKC), invisible format characters such as zero-width spaces and soft hyphens are dropped, and
 * combining marks stay inside their word; any other character separates words, so "same-sex",
 * "same sex", "Same  Sex" and "same" + soft hyphen + "sex" give the same words. The words are used
 * to answer yes or no, never written anywhere.
 *
 * <p>{@link #folded(String)} cuts the same way and also drops diacritics (canonical decomposition,
 * then the non-spacing marks dropped), so that "terapia de conversion" and "terapia de conversión"
 * give the same words. Only the conversion lexicon reads folded words; the other checks (identity
 * terms, credential claims, self-description terms) read {@link #of(String)}, which keeps accents,
 * so folding changes nothing for them.
 */
public final class Words {

  /** Texts are read up to this many words: model fields are bounded well below it. */
  public static final int MAX_WORDS = 4000;

  private Words() {}

  /**
   * Cuts a text into words.
   *
   * @param text the text, never null
   * @return the lower-case words, in order, at most {@value #MAX_WORDS}, never null
   */
  public static String[] of(String text) {
    return cut(text, false);
  }

  /**
   * Cuts a text into words, as {@link #of(String)} does, with diacritics dropped: "Thérapie",
   * "thérapie" and "therapie" give the same word. A letter that is not a base letter and a mark
   * ("ß", "ø", "ł") stays as it is.
   *
   * @param text the text, never null
   * @return the lower-case words without diacritics, in order, at most {@value #MAX_WORDS}, never
   *     null
   */
  public static String[] folded(String text) {
    return cut(text, true);
  }

  private static String[] cut(String text, boolean fold) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    // NFKC first: a decomposed "é" is one letter again, and compatibility forms (fullwidth
    // letters, ligatures) read as their plain letters.
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (fold && !isAscii(lower)) {
      // canonical decomposition puts each diacritic after its letter, as a non-spacing mark
      lower = Normalizer.normalize(lower, Normalizer.Form.NFD);
    }
    for (int i = 0; i < lower.length() && words.size() < MAX_WORDS; i++) {
      char c = lower.charAt(i);
      int type = Character.getType(c);
      if (fold && type == Character.NON_SPACING_MARK) {
        // a dropped diacritic, like an invisible character, does not cut its word
        continue;
      }
      if (type == Character.FORMAT) {
        // zero-width spaces, joiners and soft hyphens are invisible: they must not cut a word
        // (a zero-width space inside "conversion"), or a phrase could hide from the checks
        continue;
      }
      if (Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0 && words.size() < MAX_WORDS) {
      words.add(word.toString());
    }
    return words.toArray(new String[0]);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a sequence of words occurs in a text's words.
   *
   * @param words the text's words, never null
   * @param phrase the phrase's words, never null, not empty
   * @return whether the phrase occurs
   */
  public static boolean contains(String[] words, String[] phrase) {
    for (int start = 0; start + phrase.length <= words.length; start++) {
      if (startsAt(words, start, phrase)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a sequence of words occurs in a text's words at a position.
   *
   * @param words the text's words, never null
   * @param at the position, at least 0
   * @param phrase the phrase's words, never null
   * @return whether the phrase's words are the text's words from that position on
   */
  public static boolean startsAt(String[] words, int at, String[] phrase) {
    if (at + phrase.length > words.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
