package org.sextherapy.matching.internal;

import java.util.Locale;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.PreferenceKind;

/**
 * A preference for any of some languages, compared by primary language subtag against the
 * directory's language bits. The reason names the first preferred language spoken, in the
 * directory's alphabetical dictionary order.
 */
final class LanguageCriterion extends Criterion {

  private final PackedDirectory d;
  private final int[] mask;

  LanguageCriterion(LanguagePreference preference, PackedDirectory d) {
    super(PreferenceKind.LANGUAGE);
    this.d = d;
    this.mask = new int[d.languageStride];
    for (Locale language : preference.languages()) {
      Integer l = d.languageIndex.get(language.getLanguage());
      if (l != null) {
        mask[l >>> 5] |= 1 << (l & 31);
      }
    }
  }

  /** Returns the index in the language dictionary of the first preferred language spoken, or -1. */
  private int first(int i) {
    int base = i * d.languageStride;
    for (int w = 0; w < mask.length; w++) {
      int common = d.languages[base + w] & mask[w];
      if (common != 0) {
        return w * 32 + Integer.numberOfTrailingZeros(common);
      }
    }
    return -1;
  }

  @Override
  boolean met(int i) {
    return first(i) >= 0;
  }

  /** Zero when no candidate speaks a preferred language: the language column, read per candidate. */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return anyMet(w, candidates) ? preferencePoints : 0;
  }

  @Override
  String argument(int i) {
    return d.languageDictionary[first(i)];
  }
}
