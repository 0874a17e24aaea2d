package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The wording net of rule 1: terms of conversion practices, ignoring case and separators. */
class ConversionTermsTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"conversion therapy", "Conversion-Therapy", "CONVERSION   therapy",
      "offers conversion therapies", "conversion practices", "Reparative therapy",
      "reorientation therapy", "sexual orientation change efforts (SOCE)",
      "gender identity change effort", "SOCE", "soce.", "about GICE", "ex-gay", "Ex Gay", "exgay",
      "ex_gay ministry", "pray the gay away", "Pray-Away-The-Gay", "gender-critical therapy",
      "gender critical therapies", "(SOCEs)"})
  void recognisesATermWhateverItsCaseAndSeparators(String text) {
    assertThat(ConversionTerms.occursIn(text)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "associate", "conversation therapy", "complex gay", "socket",
      "gicel", "couples therapy", "gender-affirming therapy", "sex gay", "conversion",
      "converting therapy", "critical gender therapy", "ünïcödé \uD83D\uDE00", "soceity"})
  void ignoresTextWithoutATerm(String text) {
    assertThat(ConversionTerms.occursIn(text)).isFalse();
  }
}
