package org.sextherapy.matching.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.session.Delivery;

/**
 * The sign-language family. Signing works in person and by video, never by phone. In person: the
 * first practice location, in profile order, that the client can attend in person ({@link Places})
 * and that lists a wanted sign language, the first of them in tag order. By video: the client and
 * the profile accept video, the profile is authorised by telehealth in every session jurisdiction,
 * and the therapist works in a wanted sign language
 * ({@link org.sextherapy.therapist.TherapistProfile#worksInSignLanguage}), the first in tag order.
 *
 * <p>Necessary conditions come from the packed columns (an in-person sign-language tag, or the
 * language bits of the language's primary subtag); the sign languages themselves are read from the
 * profile for those profiles only. The reason is the tag and the delivery, such as
 * {@code ase:in-person} or {@code bfi:video}.
 */
final class SignLanguageCriterion extends Criterion {

  private final PackedDirectory d;
  private final Places places;
  /** The wanted sign languages, in tag order. */
  private final Locale[] wanted;
  private final TagCriterion atALocation;
  private final int[] languageMask;
  /** Passes a location that lists a wanted sign language. */
  private final Places.LocationTest signsWanted;

  SignLanguageCriterion(SignLanguagePreference preference, PackedDirectory d, Places places) {
    super(PreferenceKind.SIGN_LANGUAGE);
    this.d = d;
    this.places = places;
    List<Locale> sorted = new ArrayList<>(preference.signLanguages());
    sorted.sort(Comparator.comparing(Locale::toLanguageTag));
    this.wanted = sorted.toArray(new Locale[0]);
    List<String> tags = new ArrayList<>();
    this.languageMask = new int[d.languageStride];
    for (Locale language : wanted) {
      tags.add(ValueTags.sign(language));
      Integer l = d.languageIndex.get(language.getLanguage());
      if (l != null) {
        languageMask[l >>> 5] |= 1 << (l & 31);
      }
    }
    this.atALocation = new TagCriterion(PreferenceKind.SIGN_LANGUAGE, d, tags);
    this.signsWanted = (i, ordinal, q) -> firstWanted(d.particulars(i).signLanguagesAt(ordinal))
        != null;
  }

  /** Tells whether the profile speaks the primary language of a wanted sign language. */
  private boolean speaksAny(int i) {
    int base = i * d.languageStride;
    for (int w = 0; w < languageMask.length; w++) {
      if ((d.languages[base + w] & languageMask[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the reason's argument when the preference is met, or null. */
  private @Nullable String first(int i) {
    boolean located = atALocation.met(i);
    int at = located ? places.firstOpenInPerson(i, signsWanted) : -1;
    if (at >= 0) {
      return firstWanted(d.particulars(i).signLanguagesAt(at)) + ":" + Delivery.IN_PERSON.id();
    }
    if (!(located || speaksAny(i)) || !places.videoEverywhere(i)) {
      return null;
    }
    String signed = firstWanted(d.particulars(i).languagesWorkedIn());
    return signed == null ? null : signed + ":" + Delivery.VIDEO.id();
  }

  /** Returns the tag of the first wanted sign language, in tag order, of some, or null. */
  private @Nullable String firstWanted(Set<Locale> languages) {
    for (Locale language : wanted) {
      if (languages.contains(language)) {
        return language.toLanguageTag();
      }
    }
    return null;
  }

  /** Met in person or by video, decided on the profile: the full points. */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return preferencePoints;
  }

  @Override
  boolean met(int i) {
    return first(i) != null;
  }

  @Override
  String argument(int i) {
    String argument = first(i);
    return argument == null ? "" : argument;
  }
}
