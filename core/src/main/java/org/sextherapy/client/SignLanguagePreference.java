package org.sextherapy.client;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A preference for sessions in a sign language, such as {@code ase} (American Sign Language) or
 * {@code bfi} (British Sign Language); any of {@link #signLanguages()} will do. Tags are compared
 * whole ({@code sgn-DE} and {@code gsg} are not recognised as the same language).
 *
 * <p>Signing works in person and by video, never by phone. It is met in person when the client
 * accepts in-person sessions, the therapist offers them, and a practice location lying in every
 * session jurisdiction lists one of the sign languages; and by video when both accept video and the
 * therapist works in one of them (it is among the profile's languages, or a practice location of
 * theirs lists it).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class SignLanguagePreference implements Preference {

  /** The most sign languages one preference may name. */
  public static final int MAX_SIGN_LANGUAGES = 20;

  SignLanguagePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param signLanguages the sign languages any of which would do, never null, 1 to
   *     {@value #MAX_SIGN_LANGUAGES}, each a BCP 47 tag naming a language
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException naming {@code signLanguages} if it is empty, too
   *     large or holds a malformed tag
   */
  public static SignLanguagePreference of(Strength strength, Set<Locale> signLanguages) {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(signLanguages, "signLanguages");
    return ImmutableSignLanguagePreference.of(strength, signLanguages);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the sign languages any of which would do.
   *
   * @return at least one language, never null
   */
  @Value.Parameter
  public abstract Set<Locale> signLanguages();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.SIGN_LANGUAGE;
  }

  @Value.Check
  final void check() {
    Checks.require(!signLanguages().isEmpty(), "signLanguages",
        "must hold at least one language");
    Checks.require(signLanguages().size() <= MAX_SIGN_LANGUAGES, "signLanguages",
        "must hold at most " + MAX_SIGN_LANGUAGES + " languages");
    Checks.languageTags(signLanguages(), "signLanguages");
  }

  @Override
  public String toString() {
    return "SignLanguagePreference{" + strength().id() + "}";
  }
}
