package org.sextherapy.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextherapy.InvalidValueException;

/**
 * ICD-11 post-coordinated clusters: stem codes joined with '/', extension codes with '&'
 * (ICD-11 Reference Guide, https://icdcdn.who.int/icd11referenceguide/en/html/index.html).
 */
class Icd11ClusterTest {

  private static Code icd11(String code) {
    return Code.of(CodeSystem.ICD_11_MMS, code, "recorded", Certainty.UNCERTAIN);
  }

  @Test
  void aSevereHypoactiveDesireDysfunctionIsItsStemWithASeverityExtension() {
    Code code = icd11(" ha00 & xs25 ");

    assertThat(code.code()).isEqualTo("HA00&XS25");
    assertThat(code.stemCodes()).containsExactly("HA00");
    assertThat(code.extensionCodes()).containsExactly("XS25");
  }

  @Test
  void twoStemCodesJoinedBySlashEachKeepTheirExtensions() {
    Code code = icd11("da63/me2490&xa9780");

    assertThat(code.code()).isEqualTo("DA63/ME24.90&XA9780");
    assertThat(code.stemCodes()).containsExactly("DA63", "ME24.90");
    assertThat(code.extensionCodes()).containsExactly("XA9780");
  }

  @Test
  void aSingleCodeIsItsOwnStemAndHasNoExtensions() {
    Code code = icd11("HA01.0");

    assertThat(code.stemCodes()).containsExactly("HA01.0");
    assertThat(code.extensionCodes()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"&XS25", "HA00&", "HA00/", "/HA00", "HA00/XS25", "HA00&HA01",
      "XS25", "XS25&HA00", "HA00&&XS25", "HA00&X", "HA00 & severe", "HA00 and XS25",
      "HA00&XS25 because of the baby"})
  void aMalformedClusterIsRefusedNamingTheFieldWithoutEchoingIt(String text) {
    assertThatThrownBy(() -> icd11(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("code");
          assertThat(e.getMessage()).isEqualTo("code must be a well-formed icd-11-mms code");
        });
  }

  @Test
  void gradingGenderIncongruenceBySeverityIsStillAnIdentityCode() {
    assertThat(CodeCatalogue.isIdentityCode(icd11("HA60&XS25"))).isTrue();
    assertThat(CodeCatalogue.isGenderIncongruence(icd11("HA60&XS25"))).isTrue();
  }

  @Test
  void genderIncongruenceJoinedAfterAnotherStemIsStillAnIdentityCode() {
    assertThat(CodeCatalogue.isIdentityCode(icd11("HA20/HA61"))).isTrue();
    assertThat(CodeCatalogue.isIdentityCode(icd11("HA20&XS25"))).isFalse();
  }

  @Test
  void onlyIcd11HasClusters() {
    assertThat(CodeSystem.ICD_10_CM.canonical("F52.0&F64.0")).isEmpty();
    assertThat(CodeSystem.ICD_10.canonical("F52.0/F64.0")).isEmpty();
  }
}
