package org.sextherapy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words are what the wording checks read, so every way of writing the same words must give the
 * same words: otherwise an invisible character or a compatibility form hides a phrase.
 */
class WordsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"same-sex attraction", "Same Sex  ATTRACTION", "same_sex/attraction",
      "same sex attrac\u00ADtion", "sa\u200Bme sex attraction", "same sex attr\u200Daction",
      "ｓａｍｅ sex attraction", "\uFEFFsame sex attraction"})
  void theSameWordsHoweverTheyAreWritten(String text) {
    assertThat(Words.of(text)).containsExactly("same", "sex", "attraction");
  }

  @Test
  void aDecomposedAccentStaysInsideItsWord() {
    assertThat(Words.of("the\u0301rapie de conversion")).containsExactly("thérapie", "de",
        "conversion");
    assertThat(Words.of("thérapie")).containsExactly("thérapie");
  }

  @Test
  void foldedWordsDropDiacriticsHoweverTheAccentIsWritten() {
    assertThat(Words.folded("Terapia de CONVERSIÓN")).containsExactly("terapia", "de",
        "conversion");
    assertThat(Words.folded("the\u0301rapie Überlebende")).containsExactly("therapie",
        "uberlebende");
    assertThat(Words.folded("thérapie")).isEqualTo(Words.folded("therapie"));
    assertThat(Words.folded("Straße")).containsExactly("straße");
  }

  @Test
  void onlyFoldedWordsDropDiacriticsTheOtherChecksKeepThem() {
    assertThat(Words.of("terapia de conversión")).containsExactly("terapia", "de",
        "conversión");
  }

  @Test
  void foldingKeepsAWordOfAnotherScriptWhole() {
    assertThat(Words.folded("कामुकता चिकित्सा")).hasSize(2);
  }

  @Test
  void combiningMarksOfOtherScriptsStayInsideTheirWord() {
    // Devanagari vowel signs are combining marks: "कामुकता" (sexuality) is one word
    assertThat(Words.of("कामुकता चिकित्सा")).hasSize(2);
  }

  @Test
  void readsAtMostTheWordLimit() {
    assertThat(Words.of("a ".repeat(Words.MAX_WORDS + 10))).hasSize(Words.MAX_WORDS);
  }

  @Test
  void findsAPhraseOnlyAsWholeWords() {
    String[] words = Words.of("Associate therapist");
    assertThat(Words.contains(words, new String[] {"associate"})).isTrue();
    assertThat(Words.contains(words, new String[] {"soc"})).isFalse();
  }
}
