package org.sextherapy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The conversion lexicon of rule 1: practice names and plain-language aims of changing,
 * suppressing or denying orientation or gender identity are caught; affirming and neutral wording
 * is not. The phrasings live in {@code conversion-phrasings.txt}, each under a family naming its
 * source.
 */
class ConversionLexiconTest {

  private static final String RESOURCE = "conversion-phrasings.txt";

  /** A phrasing with whether it must be caught and the family it belongs to. */
  record Phrasing(boolean catches, String text, String family) {
    @Override
    public String toString() {
      return (catches ? "catch: " : "pass: ") + text;
    }
  }

  static List<Phrasing> phrasings() throws IOException {
    List<Phrasing> phrasings = new ArrayList<>();
    String family = "";
    try (InputStream in = ConversionLexiconTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("## family:")) {
          family = line;
        } else if (line.startsWith("catch: ")) {
          phrasings.add(new Phrasing(true, line.substring(7), family));
        } else if (line.startsWith("pass: ")) {
          phrasings.add(new Phrasing(false, line.substring(6), family));
        }
      }
    }
    return phrasings;
  }

  static Stream<Arguments> mustCatch() throws IOException {
    return phrasings().stream().filter(Phrasing::catches).map(Arguments::of);
  }

  static Stream<Arguments> mustPass() throws IOException {
    return phrasings().stream().filter(p -> !p.catches()).map(Arguments::of);
  }

  @Test
  void theResourceHoldsAHundredPhrasingsOfEachKindEachUnderASourcedFamily() throws IOException {
    List<Phrasing> all = phrasings();
    assertThat(all.stream().filter(Phrasing::catches).count()).isGreaterThanOrEqualTo(100);
    assertThat(all.stream().filter(p -> !p.catches()).count()).isGreaterThanOrEqualTo(100);
    assertThat(all).allSatisfy(p -> assertThat(p.family()).contains("| source: "));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("mustCatch")
  void catchesAConversionAimOrPracticeName(Phrasing phrasing) {
    assertThat(ConversionLexicon.find(phrasing.text())).as(phrasing.text()).isPresent();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("mustPass")
  void letsAffirmingAndNeutralWordingThrough(Phrasing phrasing) {
    assertThat(ConversionLexicon.find(phrasing.text())).as(phrasing.text()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"conversion therapy", "Conversion-Therapy", "CONVERSION   therapy",
      "offers conversion therapies", "conversion practices", "Reparative therapy",
      "reorientation therapy", "sexual orientation change efforts (SOCE)",
      "gender identity change effort", "SOCE", "soce.", "about GICE", "ex-gay", "Ex Gay", "exgay",
      "ex_gay ministry", "pray the gay away", "Pray-Away-The-Gay", "gender-critical therapy",
      "gender critical therapies", "(SOCEs)"})
  void recognisesAPracticeNameWhateverItsCaseAndSeparators(String text) {
    assertThat(ConversionLexicon.find(text)).isPresent();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "associate", "conversation therapy", "complex gay", "socket",
      "gicel", "couples therapy", "gender-affirming therapy", "sex gay", "conversion",
      "converting therapy", "critical gender therapy", "ünïcödé \uD83D\uDE00", "soceity"})
  void ignoresTextWithoutAnEntry(String text) {
    assertThat(ConversionLexicon.find(text)).isEmpty();
  }

  @Test
  void aFindingIsAnEntryIdNeverTheText() {
    String text = "help him overcome unwanted same-sex attraction S3NT1N3L";

    assertThat(ConversionLexicon.find(text)).hasValueSatisfying(id -> {
      assertThat(ConversionLexicon.ids()).contains(id);
      assertThat(id).startsWith("en.").doesNotContain("S3NT1N3L").doesNotContain("overcome");
    });
  }

  /**
   * A text using several entries reports the first in lexicon order, wherever each stands in the
   * text: the lexicon is searched word by word, and this holds it to the order of its entries. The
   * two phrasings are kept apart by five words that are neither small words nor negations, so
   * neither can join or negate the other.
   */
  @Test
  void aTextUsingSeveralEntriesReportsTheFirstInLexiconOrderWhateverTheTextOrder()
      throws IOException {
    List<String> ids = ConversionLexicon.ids();
    List<Phrasing> caught = phrasings().stream().filter(Phrasing::catches).toList();
    int pairsWithTwoEntries = 0;
    for (int i = 0; i < caught.size(); i++) {
      String first = caught.get(i).text();
      String second = caught.get((i * 7 + 3) % caught.size()).text();
      String a = ConversionLexicon.find(first).orElseThrow();
      String b = ConversionLexicon.find(second).orElseThrow();
      String earlier = ids.indexOf(a) <= ids.indexOf(b) ? a : b;
      pairsWithTwoEntries += a.equals(b) ? 0 : 1;
      String apart = " zyx zyx zyx zyx zyx ";
      assertThat(ConversionLexicon.find(first + apart + second)).as(first + " / " + second)
          .hasValue(earlier);
      assertThat(ConversionLexicon.find(second + apart + first)).as(second + " / " + first)
          .hasValue(earlier);
    }
    assertThat(pairsWithTwoEntries).isGreaterThan(50);
  }

  @Test
  void entryIdsNameTheirLanguageAndFamily() {
    assertThat(ConversionLexicon.ids()).isNotEmpty().doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("[a-z]{2}\\.[a-z]+\\.[a-z-]+"));
  }
}
