package org.sextherapy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.Limits;
import org.sextherapy.testing.RandomValues;

class SelfDescriptionTest {

  @Test
  void termsMatchByWordsWhateverTheCaseSpacingOrHyphens() {
    assertThat(SelfDescription.key("Two-Spirit")).isEqualTo("two spirit");
    assertThat(SelfDescription.key("  TWO   spirit ")).isEqualTo("two spirit");
    assertThat(SelfDescription.key("Ｑｕｅｅｒ")).isEqualTo("queer"); // full-width, NFKC
    assertThat(SelfDescription.of(Set.of("Black British"))
        .matchesAnyKey(Set.of(SelfDescription.key("black-british")))).isTrue();
  }

  @Test
  void noSynonymsAndNoHierarchy() {
    SelfDescription latina = SelfDescription.of(Set.of("Latina"));
    SelfDescription blackBritish = SelfDescription.of(Set.of("Black British"));

    assertThat(latina.matchesAnyKey(SelfDescription.keys(Set.of("Latinx", "Hispanic")))).isFalse();
    assertThat(blackBritish.matchesAnyKey(SelfDescription.keys(Set.of("Black")))).isFalse();
  }

  @Test
  void neitherTermsNorOwnWordsAreShown() {
    SelfDescription d = SelfDescription.of(RandomValues.SENTINEL, Set.of("queer"));

    assertThat(d.toString()).isEqualTo("SelfDescription{hidden}");
  }

  @Test
  void termsAreBoundedAndRefusalsNameTheFieldWithoutTheTerm() {
    String tooLong = RandomValues.SENTINEL + "x".repeat(Limits.MAX_TERM_LENGTH);

    assertThatThrownBy(() -> SelfDescription.of(Set.of(tooLong)))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("terms[0] must be at most")
        .hasMessageNotContaining(RandomValues.SENTINEL);
    assertThatThrownBy(() -> SelfDescription.of(Set.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("terms ");
    assertThatThrownBy(() -> SelfDescription.of(" ", Set.of("gay")))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("ownWords ");
    assertThatThrownBy(() -> SelfDescription.of(Set.of("---")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("terms[0] must hold a letter or digit");
    assertThat(SelfDescription.of(Set.of("x".repeat(Limits.MAX_TERM_LENGTH))).terms()).hasSize(1);
  }
}
