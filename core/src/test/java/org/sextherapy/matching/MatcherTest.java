package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.treatment.StandardModalities;

/** Examples of each hard constraint, of scoring and explanations, and of the why-not counts. */
class MatcherTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 26);
  private static final Jurisdiction NY = Jurisdiction.parse("US-NY");
  private static final Jurisdiction NJ = Jurisdiction.parse("US-NJ");
  private static final Jurisdiction CA = Jurisdiction.parse("US-CA");
  private static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(NY, NJ, Jurisdiction.parse("US-TX")));
  private static final Coordinates MANHATTAN = Coordinates.of(40.7580, -73.9855);
  private static final Coordinates BROOKLYN = Coordinates.of(40.6782, -73.9442);
  private static final Coordinates BUFFALO = Coordinates.of(42.8864, -78.8784);

  /** A therapist whose attributes a test changes before building. */
  static final class Therapist {
    final String id;
    Set<SessionFormat> formats = EnumSet.of(SessionFormat.INDIVIDUAL, SessionFormat.COUPLE);
    Set<Delivery> deliveries = EnumSet.of(Delivery.VIDEO, Delivery.IN_PERSON);
    Set<Population> populations = EnumSet.of(Population.ADULTS);
    List<Expertise> expertise =
        new ArrayList<>(List.of(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.GENERAL)));
    List<Licence> licences = new ArrayList<>(List.of(licence(Discipline.PSYCHOLOGY, NY)));
    List<CompactPrivilege> privileges = new ArrayList<>();
    List<PracticeLocation> locations =
        new ArrayList<>(List.of(PracticeLocation.of(NY, MANHATTAN)));
    List<Certification> certifications = new ArrayList<>();
    List<Modality> modalities = new ArrayList<>();
    List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
    List<NetworkParticipation> networks = new ArrayList<>();
    GenderIdentity gender = GenderIdentity.of(GenderTerm.WOMAN);
    FeeSchedule fees = FeeSchedule.of(Currency.getInstance("USD"),
        SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("150")));
    int years;
    boolean accepting = true;
    int capacity = 2;
    @Nullable Instant confirmedAt;

    Therapist(String id) {
      this.id = id;
    }

    TherapistProfile build() {
      TherapistProfile.Builder b = TherapistProfile.builder().id(id).displayName("Dr " + id)
          .addAllFormats(formats).addAllDeliveries(deliveries).addAllPopulations(populations)
          .addAllExpertise(expertise).addAllLicences(licences).addAllCompactPrivileges(privileges)
          .addAllLocations(locations).addAllCertifications(certifications)
          .addAllModalities(modalities).addAllLanguages(languages).addAllNetworks(networks)
          .gender(gender).fees(fees).acceptingNewClients(accepting).openCapacity(capacity);
      if (years > 0) {
        b.training(TrainingRecord.builder().postDegreeExperienceYears(years).build());
      }
      if (confirmedAt != null) {
        b.availabilityConfirmedAt(confirmedAt);
      }
      return b.build();
    }
  }

  static Licence licence(Discipline discipline, Jurisdiction where) {
    return Licence.builder().discipline(discipline).jurisdiction(where).number("L-" + where)
        .status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1)).build();
  }

  static Therapist therapist(String id, Consumer<Therapist> change) {
    Therapist t = new Therapist(id);
    change.accept(t);
    return t;
  }

  /** A request whose attributes a test changes before building. */
  static final class Request {
    String id = "req-1";
    Jurisdiction where = NY;
    SessionFormat format = SessionFormat.INDIVIDUAL;
    Set<Delivery> deliveries = EnumSet.of(Delivery.VIDEO);
    List<RequestedConcern> concerns =
        new ArrayList<>(List.of(RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.HIGH)));
    List<Preference> preferences = new ArrayList<>();
    AgeBracket age = AgeBracket.ADULT;
    /** Recorded for a minor: without it the gate matches a minor to nobody. */
    GuardianConsent consent = GuardianConsent.GIVEN;

    ClientRequest build() {
      ClientRequest.Builder b = ClientRequest.builder().id(id).sessionJurisdiction(where)
          .format(format).addAllDeliveries(deliveries).addAllConcerns(concerns)
          .addAllPreferences(preferences)
          .addParticipants(Participant.builder().id("p1").ageBracket(age).build());
      if (age != AgeBracket.ADULT) {
        b.guardianConsent(consent);
      }
      if (format == SessionFormat.COUPLE) {
        b.addParticipants(Participant.builder().id("p2").ageBracket(AgeBracket.ADULT).build());
      }
      return b.build();
    }
  }

  static ClientRequest request(Consumer<Request> change) {
    Request r = new Request();
    change.accept(r);
    return r.build();
  }

  static MatchResult match(ClientRequest request, Therapist... therapists) {
    List<TherapistProfile> profiles = new ArrayList<>();
    for (Therapist t : therapists) {
      profiles.add(t.build());
    }
    return Matcher.standard().match(request, TherapistDirectory.of(profiles), DATE, 10);
  }

  static List<String> ids(MatchResult result) {
    return result.matches().stream().map(Match::therapistId).toList();
  }

  /** Asserts that the first therapist is excluded by the constraint and the second is offered. */
  static void excludedBy(HardConstraint constraint, ClientRequest request, Therapist excluded,
      Therapist offered) {
    MatchResult result = match(request, excluded, offered);
    assertThat(ids(result)).containsExactly(offered.id);
    assertThat(result.excludedBy(constraint)).as(constraint.id()).isEqualTo(1);
    assertThat(result.eligible()).isEqualTo(1);
    assertThat(new ReferenceMatcher(MatchPolicy.defaults()).firstFailing(request,
        excluded.build(), ReferenceMatcher.Rates.of(List.of(excluded.build())), DATE))
        .contains(constraint);
  }

  // ------------------------------------------------------------------ telehealth jurisdictions

  @Test
  void therapistLicensedInNewYorkIsExcludedForAClientInNewJerseyByVideo() {
    ClientRequest inNewJersey = request(r -> r.where = NJ);
    MatchResult result = match(inNewJersey, new Therapist("th-ny"));
    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(1);
  }

  @Test
  void psypactPrivilegeCoveringNewJerseyLetsANewYorkPsychologistSeeAClientThereByVideo() {
    ClientRequest inNewJersey = request(r -> r.where = NJ);
    Therapist psychologist = therapist("th-ny", t -> t.privileges.add(
        CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2025, 1, 1))));
    MatchResult result = match(inNewJersey, psychologist);
    assertThat(ids(result)).containsExactly("th-ny");
    assertThat(result.matches().get(0).reasons())
        .startsWith(Reason.of(ReasonCode.COMPACT_PRIVILEGE, "PSYPACT-APIT:US-NJ", 0));
  }

  @Test
  void compactPrivilegeWithoutAnActiveHomeLicenceDoesNotAuthorise() {
    ClientRequest inNewJersey = request(r -> r.where = NJ);
    Therapist lapsedHome = therapist("th-lapsed", t -> {
      t.licences.set(0, Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NY)
          .number("L-1").status(LicenceStatus.EXPIRED).validFrom(LocalDate.of(2020, 1, 1))
          .build());
      t.privileges.add(CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2025, 1, 1)));
    });
    Therapist socialWorker = therapist("th-sw", t -> {
      t.licences.set(0, licence(Discipline.SOCIAL_WORK, NY));
      t.privileges.add(CompactPrivilege.of(PSYPACT, NY, LocalDate.of(2025, 1, 1)));
    });
    MatchResult result = match(inNewJersey, lapsedHome, socialWorker);
    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(2);
  }

  @Test
  void licenceIsJudgedOnTheSessionDate() {
    Therapist expiring = therapist("th-expiring", t -> t.licences.set(0,
        Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(NY).number("L-1")
            .status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(2020, 1, 1))
            .validUntil(DATE).build()));
    TherapistDirectory directory = TherapistDirectory.of(List.of(expiring.build()));
    ClientRequest request = request(r -> { });
    assertThat(Matcher.standard().match(request, directory, DATE, 1).matches()).hasSize(1);
    assertThat(Matcher.standard().match(request, directory, DATE.plusDays(1), 1).matches())
        .isEmpty();
  }

  @Test
  void aCountryLevelLicenceAuthorisesNoStateSinceStatesLicense() {
    Therapist national = therapist("th-us", t -> t.licences.set(0,
        licence(Discipline.MEDICINE, Jurisdiction.country("US"))));
    MatchResult result = match(request(r -> r.where = CA), national);
    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ in person

  @Test
  void inPersonNeedsAPracticeInTheSessionJurisdictionAndALicenceThere() {
    ClientRequest inPerson = request(r -> r.deliveries = EnumSet.of(Delivery.IN_PERSON));
    Therapist practisesInNewJersey = therapist("th-nj-office", t -> {
      t.locations.set(0, PracticeLocation.of(NJ));
      t.licences.add(licence(Discipline.PSYCHOLOGY, NJ));
    });
    Therapist officeButNoLicence = therapist("th-unlicensed-office", t -> {
      t.licences.set(0, licence(Discipline.PSYCHOLOGY, NJ));
    });
    Therapist offered = new Therapist("th-ny");
    MatchResult result = match(inPerson, practisesInNewJersey, officeButNoLicence, offered);
    assertThat(ids(result)).containsExactly("th-ny");
    assertThat(result.excludedBy(HardConstraint.AUTHORISATION)).isEqualTo(2);
    assertThat(result.matches().get(0).reasons())
        .containsExactly(Reason.of(ReasonCode.PRACTICES_IN, "US-NY", 0),
            Reason.of(ReasonCode.LICENSED_IN, "US-NY", 0),
            Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 30));
  }

  @Test
  void aRequestAcceptingSeveralDeliveriesIsMetByAnyFeasibleOne() {
    ClientRequest either = request(r -> {
      r.where = NJ;
      r.deliveries = EnumSet.of(Delivery.VIDEO, Delivery.IN_PERSON);
    });
    Therapist officeInNewJersey = therapist("th-nj", t -> {
      t.deliveries = EnumSet.of(Delivery.IN_PERSON);
      t.licences.set(0, licence(Discipline.COUNSELLING, NJ));
      t.locations.set(0, PracticeLocation.of(NJ));
    });
    Therapist videoFromCalifornia = therapist("th-ca", t -> {
      t.deliveries = EnumSet.of(Delivery.VIDEO);
      t.licences.set(0, licence(Discipline.COUNSELLING, CA));
      t.licences.add(licence(Discipline.COUNSELLING, NJ));
      t.locations.set(0, PracticeLocation.of(CA));
    });
    assertThat(ids(match(either, officeInNewJersey, videoFromCalifornia)))
        .containsExactlyInAnyOrder("th-nj", "th-ca");
  }

  @Test
  void requiredDistanceExcludesAFarPracticeAndVideoDoesNotStandIn() {
    ClientRequest near = request(r -> {
      r.deliveries = EnumSet.of(Delivery.VIDEO, Delivery.IN_PERSON);
      r.preferences.add(InPersonDistancePreference.of(Strength.REQUIRED, BROOKLYN, 20));
    });
    Therapist inBuffalo = therapist("th-buffalo",
        t -> t.locations.set(0, PracticeLocation.of(NY, BUFFALO)));
    excludedBy(HardConstraint.REQUIRED_IN_PERSON_DISTANCE, near, inBuffalo,
        new Therapist("th-manhattan"));
  }

  @Test
  void preferredDistanceScoresByDistanceNamingThePracticeJurisdictionAndKilometres() {
    ClientRequest near = request(r -> {
      r.deliveries = EnumSet.of(Delivery.IN_PERSON);
      r.preferences.add(InPersonDistancePreference.of(Strength.PREFERRED, BROOKLYN, 20));
    });
    MatchResult result = match(near, new Therapist("th-manhattan"),
        therapist("th-buffalo", t -> t.locations.set(0, PracticeLocation.of(NY, BUFFALO))));
    assertThat(ids(result)).containsExactly("th-manhattan", "th-buffalo");
    // Manhattan is 9.6 km from the client's point in Brooklyn: under the default linear decay
    // over the client's 20 km, 12 x (1 - 9.6 / 20) = 6.2 points.
    assertThat(result.matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.PREFERRED_DISTANCE, "US-NY:10km", 6));
  }

  // ------------------------------------------------------------------ therapist side

  @Test
  void therapistNotAcceptingNewClientsOrWithoutAnOpenPlaceIsExcluded() {
    MatchResult result = match(request(r -> { }), therapist("th-closed", t -> t.accepting = false),
        therapist("th-full", t -> t.capacity = 0), new Therapist("th-open"));
    assertThat(ids(result)).containsExactly("th-open");
    assertThat(result.excludedBy(HardConstraint.AVAILABILITY)).isEqualTo(2);
  }

  @Test
  void aMinorGoesOnlyToATherapistServingAdolescents() {
    ClientRequest adolescent = request(r -> r.age = AgeBracket.ADOLESCENT);
    excludedBy(HardConstraint.ADOLESCENTS, adolescent, new Therapist("th-adults"),
        therapist("th-teens", t -> t.populations.add(Population.ADOLESCENTS)));
  }

  @Test
  void aTherapistIsMatchedOnlyOnConcernsTheyDeclareExpertiseIn() {
    excludedBy(HardConstraint.COMPETENCE, request(r -> { }),
        therapist("th-other", t -> t.expertise.set(0,
            Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.SPECIALIST))),
        new Therapist("th-pain"));
  }

  @Test
  void aRequestWithoutConcernsMatchesNobody() {
    MatchResult result = match(request(r -> r.concerns.clear()), new Therapist("th-1"));
    assertThat(result.matches()).isEmpty();
    assertThat(result.excludedBy(HardConstraint.COMPETENCE)).isEqualTo(1);
  }

  @Test
  void theFormatAskedForMustBeOffered() {
    ClientRequest couple = request(r -> r.format = SessionFormat.COUPLE);
    excludedBy(HardConstraint.FORMAT, couple,
        therapist("th-individual", t -> t.formats = EnumSet.of(SessionFormat.INDIVIDUAL)),
        new Therapist("th-couples"));
  }

  @Test
  void oneOfTheAcceptedDeliveriesMustBeOffered() {
    excludedBy(HardConstraint.DELIVERY, request(r -> { }),
        therapist("th-office-only", t -> t.deliveries = EnumSet.of(Delivery.IN_PERSON)),
        new Therapist("th-video"));
  }

  @Test
  void whyNotCountsSayHowManyMoreWouldMatchIfTheClientAcceptedVideo() {
    List<Therapist> directory = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      directory.add(therapist("th-video-" + i, t -> t.deliveries = EnumSet.of(Delivery.VIDEO)));
    }
    directory.add(new Therapist("th-both"));
    ClientRequest inPersonOnly = request(r -> r.deliveries = EnumSet.of(Delivery.IN_PERSON));
    MatchResult result = match(inPersonOnly, directory.toArray(new Therapist[0]));
    assertThat(result.excludedBy(HardConstraint.DELIVERY)).isEqualTo(12);
    assertThat(result.considered()).isEqualTo(13);
    assertThat(result.eligible()).isEqualTo(1);
  }

  @Test
  void anExcludedTherapistIsCountedOnceUnderTheFirstFailingConstraint() {
    Therapist failsSeveral = therapist("th-many", t -> {
      t.formats = EnumSet.of(SessionFormat.GROUP);
      t.deliveries = EnumSet.of(Delivery.PHONE);
      t.licences.clear();
    });
    MatchResult result = match(request(r -> { }), failsSeveral);
    assertThat(result.excluded()).containsEntry(HardConstraint.FORMAT, 1);
    assertThat(result.excluded().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(1);
    assertThat(result.excluded().keySet()).containsExactly(HardConstraint.values());
  }

  @Test
  void aProfileWithAnEthicsErrorIsNeverOffered() {
    Modality conversion = Modality.of("orientation-change", "Orientation change",
        Set.of(Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE)));
    Therapist unethical = therapist("th-unethical", t -> {
      t.modalities.add(conversion);
      t.expertise.set(0, Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST));
    });
    excludedBy(HardConstraint.ETHICS, request(r -> { }), unethical, new Therapist("th-ethical"));
  }

  // ------------------------------------------------------------------ required preferences

  @Test
  void aRequiredTherapistGenderIsHonoured() {
    ClientRequest woman = request(r -> r.preferences.add(
        TherapistGenderPreference.of(Strength.REQUIRED, Set.of(GenderTerm.WOMAN))));
    excludedBy(HardConstraint.REQUIRED_THERAPIST_GENDER, woman,
        therapist("th-man", t -> t.gender = GenderIdentity.of(GenderTerm.MAN)),
        new Therapist("th-woman"));
  }

  @Test
  void aRequiredPopulationSuchAsTransAndNonBinaryClientsIsHonoured() {
    ClientRequest affirming = request(r -> r.preferences.add(PopulationPreference.of(
        Strength.REQUIRED, Set.of(Population.TRANS_AND_NON_BINARY, Population.INTERSEX))));
    excludedBy(HardConstraint.REQUIRED_POPULATION, affirming, new Therapist("th-general"),
        therapist("th-affirming", t -> t.populations.add(Population.TRANS_AND_NON_BINARY)));
  }

  @Test
  void aRequiredLanguageIsMetByItsPrimarySubtag() {
    ClientRequest portuguese = request(r -> r.preferences.add(
        LanguagePreference.of(Strength.REQUIRED, Set.of(Locale.forLanguageTag("pt")))));
    excludedBy(HardConstraint.REQUIRED_LANGUAGE, portuguese, new Therapist("th-en"),
        therapist("th-pt-br", t -> t.languages.add(Locale.forLanguageTag("pt-BR"))));
  }

  @Test
  void aRequiredCertifiedSexTherapistHoldsASexTherapistCertificationCurrentOnTheDate() {
    ClientRequest certified = request(r -> r.preferences.add(
        CertifiedSexTherapistPreference.of(Strength.REQUIRED)));
    Therapist lapsed = therapist("th-lapsed", t -> t.certifications.add(Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(DATE.minusYears(4)).build()));
    Therapist current = therapist("th-current", t -> t.certifications.add(Certification.builder()
        .credential(StandardCredentials.AASECT_CST).issued(DATE.minusYears(1)).build()));
    excludedBy(HardConstraint.REQUIRED_CERTIFIED_SEX_THERAPIST, certified, lapsed, current);
  }

  @Test
  void aSexTherapistCertificationRestingOnALapsedCredentialIsNotCurrent() {
    Credential advanced = Credential.builder().issuer(StandardCredentials.AASECT).id("ADV")
        .title("Advanced sex therapist").kind(CredentialKind.SEX_THERAPIST)
        .requiresCurrent(StandardCredentials.AASECT_CST).build();
    Certification advancedHeld = Certification.builder().credential(advanced)
        .issued(DATE.minusYears(1)).build();
    ClientRequest certified = request(r -> r.preferences.add(
        CertifiedSexTherapistPreference.of(Strength.REQUIRED)));
    Therapist cstLapsed = therapist("th-cst-lapsed", t -> {
      t.certifications.add(advancedHeld);
      t.certifications.add(Certification.builder().credential(StandardCredentials.AASECT_CST)
          .issued(DATE.minusYears(4)).build());
    });
    Therapist cstCurrent = therapist("th-cst-current", t -> {
      t.certifications.add(advancedHeld);
      t.certifications.add(Certification.builder().credential(StandardCredentials.AASECT_CST)
          .issued(DATE.minusYears(2)).build());
    });
    excludedBy(HardConstraint.REQUIRED_CERTIFIED_SEX_THERAPIST, certified, cstLapsed, cstCurrent);
    assertThat(match(certified, cstCurrent).matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.CURRENT_CERTIFICATION, "AASECT-ADV", 5));
  }

  @Test
  void aRequiredFeeComparesTheLowestFeeInTheSameCurrency() {
    ClientRequest upTo100 = request(r -> r.preferences.add(FeePreference.of(Strength.REQUIRED,
        Currency.getInstance("USD"), new BigDecimal("100.00"))));
    Therapist slidingDownTo80 = therapist("th-sliding", t -> t.fees = FeeSchedule.of(
        Currency.getInstance("USD"), SessionFee.of(SessionFormat.INDIVIDUAL, 50,
            new BigDecimal("150"), SlidingScale.of(new BigDecimal("80"), new BigDecimal("150")))));
    Therapist inEuros = therapist("th-euros", t -> t.fees = FeeSchedule.of(
        Currency.getInstance("EUR"), SessionFee.of(SessionFormat.INDIVIDUAL, 50,
            new BigDecimal("50"))));
    MatchResult result = match(upTo100, slidingDownTo80, inEuros, new Therapist("th-150"));
    assertThat(ids(result)).containsExactly("th-sliding");
    assertThat(result.excludedBy(HardConstraint.REQUIRED_FEE)).isEqualTo(2);

    ClientRequest exactly150 = request(r -> r.preferences.add(FeePreference.of(
        Strength.REQUIRED, Currency.getInstance("USD"), new BigDecimal("150.0"))));
    assertThat(ids(match(exactly150, new Therapist("th-150")))).containsExactly("th-150");
  }

  @Test
  void aRequiredSlidingScaleIsHonoured() {
    ClientRequest sliding = request(r -> r.preferences.add(
        SlidingScalePreference.of(Strength.REQUIRED)));
    excludedBy(HardConstraint.REQUIRED_SLIDING_SCALE, sliding, new Therapist("th-flat"),
        therapist("th-sliding", t -> t.fees = FeeSchedule.of(Currency.getInstance("USD"),
            SessionFee.of(SessionFormat.INDIVIDUAL, 50, new BigDecimal("150"),
                SlidingScale.of(new BigDecimal("60"), new BigDecimal("150"))))));
  }

  @Test
  void aRequiredInsurerIsHonoured() {
    Payer acme = Payer.commercial("acme-health");
    ClientRequest acmeMember = request(r -> r.preferences.add(
        InsurancePreference.of(Strength.REQUIRED, Coverage.of(acme))));
    excludedBy(HardConstraint.REQUIRED_INSURANCE, acmeMember,
        therapist("th-other", t -> t.networks.add(NetworkParticipation.builder()
            .payer(Payer.commercial("other")).network(NetworkId.of("other-ppo")).telehealth(true)
            .build())),
        therapist("th-acme", t -> t.networks.add(NetworkParticipation.builder().payer(acme)
            .network(NetworkId.of("acme-ppo")).telehealth(true).build())));
  }

  @Test
  void aRequiredModalityIsHonoured() {
    ClientRequest sensateFocus = request(r -> r.preferences.add(ModalityPreference.of(
        Strength.REQUIRED, Set.of(StandardModalities.SENSATE_FOCUS.id()))));
    excludedBy(HardConstraint.REQUIRED_MODALITY, sensateFocus,
        therapist("th-cbt", t -> t.modalities.add(StandardModalities.CBT)),
        therapist("th-sensate", t -> t.modalities.add(StandardModalities.SENSATE_FOCUS)));
  }

  // ------------------------------------------------------------------ scoring

  @Test
  void aSpecialistInTheClientsMainConcernOutranksGeneralistsAndExplainsWhy() {
    ClientRequest request = request(r -> {
      r.concerns.add(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE, Priority.LOW));
      r.preferences.add(LanguagePreference.of(Strength.PREFERRED,
          Set.of(Locale.forLanguageTag("es"))));
    });
    Therapist specialist = therapist("th-specialist", t -> {
      t.expertise.set(0, Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST));
      t.years = 12;
      t.certifications.add(Certification.builder().credential(StandardCredentials.AASECT_CST)
          .issued(DATE.minusYears(1)).build());
    });
    Therapist generalist = therapist("th-generalist", t -> {
      t.expertise.add(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.GENERAL));
      t.languages.add(Locale.forLanguageTag("es"));
    });
    MatchResult result = match(request, generalist, specialist);
    assertThat(ids(result)).containsExactly("th-specialist", "th-generalist");
    assertThat(result.matches().get(0).reasons()).containsExactly(
        Reason.of(ReasonCode.LICENSED_IN, "US-NY", 0),
        Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 90),
        Reason.of(ReasonCode.CURRENT_CERTIFICATION, "AASECT-CST", 5),
        Reason.of(ReasonCode.EXPERIENCE, "5", 5));
    assertThat(result.matches().get(0).score()).isEqualTo(100);
    assertThat(result.matches().get(1).reasons()).containsExactly(
        Reason.of(ReasonCode.LICENSED_IN, "US-NY", 0),
        Reason.of(ReasonCode.COVERS_CONCERN, "PAINFUL_SEX", 30),
        Reason.of(ReasonCode.COVERS_CONCERN, "LOW_SEXUAL_DESIRE", 10),
        Reason.of(ReasonCode.PREFERRED_LANGUAGE, "es", 12));
    assertThat(result.matches().get(1).score()).isEqualTo(52);
    assertThat(result.matches().get(0).toString())
        .contains("COVERS_CONCERN(PAINFUL_SEX) +90");
  }

  @Test
  void aConcernNamedTwiceCountsOnceAtItsHighestPriority() {
    ClientRequest twice = request(r -> r.concerns.add(
        RequestedConcern.of(StandardConcerns.PAINFUL_SEX, Priority.LOW)));
    assertThat(match(twice, new Therapist("th-1")).matches().get(0).score()).isEqualTo(30);
  }

  @Test
  void aCallerMaySupplyTheirOwnWeights() {
    MatchPolicy flat = MatchPolicy.builder().generalExpertisePoints(7).experiencedExpertisePoints(7)
        .specialistExpertisePoints(7).build();
    MatchResult result = Matcher.of(flat).match(request(r -> { }),
        TherapistDirectory.of(List.of(new Therapist("th-1").build())), DATE, 1);
    assertThat(result.matches().get(0).score()).isEqualTo(21);
    assertThatThrownBy(() -> MatchPolicy.builder().generalExpertisePoints(40).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("experiencedExpertisePoints");
  }

  // ------------------------------------------------------------------ fairness and edge cases

  @Test
  void equallySuitedTherapistsShareTheTopPlaceAcrossRequests() {
    List<TherapistProfile> equals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      equals.add(new Therapist("th-" + i).build());
    }
    TherapistDirectory directory = TherapistDirectory.of(equals);
    Map<String, Integer> firsts = new HashMap<>();
    for (int n = 0; n < 2000; n++) {
      int index = n;
      MatchResult result = Matcher.standard()
          .match(request(r -> r.id = "req-" + index), directory, DATE, 3);
      assertThat(result.matches()).hasSize(3);
      firsts.merge(result.matches().get(0).therapistId(), 1, Integer::sum);
    }
    assertThat(firsts).hasSize(10);
    assertThat(firsts.values()).allMatch(count -> count > 120 && count < 280);
  }

  @Test
  void theSameRequestAlwaysGetsTheSameOrder() {
    List<TherapistProfile> equals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      equals.add(new Therapist("th-" + i).build());
    }
    ClientRequest request = request(r -> { });
    MatchResult first = Matcher.standard().match(request, TherapistDirectory.of(equals), DATE, 10);
    List<TherapistProfile> reversed = new ArrayList<>(equals);
    java.util.Collections.reverse(reversed);
    assertThat(Matcher.standard().match(request, TherapistDirectory.of(reversed), DATE, 10))
        .isEqualTo(first);
  }

  @Test
  void kMustBeAtLeastOne() {
    TherapistDirectory directory = TherapistDirectory.of(List.of());
    assertThatThrownBy(() -> Matcher.standard().match(request(r -> { }), directory, DATE, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be at least 1");
  }

  @Test
  void anEmptyDirectoryGivesAnEmptyResult() {
    MatchResult result = Matcher.standard().match(request(r -> { }),
        TherapistDirectory.of(List.of()), DATE, Integer.MAX_VALUE);
    assertThat(result.matches()).isEmpty();
    assertThat(result.considered()).isZero();
    assertThat(result.eligible()).isZero();
  }

  @Test
  void aHugeKReturnsEveryEligibleTherapist() {
    MatchResult result = match(request(r -> { }), new Therapist("th-1"), new Therapist("th-2"));
    assertThat(Matcher.standard().match(request(r -> { }), TherapistDirectory.of(List.of(
        new Therapist("th-1").build(), new Therapist("th-2").build())), DATE, Integer.MAX_VALUE)
        .matches()).hasSize(2).isEqualTo(result.matches());
  }

  @Test
  void aDirectoryRefusesTwoProfilesWithOneId() {
    assertThatThrownBy(() -> TherapistDirectory.of(List.of(new Therapist("th-1").build(),
        new Therapist("th-1").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profiles[1].id must be unique in the directory");
  }

  @Test
  void availabilityChangesWithoutRebuildingAndLeavesTheOriginalAlone() {
    TherapistDirectory directory = TherapistDirectory.of(List.of(new Therapist("th-1").build()));
    TherapistDirectory full = directory.withAvailability("th-1", true, 0);
    ClientRequest request = request(r -> { });
    assertThat(Matcher.standard().match(request, full, DATE, 1).excludedBy(
        HardConstraint.AVAILABILITY)).isEqualTo(1);
    assertThat(Matcher.standard().match(request, directory, DATE, 1).matches()).hasSize(1);
    assertThat(full.withAvailability("th-1", true, 3).isAvailable("th-1")).isTrue();
    assertThat(directory.withAvailability("th-1", true, 5)).isSameAs(directory);
    assertThatThrownBy(() -> directory.withAvailability("th-unknown", true, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("therapistId must be in the directory");
    assertThatThrownBy(() -> directory.withAvailability("th-1", true, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parallelismMustBeAtLeastOne() {
    assertThatThrownBy(() -> Matcher.standard().withParallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConcernTypeOfTheApplicationsOwnIsMatchedById() {
    ConcernType own = ConcernType.builder().id("FERTILITY_TREATMENT_INTIMACY")
        .displayName("Intimacy during fertility treatment")
        .category(StandardConcerns.INTIMACY_AFTER_CHILDREN.category()).relational(true).build();
    ClientRequest request = request(r -> r.concerns.set(0, RequestedConcern.of(own)));
    MatchResult result = match(request, therapist("th-own", t -> t.expertise.add(
        Expertise.of(own, ExpertiseLevel.EXPERIENCED))), new Therapist("th-other"));
    assertThat(ids(result)).containsExactly("th-own");
    assertThat(result.matches().get(0).reasons())
        .contains(Reason.of(ReasonCode.COVERS_CONCERN, "FERTILITY_TREATMENT_INTIMACY", 40));
  }
}
