package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.Identified;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Priority;
import org.sextherapy.client.Strength;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.code.StandardCodeSystem;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Contact;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.Population;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.treatment.StandardModalities;
import org.sextherapy.validation.Severity;

/** The small value types: enumerated values, codes, concerns, identities, places, modalities. */
class ValueTypesJsonTest extends WireFormatTestBase {

  private static final List<Class<? extends Enum<?>>> ENUMS = List.of(Certainty.class,
      StandardCodeSystem.class, ConcernCategory.class, GenderTerm.class, Focus.class, Intent.class,
      Delivery.class, Frequency.class, SessionFormat.class, CertificationStatus.class,
      CredentialKind.class, DegreeLevel.class, Discipline.class, LicenceStatus.class,
      ExpertiseLevel.class, Population.class, AgeBracket.class, GuardianConsent.class,
      PreferenceKind.class, Priority.class, Strength.class, ActivityKind.class, Contact.class,
      Severity.class);

  @Test
  void everyEnumeratedValueOfTheModelIsWrittenAsItsIdNeverItsJavaName() {
    int constants = 0;
    for (Class<? extends Enum<?>> type : ENUMS) {
      for (Enum<?> constant : type.getEnumConstants()) {
        String id = ((Identified) constant).id();
        assertThat(roundTripEnum(type, constant)).isEqualTo("\"" + id + "\"");
        if (!constant.name().equals(id)) {
          assertThat(readFailure(type, "\"" + constant.name() + "\"").kind())
              .isEqualTo(JsonErrorKind.UNKNOWN_ID);
        }
        constants++;
      }
    }
    assertThat(constants).isGreaterThan(100);
  }

  @SuppressWarnings("unchecked")
  private static <E> String roundTripEnum(Class<?> type, Object constant) {
    return roundTrip((Class<E>) type, (E) constant);
  }

  @Test
  void everyCodeOfTheCatalogueTravelsAsSystemAndCode() {
    for (Code code : CodeCatalogue.all()) {
      assertThat(roundTrip(Code.class, code))
          .isEqualTo("{\"ref\":\"" + code.system().id() + ":" + code.code() + "\"}");
    }
    Code local = Code.of(CodeSystem.ICD_10_CM, "Z70.1", "Counseling for patient's sexual"
        + " behavior and orientation", Certainty.UNCERTAIN);
    assertThat(roundTrip(Code.class, local)).isEqualTo(json("{'system':'icd-10-cm',"
        + "'code':'Z70.1','title':'Counseling for patient\\u0027s sexual behavior and orientation',"
        + "'certainty':'uncertain'}").replace("\\u0027", "'"));
  }

  @Test
  void anUnknownIdNamesTheTypeAsTheSchemaDoesWithItsArticle() {
    SexTherapyJsonException age = readFailure(AgeBracket.class, "\"ADULT\"");
    assertThat(age.detail()).isEqualTo("is not an AgeBracket id");
    assertThat(age.getMessage()).doesNotContain("ADULT");
    assertThat(readFailure(ExpertiseLevel.class, "\"guru\"").detail())
        .isEqualTo("is not an ExpertiseLevel id");
    assertThat(readFailure(Intent.class, "\"cure\"").detail()).isEqualTo("is not an Intent id");
    assertThat(readFailure(Delivery.class, "\"carrier-pigeon\"").detail())
        .isEqualTo("is not a Delivery id");
    assertThat(readFailure(InterstateCompact.class,
        "{\"id\": \"NOT-A-COMPACT\", \"members\": [\"US-NY\"]}").detail())
        .isEqualTo("is not a CompactKind id");
  }

  @Test
  void everyStandardConcernTravelsAsItsId() {
    for (ConcernType concern : StandardConcerns.all()) {
      assertThat(roundTrip(ConcernType.class, concern)).isEqualTo("\"" + concern.id() + "\"");
    }
    assertThat(readFailure(ConcernType.class, "\"Lack of sexual desire\"").kind())
        .isEqualTo(JsonErrorKind.UNKNOWN_ID);
  }

  @Test
  void genderIdentityKeepsTheTermsAndThePersonsOwnWords() {
    GenderIdentity identity = GenderIdentity.of("demiboy, he/they",
        EnumSet.of(GenderTerm.NON_BINARY, GenderTerm.ANOTHER_TERM));
    assertThat(roundTrip(GenderIdentity.class, identity)).isEqualTo(json("{'terms':["
        + "'non-binary','another-term'],'ownWords':'demiboy, he/they'}"));
    assertThat(readFailure(GenderIdentity.class, "{\"terms\": []}").path()).isEqualTo("$.terms");
    assertThat(readFailure(GenderIdentity.class, "{}").kind())
        .isEqualTo(JsonErrorKind.MISSING_PROPERTY);
  }

  @Test
  void jurisdictionIsItsIsoCode() {
    assertThat(roundTrip(Jurisdiction.class, Jurisdiction.parse("US-CA"))).isEqualTo("\"US-CA\"");
    assertThat(roundTrip(Jurisdiction.class, Jurisdiction.parse("GB"))).isEqualTo("\"GB\"");
    for (String bad : new String[] {"California", "us-ca", "US-", "XX", "US-CALI"}) {
      SexTherapyJsonException e = readFailure(Jurisdiction.class, "\"" + bad + "\"");
      assertThat(e.kind()).as(bad).isEqualTo(JsonErrorKind.INVALID_VALUE);
      assertThat(e.detail()).isEqualTo("must be a jurisdiction code such as US-CA or GB");
    }
  }

  @Test
  void coordinatesOutOfRangeAreInvalidAtTheirField() {
    SexTherapyJsonException e = readFailure(PracticeLocation.class,
        json("{'jurisdiction': 'US-IL', 'coordinates': {'latitude': 91, 'longitude': 0}}"));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.INVALID_VALUE);
    assertThat(e.path()).isEqualTo("$.coordinates.latitude");
    assertThat(roundTrip(Coordinates.class, Coordinates.of(-33.8688, 151.2093)))
        .isEqualTo(json("{'latitude':-33.8688,'longitude':151.2093}"));
    assertThat(readFailure(Coordinates.class, json("{'latitude': 1e999, 'longitude': 0}"))
        .path()).isEqualTo("$.latitude");
  }

  @Test
  void standardModalityTravelsByReferenceAndAnOwnModalityInFull() {
    assertThat(roundTrip(Modality.class, StandardModalities.PLISSIT))
        .isEqualTo("{\"ref\":\"plissit\"}");
    Modality own = Modality.of("sex-positive-group", "Sex-positive group work",
        Set.of(Aim.of(Focus.PLEASURE, Intent.EXPLORE), Aim.of(Focus.BODY_IMAGE, Intent.AFFIRM)));
    assertThat(roundTrip(Modality.class, own)).isEqualTo(json("{'id':'sex-positive-group',"
        + "'name':'Sex-positive group work','aims':[{'focus':'body-image','intent':'affirm'},"
        + "{'focus':'pleasure','intent':'explore'}]}"));
    assertThat(readFailure(Modality.class, "{\"ref\": \"conversion-therapy\"}").kind())
        .isEqualTo(JsonErrorKind.UNKNOWN_ID);
  }
}
