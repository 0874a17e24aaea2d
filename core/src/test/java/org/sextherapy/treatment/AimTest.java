package org.sextherapy.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AimTest {

  @Test
  void aimToChangeOrientationIsAConversionPractice() {
    assertThat(Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE).altersIdentity()).isTrue();
    assertThat(Aim.of(Focus.GENDER_IDENTITY, Intent.SUPPRESS).altersIdentity()).isTrue();
    assertThat(Aim.of(Focus.GENDER_EXPRESSION, Intent.DENY).altersIdentity()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Intent.class, names = {"IMPROVE", "REDUCE_DISTRESS", "EXPLORE", "AFFIRM",
      "EDUCATE"})
  void exploringOrAffirmingIdentityNeverAltersIt(Intent intent) {
    assertThat(Aim.of(Focus.SEXUAL_ORIENTATION, intent).altersIdentity()).isFalse();
    assertThat(Aim.of(Focus.GENDER_IDENTITY, intent).altersIdentity()).isFalse();
  }

  @Test
  void changingSomethingThatIsNotIdentityIsNotAConversionPractice() {
    assertThat(Aim.of(Focus.SEXUAL_BEHAVIOUR, Intent.CHANGE).altersIdentity()).isFalse();
  }

  @Test
  void exactlyOrientationGenderIdentityAndGenderExpressionAreIdentity() {
    assertThat(Arrays.stream(Focus.values()).filter(Focus::isIdentity))
        .containsExactlyInAnyOrder(Focus.SEXUAL_ORIENTATION, Focus.GENDER_IDENTITY,
            Focus.GENDER_EXPRESSION);
    assertThat(Arrays.stream(Intent.values()).filter(Intent::alters))
        .containsExactlyInAnyOrder(Intent.CHANGE, Intent.SUPPRESS, Intent.DENY);
  }

  @Test
  void aimShowsItsFocusAndIntentIds() {
    assertThat(Aim.of(Focus.ORGASM, Intent.IMPROVE)).hasToString("Aim{orgasm, improve}");
  }
}
