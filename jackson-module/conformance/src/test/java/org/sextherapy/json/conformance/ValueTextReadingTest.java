package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.qualification.Licence;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The reader accepts exactly the dates and language tags, and gives exactly the values, that
 * {@code LocalDate.parse} and {@code Locale.forLanguageTag} (with the model's round-trip rule for
 * languages) give: the wire format's definition of both, pinned for any reader that parses them
 * some other way (one without the JDK's general parsers was measured and dropped, see
 * {@code jackson-module/benchmarks/json-results.md}).
 */
class ValueTextReadingTest extends WireFormatTestBase {

  @Test
  void everyLanguageTagTheJdkKnowsReadsAsForLanguageTagReadsIt() {
    Set<String> tags = new LinkedHashSet<>(List.of("en", "es", "pt-BR", "und", "iw", "he", "in",
        "id", "ji", "yi", "EN", "en-us", "En-US", "en-US-x-private", "zh-Hant-TW", "es-419",
        "sr-Latn", "ja-JP-u-ca-japanese", "th-TH-u-nu-thai", "no-NO", "nb", "abc", "abcd", "e",
        "en-", "-US", "en-USA", "root", "i-klingon", "art-lojban", "x-private", "qaa", "zxx"));
    for (Locale locale : Locale.getAvailableLocales()) {
      String tag = locale.toLanguageTag();
      tags.add(tag);
      tags.add(tag.toLowerCase(Locale.ROOT));
      tags.add(tag.toUpperCase(Locale.ROOT));
    }
    assertThat(tags).hasSizeGreaterThan(500);
    for (String tag : tags) {
      Locale expected = Locale.forLanguageTag(tag);
      boolean accepted = !expected.getLanguage().isEmpty()
          && expected.toLanguageTag().equalsIgnoreCase(tag)
          && Locale.forLanguageTag(expected.toLanguageTag()).equals(expected);
      String json = json("{'id': 'th-1', 'displayName': 'Dr Lee', 'languages': ['" + tag + "']}");
      Throwable failure = catchThrowable(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, json));
      if (accepted) {
        assertThat(failure).as(tag).isNull();
        TherapistProfile profile = JSON.read(JsonDocument.THERAPIST_PROFILE, json);
        assertThat(profile.languages()).as(tag).containsExactly(expected);
      } else {
        assertThat(failure).as(tag).isInstanceOf(SexTherapyJsonException.class);
      }
    }
  }

  /** Digits, separators, letters, and digits of other scripts (Arabic-Indic, full-width). */
  private static final String OTHER_CHARACTERS = "0123456789-+ aZ\u0660\uff10";

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDateReadsAsLocalDateParseReadsIt(long seed) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000);
      texts.add(date.toString());
      // the same digits with one character changed: a digit, a separator, a letter
      char[] chars = date.toString().toCharArray();
      int at = random.nextInt(chars.length);
      chars[at] = OTHER_CHARACTERS.charAt(random.nextInt(OTHER_CHARACTERS.length()));
      texts.add(new String(chars));
    }
    texts.addAll(List.of("2024-02-29", "2026-02-29", "2026-02-30", "2026-04-31", "2026-13-01",
        "2026-00-10", "2026-01-00", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01",
        "2026-1-01", "2026-01-1", "20260101", "2026/01/01", "2026-01-01T00:00", " 2026-01-01"));
    for (String text : texts) {
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      String json = json("{'discipline': 'psychology', 'jurisdiction': 'US-IL', 'number': '071-1',"
          + " 'status': 'active', 'validFrom': '" + text + "'}");
      if (expected != null) {
        assertThat(read(Licence.class, json).validFrom()).as(text).isEqualTo(expected);
      } else {
        assertThat(readFailure(Licence.class, json).path()).as(text).isEqualTo("$.validFrom");
      }
    }
  }
}
