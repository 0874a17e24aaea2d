package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.TherapistProfile;

/** Therapist profiles: fees, languages, expertise in concerns. */
class TherapistJsonTest extends WireFormatTestBase {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void feesKeepEveryDecimalDigitWithoutFloatingPointRounding() {
    for (String fee : new String[] {"150", "150.50", "150.00", "0.1", "1E+3",
        "12345678901234567.89"}) {
      FeeSchedule schedule = FeeSchedule.of(USD,
          SessionFee.of(SessionFormat.COUPLE, 80, new BigDecimal(fee)));
      String json = roundTrip(FeeSchedule.class, schedule);
      assertThat(json).isEqualTo("{\"currency\":\"USD\",\"sessionFees\":[{\"format\":"
          + "\"couple\",\"minutes\":80,\"amount\":" + fee + "}],\"superbills\":false}");
      assertThat(read(FeeSchedule.class, json).sessionFees().get(0).amount())
          .isEqualTo(new BigDecimal(fee));
    }
  }

  @Test
  void feeWithMoreDigitsThanAnyCurrencyNeedsIsInvalid() {
    String fee = "'format': 'individual', 'minutes': 50, 'amount': ";
    SexTherapyJsonException e = readFailure(FeeSchedule.class,
        json("{'currency': 'USD', 'sessionFees': [{" + fee + "1e30}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.sessionFees[0].amount");
    assertThat(readFailure(FeeSchedule.class,
        json("{'currency': 'USD', 'sessionFees': [{" + fee + "-5}]}")).path())
        .isEqualTo("$.sessionFees[0].amount");
    assertThat(readFailure(FeeSchedule.class,
        json("{'currency': 'usd', 'sessionFees': [{" + fee + "5}]}")).path())
        .isEqualTo("$.currency");
    assertThat(readFailure(FeeSchedule.class,
        json("{'currency': 'XYZ', 'sessionFees': [{" + fee + "5}]}")).kind())
        .isEqualTo(JsonErrorKind.INVALID_VALUE);
  }

  @Test
  void aSessionFeeNeedsAFormatAndALengthWithinAnIntensiveDay() {
    assertThat(readFailure(FeeSchedule.class, json("{'currency': 'USD', 'sessionFees': [{"
        + "'format': 'couple', 'minutes': 481, 'amount': 5}]}")).path())
        .isEqualTo("$.sessionFees[0].minutes");
    assertThat(readFailure(FeeSchedule.class, json("{'currency': 'USD', 'sessionFees': [{"
        + "'minutes': 50, 'amount': 5}]}")).path()).isEqualTo("$.sessionFees[0].format");
    SexTherapyJsonException empty =
        readFailure(FeeSchedule.class, json("{'currency': 'USD', 'sessionFees': []}"));
    assertThat(empty.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(empty.getMessage()).contains("sessionFees");
  }

  @Test
  void networksTravelAsIdsWithThePayersKindAndAreNamedPerLocation() {
    TherapistProfile profile = TherapistProfile.builder().id("th-1").displayName("Dr Lee")
        .addNetworks(NetworkParticipation.builder().payer(Payer.publicProgramme("us-medicare"))
            .network(NetworkId.of("us-medicare-ffs")).acceptance(PatientAcceptance.ACCEPTING)
            .build())
        .addLocations(PracticeLocation.builder().jurisdiction(Jurisdiction.parse("US-IL"))
            .addNetworks(NetworkId.of("us-medicare-ffs")).build())
        .build();
    assertThat(roundTrip(TherapistProfile.class, profile))
        .contains(json("'locations':[{'jurisdiction':'US-IL','networks':['us-medicare-ffs'],"
            + "'access':[],'signLanguages':[]}]"))
        .contains(json("'networks':[{'payer':{'id':'us-medicare','kind':'public-programme'},"
            + "'network':'us-medicare-ffs','plans':[],'acceptance':'accepting',"
            + "'telehealth':false}]"));
    SexTherapyJsonException undeclared = readFailure(TherapistProfile.class, json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'locations': [{'jurisdiction': 'US-IL',"
        + " 'networks': ['acme-ppo']}]}"));
    assertThat(undeclared.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(undeclared.getMessage()).contains("locations[0].networks");
  }

  @Test
  void languagesAreBcp47Tags() {
    TherapistProfile profile = TherapistProfile.builder().id("th-1").displayName("Dr Lee")
        .addLanguages(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("en")).build();
    assertThat(roundTrip(TherapistProfile.class, profile)).contains("\"languages\":[\"en\","
        + "\"pt-BR\"]");
    for (String bad : new String[] {"pt_BR", "", "Portuguese (Brazil)", "x-private"}) {
      SexTherapyJsonException e = readFailure(TherapistProfile.class,
          json("{'id': 'th-1', 'displayName': 'Dr Lee', 'languages': ['en', '" + bad + "']}"));
      assertThat(e.kind()).as(bad).isEqualTo(JsonErrorKind.INVALID_VALUE);
      assertThat(e.path()).isEqualTo("$.languages[1]");
    }
  }

  @Test
  void aLanguageReadBeforeReadsTheSameAgainAndAnInvalidOneFailsEveryTime() {
    String doc = json("{'id': 'th-1', 'displayName': 'Dr Lee', 'languages': ['es-MX', 'EN']}");
    for (int i = 0; i < 3; i++) {
      assertThat(read(TherapistProfile.class, doc).languages())
          .containsExactly(Locale.forLanguageTag("es-MX"), Locale.ENGLISH);
    }
    for (int i = 0; i < 3; i++) {
      assertThat(readFailure(TherapistProfile.class,
          json("{'id': 'th-1', 'displayName': 'Dr Lee', 'languages': ['pt_BR']}")).path())
          .isEqualTo("$.languages[0]");
    }
  }

  @Test
  void aSetRefusesARepeatAtItsIndexWhateverItsSize() {
    for (int size : new int[] {2, 15, 16, 17, 48}) {
      List<String> networks = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        networks.add("'net-" + i + "'");
      }
      String distinct = json("{'jurisdiction': 'US-IL', 'networks': ["
          + String.join(", ", networks) + "]}");
      assertThat(read(PracticeLocation.class, distinct).networks()).hasSize(size);
      for (int at : new int[] {1, size / 2, size - 1}) {
        List<String> repeated = new ArrayList<>(networks);
        repeated.set(at, networks.get(at - 1 < 0 ? 0 : at - 1));
        SexTherapyJsonException e = readFailure(PracticeLocation.class, json("{'jurisdiction':"
            + " 'US-IL', 'networks': [" + String.join(", ", repeated) + "]}"));
        assertThat(e.kind()).as("size %d, repeat at %d", size, at)
            .isEqualTo(JsonErrorKind.INVALID_VALUE);
        assertThat(e.path()).isEqualTo("$.networks[" + at + "]");
      }
    }
  }

  @Test
  void concernTravelsAsItsIdAndAnUnknownIdIsNamedByPath() {
    assertThat(roundTrip(Expertise.class,
        Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST)))
        .isEqualTo(json("{'concern':'PAINFUL_SEX','level':'specialist'}"));
    SexTherapyJsonException e = readFailure(TherapistProfile.class, json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'expertise': [{'concern': 'SEX_ADDICTION',"
        + " 'level': 'general'}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.UNKNOWN_ID);
    assertThat(e.path()).isEqualTo("$.expertise[0].concern");
  }

  @Test
  void applicationsOwnConcernTypeReadsWithItsCatalogue() {
    ConcernType chemsex = ConcernType.builder().id("CHEMSEX").displayName("Chemsex")
        .category(ConcernCategory.COMPULSIVE_BEHAVIOUR).relational(false).build();
    JsonCodec clinic = Binding.CURRENT.codec(JsonOptions.defaults()
        .withConcernCatalogue(ConcernCatalogue.standard().with(chemsex)));
    TherapistProfile profile = TherapistProfile.builder().id("th-1").displayName("Dr Lee")
        .addExpertise(Expertise.of(chemsex, ExpertiseLevel.SPECIALIST),
            Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.GENERAL))
        .build();
    String json = clinic.write(JsonDocument.THERAPIST_PROFILE, profile);
    for (int i = 0; i < 3; i++) {
      assertThat(clinic.read(JsonDocument.THERAPIST_PROFILE, json)).isEqualTo(profile);
      assertThat(failure(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, json)).kind())
          .isEqualTo(JsonErrorKind.UNKNOWN_ID);
    }
    JsonCodec noConcerns = Binding.CURRENT.codec(JsonOptions.defaults()
        .withConcernCatalogue(ConcernCatalogue.of(List.of())));
    String standard = JSON.write(JsonDocument.THERAPIST_PROFILE, Examples.profile());
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, standard)).isEqualTo(Examples.profile());
    assertThat(failure(() -> noConcerns.read(JsonDocument.THERAPIST_PROFILE, standard)).path())
        .isEqualTo("$.expertise[0].concern");
  }

  @Test
  void expertiseInTheSameConcernTwiceIsInvalidAtTheSecond() {
    SexTherapyJsonException e = readFailure(TherapistProfile.class, json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'expertise': [{'concern': 'AGEING', 'level': 'general'},"
        + " {'concern': 'AGEING', 'level': 'specialist'}]}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.expertise[1]");
  }

  @Test
  void profileWithOnlyRequiredPropertiesWritesEveryCollectionEmpty() {
    String json = roundTrip(TherapistProfile.class, Examples.minimalProfile());
    assertThat(json).contains("\"expertise\":[]").contains("\"acceptingNewClients\":false")
        .doesNotContain("fees").doesNotContain("pronouns").doesNotContain("null");
    assertThat(read(TherapistProfile.class, json("{'id': 'th-2001', 'displayName':"
        + " 'Sam Okafor, LMFT'}"))).isEqualTo(Examples.minimalProfile());
  }

  @Test
  void availabilityIsAnInstantInUtc() {
    SexTherapyJsonException e = readFailure(TherapistProfile.class, json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'availabilityConfirmedAt': 'yesterday'}"));
    assertThat(e.path()).isEqualTo("$.availabilityConfirmedAt");
    assertThat(write(Examples.profile())).contains("\"availabilityConfirmedAt\":"
        + "\"2026-11-20T09:30:00Z\"");
  }
}
