package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.BOOLEAN;
import static org.sextherapy.json.engine.ScalarShapes.COUNT;
import static org.sextherapy.json.engine.ScalarShapes.CURRENCY;
import static org.sextherapy.json.engine.ScalarShapes.DATE;
import static org.sextherapy.json.engine.ScalarShapes.DECIMAL;
import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.INSTANT;
import static org.sextherapy.json.engine.ScalarShapes.LANGUAGE;
import static org.sextherapy.json.engine.ScalarShapes.ORDINAL;
import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FaithApproach;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;

/** Wire forms of {@code org.sextherapy.therapist}. */
final class TherapistShapes {

  /** {@code {"concern": "PAINFUL_SEX", "level": "specialist"}}. */
  static final ObjectShape<Expertise> EXPERTISE = new ObjectShape<Expertise>("Expertise") {
    final Property<Expertise, ConcernType> concern =
        required("concern", ConcernShape.INSTANCE, Expertise::concern);
    final Property<Expertise, ExpertiseLevel> level =
        required("level", EnumShape.of(ExpertiseLevel.class), Expertise::level);

    @Override
    protected Expertise create(Values v) {
      return Expertise.of(v.get(concern), v.get(level));
    }
  }.seal();

  /**
   * {@code {"concern": "PAINFUL_SEX", "measureId": "FSFI", "courses": 42,
   * "reliableImprovements": 30, "reliableDeteriorations": 1, "periodFrom": "2024-01-01",
   * "periodUntil": "2026-06-30"}}: counts only, never a client's data.
   */
  static final ObjectShape<OutcomeRecord> OUTCOME_RECORD =
      new ObjectShape<OutcomeRecord>("OutcomeRecord") {
        final Property<OutcomeRecord, ConcernType> concern =
            required("concern", ConcernShape.INSTANCE, OutcomeRecord::concern);
        final Property<OutcomeRecord, String> measureId =
            required("measureId", ID, OutcomeRecord::measureId);
        final Property<OutcomeRecord, Integer> courses =
            required("courses", COUNT, OutcomeRecord::courses);
        final Property<OutcomeRecord, Integer> reliableImprovements =
            required("reliableImprovements", COUNT, OutcomeRecord::reliableImprovements);
        final Property<OutcomeRecord, Integer> reliableDeteriorations =
            required("reliableDeteriorations", COUNT, OutcomeRecord::reliableDeteriorations);
        final Property<OutcomeRecord, LocalDate> periodFrom =
            required("periodFrom", DATE, OutcomeRecord::periodFrom);
        final Property<OutcomeRecord, LocalDate> periodUntil =
            required("periodUntil", DATE, OutcomeRecord::periodUntil);

        @Override
        protected OutcomeRecord create(Values v) {
          return OutcomeRecord.builder().concern(v.get(concern)).measureId(v.get(measureId))
              .courses(v.get(courses)).reliableImprovements(v.get(reliableImprovements))
              .reliableDeteriorations(v.get(reliableDeteriorations))
              .periodFrom(v.get(periodFrom)).periodUntil(v.get(periodUntil)).build();
        }
      }.seal();

  /** {@code {"area": "kink-bdsm", "grade": "experienced"}}. */
  static final ObjectShape<PracticeCompetence> PRACTICE_COMPETENCE =
      new ObjectShape<PracticeCompetence>("PracticeCompetence") {
        final Property<PracticeCompetence, PracticeArea> area =
            required("area", EnumShape.of(PracticeArea.class), PracticeCompetence::area);
        final Property<PracticeCompetence, CompetenceGrade> grade =
            required("grade", EnumShape.of(CompetenceGrade.class), PracticeCompetence::grade);

        @Override
        protected PracticeCompetence create(Values v) {
          return PracticeCompetence.of(v.get(area), v.get(grade));
        }
      }.seal();

  /**
   * {@code {"approach": "secular"}} or {@code {"approach": "integrates-tradition", "tradition":
   * "Jewish"}}; sets of stances are written in order of approach, then tradition.
   */
  static final ObjectShape<FaithStance> FAITH_STANCE = new ObjectShape<FaithStance>("FaithStance") {
    final Property<FaithStance, FaithApproach> approach =
        required("approach", EnumShape.of(FaithApproach.class), FaithStance::approach);
    final Property<FaithStance, String> tradition =
        optional("tradition", ScalarShapes.TERM, FaithStance::tradition);

    @Override
    protected FaithStance create(Values v) {
      return FaithStance.of(v.get(approach), v.optional(tradition));
    }
  }.ordered(java.util.Comparator.comparing(FaithStance::approach)
      .thenComparing(s -> s.tradition().orElse(""))).seal();

  /** {@code {"low": 40, "high": 150}}. */
  static final ObjectShape<SlidingScale> SLIDING_SCALE =
      new ObjectShape<SlidingScale>("SlidingScale") {
        final Property<SlidingScale, BigDecimal> low = required("low", DECIMAL, SlidingScale::low);
        final Property<SlidingScale, BigDecimal> high =
            required("high", DECIMAL, SlidingScale::high);

        @Override
        protected SlidingScale create(Values v) {
          return SlidingScale.of(v.get(low), v.get(high));
        }
      }.seal();

  /** {@code {"format": "couple", "minutes": 80, "amount": 240, "slidingScale": {...}}}. */
  static final ObjectShape<SessionFee> SESSION_FEE = new ObjectShape<SessionFee>("SessionFee") {
    final Property<SessionFee, SessionFormat> format =
        required("format", EnumShape.of(SessionFormat.class), SessionFee::format);
    final Property<SessionFee, Integer> minutes = required("minutes", ORDINAL, SessionFee::minutes);
    final Property<SessionFee, BigDecimal> amount = required("amount", DECIMAL, SessionFee::amount);
    final Property<SessionFee, SlidingScale> slidingScale =
        optional("slidingScale", SLIDING_SCALE, SessionFee::slidingScale);

    @Override
    protected SessionFee create(Values v) {
      SlidingScale scale = v.orNull(slidingScale);
      return scale == null ? SessionFee.of(v.get(format), v.get(minutes), v.get(amount))
          : SessionFee.of(v.get(format), v.get(minutes), v.get(amount), scale);
    }
  }.seal();

  /** {@code {"currency": "USD", "sessionFees": [...], "superbills": true}}. */
  static final ObjectShape<FeeSchedule> FEE_SCHEDULE =
      new ObjectShape<FeeSchedule>("FeeSchedule") {
        final Property<FeeSchedule, Currency> currency =
            required("currency", CURRENCY, FeeSchedule::currency);
        final Property<FeeSchedule, List<SessionFee>> sessionFees =
            nonEmptyList("sessionFees", SESSION_FEE, FeeSchedule.MAX_SESSION_FEES,
                FeeSchedule::sessionFees);
        final Property<FeeSchedule, Boolean> superbills =
            defaulted("superbills", BOOLEAN, FeeSchedule::superbills);

        @Override
        protected FeeSchedule create(Values v) {
          FeeSchedule.Builder b = FeeSchedule.builder().currency(v.get(currency))
              .addAllSessionFees(v.list(sessionFees));
          Boolean superbillsValue = v.orNull(superbills);
          if (superbillsValue != null) {
            b.superbills(superbillsValue);
          }
          return b.build();
        }
      }.seal();

  /** The therapist profile document. */
  static final ObjectShape<TherapistProfile> THERAPIST_PROFILE =
      new ObjectShape<TherapistProfile>("TherapistProfile") {
        final Property<TherapistProfile, String> id = required("id", ID, TherapistProfile::id);
        final Property<TherapistProfile, String> displayName =
            required("displayName", TEXT, TherapistProfile::displayName);
        final Property<TherapistProfile, GenderIdentity> gender =
            optional("gender", IdentityShapes.GENDER_IDENTITY, TherapistProfile::gender);
        final Property<TherapistProfile, String> pronouns =
            optional("pronouns", TEXT, TherapistProfile::pronouns);
        final Property<TherapistProfile, String> title =
            optional("title", TEXT, TherapistProfile::title);
        final Property<TherapistProfile, SelfDescription> raceOrEthnicity = optional(
            "raceOrEthnicity", IdentityShapes.SELF_DESCRIPTION, TherapistProfile::raceOrEthnicity);
        final Property<TherapistProfile, SelfDescription> lgbtqIdentity = optional(
            "lgbtqIdentity", IdentityShapes.SELF_DESCRIPTION, TherapistProfile::lgbtqIdentity);
        final Property<TherapistProfile, FaithStance> faith =
            optional("faith", FAITH_STANCE, TherapistProfile::faith);
        final Property<TherapistProfile, List<PracticeCompetence>> practiceCompetence = list(
            "practiceCompetence", PRACTICE_COMPETENCE, TherapistProfile.MAX_PRACTICE_COMPETENCE,
            TherapistProfile::practiceCompetence);
        final Property<TherapistProfile, Set<Locale>> languages =
            set("languages", LANGUAGE, TherapistProfile.MAX_LANGUAGES, TherapistProfile::languages);
        final Property<TherapistProfile, List<Expertise>> expertise =
            list("expertise", EXPERTISE, TherapistProfile.MAX_EXPERTISE,
                TherapistProfile::expertise);
        final Property<TherapistProfile, Set<Population>> populations =
            set("populations", EnumShape.of(Population.class), TherapistProfile.MAX_POPULATIONS,
                TherapistProfile::populations);
        final Property<TherapistProfile, Set<SessionFormat>> formats =
            set("formats", EnumShape.of(SessionFormat.class), TherapistProfile.MAX_FORMATS,
                TherapistProfile::formats);
        final Property<TherapistProfile, Set<Delivery>> deliveries =
            set("deliveries", EnumShape.of(Delivery.class), TherapistProfile.MAX_DELIVERIES,
                TherapistProfile::deliveries);
        final Property<TherapistProfile, List<PracticeLocation>> locations =
            list("locations", LocationShapes.PRACTICE_LOCATION, TherapistProfile.MAX_LOCATIONS,
                TherapistProfile::locations);
        final Property<TherapistProfile, List<Degree>> degrees =
            list("degrees", QualificationShapes.DEGREE, TherapistProfile.MAX_DEGREES,
                TherapistProfile::degrees);
        final Property<TherapistProfile, List<Licence>> licences =
            list("licences", QualificationShapes.LICENCE, TherapistProfile.MAX_LICENCES,
                TherapistProfile::licences);
        final Property<TherapistProfile, List<Registration>> registrations =
            list("registrations", QualificationShapes.REGISTRATION,
                TherapistProfile.MAX_REGISTRATIONS,
                TherapistProfile::registrations);
        final Property<TherapistProfile, List<CompactPrivilege>> compactPrivileges =
            list("compactPrivileges", QualificationShapes.COMPACT_PRIVILEGE,
                TherapistProfile.MAX_COMPACT_PRIVILEGES,
                TherapistProfile::compactPrivileges);
        final Property<TherapistProfile, List<Certification>> certifications = list(
            "certifications", QualificationShapes.CERTIFICATION,
            TherapistProfile.MAX_CERTIFICATIONS, TherapistProfile::certifications);
        final Property<TherapistProfile, TrainingRecord> training =
            optional("training", QualificationShapes.TRAINING_RECORD, TherapistProfile::training);
        final Property<TherapistProfile, List<Modality>> modalities = list("modalities",
            TreatmentShapes.MODALITY_OR_REFERENCE, TherapistProfile.MAX_MODALITIES,
            TherapistProfile::modalities);
        final Property<TherapistProfile, FeeSchedule> fees =
            optional("fees", FEE_SCHEDULE, TherapistProfile::fees);
        final Property<TherapistProfile, List<NetworkParticipation>> networks = list("networks",
            InsuranceShapes.NETWORK_PARTICIPATION, TherapistProfile.MAX_NETWORKS,
            TherapistProfile::networks);
        final Property<TherapistProfile, Boolean> acceptingNewClients =
            defaulted("acceptingNewClients", BOOLEAN, TherapistProfile::acceptingNewClients);
        final Property<TherapistProfile, Integer> openCapacity =
            defaulted("openCapacity", COUNT, TherapistProfile::openCapacity);
        final Property<TherapistProfile, Instant> availabilityConfirmedAt = optional(
            "availabilityConfirmedAt", INSTANT, TherapistProfile::availabilityConfirmedAt);
        final Property<TherapistProfile, Availability> availability =
            optional("availability", SessionShapes.AVAILABILITY, TherapistProfile::availability);
        final Property<TherapistProfile, List<OutcomeRecord>> outcomes =
            list("outcomes", OUTCOME_RECORD, TherapistProfile.MAX_OUTCOMES,
                TherapistProfile::outcomes);

        @Override
        protected TherapistProfile create(Values v) {
          // Straight-line calls, no method references and no empty collections handed over: the
          // profile is the document read most, and this is a measured optimisation.
          TherapistProfile.Builder b = TherapistProfile.builder().id(v.get(id))
              .displayName(v.get(displayName));
          Set<Locale> languageSet = v.set(languages);
          if (!languageSet.isEmpty()) {
            b.addAllLanguages(languageSet);
          }
          List<Expertise> expertiseList = v.list(expertise);
          if (!expertiseList.isEmpty()) {
            b.addAllExpertise(expertiseList);
          }
          List<PracticeCompetence> competenceList = v.list(practiceCompetence);
          if (!competenceList.isEmpty()) {
            b.addAllPracticeCompetence(competenceList);
          }
          SelfDescription raceValue = v.orNull(raceOrEthnicity);
          if (raceValue != null) {
            b.raceOrEthnicity(raceValue);
          }
          SelfDescription lgbtqValue = v.orNull(lgbtqIdentity);
          if (lgbtqValue != null) {
            b.lgbtqIdentity(lgbtqValue);
          }
          FaithStance faithValue = v.orNull(faith);
          if (faithValue != null) {
            b.faith(faithValue);
          }
          Set<Population> populationSet = v.set(populations);
          if (!populationSet.isEmpty()) {
            b.addAllPopulations(populationSet);
          }
          Set<SessionFormat> formatSet = v.set(formats);
          if (!formatSet.isEmpty()) {
            b.addAllFormats(formatSet);
          }
          Set<Delivery> deliverySet = v.set(deliveries);
          if (!deliverySet.isEmpty()) {
            b.addAllDeliveries(deliverySet);
          }
          List<PracticeLocation> locationList = v.list(locations);
          if (!locationList.isEmpty()) {
            b.addAllLocations(locationList);
          }
          List<Degree> degreeList = v.list(degrees);
          if (!degreeList.isEmpty()) {
            b.addAllDegrees(degreeList);
          }
          List<Licence> licenceList = v.list(licences);
          if (!licenceList.isEmpty()) {
            b.addAllLicences(licenceList);
          }
          List<Registration> registrationList = v.list(registrations);
          if (!registrationList.isEmpty()) {
            b.addAllRegistrations(registrationList);
          }
          List<CompactPrivilege> privilegeList = v.list(compactPrivileges);
          if (!privilegeList.isEmpty()) {
            b.addAllCompactPrivileges(privilegeList);
          }
          List<Certification> certificationList = v.list(certifications);
          if (!certificationList.isEmpty()) {
            b.addAllCertifications(certificationList);
          }
          List<Modality> modalityList = v.list(modalities);
          if (!modalityList.isEmpty()) {
            b.addAllModalities(modalityList);
          }
          List<NetworkParticipation> networkList = v.list(networks);
          if (!networkList.isEmpty()) {
            b.addAllNetworks(networkList);
          }
          List<OutcomeRecord> outcomeList = v.list(outcomes);
          if (!outcomeList.isEmpty()) {
            b.addAllOutcomes(outcomeList);
          }
          Availability availabilityValue = v.orNull(availability);
          if (availabilityValue != null) {
            b.availability(availabilityValue);
          }
          GenderIdentity genderValue = v.orNull(gender);
          if (genderValue != null) {
            b.gender(genderValue);
          }
          String titleValue = v.orNull(title);
          if (titleValue != null) {
            b.title(titleValue);
          }
          String pronounsValue = v.orNull(pronouns);
          if (pronounsValue != null) {
            b.pronouns(pronounsValue);
          }
          TrainingRecord trainingValue = v.orNull(training);
          if (trainingValue != null) {
            b.training(trainingValue);
          }
          FeeSchedule feesValue = v.orNull(fees);
          if (feesValue != null) {
            b.fees(feesValue);
          }
          Instant confirmedAt = v.orNull(availabilityConfirmedAt);
          if (confirmedAt != null) {
            b.availabilityConfirmedAt(confirmedAt);
          }
          Boolean accepting = v.orNull(acceptingNewClients);
          if (accepting != null) {
            b.acceptingNewClients(accepting);
          }
          Integer capacity = v.orNull(openCapacity);
          if (capacity != null) {
            b.openCapacity(capacity);
          }
          return b.build();
        }
      }.seal();

  private TherapistShapes() {}
}
