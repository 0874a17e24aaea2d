package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.COUNT;
import static org.sextherapy.json.engine.ScalarShapes.CURRENCY;
import static org.sextherapy.json.engine.ScalarShapes.DATE;
import static org.sextherapy.json.engine.ScalarShapes.DECIMAL;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.JURISDICTION;
import static org.sextherapy.json.engine.ScalarShapes.KILOMETRES;
import static org.sextherapy.json.engine.ScalarShapes.LANGUAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.engine.UnionShape;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;

/** Wire forms of {@code org.sextherapy.client}. */
final class ClientShapes {

  private static final Shape<Strength> STRENGTH = EnumShape.of(Strength.class);

  /** {@code {"id": "p1", "ageBracket": "adult", "age": 34, "gender": {...}}}. */
  static final ObjectShape<Participant> PARTICIPANT = new ObjectShape<Participant>("Participant") {
    final Property<Participant, String> id = required("id", ID, Participant::id);
    final Property<Participant, AgeBracket> ageBracket =
        required("ageBracket", EnumShape.of(AgeBracket.class), Participant::ageBracket);
    final Property<Participant, Integer> age = optionalInt("age", COUNT, Participant::age);
    final Property<Participant, GenderIdentity> gender =
        optional("gender", IdentityShapes.GENDER_IDENTITY, Participant::gender);
    final Property<Participant, Jurisdiction> sessionJurisdiction =
        optional("sessionJurisdiction", JURISDICTION, Participant::sessionJurisdiction);

    @Override
    protected Participant create(Values v) {
      Participant.Builder b = Participant.builder().id(v.get(id)).ageBracket(v.get(ageBracket))
          .gender(v.optional(gender)).sessionJurisdiction(v.optional(sessionJurisdiction));
      v.ifPresent(age, b::age);
      return b.build();
    }
  }.seal();

  /** {@code {"concern": "DESIRE_DISCREPANCY", "priority": "high", ...}}. */
  static final ObjectShape<RequestedConcern> REQUESTED_CONCERN =
      new ObjectShape<RequestedConcern>("RequestedConcern") {
        final Property<RequestedConcern, ConcernType> concern =
            required("concern", ConcernShape.INSTANCE, RequestedConcern::concern);
        final Property<RequestedConcern, Priority> priority =
            defaulted("priority", EnumShape.of(Priority.class), RequestedConcern::priority);
        final Property<RequestedConcern, Boolean> markedDistress =
            defaulted("markedDistress", BOOLEAN, RequestedConcern::markedDistress);
        final Property<RequestedConcern, Boolean> involvesNonConsentingOthers = defaulted(
            "involvesNonConsentingOthers", BOOLEAN, RequestedConcern::involvesNonConsentingOthers);
        final Property<RequestedConcern, Boolean> significantRiskOfInjuryOrDeath = defaulted(
            "significantRiskOfInjuryOrDeath", BOOLEAN,
            RequestedConcern::significantRiskOfInjuryOrDeath);
        final Property<RequestedConcern, Boolean> distressOnlyFromMoralDisapproval = defaulted(
            "distressOnlyFromMoralDisapproval", BOOLEAN,
            RequestedConcern::distressOnlyFromMoralDisapproval);
        final Property<RequestedConcern, Boolean> selfIdentifiesAsAsexual = defaulted(
            "selfIdentifiesAsAsexual", BOOLEAN, RequestedConcern::selfIdentifiesAsAsexual);
        final Property<RequestedConcern, List<Code>> recordedCodes = list("recordedCodes",
            CodeShapes.CODE_OR_REFERENCE, RequestedConcern.MAX_RECORDED_CODES,
            RequestedConcern::recordedCodes);

        @Override
        protected RequestedConcern create(Values v) {
          RequestedConcern.Builder b = RequestedConcern.builder().concern(v.get(concern))
              .addAllRecordedCodes(v.list(recordedCodes));
          v.ifPresent(priority, b::priority);
          v.ifPresent(markedDistress, b::markedDistress);
          v.ifPresent(involvesNonConsentingOthers, b::involvesNonConsentingOthers);
          v.ifPresent(significantRiskOfInjuryOrDeath, b::significantRiskOfInjuryOrDeath);
          v.ifPresent(distressOnlyFromMoralDisapproval, b::distressOnlyFromMoralDisapproval);
          v.ifPresent(selfIdentifiesAsAsexual, b::selfIdentifiesAsAsexual);
          return b.build();
        }
      }.seal();

  /** Kind {@code therapist-gender}: {@code {"strength", "acceptable": ["woman"]}}. */
  static final ObjectShape<TherapistGenderPreference> THERAPIST_GENDER_PREFERENCE =
      new ObjectShape<TherapistGenderPreference>("TherapistGenderPreference") {
        final Property<TherapistGenderPreference, Strength> strength =
            required("strength", STRENGTH, TherapistGenderPreference::strength);
        final Property<TherapistGenderPreference, Set<GenderTerm>> acceptable = nonEmptySet(
            "acceptable", EnumShape.of(GenderTerm.class), TherapistGenderPreference.MAX_ACCEPTABLE,
            TherapistGenderPreference::acceptable);

        @Override
        protected TherapistGenderPreference create(Values v) {
          return TherapistGenderPreference.of(v.get(strength), v.get(acceptable));
        }
      }.seal();

  /** Kind {@code population}: {@code {"strength", "populations": ["lgbtq"]}}. */
  static final ObjectShape<PopulationPreference> POPULATION_PREFERENCE =
      new ObjectShape<PopulationPreference>("PopulationPreference") {
        final Property<PopulationPreference, Strength> strength =
            required("strength", STRENGTH, PopulationPreference::strength);
        final Property<PopulationPreference, Set<Population>> populations = nonEmptySet(
            "populations", EnumShape.of(Population.class), PopulationPreference.MAX_POPULATIONS,
            PopulationPreference::populations);

        @Override
        protected PopulationPreference create(Values v) {
          return PopulationPreference.of(v.get(strength), v.get(populations));
        }
      }.seal();

  /** Kind {@code language}: {@code {"strength", "languages": ["es", "pt-BR"]}}. */
  static final ObjectShape<LanguagePreference> LANGUAGE_PREFERENCE =
      new ObjectShape<LanguagePreference>("LanguagePreference") {
        final Property<LanguagePreference, Strength> strength =
            required("strength", STRENGTH, LanguagePreference::strength);
        final Property<LanguagePreference, Set<Locale>> languages =
            nonEmptySet("languages", LANGUAGE, LanguagePreference.MAX_LANGUAGES,
                LanguagePreference::languages);

        @Override
        protected LanguagePreference create(Values v) {
          return LanguagePreference.of(v.get(strength), v.get(languages));
        }
      }.seal();

  /** Kind {@code certified-sex-therapist}: {@code {"strength"}}. */
  static final ObjectShape<CertifiedSexTherapistPreference> CERTIFIED_SEX_THERAPIST_PREFERENCE =
      new ObjectShape<CertifiedSexTherapistPreference>("CertifiedSexTherapistPreference") {
        final Property<CertifiedSexTherapistPreference, Strength> strength =
            required("strength", STRENGTH, CertifiedSexTherapistPreference::strength);

        @Override
        protected CertifiedSexTherapistPreference create(Values v) {
          return CertifiedSexTherapistPreference.of(v.get(strength));
        }
      }.seal();

  /** Kind {@code in-person-distance}: {@code {"strength", "from": {...}, "maximumKm": 25}}. */
  static final ObjectShape<InPersonDistancePreference> IN_PERSON_DISTANCE_PREFERENCE =
      new ObjectShape<InPersonDistancePreference>("InPersonDistancePreference") {
        final Property<InPersonDistancePreference, Strength> strength =
            required("strength", STRENGTH, InPersonDistancePreference::strength);
        final Property<InPersonDistancePreference, Coordinates> from =
            required("from", LocationShapes.COORDINATES, InPersonDistancePreference::from);
        final Property<InPersonDistancePreference, Double> maximumKm =
            required("maximumKm", KILOMETRES, InPersonDistancePreference::maximumKm);

        @Override
        protected InPersonDistancePreference create(Values v) {
          return InPersonDistancePreference.of(v.get(strength), v.get(from), v.get(maximumKm));
        }
      }.seal();

  /** Kind {@code fee}: {@code {"strength", "currency": "USD", "maximumFee": 120}}. */
  static final ObjectShape<FeePreference> FEE_PREFERENCE =
      new ObjectShape<FeePreference>("FeePreference") {
        final Property<FeePreference, Strength> strength =
            required("strength", STRENGTH, FeePreference::strength);
        final Property<FeePreference, Currency> currency =
            required("currency", CURRENCY, FeePreference::currency);
        final Property<FeePreference, BigDecimal> maximumFee =
            required("maximumFee", DECIMAL, FeePreference::maximumFee);

        @Override
        protected FeePreference create(Values v) {
          return FeePreference.of(v.get(strength), v.get(currency), v.get(maximumFee));
        }
      }.seal();

  /** Kind {@code sliding-scale}: {@code {"strength"}}. */
  static final ObjectShape<SlidingScalePreference> SLIDING_SCALE_PREFERENCE =
      new ObjectShape<SlidingScalePreference>("SlidingScalePreference") {
        final Property<SlidingScalePreference, Strength> strength =
            required("strength", STRENGTH, SlidingScalePreference::strength);

        @Override
        protected SlidingScalePreference create(Values v) {
          return SlidingScalePreference.of(v.get(strength));
        }
      }.seal();

  /**
   * Kind {@code insurance}: {@code {"strength", "coverage": {"payer": {...}, "plan", "networks"},
   * "outOfNetwork": true}}.
   */
  static final ObjectShape<InsurancePreference> INSURANCE_PREFERENCE =
      new ObjectShape<InsurancePreference>("InsurancePreference") {
        final Property<InsurancePreference, Strength> strength =
            required("strength", STRENGTH, InsurancePreference::strength);
        final Property<InsurancePreference, Coverage> coverage =
            required("coverage", InsuranceShapes.COVERAGE, InsurancePreference::coverage);
        final Property<InsurancePreference, Boolean> outOfNetwork =
            defaulted("outOfNetwork", BOOLEAN, InsurancePreference::outOfNetwork);

        @Override
        protected InsurancePreference create(Values v) {
          Boolean outOfNetworkValue = v.orNull(outOfNetwork);
          return InsurancePreference.of(v.get(strength), v.get(coverage),
              outOfNetworkValue != null && outOfNetworkValue);
        }
      }.seal();

  /** Kind {@code modality}: {@code {"strength", "modalityIds": ["sensate-focus"]}}. */
  static final ObjectShape<ModalityPreference> MODALITY_PREFERENCE =
      new ObjectShape<ModalityPreference>("ModalityPreference") {
        final Property<ModalityPreference, Strength> strength =
            required("strength", STRENGTH, ModalityPreference::strength);
        final Property<ModalityPreference, Set<String>> modalityIds =
            nonEmptySet("modalityIds", ID, ModalityPreference.MAX_MODALITY_IDS,
                ModalityPreference::modalityIds);

        @Override
        protected ModalityPreference create(Values v) {
          return ModalityPreference.of(v.get(strength), v.get(modalityIds));
        }
      }.seal();

  /** Kind {@code race-or-ethnicity}: {@code {"strength", "racesOrEthnicities": ["Black"]}}. */
  static final ObjectShape<RaceOrEthnicityPreference> RACE_OR_ETHNICITY_PREFERENCE =
      new ObjectShape<RaceOrEthnicityPreference>("RaceOrEthnicityPreference") {
        final Property<RaceOrEthnicityPreference, Strength> strength =
            required("strength", STRENGTH, RaceOrEthnicityPreference::strength);
        final Property<RaceOrEthnicityPreference, Set<String>> racesOrEthnicities = nonEmptySet(
            "racesOrEthnicities", ScalarShapes.TERM,
            RaceOrEthnicityPreference.MAX_RACES_OR_ETHNICITIES,
            RaceOrEthnicityPreference::racesOrEthnicities);

        @Override
        protected RaceOrEthnicityPreference create(Values v) {
          return RaceOrEthnicityPreference.of(v.get(strength), v.get(racesOrEthnicities));
        }
      }.seal();

  /** Kind {@code lgbtq-identity}: {@code {"strength", "identities": ["queer"]}}. */
  static final ObjectShape<LgbtqIdentityPreference> LGBTQ_IDENTITY_PREFERENCE =
      new ObjectShape<LgbtqIdentityPreference>("LgbtqIdentityPreference") {
        final Property<LgbtqIdentityPreference, Strength> strength =
            required("strength", STRENGTH, LgbtqIdentityPreference::strength);
        final Property<LgbtqIdentityPreference, Set<String>> identities = nonEmptySet(
            "identities", ScalarShapes.TERM, LgbtqIdentityPreference.MAX_IDENTITIES,
            LgbtqIdentityPreference::identities);

        @Override
        protected LgbtqIdentityPreference create(Values v) {
          return LgbtqIdentityPreference.of(v.get(strength), v.get(identities));
        }
      }.seal();

  /** Kind {@code faith}: {@code {"strength", "stances": [{"approach": "secular"}]}}. */
  static final ObjectShape<FaithPreference> FAITH_PREFERENCE =
      new ObjectShape<FaithPreference>("FaithPreference") {
        final Property<FaithPreference, Strength> strength =
            required("strength", STRENGTH, FaithPreference::strength);
        final Property<FaithPreference, Set<FaithStance>> stances = nonEmptySet(
            "stances", TherapistShapes.FAITH_STANCE, FaithPreference.MAX_STANCES,
            FaithPreference::stances);

        @Override
        protected FaithPreference create(Values v) {
          return FaithPreference.of(v.get(strength), v.get(stances));
        }
      }.seal();

  /**
   * Kind {@code practice-competence}: {@code {"strength", "area": "kink-bdsm", "minimum":
   * "experienced"}}.
   */
  static final ObjectShape<PracticeCompetencePreference> PRACTICE_COMPETENCE_PREFERENCE =
      new ObjectShape<PracticeCompetencePreference>("PracticeCompetencePreference") {
        final Property<PracticeCompetencePreference, Strength> strength =
            required("strength", STRENGTH, PracticeCompetencePreference::strength);
        final Property<PracticeCompetencePreference, PracticeArea> area = required("area",
            EnumShape.of(PracticeArea.class), PracticeCompetencePreference::area);
        final Property<PracticeCompetencePreference, CompetenceGrade> minimum = required(
            "minimum", EnumShape.of(CompetenceGrade.class), PracticeCompetencePreference::minimum);

        @Override
        protected PracticeCompetencePreference create(Values v) {
          return PracticeCompetencePreference.of(v.get(strength), v.get(area), v.get(minimum));
        }
      }.seal();

  /** Kind {@code access}: {@code {"strength", "feature": "step-free-access"}}. */
  static final ObjectShape<AccessPreference> ACCESS_PREFERENCE =
      new ObjectShape<AccessPreference>("AccessPreference") {
        final Property<AccessPreference, Strength> strength =
            required("strength", STRENGTH, AccessPreference::strength);
        final Property<AccessPreference, AccessFeature> feature =
            required("feature", EnumShape.of(AccessFeature.class), AccessPreference::feature);

        @Override
        protected AccessPreference create(Values v) {
          return AccessPreference.of(v.get(strength), v.get(feature));
        }
      }.seal();

  /** Kind {@code sign-language}: {@code {"strength", "signLanguages": ["ase"]}}. */
  static final ObjectShape<SignLanguagePreference> SIGN_LANGUAGE_PREFERENCE =
      new ObjectShape<SignLanguagePreference>("SignLanguagePreference") {
        final Property<SignLanguagePreference, Strength> strength =
            required("strength", STRENGTH, SignLanguagePreference::strength);
        final Property<SignLanguagePreference, Set<Locale>> signLanguages =
            nonEmptySet("signLanguages", LANGUAGE,
            SignLanguagePreference.MAX_SIGN_LANGUAGES, SignLanguagePreference::signLanguages);

        @Override
        protected SignLanguagePreference create(Values v) {
          return SignLanguagePreference.of(v.get(strength), v.get(signLanguages));
        }
      }.seal();

  /**
   * Kind {@code time}: {@code {"strength", "zone": "Europe/London", "windows": [{"days":
   * ["tuesday"], "start": "18:00", "end": "21:00"}]}}.
   */
  static final ObjectShape<TimePreference> TIME_PREFERENCE =
      new ObjectShape<TimePreference>("TimePreference") {
        final Property<TimePreference, Strength> strength =
            required("strength", STRENGTH, TimePreference::strength);
        final Property<TimePreference, ZoneId> zone =
            required("zone", ScalarShapes.ZONE, TimePreference::zone);
        final Property<TimePreference, List<WeeklyHours>> windows =
            list("windows", SessionShapes.WEEKLY_HOURS, TimePreference.MAX_WINDOWS,
                TimePreference::windows);

        @Override
        protected TimePreference create(Values v) {
          return TimePreference.of(v.get(strength), v.get(zone), v.list(windows));
        }
      }.seal();

  /**
   * A preference of any kind: {@code {"kind": "fee", ...}}, the kind being
   * {@link PreferenceKind#id()}.
   */
  static final UnionShape<Preference> PREFERENCE =
      new UnionShape<Preference>("Preference", p -> p.kind().id())
          .kind(PreferenceKind.THERAPIST_GENDER.id(), TherapistGenderPreference.class,
              THERAPIST_GENDER_PREFERENCE)
          .kind(PreferenceKind.POPULATION.id(), PopulationPreference.class, POPULATION_PREFERENCE)
          .kind(PreferenceKind.LANGUAGE.id(), LanguagePreference.class, LANGUAGE_PREFERENCE)
          .kind(PreferenceKind.CERTIFIED_SEX_THERAPIST.id(), CertifiedSexTherapistPreference.class,
              CERTIFIED_SEX_THERAPIST_PREFERENCE)
          .kind(PreferenceKind.IN_PERSON_DISTANCE.id(), InPersonDistancePreference.class,
              IN_PERSON_DISTANCE_PREFERENCE)
          .kind(PreferenceKind.FEE.id(), FeePreference.class, FEE_PREFERENCE)
          .kind(PreferenceKind.SLIDING_SCALE.id(), SlidingScalePreference.class,
              SLIDING_SCALE_PREFERENCE)
          .kind(PreferenceKind.INSURANCE.id(), InsurancePreference.class, INSURANCE_PREFERENCE)
          .kind(PreferenceKind.MODALITY.id(), ModalityPreference.class, MODALITY_PREFERENCE)
          .kind(PreferenceKind.TIME.id(), TimePreference.class, TIME_PREFERENCE)
          .kind(PreferenceKind.RACE_OR_ETHNICITY.id(), RaceOrEthnicityPreference.class,
              RACE_OR_ETHNICITY_PREFERENCE)
          .kind(PreferenceKind.LGBTQ_IDENTITY.id(), LgbtqIdentityPreference.class,
              LGBTQ_IDENTITY_PREFERENCE)
          .kind(PreferenceKind.FAITH.id(), FaithPreference.class, FAITH_PREFERENCE)
          .kind(PreferenceKind.PRACTICE_COMPETENCE.id(), PracticeCompetencePreference.class,
              PRACTICE_COMPETENCE_PREFERENCE)
          .kind(PreferenceKind.ACCESS.id(), AccessPreference.class, ACCESS_PREFERENCE)
          .kind(PreferenceKind.SIGN_LANGUAGE.id(), SignLanguagePreference.class,
              SIGN_LANGUAGE_PREFERENCE);

  /** The client request document. */
  static final ObjectShape<ClientRequest> CLIENT_REQUEST =
      new ObjectShape<ClientRequest>("ClientRequest") {
        final Property<ClientRequest, String> id = required("id", ID, ClientRequest::id);
        final Property<ClientRequest, List<Participant>> participants =
            list("participants", PARTICIPANT, ClientRequest.MAX_PARTICIPANTS,
                ClientRequest::participants);
        final Property<ClientRequest, Jurisdiction> sessionJurisdiction =
            required("sessionJurisdiction", JURISDICTION, ClientRequest::sessionJurisdiction);
        final Property<ClientRequest, List<RequestedConcern>> concerns =
            list("concerns", REQUESTED_CONCERN, ClientRequest.MAX_CONCERNS,
                ClientRequest::concerns);
        final Property<ClientRequest, SessionFormat> format =
            required("format", EnumShape.of(SessionFormat.class), ClientRequest::format);
        final Property<ClientRequest, Set<Delivery>> deliveries =
            set("deliveries", EnumShape.of(Delivery.class), ClientRequest.MAX_DELIVERIES,
                ClientRequest::deliveries);
        final Property<ClientRequest, List<Preference>> preferences =
            list("preferences", PREFERENCE, ClientRequest.MAX_PREFERENCES,
                ClientRequest::preferences);
        final Property<ClientRequest, GuardianConsent> guardianConsent = optional(
            "guardianConsent", EnumShape.of(GuardianConsent.class), ClientRequest::guardianConsent);
        final Property<ClientRequest, LocalDate> waitingSince =
            optional("waitingSince", DATE, ClientRequest::waitingSince);

        @Override
        protected ClientRequest create(Values v) {
          return ClientRequest.builder().id(v.get(id)).addAllParticipants(v.list(participants))
              .sessionJurisdiction(v.get(sessionJurisdiction)).addAllConcerns(v.list(concerns))
              .format(v.get(format)).addAllDeliveries(v.set(deliveries))
              .addAllPreferences(v.list(preferences)).guardianConsent(v.optional(guardianConsent))
              .waitingSince(v.optional(waitingSince)).build();
        }
      }.seal();

  private ClientShapes() {}
}
