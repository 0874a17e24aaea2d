package org.sextherapy.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ModalityTest {

  @Test
  void noStandardModalityAimsToAlterIdentity() {
    assertThat(StandardModalities.all()).isNotEmpty().allSatisfy(m -> assertThat(m.aims())
        .noneMatch(Aim::altersIdentity));
    assertThat(StandardModalities.all()).extracting(Modality::id).doesNotHaveDuplicates();
  }

  @Test
  void affirmativeTherapySupportsIdentityWithoutChangingIt() {
    assertThat(StandardModalities.AFFIRMATIVE.aims())
        .contains(Aim.of(Focus.GENDER_IDENTITY, Intent.AFFIRM));
  }

  @Test
  void standardModalitiesAreFoundById() {
    assertThat(StandardModalities.find("sensate-focus")).contains(StandardModalities.SENSATE_FOCUS);
    assertThat(StandardModalities.find("conversion")).isEmpty();
  }

  @Test
  void modalityWithoutAnAimIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Modality.of("cbt", "CBT", Set.of()))
        .withMessageStartingWith("aims ");
  }

  @Test
  void malformedModalityIdIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Modality.of("c b t", "CBT", Set.of(Aim.of(Focus.AROUSAL,
            Intent.IMPROVE))))
        .withMessageStartingWith("id ");
  }

  @Test
  void blankModalityNameIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Modality.of("cbt", " ", Set.of(Aim.of(Focus.AROUSAL, Intent.IMPROVE))))
        .withMessageStartingWith("name ");
  }

  @Test
  void modalityShowsItsIdOnly() {
    assertThat(StandardModalities.CBT).hasToString("Modality{cbt}");
  }
}
