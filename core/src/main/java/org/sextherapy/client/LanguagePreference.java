package org.sextherapy.client;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;

/**
 * A preference for sessions in a language. A therapist meets it when they work in any of
 * {@link #languages()}, compared by primary language subtag ({@code es} matches {@code es-MX}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class LanguagePreference implements Preference {

  /** The most languages a language preference may accept. */
  public static final int MAX_LANGUAGES = Limits.MAX_LANGUAGES;

  LanguagePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param languages the languages any of which would do, never null, not empty
   * @return the preference, never null
   * @throws IllegalArgumentException if no language is given or one names no language
   */
  public static LanguagePreference of(Strength strength, Set<Locale> languages) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(languages, "languages");
    return ImmutableLanguagePreference.of(strength, languages);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the languages any of which would do.
   *
   * @return at least one language, never null
   */
  @Value.Parameter
  public abstract Set<Locale> languages();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.LANGUAGE;
  }

  @Value.Check
  final void check() {
    Checks.maxItems(languages(), MAX_LANGUAGES, "languages");
    Checks.require(!languages().isEmpty(), "languages", "must hold at least one language");
    Checks.languageTags(languages(), "languages");
  }

  @Override
  public String toString() {
    return "LanguagePreference{" + strength().id() + "}";
  }
}
