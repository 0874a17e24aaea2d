package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.code.CodeSystemCatalogue;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.RandomValues;

/**
 * Codes of a system the clinic declares, and ICD-11 clusters, on the wire: the system travels as
 * its id and is resolved through the reader's code-system catalogue; its pattern never travels.
 */
class DeclaredCodeSystemJsonTest extends WireFormatTestBase {

  private static final CodeSystem CLINIC = CodeSystem.custom("northside-intake",
      "https://northside.example/fhir/CodeSystem/intake", "NS-[0-9]{3}");
  private static final JsonCodec CLINIC_JSON = Binding.CURRENT.codec(JsonOptions.defaults()
      .withCodeSystems(CodeSystemCatalogue.standard().with(CLINIC)));

  private static ClientRequest request() {
    return ClientRequest.builder().id("req-7").sessionJurisdiction(Jurisdiction.parse("US-IL"))
        .format(SessionFormat.INDIVIDUAL).addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.LOW_SEXUAL_DESIRE)
            .addRecordedCodes(Code.of(CLINIC, "NS-017", "Intake: desire", Certainty.VERIFIED),
                Code.of(CodeSystem.ICD_11_MMS, "ha00 & xs25", "Hypoactive sexual desire"
                    + " dysfunction, severe", Certainty.UNCERTAIN))
            .build())
        .build();
  }

  @Test
  void aClinicsOwnCodesTravelWithTheSystemIdAndReadBackWithItsCatalogue() {
    String json = CLINIC_JSON.write(JsonDocument.CLIENT_REQUEST, request());

    assertThat(json).contains("\"system\":\"northside-intake\",\"code\":\"NS-017\"")
        .contains("\"system\":\"icd-11-mms\",\"code\":\"HA00&XS25\"")
        .doesNotContain("NS-[0-9]");
    assertThat(CLINIC_JSON.read(JsonDocument.CLIENT_REQUEST, json)).isEqualTo(request());
  }

  @Test
  void aReaderThatNeverDeclaredTheSystemRefusesItsCodesAtThePath() {
    String json = CLINIC_JSON.write(JsonDocument.CLIENT_REQUEST, request());

    SexTherapyJsonException e = failure(() -> JSON.read(JsonDocument.CLIENT_REQUEST, json));

    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
    assertThat(e.path()).isEqualTo("$.concerns[0].recordedCodes[0].system");
  }

  @Test
  void freeTextInACodeFieldIsRefusedAtItsPathWithoutBeingEchoed() {
    String typed = "we argue about it " + RandomValues.SENTINEL;
    SexTherapyJsonException e = failure(() -> CLINIC_JSON.readValue(Code.class, json(
        "{'system': 'northside-intake', 'code': '" + typed + "', 'title': 'Intake',"
            + " 'certainty': 'verified'}")));

    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.code");
    assertThat(e.getMessage()).doesNotContain("argue");
  }

  @Test
  void aMalformedClusterIsRefusedAtItsPathWithoutBeingEchoed() {
    SexTherapyJsonException e = failure(() -> JSON.readValue(Code.class, json(
        "{'system': 'icd-11-mms', 'code': 'HA00&severe', 'title': 'Recorded',"
            + " 'certainty': 'uncertain'}")));

    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.code");
    assertThat(e.getMessage()).doesNotContain("severe");
  }

  @Test
  void aDocumentCannotDeclareASystemOrLoosenItsPattern() {
    SexTherapyJsonException e = failure(() -> CLINIC_JSON.readValue(Code.class, json(
        "{'system': {'id': 'lax', 'pattern': '.*'}, 'code': 'anything', 'title': 'Intake',"
            + " 'certainty': 'verified'}")));

    assertThat(e.kind()).isEqualTo(JsonErrorKind.WRONG_TYPE);
    assertThat(e.path()).isEqualTo("$.system");
  }
}
