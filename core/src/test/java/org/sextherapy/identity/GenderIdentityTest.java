package org.sextherapy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GenderIdentityTest {

  @Test
  void genderIdentityHoldsTheChosenTermsAndOwnWords() {
    GenderIdentity gender = GenderIdentity.of("femme non-binary person",
        Set.of(GenderTerm.NON_BINARY, GenderTerm.ANOTHER_TERM));

    assertThat(gender.terms()).containsExactlyInAnyOrder(GenderTerm.NON_BINARY,
        GenderTerm.ANOTHER_TERM);
    assertThat(gender.ownWords()).contains("femme non-binary person");
    assertThat(GenderIdentity.of(GenderTerm.WOMAN).ownWords()).isEmpty();
  }

  @Test
  void genderIdentityWithoutATermIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(GenderIdentity::of)
        .withMessageStartingWith("terms ");
    assertThatIllegalArgumentException().isThrownBy(() -> GenderIdentity.of("my words", Set.of()))
        .withMessageStartingWith("terms ");
  }

  @Test
  void blankOwnWordsAreRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GenderIdentity.of(" \n", Set.of(GenderTerm.MAN)))
        .withMessageStartingWith("ownWords ");
  }

  @Test
  void genderIdentityShowsNeitherTermsNorWords() {
    GenderIdentity gender = GenderIdentity.of(SENTINEL, Set.of(GenderTerm.TRANSGENDER));

    assertThat(gender.toString()).isEqualTo("GenderIdentity{hidden}")
        .doesNotContain(SENTINEL).doesNotContain("transgender");
  }
}
