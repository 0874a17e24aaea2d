package org.sextherapy.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A therapist works in the languages of {@code Practitioner.communication} in which they can hold
 * a professional conversation: a language the directory states at a proficiency below general
 * professional proficiency (ILR level 3) is left out and reported, never read as one a client can
 * have therapy in.
 */
class LanguageProficiencyTest {

  private static final String PLAN_NET_X = FhirTerms.PLAN_NET_PROFICIENCY;
  private static final String NDH_X = FhirTerms.NDH_PROFICIENCY;
  private static final String PLAN_NET_CS =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/LanguageProficiencyCS";
  private static final String ILR = "http://terminology.hl7.org/CodeSystem/ILRSpeakingSkillScale";

  private static Practitioner speaking(String tag, String url, String system, String level) {
    Practitioner p = new Practitioner();
    p.setId("p1");
    p.addName().setText("Dr A");
    CodeableConcept language = p.addCommunication();
    language.addCoding(new Coding("urn:ietf:bcp:47", tag, null));
    language.addExtension(url, new CodeableConcept().addCoding(new Coding(system, level, null)));
    return p;
  }

  private static TherapistRead read(Practitioner p) {
    return FhirDirectoryReader.standard().read(List.of(p)).therapists().get(0);
  }

  @Test
  void planNetsCounselorWithGeneralProfessionalRussianWorksInRussian() {
    TherapistRead counselor = Examples.read(Examples.PLAN_NET).therapists().stream()
        .filter(t -> t.profile().id().equals("Counselor")).findFirst().orElseThrow();

    // communication: ru, proficiency 30 "General professional proficiency"
    assertThat(counselor.profile().languages()).containsExactly(Locale.forLanguageTag("ru"));
    assertThat(counselor.findings()).noneMatch(f -> f.path().startsWith("Practitioner.comm"));
  }

  @ParameterizedTest(name = "{0} {1}: works in it {2}")
  @CsvSource({
      "PLAN_NET, 00, false",
      "PLAN_NET, 10, false",
      "PLAN_NET, 20, false",
      "PLAN_NET, 30, true",
      "PLAN_NET, 40, true",
      "PLAN_NET, 50, true",
      "ILR, Level 1, false",
      "ILR, Level 2+, false",
      "ILR, Level 3, true",
      "ILR, Level 4+, true",
  })
  void aLanguageBelowProfessionalProficiencyIsLeftOutAndReported(String scale, String level,
      boolean works) {
    String url = scale.equals("ILR") ? NDH_X : PLAN_NET_X;
    String system = scale.equals("ILR") ? ILR : PLAN_NET_CS;

    TherapistRead read = read(speaking("es", url, system, level));

    assertThat(read.profile().languages())
        .isEqualTo(works ? java.util.Set.of(Locale.forLanguageTag("es")) : java.util.Set.of());
    assertThat(read.findings()).extracting(f -> f.kind().id() + " " + f.path())
        .isEqualTo(works ? List.of() : List.of(
            "not-in-model Practitioner.communication[0].extension('" + url + "')"));
  }

  @Test
  void anUnknownProficiencyIsReportedAndTheLanguageReadAsFhirDefinesCommunication() {
    TherapistRead read = read(speaking("es", NDH_X, "https://example.com/our-scale", "fluent"));

    assertThat(read.profile().languages()).containsExactly(Locale.forLanguageTag("es"));
    assertThat(read.findings()).extracting(f -> f.kind().id() + " " + f.path()).containsExactly(
        "not-in-model Practitioner.communication[0].extension('" + NDH_X + "')");
  }

  @Test
  void aProficiencyThatIsNotCodedIsAnInvalidValue() {
    Practitioner p = speaking("es", PLAN_NET_X, PLAN_NET_CS, "40");
    p.getCommunicationFirstRep().getExtensionFirstRep().setValue(new StringType("fluent"));

    TherapistRead read = read(p);

    assertThat(read.profile().languages()).containsExactly(Locale.forLanguageTag("es"));
    assertThat(read.findings()).extracting(f -> f.kind().id() + " " + f.path()).containsExactly(
        "invalid-value Practitioner.communication[0].extension('" + PLAN_NET_X + "')");
  }

  @Test
  void onlyTheLanguagesSpokenProfessionallyAreRead() {
    Practitioner p = speaking("es", PLAN_NET_X, PLAN_NET_CS, "10");
    CodeableConcept english = p.addCommunication();
    english.addCoding(new Coding("urn:ietf:bcp:47", "en", null));
    english.addExtension(PLAN_NET_X, new CodeableConcept()
        .addCoding(new Coding(PLAN_NET_CS, "50", null)));

    assertThat(read(p).profile().languages()).containsExactly(Locale.forLanguageTag("en"));
  }
}
