package org.sextherapy.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sextherapy.InvalidValueException;

/** Code systems a clinic declares for itself: its local codes and national modifications. */
class CustomCodeSystemTest {

  private static final CodeSystem CLINIC = CodeSystem.custom("northside-intake",
      "https://northside.example/fhir/CodeSystem/intake", "NS-[0-9]{3}[a-z]?");
  private static final CodeSystem ICD_10_GM = CodeSystem.modificationOf(CodeSystem.ICD_10,
      "icd-10-gm", "http://fhir.de/CodeSystem/bfarm/icd-10-gm",
      "[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

  @Test
  void aClinicRecordsACodeOfItsOwnIntakeSystemAsDeclared() {
    Code code = Code.of(CLINIC, "  NS-017b ", "Intake: sexual communication", Certainty.VERIFIED);

    assertThat(code.code()).isEqualTo("NS-017b");
    assertThat(code.system().id()).isEqualTo("northside-intake");
    assertThat(code.system().classification()).isEmpty();
    assertThat(code.stemCodes()).containsExactly("NS-017b");
    assertThat(code.extensionCodes()).isEmpty();
    assertThat(code).hasToString("northside-intake:NS-017b");
  }

  @Test
  void aLocalCodeKeepsItsCaseBecauseTheClinicDecidesWhatItsCodesAre() {
    assertThatThrownBy(() -> Code.of(CLINIC, "ns-017b", "t", Certainty.VERIFIED))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"we argue about sex every week", "NS-017 and more", "NS 017",
      "NS-0171", "stopfeelingattracted", "NS-017;", ""})
  void textThatIsNotACodeOfTheClinicsSystemIsRefusedNamingTheFieldWithoutEchoingIt(String text) {
    assertThatThrownBy(() -> Code.of(CLINIC, text, "title", Certainty.UNCERTAIN))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("code");
          assertThat(e.getMessage()).isEqualTo("code must be a well-formed northside-intake code");
        });
  }

  @Test
  void whateverItsPatternALocalSystemNeverTakesASentenceForACode() {
    CodeSystem permissive = CodeSystem.custom("anything", "urn:example:anything", ".*");

    assertThat(permissive.canonical("we argue about sex")).isEmpty();
    assertThat(permissive.canonical("x".repeat(CustomCodeSystem.MAX_LOCAL_CODE_LENGTH + 1)))
        .isEmpty();
    assertThat(permissive.canonical("A-1.b_2")).contains("A-1.b_2");
  }

  @Test
  void aClinicsSystemCannotPassItselfOffAsAStandardClassification() {
    assertThatThrownBy(() -> CodeSystem.custom("icd-11-mms", "urn:example:x", "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> CodeSystem.custom("lax-icd", "HTTP://id.who.int/icd/release/11/mms",
        "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("uri"));
  }

  @Test
  void aMalformedDeclarationIsRefusedNamingTheField() {
    assertThatThrownBy(() -> CodeSystem.custom("Clinic Codes", "urn:example:x", "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> CodeSystem.custom("clinic", "not a uri", "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("uri"));
    assertThatThrownBy(() -> CodeSystem.custom("clinic", "urn:example:x", "[A-Z"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("pattern"));
    assertThatThrownBy(() -> CodeSystem.custom("clinic", "urn:example:x", ""))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("pattern"));
  }

  @Test
  void twoDeclarationsOfTheSameSystemAreEqual() {
    CodeSystem again = CodeSystem.custom("northside-intake",
        "https://northside.example/fhir/CodeSystem/intake", "NS-[0-9]{3}[a-z]?");

    assertThat(again).isEqualTo(CLINIC).hasSameHashCodeAs(CLINIC);
    assertThat(Code.of(again, "NS-001", "t", Certainty.VERIFIED))
        .isEqualTo(Code.of(CLINIC, "NS-001", "t", Certainty.VERIFIED));
    assertThat(CodeSystem.custom("northside-intake", "urn:example:other", "NS-[0-9]{3}[a-z]?"))
        .isNotEqualTo(CLINIC);
  }

  @Test
  void aNationalModificationOfIcd10IsWrittenAsIcd10WritesItsCodes() {
    Code code = Code.of(ICD_10_GM, "f 640", "Transsexualismus", Certainty.VERIFIED);

    assertThat(code.code()).isEqualTo("F64.0");
    assertThat(ICD_10_GM.classification()).contains(StandardCodeSystem.ICD_10);
    assertThat(ICD_10_GM.canonical("F64.0 and more")).isEmpty();
    assertThat(ICD_10_GM.canonical("64.0")).isEmpty();
  }

  @Test
  void aNationalModificationIsJudgedByItsBasesCategoriesWhateverItsTitle() {
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(ICD_10_GM, "F66.1", "any title", Certainty.VERIFIED))).isTrue();
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(ICD_10_GM, "F52.0", "any title", Certainty.VERIFIED))).isFalse();
  }

  @Test
  void onlyIcd10HasNationalModifications() {
    assertThatThrownBy(() -> CodeSystem.modificationOf(CodeSystem.ICD_11_MMS, "icd-11-x",
        "urn:example:x", "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("base"));
    assertThatThrownBy(() -> CodeSystem.modificationOf(CLINIC, "x", "urn:example:x", "[A-Z]+"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("base"));
  }

  @Test
  void aLocalCodeTitledForIdentityAsTheConditionIsAnIdentityCodeAnOrdinaryOneIsNot() {
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(CLINIC, "NS-101", "Gender dysphoria", Certainty.VERIFIED))).isTrue();
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(CLINIC, "NS-102", "Egodystonic sexual orientation", Certainty.VERIFIED))).isTrue();
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(CLINIC, "NS-103", "Body image for trans clients", Certainty.VERIFIED))).isFalse();
    assertThat(CodeCatalogue.isIdentityCode(
        Code.of(CLINIC, "NS-104", "Painful intercourse", Certainty.VERIFIED))).isFalse();
  }

  @Test
  void theCatalogueResolvesDeclaredSystemsByIdAndUriAndRefusesAmbiguity() {
    CodeSystemCatalogue catalogue = CodeSystemCatalogue.standard().with(CLINIC).with(ICD_10_GM);

    assertThat(catalogue.byId("northside-intake")).contains(CLINIC);
    assertThat(catalogue.byId("icd-11-mms")).contains(CodeSystem.ICD_11_MMS);
    assertThat(catalogue.byUri("http://fhir.de/CodeSystem/bfarm/icd-10-gm")).contains(ICD_10_GM);
    assertThat(catalogue.byId("other")).isEmpty();
    assertThat(CodeSystemCatalogue.standard().systems()).containsExactlyElementsOf(
        CodeSystem.standard());
    assertThatThrownBy(() -> catalogue.with(CodeSystem.custom("northside-intake",
        "urn:example:elsewhere", "[0-9]+")))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field()).isEqualTo("system"));
    assertThatThrownBy(() -> catalogue.with(CodeSystem.custom("elsewhere",
        "https://NORTHSIDE.example/fhir/CodeSystem/intake", "[0-9]+")))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theCatalogueShipsNoCodeOfADeclaredSystem() {
    assertThat(CodeCatalogue.find(CLINIC, "NS-001")).isEmpty();
    assertThat(CodeCatalogue.find(ICD_10_GM, "F64.0")).isEmpty();
  }
}
