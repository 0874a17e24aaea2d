package org.sextherapy.ethics;

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

/**
 * The phrase table of rules 3, 4 and 5: notes describing undressing, touch or examination in
 * session or by the therapist, and notes making an exercise required, an ultimatum or forced, are
 * caught; negated, between-session, spoken-about and referral wording is not. The phrasings live in
 * {@code conduct-phrasings.txt}, each under a family naming its entry, its rule and its source.
 */
class ConductTermsTest {

  private static final String RESOURCE = "conduct-phrasings.txt";
  private static final String COERCION = EthicalRules.NO_COERCION_TERMS.id();
  private static final String CONTACT = EthicalRules.NO_IN_SESSION_CONTACT_TERMS.id();

  /** A phrasing with whether it must be caught and its family's entry id and rule. */
  record Phrasing(boolean catches, String text, String entry, String rule, String family) {
    @Override
    public String toString() {
      return (catches ? "catch: " : "pass: ") + text;
    }
  }

  static List<Phrasing> phrasings() throws IOException {
    List<Phrasing> phrasings = new ArrayList<>();
    String family = "";
    String entry = "";
    String rule = "";
    try (InputStream in = ConductTermsTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("## family: ")) {
          family = line;
          String[] parts = line.substring("## family: ".length()).split(" \\| ");
          entry = parts[0];
          rule = parts.length > 1 ? parts[1].replace("rule: ", "") : "";
        } else if (line.startsWith("catch: ")) {
          phrasings.add(new Phrasing(true, line.substring(7), entry, rule, family));
        } else if (line.startsWith("pass: ")) {
          phrasings.add(new Phrasing(false, line.substring(6), entry, rule, family));
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
  void theResourceHoldsFortyPhrasingsOfEachKindEachUnderAnEntryItsRuleAndASource()
      throws IOException {
    List<Phrasing> all = phrasings();
    assertThat(all.stream().filter(Phrasing::catches).count()).isGreaterThanOrEqualTo(40);
    assertThat(all.stream().filter(p -> !p.catches()).count()).isGreaterThanOrEqualTo(40);
    assertThat(all).allSatisfy(p -> {
      assertThat(p.family()).contains("| source: ");
      assertThat(ConductTerms.ids()).contains(p.entry());
      assertThat(p.rule()).isIn(COERCION, CONTACT);
      assertThat(p.rule().equals(COERCION)).isEqualTo(p.entry().startsWith("en.coercion."));
    });
    assertThat(all.stream().map(Phrasing::entry).distinct())
        .containsExactlyInAnyOrderElementsOf(ConductTerms.ids());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("mustCatch")
  void catchesWordingOfContactInSessionOrOfCoercion(Phrasing phrasing) {
    assertThat(ConductTerms.entries(phrasing.text())).as(phrasing.text())
        .contains(phrasing.entry());
    assertThat(ConductTerms.find(phrasing.text(), phrasing.rule().equals(COERCION)))
        .as(phrasing.text()).isPresent();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("mustPass")
  void letsNegatedBetweenSessionSpokenAboutAndReferralWordingThrough(Phrasing phrasing) {
    assertThat(ConductTerms.entries(phrasing.text())).as(phrasing.text()).isEmpty();
  }

  @Test
  void entryIdsNameTheirLanguageAndFamily() {
    assertThat(ConductTerms.ids()).isNotEmpty().doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("en\\.[a-z]+\\.[a-z-]+"));
  }

  @Test
  void aFindingIsAnEntryIdNeverTheText() {
    String text = "Mandatory homework S3NT1N3L. If you refuse, therapy ends.";

    assertThat(ConductTerms.find(text, true)).hasValueSatisfying(id -> {
      assertThat(ConductTerms.ids()).contains(id);
      assertThat(id).doesNotContain("S3NT1N3L").doesNotContainIgnoringCase("homework");
    });
    assertThat(ConductTerms.find(text, false)).isEmpty();
  }

  @Test
  void emptyAndPunctuationOnlyTextsHoldNothing() {
    for (String text : List.of("", " ", ".", ",;:!?", "\n\n", "\u2014")) {
      assertThat(ConductTerms.entries(text)).as("'%s'", text).isEmpty();
    }
  }
}
