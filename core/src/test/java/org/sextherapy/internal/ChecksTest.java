package org.sextherapy.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void opaqueIdIsOneTo128SafeCharactersStartingWithALetterOrDigit() {
    assertThatCode(() -> Checks.opaqueId("a", "id")).doesNotThrowAnyException();
    assertThatCode(() -> Checks.opaqueId("Req_1.2:x-Y", "id")).doesNotThrowAnyException();
    assertThatCode(() -> Checks.opaqueId("x".repeat(128), "id")).doesNotThrowAnyException();
    for (String bad : new String[] {"", "x".repeat(129), "-x", ".x", "a b", "a/b", "é"}) {
      assertThatIllegalArgumentException().isThrownBy(() -> Checks.opaqueId(bad, "id"))
          .withMessageStartingWith("id ");
    }
  }

  @Test
  void failureNamesTheFieldAndNeverTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.opaqueId("call me " + SENTINEL, "participants[0].id"))
        .withMessageStartingWith("participants[0].id ").withMessageNotContaining(SENTINEL);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Checks.notBlank(" ", "note")).withMessage("note must not be blank");
  }

  @Test
  void notANumberIsNotNonNegative() {
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative(Double.NaN, "km"))
        .withMessageStartingWith("km ");
    assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative(-0.5, "km"))
        .withMessageStartingWith("km ");
    assertThatCode(() -> Checks.nonNegative(0, "km")).doesNotThrowAnyException();
  }
}
