package org.sextherapy.testing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.code.Code;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Course;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Modality;

/**
 * Rebuilds values field by field from their accessors, through the public builders and factories
 * only, down to the leaves. A copy that equals its original proves that the builders and factories
 * can express every attribute the accessors expose: an attribute a builder cannot set would be lost
 * in the copy and break equality.
 */
public final class Copies {

  private Copies() {}

  /** Rebuilds a therapist profile and everything in it. */
  public static TherapistProfile copy(TherapistProfile p) {
    return builderOf(p).build();
  }

  /** Returns a builder holding a rebuilt copy of everything in a profile, to add more to. */
  public static TherapistProfile.Builder builderOf(TherapistProfile p) {
    return builderWithoutDisclosures(p)
        .raceOrEthnicity(p.raceOrEthnicity().map(Copies::copy))
        .lgbtqIdentity(p.lgbtqIdentity().map(Copies::copy))
        .faith(p.faith().map(f -> FaithStance.of(f.approach(), f.tradition())))
        .addAllPracticeCompetence(each(p.practiceCompetence(),
            c -> PracticeCompetence.of(c.area(), c.grade())));
  }

  /**
   * Returns a builder holding a rebuilt copy of everything in a profile except what the therapist
   * chose to disclose about identity and values (race or ethnicity, LGBTQ+ identity, faith,
   * practice competence).
   */
  public static TherapistProfile.Builder builderWithoutDisclosures(TherapistProfile p) {
    return TherapistProfile.builder()
        .id(p.id())
        .displayName(p.displayName())
        .gender(p.gender().map(Copies::copy))
        .pronouns(p.pronouns()).title(p.title())
        .addAllLanguages(p.languages())
        .addAllExpertise(each(p.expertise(), e -> Expertise.of(copy(e.concern()), e.level())))
        .addAllPopulations(p.populations())
        .addAllFormats(p.formats())
        .addAllDeliveries(p.deliveries())
        .addAllLocations(each(p.locations(), Copies::copy))
        .addAllDegrees(each(p.degrees(), d -> Degree.of(d.level(), d.title(), d.clinical())))
        .addAllLicences(each(p.licences(), Copies::copy))
        .addAllRegistrations(each(p.registrations(), Copies::copy))
        .addAllCompactPrivileges(each(p.compactPrivileges(), Copies::copy))
        .addAllCertifications(each(p.certifications(), Copies::copy))
        .training(p.training().map(Copies::copy))
        .addAllModalities(each(p.modalities(), Copies::copy))
        .fees(p.fees().map(Copies::copy))
        .addAllNetworks(each(p.networks(), Copies::copy))
        .addAllOutcomes(each(p.outcomes(), Copies::copy))
        .acceptingNewClients(p.acceptingNewClients())
        .openCapacity(p.openCapacity())
        .availabilityConfirmedAt(p.availabilityConfirmedAt()).availability(p.availability());
  }

  /** Rebuilds an outcome record. */
  public static OutcomeRecord copy(OutcomeRecord r) {
    return OutcomeRecord.builder().concern(copy(r.concern())).measureId(r.measureId())
        .courses(r.courses()).reliableImprovements(r.reliableImprovements())
        .reliableDeteriorations(r.reliableDeteriorations()).periodFrom(r.periodFrom())
        .periodUntil(r.periodUntil()).build();
  }

  /** Rebuilds a client request and everything in it. */
  public static ClientRequest copy(ClientRequest r) {
    return ClientRequest.builder()
        .id(r.id())
        .addAllParticipants(each(r.participants(), Copies::copy))
        .sessionJurisdiction(copy(r.sessionJurisdiction()))
        .addAllConcerns(each(r.concerns(), Copies::copy))
        .format(r.format())
        .addAllDeliveries(r.deliveries())
        .addAllPreferences(each(r.preferences(), Copies::copy))
        .guardianConsent(r.guardianConsent())
        .waitingSince(r.waitingSince())
        .build();
  }

  /** Rebuilds a session plan and everything in it. */
  public static SessionPlan copy(SessionPlan plan) {
    return SessionPlan.builder()
        .id(plan.id())
        .therapistId(plan.therapistId())
        .addAllParticipants(each(plan.participants(), Copies::copy))
        .schedule(plan.schedule().map(Copies::copy))
        .addAllSessions(each(plan.sessions(), Copies::copy))
        .addAllExercises(each(plan.exercises(), Copies::copy))
        .build();
  }

  /** Rebuilds a participant. */
  public static Participant copy(Participant p) {
    return Participant.builder().id(p.id()).ageBracket(p.ageBracket()).age(p.age())
        .sessionJurisdiction(p.sessionJurisdiction().map(Copies::copy))
        .gender(p.gender().map(Copies::copy)).build();
  }

  /** Rebuilds a gender identity. */
  public static GenderIdentity copy(GenderIdentity g) {
    return g.ownWords().isPresent() ? GenderIdentity.of(g.ownWords().get(), g.terms())
        : GenderIdentity.of(g.terms().toArray(GenderTerm[]::new));
  }

  /** Rebuilds a concern type. */
  public static ConcernType copy(ConcernType c) {
    return ConcernType.builder().id(c.id()).displayName(c.displayName()).category(c.category())
        .relational(c.relational()).medicalEvaluationAdvised(c.medicalEvaluationAdvised())
        .addSynonyms(c.synonyms().toArray(String[]::new))
        .addAllCodes(each(c.codes(), Copies::copy))
        .build();
  }

  /** Rebuilds a code. */
  public static Code copy(Code c) {
    return Code.of(c.system(), c.code(), c.title(), c.certainty());
  }

  /** Rebuilds a requested concern. */
  public static RequestedConcern copy(RequestedConcern c) {
    return RequestedConcern.builder().concern(copy(c.concern())).priority(c.priority())
        .markedDistress(c.markedDistress())
        .involvesNonConsentingOthers(c.involvesNonConsentingOthers())
        .addAllRecordedCodes(each(c.recordedCodes(), Copies::copy))
        .build();
  }

  /**
   * Rebuilds a preference of any kind: exhaustive over the kinds, so a new kind does not compile
   * until it is copied here.
   */
  public static Preference copy(Preference p) {
    return switch (p.kind()) {
      case THERAPIST_GENDER -> {
        TherapistGenderPreference g = (TherapistGenderPreference) p;
        yield TherapistGenderPreference.of(g.strength(), g.acceptable());
      }
      case POPULATION -> {
        PopulationPreference x = (PopulationPreference) p;
        yield PopulationPreference.of(x.strength(), x.populations());
      }
      case LANGUAGE -> {
        LanguagePreference x = (LanguagePreference) p;
        yield LanguagePreference.of(x.strength(), x.languages());
      }
      case CERTIFIED_SEX_THERAPIST -> CertifiedSexTherapistPreference.of(p.strength());
      case IN_PERSON_DISTANCE -> {
        InPersonDistancePreference x = (InPersonDistancePreference) p;
        yield InPersonDistancePreference.of(x.strength(), copy(x.from()), x.maximumKm());
      }
      case FEE -> {
        FeePreference x = (FeePreference) p;
        yield FeePreference.of(x.strength(), x.currency(), x.maximumFee());
      }
      case SLIDING_SCALE -> SlidingScalePreference.of(p.strength());
      case INSURANCE -> {
        InsurancePreference x = (InsurancePreference) p;
        yield InsurancePreference.of(x.strength(), copy(x.coverage()), x.outOfNetwork());
      }
      case MODALITY -> {
        ModalityPreference x = (ModalityPreference) p;
        yield ModalityPreference.of(x.strength(), x.modalityIds());
      }
      case TIME -> {
        TimePreference x = (TimePreference) p;
        yield TimePreference.of(x.strength(), x.zone(), x.windows().stream()
            .map(w -> WeeklyHours.of(w.days(), w.start(), w.end())).toList());
      }
      case RACE_OR_ETHNICITY -> {
        RaceOrEthnicityPreference x = (RaceOrEthnicityPreference) p;
        yield RaceOrEthnicityPreference.of(x.strength(),
            new LinkedHashSet<>(x.racesOrEthnicities()));
      }
      case LGBTQ_IDENTITY -> {
        LgbtqIdentityPreference x = (LgbtqIdentityPreference) p;
        yield LgbtqIdentityPreference.of(x.strength(), new LinkedHashSet<>(x.identities()));
      }
      case FAITH -> {
        FaithPreference x = (FaithPreference) p;
        Set<FaithStance> stances = new LinkedHashSet<>();
        x.stances().forEach(f -> stances.add(FaithStance.of(f.approach(), f.tradition())));
        yield FaithPreference.of(x.strength(), stances);
      }
      case PRACTICE_COMPETENCE -> {
        PracticeCompetencePreference x = (PracticeCompetencePreference) p;
        yield PracticeCompetencePreference.of(x.strength(), x.area(), x.minimum());
      }
      case ACCESS -> {
        AccessPreference x = (AccessPreference) p;
        yield AccessPreference.of(x.strength(), x.feature());
      }
      case SIGN_LANGUAGE -> {
        SignLanguagePreference x = (SignLanguagePreference) p;
        yield SignLanguagePreference.of(x.strength(), new LinkedHashSet<>(x.signLanguages()));
      }
    };
  }

  /** Rebuilds a jurisdiction from its code. */
  public static Jurisdiction copy(Jurisdiction j) {
    return Jurisdiction.parse(j.code());
  }

  /** Rebuilds coordinates. */
  public static Coordinates copy(Coordinates c) {
    return Coordinates.of(c.latitude(), c.longitude());
  }

  /** Rebuilds a practice location. */
  public static PracticeLocation copy(PracticeLocation l) {
    return PracticeLocation.builder().jurisdiction(copy(l.jurisdiction()))
        .coordinates(l.coordinates().map(Copies::copy))
        .addAllNetworks(each(List.copyOf(l.networks()), n -> NetworkId.of(n.value())))
        .addAllAccess(l.access())
        .addAllSignLanguages(each(l.signLanguages().stream().toList(),
            language -> Locale.forLanguageTag(language.toLanguageTag())))
        .build();
  }

  /** Rebuilds a network participation. */
  public static NetworkParticipation copy(NetworkParticipation n) {
    return NetworkParticipation.builder().payer(copy(n.payer()))
        .network(NetworkId.of(n.network().value()))
        .addAllPlans(each(List.copyOf(n.plans()), plan -> PlanId.of(plan.value())))
        .acceptance(n.acceptance()).telehealth(n.telehealth()).build();
  }

  /** Rebuilds a payer. */
  public static Payer copy(Payer p) {
    return Payer.of(p.id(), p.kind());
  }

  /** Rebuilds a client's coverage. */
  public static Coverage copy(Coverage c) {
    return Coverage.builder().payer(copy(c.payer()))
        .plan(c.plan().map(plan -> PlanId.of(plan.value())))
        .addAllNetworks(each(List.copyOf(c.networks()), n -> NetworkId.of(n.value()))).build();
  }

  /** Rebuilds a self-description. */
  public static SelfDescription copy(SelfDescription d) {
    Set<String> terms = new LinkedHashSet<>(d.terms());
    return d.ownWords().isPresent() ? SelfDescription.of(d.ownWords().get(), terms)
        : SelfDescription.of(terms);
  }

  /** Rebuilds a licence. */
  public static Licence copy(Licence l) {
    return Licence.builder().discipline(l.discipline()).jurisdiction(copy(l.jurisdiction()))
        .number(l.number()).status(l.status()).validFrom(l.validFrom())
        .validUntil(l.validUntil()).taxonomyCode(l.taxonomyCode().map(Copies::copy))
        .verifiedOn(l.verifiedOn()).build();
  }

  /** Rebuilds a compact privilege and its compact. */
  public static CompactPrivilege copy(CompactPrivilege p) {
    InterstateCompact c = p.compact();
    InterstateCompact compact = InterstateCompact.of(c.kind(),
        Set.copyOf(each(List.copyOf(c.members()), Copies::copy)), c.operationalFrom());
    return CompactPrivilege.builder().compact(compact).kind(p.kind())
        .homeJurisdiction(copy(p.homeJurisdiction()))
        .remoteJurisdiction(p.remoteJurisdiction().map(Copies::copy)).validFrom(p.validFrom())
        .validUntil(p.validUntil()).putAllTemporaryDaysUsed(p.temporaryDaysUsed()).build();
  }

  /** Rebuilds a registration and its register. */
  public static Registration copy(Registration r) {
    Register register = r.register();
    return Registration.builder()
        .register(Register.of(register.id(), register.name(), copy(register.jurisdiction())))
        .discipline(r.discipline()).number(r.number()).status(r.status())
        .validFrom(r.validFrom()).validUntil(r.validUntil()).build();
  }

  /** Rebuilds a certification, its credential and issuer. */
  public static Certification copy(Certification c) {
    return Certification.builder().credential(copy(c.credential())).issued(c.issued())
        .expires(c.expires()).ceCreditsEarned(c.ceCreditsEarned())
        .membershipCurrent(c.membershipCurrent()).build();
  }

  /** Rebuilds a credential, the credential it rests on and its issuer. */
  public static Credential copy(Credential c) {
    return Credential.builder().issuer(copy(c.issuer())).id(c.id()).title(c.title())
        .kind(c.kind()).requiresCurrent(c.requiresCurrent().map(Copies::copy))
        .requiredHeldFor(c.requiredHeldFor()).build();
  }

  /** Rebuilds a certifying body and its renewal rule. */
  public static CertifyingBody copy(CertifyingBody b) {
    if (b.renewalRule().isEmpty()) {
      return CertifyingBody.of(b.id(), b.name());
    }
    RenewalRule r = b.renewalRule().get();
    return CertifyingBody.of(b.id(), b.name(),
        RenewalRule.of(r.cycle(), r.requiredCeCredits(), r.membershipRequired()));
  }

  /** Rebuilds a training record. */
  public static TrainingRecord copy(TrainingRecord t) {
    return TrainingRecord.builder()
        .humanSexualityEducationHours(t.humanSexualityEducationHours())
        .sexTherapyTrainingHours(t.sexTherapyTrainingHours())
        .attitudeReassessmentCompleted(t.attitudeReassessmentCompleted())
        .supervisedClinicalHours(t.supervisedClinicalHours())
        .telehealthClinicalHours(t.telehealthClinicalHours())
        .supervisionHours(t.supervisionHours())
        .postDegreeExperienceYears(t.postDegreeExperienceYears())
        .build();
  }

  /** Rebuilds a modality and its aims. */
  public static Modality copy(Modality m) {
    Set<Aim> aims =
        Set.copyOf(each(List.copyOf(m.aims()), a -> Aim.of(a.focus(), a.intent())));
    return m.description().isPresent() ? Modality.of(m.id(), m.name(), aims, m.description().get())
        : Modality.of(m.id(), m.name(), aims);
  }

  /** Rebuilds a fee schedule. */
  public static FeeSchedule copy(FeeSchedule f) {
    return FeeSchedule.builder().currency(f.currency()).superbills(f.superbills())
        .addAllSessionFees(each(f.sessionFees(), fee -> fee.slidingScale().isPresent()
            ? SessionFee.of(fee.format(), fee.minutes(), fee.amount(), SlidingScale.of(
                fee.slidingScale().get().low(), fee.slidingScale().get().high()))
            : SessionFee.of(fee.format(), fee.minutes(), fee.amount())))
        .build();
  }

  /** Rebuilds a session schedule and its course. */
  public static SessionSchedule copy(SessionSchedule s) {
    Course course = s.course().plannedSessions().isPresent()
        ? Course.shortTerm(s.course().plannedSessions().getAsInt()) : Course.openEnded();
    return SessionSchedule.builder().format(s.format()).delivery(s.delivery())
        .sessionLength(s.sessionLength()).frequency(s.frequency()).course(course).build();
  }

  /** Rebuilds a planned session and its goals. */
  public static PlannedSession copy(PlannedSession s) {
    return PlannedSession.of(s.number(), each(s.goals(), Copies::copy), s.activities());
  }

  /** Rebuilds a goal and its aim. */
  public static Goal copy(Goal g) {
    Aim aim = Aim.of(g.aim().focus(), g.aim().intent());
    return g.note().isPresent() ? Goal.of(aim, g.note().get()) : Goal.of(aim);
  }

  /** Rebuilds an exercise. */
  public static Exercise copy(Exercise e) {
    return Exercise.builder().id(e.id()).kind(e.kind()).addAllParticipantIds(e.participantIds())
        .includesTherapist(e.includesTherapist()).voluntary(e.voluntary())
        .addAllConsentedBy(e.consentedBy()).note(e.note()).build();
  }

  private static <T, R> List<R> each(List<T> values, Function<T, R> copy) {
    return values.stream().map(copy).toList();
  }
}
