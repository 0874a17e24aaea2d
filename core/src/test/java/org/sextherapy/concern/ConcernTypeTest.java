package org.sextherapy.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.sextherapy.InvalidValueException;
import org.sextherapy.code.CodeCatalogue;

class ConcernTypeTest {

  private static ConcernType.Builder ownConcern() {
    return ConcernType.builder().id("SEXUAL_SHAME").displayName("Sexual shame")
        .category(ConcernCategory.OTHER).relational(false);
  }

  @Test
  void concernTypeWithoutCodesIsNormal() {
    ConcernType shame = ownConcern().addSynonyms("shame about sex").build();

    assertThat(shame.codes()).isEmpty();
    assertThat(shame.synonyms()).containsExactly("shame about sex");
    assertThat(shame.medicalEvaluationAdvised()).isFalse();
    assertThat(shame.relational()).isFalse();
  }

  @Test
  void concernTypeWithGenderIncongruenceCodeIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().addCodes(CodeCatalogue.ICD11_SEXUAL_AROUSAL,
            CodeCatalogue.ICD11_GENDER_INCONGRUENCE_ADOLESCENCE_ADULTHOOD).build())
        .withMessageStartingWith("codes[1] ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().addCodes(CodeCatalogue.ICD11_GENDER_INCONGRUENCE_CHILDHOOD)
            .build())
        .withMessageStartingWith("codes[0] ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern()
            .addCodes(CodeCatalogue.ICD11_GENDER_INCONGRUENCE_UNSPECIFIED).build())
        .withMessageStartingWith("codes[0] ");
  }

  @Test
  void idThatIsNotUpperSnakeCaseIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().id("sexual-shame").build())
        .withMessageStartingWith("id ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().id("_SHAME").build())
        .withMessageStartingWith("id ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().id("A".repeat(65)).build())
        .withMessageStartingWith("id ");
    assertThat(ownConcern().id("A".repeat(64)).build().id()).hasSize(64);
  }

  @Test
  void blankDisplayNameIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().displayName("  ").build())
        .withMessageStartingWith("displayName ");
  }

  @Test
  void blankSynonymIsRejectedNamingItsPosition() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ownConcern().addSynonyms("shame", " ").build())
        .withMessageStartingWith("synonyms[1] ");
  }

  @Test
  void concernTypeWithoutCategoryCannotBeBuilt() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> ConcernType.builder().id("SEXUAL_SHAME").displayName("Sexual shame")
            .relational(false).build())
        .withMessageContaining("category");
  }

  @Test
  void concernTypeShowsItsIdOnly() {
    assertThat(StandardConcerns.PAINFUL_SEX).hasToString("ConcernType{PAINFUL_SEX}");
  }

  @Test
  void equalityCoversEveryAttribute() {
    assertThat(ownConcern().build()).isEqualTo(ownConcern().build())
        .hasSameHashCodeAs(ownConcern().build());
    assertThat(ownConcern().build()).isNotEqualTo(ownConcern().relational(true).build());
    assertThat(ownConcern().build()).isNotEqualTo(ownConcern().addSynonyms("shame").build());
    assertThat(ownConcern().build())
        .isNotEqualTo(ownConcern().medicalEvaluationAdvised(true).build());
  }
}
