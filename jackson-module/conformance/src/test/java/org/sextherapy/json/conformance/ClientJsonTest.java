package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.insurance.PlanId;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.Strength;
import org.sextherapy.concern.StandardConcerns;

/** Client requests: participants, concerns and the polymorphic preferences. */
class ClientJsonTest extends WireFormatTestBase {

  @Test
  void everyPreferenceKindTravelsUnderItsDeclaredKindId() {
    Set<String> kinds = Examples.request().preferences().stream()
        .map(p -> tree(roundTrip(Preference.class, p)).get("kind").asText())
        .collect(Collectors.toSet());
    assertThat(kinds).isEqualTo(EnumSet.allOf(PreferenceKind.class).stream()
        .map(PreferenceKind::id).collect(Collectors.toSet()));
  }

  @Test
  void kindIsWrittenFirstButMayBeReadAnywhere() {
    FeePreference fee = FeePreference.of(Strength.REQUIRED,
        java.util.Currency.getInstance("EUR"), new java.math.BigDecimal("95.50"));
    assertThat(write(fee)).startsWith("{\"kind\":\"fee\",");
    assertThat(read(Preference.class,
        json("{'maximumFee': 95.50, 'currency': 'EUR', 'strength': 'required', 'kind': 'fee'}")))
        .isEqualTo(fee);
  }

  @Test
  void unknownKindIsRejectedListingTheDeclaredKinds() {
    SexTherapyJsonException e = readFailure(Preference.class,
        json("{'kind': 'therapist-zodiac-sign', 'strength': 'preferred'}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
    assertThat(e.path()).isEqualTo("$.kind");
    assertThat(e.getMessage()).doesNotContain("zodiac").contains("sliding-scale");
    SexTherapyJsonException className = readFailure(Preference.class,
        json("{'kind': 'org.sextherapy.client.FeePreference', 'strength': 'preferred'}"));
    assertThat(className.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
  }

  @Test
  void preferenceWithoutAKindIsMissingItsKind() {
    SexTherapyJsonException e = readFailure(ClientRequest.class, json("{'id': 'r1',"
        + " 'sessionJurisdiction': 'GB', 'format': 'individual',"
        + " 'preferences': [{'strength': 'preferred'}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(e.path()).isEqualTo("$.preferences[0].kind");
  }

  @Test
  void propertyOfAnotherKindIsNotAcceptedBesideThisKind() {
    SexTherapyJsonException e = readFailure(Preference.class,
        json("{'kind': 'sliding-scale', 'strength': 'preferred', 'outOfNetwork': true}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_PROPERTY);
    assertThat(e.path()).isEqualTo("$.outOfNetwork");
    SexTherapyJsonException missing = readFailure(Preference.class,
        json("{'kind': 'insurance', 'strength': 'preferred'}"));
    assertThat(missing.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(missing.path()).isEqualTo("$.coverage");
  }

  @Test
  void anInsurancePreferenceCarriesTheCoverageAsIdsAndOutOfNetworkDefaultsToFalse() {
    InsurancePreference preference = InsurancePreference.of(Strength.REQUIRED,
        Coverage.builder().payer(Payer.commercial("acme-health")).plan(PlanId.of("gold"))
            .addNetworks(NetworkId.of("acme-ppo")).build(), true);
    assertThat(roundTrip(Preference.class, preference)).isEqualTo(json("{'kind':'insurance',"
        + "'strength':'required','coverage':{'payer':{'id':'acme-health','kind':'commercial'},"
        + "'plan':'gold','networks':['acme-ppo']},'outOfNetwork':true}"));
    assertThat(((InsurancePreference) read(Preference.class, json("{'kind': 'insurance',"
        + " 'strength': 'preferred', 'coverage': {'payer': {'id': 'us-medicare',"
        + " 'kind': 'public-programme'}}}"))).outOfNetwork()).isFalse();
    SexTherapyJsonException badPlan = readFailure(Preference.class, json("{'kind': 'insurance',"
        + " 'strength': 'preferred', 'coverage': {'payer': {'id': 'acme', 'kind': 'commercial'},"
        + " 'plan': 'Gold plan'}}"));
    assertThat(badPlan.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(badPlan.path()).isEqualTo("$.coverage.plan");
  }

  @Test
  void readingAsOneKindsClassRejectsAnotherKind() {
    InsurancePreference insurance = InsurancePreference.of(Strength.PREFERRED,
        Coverage.of(Payer.publicProgramme("nhs")));
    assertThat(read(InsurancePreference.class, write(insurance))).isEqualTo(insurance);
    SexTherapyJsonException e = readFailure(FeePreference.class, write(insurance));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.kind");
  }

  @Test
  void participantIdsAreUniqueWithinARequest() {
    SexTherapyJsonException e = readFailure(ClientRequest.class, json("{'id': 'r1',"
        + " 'sessionJurisdiction': 'US-CA', 'format': 'couple', 'participants': ["
        + "{'id': 'p1', 'ageBracket': 'adult'}, {'id': 'p1', 'ageBracket': 'adult'}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.participants[1].id");
    assertThat(e.detail()).isEqualTo("must be unique within the request");
  }

  @Test
  void textTypedIntoARecordedCodeIsRefusedAtItsPathWithoutEchoingIt() {
    SexTherapyJsonException e = readFailure(RequestedConcern.class, json("{'concern':"
        + " 'LOW_SEXUAL_DESIRE', 'recordedCodes': [{'ref': 'icd-11-mms:HA00'}, {'system':"
        + " 'icd-10-cm', 'code': 'we feel distant', 'title': 'x', 'certainty': 'uncertain'}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).startsWith("$.recordedCodes[1]");
    assertThat(e.getMessage()).doesNotContain("distant");
  }

  @Test
  void aRecordedCodeInAnotherSpellingIsReadInItsCanonicalForm() {
    RequestedConcern concern = read(RequestedConcern.class, json("{'concern':"
        + " 'LOW_SEXUAL_DESIRE', 'recordedCodes': [{'system': 'icd-10', 'code': 'f66 1',"
        + " 'title': 'Egodystonic sexual orientation', 'certainty': 'verified'}]}"));
    assertThat(concern.recordedCodes()).singleElement()
        .satisfies(code -> assertThat(code.code()).isEqualTo("F66.1"));
  }

  @Test
  void ageOutsideTheAgeBracketIsInvalidAtAge() {
    SexTherapyJsonException e = readFailure(Participant.class,
        json("{'id': 'p1', 'ageBracket': 'adolescent', 'age': 34}"));
    assertThat(e.path()).isEqualTo("$.age");
    assertThat(e.getMessage()).doesNotContain("34");
    assertThat(roundTrip(Participant.class, Participant.ofAge("p9", 15)))
        .isEqualTo(json("{'id':'p9','ageBracket':'adolescent','age':15}"));
  }

  @Test
  void requestedConcernLeavesPriorityAndFlagsToTheModelsDefaults() {
    RequestedConcern concern = read(RequestedConcern.class, json("{'concern': 'SEXUAL_AVERSION'}"));
    assertThat(concern).isEqualTo(RequestedConcern.of(StandardConcerns.SEXUAL_AVERSION));
    assertThat(concern.priority()).isEqualTo(Priority.MEDIUM);
    assertThat(write(concern)).isEqualTo(json("{'concern':'SEXUAL_AVERSION','priority':'medium',"
        + "'markedDistress':false,'involvesNonConsentingOthers':false,"
        + "'significantRiskOfInjuryOrDeath':false,'distressOnlyFromMoralDisapproval':false,"
        + "'selfIdentifiesAsAsexual':false,'recordedCodes':[]}"));
  }

  @Test
  void emptyPreferenceSetIsInvalidWhereTheModelNeedsOne() {
    SexTherapyJsonException e = readFailure(Preference.class,
        json("{'kind': 'population', 'strength': 'preferred', 'populations': []}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.populations");
  }
}
