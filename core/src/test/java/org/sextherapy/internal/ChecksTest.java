package org.sextherapy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written id checks agree with the regular expressions that define them, on random strings
 * drawn mostly from the characters that matter, including the edges (empty, 128 and 129 characters,
 * leading and doubled separators).
 */
class ChecksTest {

  private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
  private static final String ALPHABET = "aZ09._:-- /é\u0000A";

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  private static String randomString(SplittableRandom random) {
    int length = random.nextInt(10) == 0 ? 127 + random.nextInt(3) : random.nextInt(8);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static boolean accepts(Runnable check) {
    try {
      check.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void opaqueIdCheckAcceptsExactlyWhatItsRegularExpressionDoes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50; i++) {
      String id = randomString(random);
      assertThat(accepts(() -> Checks.opaqueId(id, "id"))).as("'%s'", id)
          .isEqualTo(OPAQUE_ID.matcher(id).matches());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ruleIdCheckAcceptsExactlyWhatItsRegularExpressionDoes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 50; i++) {
      String id = randomString(random).toLowerCase(Locale.ROOT);
      assertThat(accepts(() -> Checks.ruleId(id, "ruleId"))).as("'%s'", id)
          .isEqualTo(RULE_ID.matcher(id).matches());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a..b", "a.", "A.b", "1a"})
  void malformedRuleIdIsRejectedNamingTheFieldNotTheValue(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.ruleId(id, "ruleId"))
        .withMessage("ruleId must be lower case words joined by '.' or '-'");
  }

  /** Locales of every kind: the JDK's own, and ones its constructor makes from any text. */
  private static final List<Locale> LOCALES = locales();

  @SuppressWarnings("deprecation") // the Locale constructors, deprecated from Java 19 only
  private static List<Locale> locales() {
    List<Locale> locales = new ArrayList<>(List.of(Locale.getAvailableLocales()));
    for (String language : new String[] {"", "en", "und", "iw", "he", "toolonglanguage", "e n",
        "ase", "x", "qaa"}) {
      for (String country : new String[] {"", "US", "419", "USA", "u"}) {
        locales.add(new Locale(language, country));
        locales.add(new Locale(language, country, "WIN"));
        locales.add(new Locale(language, country, "polyton"));
      }
    }
    return locales;
  }

  /** RFC 5646's rule as the model states it: the tag gives back the same locale. */
  private static boolean isLanguageTag(Locale locale) {
    return !locale.getLanguage().isEmpty()
        && Locale.forLanguageTag(locale.toLanguageTag()).equals(locale);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void languageTagCheckAcceptsExactlyTheRoundTripRuleFirstAndWhenRemembered(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      Locale locale = LOCALES.get(random.nextInt(LOCALES.size()));
      boolean expected = isLanguageTag(locale);
      // the second check of an accepted locale is answered from what the first remembered
      for (int time = 0; time < 2; time++) {
        assertThat(accepts(() -> Checks.languageTags(List.of(Locale.ENGLISH, locale), "languages")))
            .as("%s (%s)", locale.toLanguageTag(), time).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "toolonglanguage"})
  @SuppressWarnings("deprecation") // the Locale constructor, deprecated from Java 19 only
  void malformedLanguageIsRejectedNamingItsPositionNotTheValue(String language) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.languageTags(List.of(Locale.ENGLISH, new Locale(language, "US")),
            "languages"))
        .withMessage("languages[1] must be a BCP 47 language tag naming a language");
  }
}
