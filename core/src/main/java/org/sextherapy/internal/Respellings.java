package org.sextherapy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The spellings that hide a conversion practice's name from a reader of whole words, undone for the
 * lexicon only: letters spaced out ("c o n v e r s i o n"), digits written for letters
 * ("convers1on", "c0nv3rs10n") and a compound split by a hyphen or a space ("Konversions-Therapie",
 * "homo-genezing", "re-orientation"). Each is undone only where the result is a word of the
 * lexicon itself, so ordinary text ("1:1 sessions", "COVID-19", "DSM-5", "a 2-hour session", "Plan
 * A, B or C") is left as it was: a digit is read as a letter only inside a word with more letters
 * than digits, and only if the word it gives is a lexicon word; single characters are joined only
 * in a run of three or more, and only into lexicon words; two or three words are joined only into
 * a lexicon word of five letters or more.
 *
 * <p>Misspellings of a practice's name are read as the name only where they are listed
 * ({@link #MISSPELLINGS}): the name spelled after its root verb ("convertion", from "convert";
 * "repairative", from "repair") or as it sounds ("reperative", "reparitive"). A list and not a
 * distance rule: a word one or two letters from a lexicon word is often an ordinary or affirming
 * word ("conversation therapy", "reparation", "preparative"), so no other misspelling is read.
 *
 * <p>The lexicon reads both the text's words and these respelled words, so a respelling can add a
 * match but never hide one. This class is immutable and thread-safe.
 */
final class Respellings {

  /** Single characters in a run longer than this are read as they are. */
  private static final int MAX_RUN = 40;
  /** A word with more digits than this is read as it is. */
  private static final int MAX_DIGITS = 6;
  /** The letters each digit is commonly written for. */
  private static final String[] LETTERS_FOR_DIGIT = {"o", "il", "", "e", "a", "s", "", "t", "",
      ""};

  /**
   * Misspelled words of practices' names, each with the lexicon word it stands for; read only
   * where that word is a lexicon word. Each is the name spelled after its root ("convert",
   * "repair") or by its sound, never a word of its own: "conversation" and "reparation" are words,
   * so they are not here.
   */
  static final Map<String, String> MISSPELLINGS = Map.ofEntries(
      Map.entry("convertion", "conversion"), Map.entry("convertions", "conversion"),
      Map.entry("converstion", "conversion"), Map.entry("reperative", "reparative"),
      Map.entry("repairative", "reparative"), Map.entry("reparitive", "reparative"),
      Map.entry("reparetive", "reparative"), Map.entry("reperitive", "reparative"));

  private final Set<String> vocabulary;
  private final Set<String> prefixes;
  private final int longest;

  /**
   * Creates the respellings of a lexicon.
   *
   * @param vocabulary every word of the lexicon's entries, folded, never null
   */
  Respellings(Set<String> vocabulary) {
    this.vocabulary = Set.copyOf(vocabulary);
    Set<String> starts = new HashSet<>();
    int max = 0;
    for (String word : vocabulary) {
      max = Math.max(max, word.length());
      for (int end = 1; end < word.length(); end++) {
        starts.add(word.substring(0, end));
      }
    }
    this.prefixes = Set.copyOf(starts);
    this.longest = max;
  }

  /**
   * Returns the words with hiding spellings undone.
   *
   * @param words the text's words, folded, never null
   * @return the respelled words; the same array if nothing was respelled
   */
  String[] undo(String[] words) {
    boolean changed = false;
    String[] digitsRead = words;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      @Nullable String misspelt = MISSPELLINGS.get(word);
      @Nullable String respelled = misspelt != null && vocabulary.contains(misspelt) ? misspelt
          : word.length() > 1 && hasLetterAndDigit(word) && !vocabulary.contains(word)
          ? asLexiconWord(word) : null;
      if (respelled != null) {
        if (digitsRead == words) {
          digitsRead = words.clone();
        }
        digitsRead[i] = respelled;
        changed = true;
      }
    }
    List<String> out = new ArrayList<>(words.length);
    int i = 0;
    while (i < digitsRead.length) {
      int run = i;
      while (run < digitsRead.length && digitsRead[run].length() == 1) {
        run++;
      }
      if (run - i >= 3) {
        changed |= joinRun(digitsRead, i, Math.min(run, i + MAX_RUN), out);
        i = Math.min(run, i + MAX_RUN);
        continue;
      }
      int joined = joinCompound(digitsRead, i);
      if (joined > 1) {
        StringBuilder compound = new StringBuilder();
        for (int k = i; k < i + joined; k++) {
          compound.append(digitsRead[k]);
        }
        out.add(compound.toString());
        i += joined;
        changed = true;
      } else {
        out.add(digitsRead[i]);
        i++;
      }
    }
    return changed ? out.toArray(new String[0]) : words;
  }

  /** Joins single characters from..to into lexicon words where they spell one; adds the rest. */
  private boolean joinRun(String[] words, int from, int to, List<String> out) {
    boolean changed = false;
    int p = from;
    while (p < to) {
      String found = null;
      int end = p;
      for (int q = to; q - p >= 3 && found == null; q--) {
        StringBuilder run = new StringBuilder();
        for (int k = p; k < q; k++) {
          run.append(words[k]);
        }
        found = asLexiconWord(run.toString());
        end = q;
      }
      if (found != null) {
        out.add(found);
        p = end;
        changed = true;
      } else {
        out.add(words[p]);
        p++;
      }
    }
    return changed;
  }

  /** Returns how many words from i on (3 or 2) join into a lexicon word, or 1. */
  private int joinCompound(String[] words, int i) {
    if (i + 1 >= words.length || !prefixes.contains(words[i])) {
      return 1;
    }
    for (int parts = 3; parts >= 2; parts--) {
      if (i + parts > words.length) {
        continue;
      }
      int length = 0;
      boolean pieces = true;
      for (int k = i; k < i + parts; k++) {
        length += words[k].length();
        pieces &= words[k].length() >= 2;
      }
      if (!pieces || length < 5 || length > longest) {
        continue;
      }
      StringBuilder joined = new StringBuilder(length);
      for (int k = i; k < i + parts; k++) {
        joined.append(words[k]);
      }
      if (vocabulary.contains(joined.toString())) {
        return parts;
      }
    }
    return 1;
  }

  /**
   * Returns the lexicon word a spelling stands for, reading digits as letters, or null: a spelling
   * with no letter, or with as many digits as letters, stands for none.
   */
  private @Nullable String asLexiconWord(String spelling) {
    if (vocabulary.contains(spelling)) {
      return spelling;
    }
    int letters = 0;
    int digits = 0;
    for (int k = 0; k < spelling.length(); k++) {
      char c = spelling.charAt(k);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (digits == 0 || digits > MAX_DIGITS || letters <= digits
        || spelling.length() > longest) {
      return null;
    }
    return readDigits(new StringBuilder(spelling), 0);
  }

  /** Tries each reading of the digits from position at on; returns the first lexicon word. */
  private @Nullable String readDigits(StringBuilder spelling, int at) {
    int k = at;
    while (k < spelling.length() && !(spelling.charAt(k) >= '0' && spelling.charAt(k) <= '9')) {
      k++;
    }
    if (k == spelling.length()) {
      String word = spelling.toString();
      return vocabulary.contains(word) ? word : null;
    }
    char digit = spelling.charAt(k);
    for (char letter : LETTERS_FOR_DIGIT[digit - '0'].toCharArray()) {
      spelling.setCharAt(k, letter);
      String found = readDigits(spelling, k + 1);
      if (found != null) {
        spelling.setCharAt(k, digit);
        return found;
      }
    }
    spelling.setCharAt(k, digit);
    return null;
  }

  private static boolean hasLetterAndDigit(String word) {
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      digit |= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    return letter && digit;
  }
}
