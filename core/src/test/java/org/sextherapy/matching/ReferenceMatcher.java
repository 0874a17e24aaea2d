package org.sextherapy.matching;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sextherapy.authorisation.Authorisation;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
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
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.CoverageStanding;
import org.sextherapy.insurance.InsuranceAcceptance;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.internal.TieBreak;
import org.sextherapy.outcome.OutcomeRates;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;

/**
 * The matcher's rules written as plainly as possible: loops over the profile objects, the model's own
 * methods and rule objects ({@link PracticeAuthorisation#decide} asked place by place,
 * {@link Certification#statusOn}, {@link Coordinates#distanceKm}, {@link FeeSchedule#lowestFeeFor}, {@link InsuranceAcceptance#decide}),
 * every therapist scored and the whole list sorted, measured outcomes in exact fractions. The packed
 * matcher must agree with it exactly.
 */
public final class ReferenceMatcher {

  private final MatchPolicy policy;
  private final EthicsReview review;

  /**
   * Creates the reference for a policy, gating with the standard review.
   *
   * @param policy the weights
   */
  public ReferenceMatcher(MatchPolicy policy) {
    this(policy, EthicsReview.standard());
  }

  /**
   * Creates the reference for a policy, gating profiles with a caller's review.
   *
   * @param policy the weights
   * @param review the review whose profile verdicts gate
   */
  public ReferenceMatcher(MatchPolicy policy, EthicsReview review) {
    this.policy = policy;
    this.review = review;
  }

  /**
   * Tells, plainly, whether a request is a safeguarding matter under the standard rules: a couple
   * or multi-partner request with a child, or with an adult and a minor.
   */
  /**
   * The standard review's guardian-consent rule, with no minimum ages of consent supplied: a
   * request with a minor whose guardian consent is not recorded, or refused.
   */
  static boolean withoutGuardianConsent(ClientRequest request) {
    // The standard review knows no minimum ages of consent: any minor needs consent recorded, not
    // refused, and a child's cannot be recorded as not required.
    boolean child = request.participants().stream()
        .anyMatch(p -> p.ageBracket() == AgeBracket.CHILD);
    return request.participants().stream().anyMatch(Participant::isMinor)
        && (request.guardianConsent().isEmpty()
            || request.guardianConsent().get() == GuardianConsent.REFUSED
            || (child && request.guardianConsent().get() == GuardianConsent.NOT_REQUIRED));
  }

  static boolean unsafe(ClientRequest request) {
    if (request.format() != SessionFormat.COUPLE
        && request.format() != SessionFormat.MULTI_PARTNER) {
      // A child's group place (or a mislabelled individual request) beside an adult's.
      return request.participants().stream().anyMatch(p -> p.ageBracket() == AgeBracket.CHILD)
          && request.participants().stream().anyMatch(p -> !p.isMinor());
    }
    boolean adult = false;
    boolean minor = false;
    for (Participant participant : request.participants()) {
      if (participant.ageBracket() == AgeBracket.CHILD) {
        return true;
      }
      adult |= !participant.isMinor();
      minor |= participant.isMinor();
    }
    return adult && minor;
  }

  /** Everything the reference decides for one request. */
  public static final class Outcome {
    final List<Match> ranked = new ArrayList<>();
    final Map<HardConstraint, Integer> excluded = new EnumMap<>(HardConstraint.class);

    Outcome() {}

    /** Returns the best k. */
    public List<Match> top(int k) {
      return ranked.subList(0, Math.min(k, ranked.size()));
    }
  }

  /**
   * The directory's totals per concern and measure: courses, reliable improvements and reliable
   * deteriorations, summed over every profile's outcome records.
   */
  public static final class Rates {
    final Map<String, long[]> totals = new HashMap<>();

    Rates() {}

    /** Sums the records of a directory. */
    public static Rates of(List<TherapistProfile> directory) {
      Rates rates = new Rates();
      for (TherapistProfile p : directory) {
        for (OutcomeRecord r : p.outcomes()) {
          long[] t = rates.totals.computeIfAbsent(r.concern().id() + "/" + r.measureId(),
              key -> new long[3]);
          t[0] += r.courses();
          t[1] += r.reliableImprovements();
          t[2] += r.reliableDeteriorations();
        }
      }
      return rates;
    }

    boolean measures(String concernId) {
      return totals.keySet().stream().anyMatch(key -> key.startsWith(concernId + "/"));
    }

    long[] of(OutcomeRecord record) {
      return totals.get(record.concern().id() + "/" + record.measureId());
    }
  }

  /** Ranks every eligible therapist and counts the excluded ones. */
  public Outcome match(ClientRequest request, List<TherapistProfile> directory, LocalDate date) {
    Outcome outcome = new Outcome();
    for (HardConstraint constraint : HardConstraint.values()) {
      outcome.excluded.put(constraint, 0);
    }
    Rates rates = Rates.of(directory);
    for (TherapistProfile therapist : directory) {
      Optional<HardConstraint> failed = firstFailing(request, therapist, rates, date);
      if (failed.isPresent()) {
        outcome.excluded.merge(failed.get(), 1, Integer::sum);
      } else {
        outcome.ranked.add(explain(request, therapist, rates, date));
      }
    }
    long state = TieBreak.requestState(request.id());
    outcome.ranked.sort(Comparator.comparingLong(Match::score).reversed()
        .thenComparing((a, b) -> Long.compareUnsigned(TieBreak.key(state, a.therapistId()),
            TieBreak.key(state, b.therapistId())))
        .thenComparing(Match::therapistId));
    return outcome;
  }

  /**
   * Returns the first hard constraint the therapist fails, as if they were the whole directory
   * (their own outcome records are then the directory's rates).
   */
  public Optional<HardConstraint> firstFailing(ClientRequest request, TherapistProfile therapist,
      LocalDate date) {
    return firstFailing(request, therapist, Rates.of(List.of(therapist)), date);
  }

  /** Returns the first hard constraint the therapist fails, in the documented order. */
  public Optional<HardConstraint> firstFailing(ClientRequest request, TherapistProfile therapist,
      Rates rates, LocalDate date) {
    if (unsafe(request)) {
      return Optional.of(HardConstraint.SAFEGUARDING);
    }
    if (withoutGuardianConsent(request)) {
      return Optional.of(HardConstraint.GUARDIAN_CONSENT);
    }
    if (!(therapist.acceptingNewClients() && therapist.openCapacity() > 0)) {
      return Optional.of(HardConstraint.AVAILABILITY);
    }
    boolean adolescent = request.participants().stream()
        .anyMatch(p -> p.ageBracket() == AgeBracket.ADOLESCENT);
    boolean child = request.participants().stream()
        .anyMatch(p -> p.ageBracket() == AgeBracket.CHILD);
    if (adolescent && !therapist.populations().contains(Population.ADOLESCENTS)) {
      return Optional.of(HardConstraint.ADOLESCENTS);
    }
    if (child && !therapist.populations().contains(Population.CHILDREN)) {
      return Optional.of(HardConstraint.CHILDREN);
    }
    boolean competent = false;
    for (RequestedConcern concern : request.concerns()) {
      if (therapist.expertiseIn(concern.concern()).isPresent()) {
        competent = true;
      }
    }
    if (!competent) {
      return Optional.of(HardConstraint.COMPETENCE);
    }
    if (!therapist.formats().contains(request.format())) {
      return Optional.of(HardConstraint.FORMAT);
    }
    boolean delivery = false;
    for (Delivery accepted : request.deliveries()) {
      if (therapist.deliveries().contains(accepted)) {
        delivery = true;
      }
    }
    if (!delivery) {
      return Optional.of(HardConstraint.DELIVERY);
    }
    if (teleRoute(request, therapist, date).isEmpty()
        && inPersonRoute(request, therapist, date).isEmpty()) {
      return Optional.of(HardConstraint.AUTHORISATION);
    }
    for (PreferenceKind kind : PreferenceKind.values()) {
      for (Preference preference : request.preferences()) {
        if (preference.kind() == kind && preference.strength() == Strength.REQUIRED
            && argument(preference, request, therapist, date).isEmpty()) {
          return Optional.of(HardConstraint.requiring(kind));
        }
      }
    }
    if (policy.availabilityConfirmedWithinDays().isPresent()) {
      Optional<Long> age = daysSinceConfirmed(therapist, date);
      if (age.isEmpty() || age.get() > policy.availabilityConfirmedWithinDays().getAsInt()) {
        return Optional.of(HardConstraint.AVAILABILITY_CONFIRMED);
      }
    }
    if (policy.excludeCredibleDeterioration()) {
      for (RequestedConcern concern : request.concerns()) {
        if (therapist.expertiseIn(concern.concern()).isPresent()
            && therapist.outcomeFor(concern.concern()).map(r -> deteriorating(r, rates))
                .orElse(false)) {
          return Optional.of(HardConstraint.MEASURED_DETERIORATION);
        }
      }
    }
    if (!review.reviewProfile(therapist, date).isValid()) {
      return Optional.of(HardConstraint.ETHICS);
    }
    return Optional.empty();
  }

  private static final PracticeAuthorisation AUTHORISATION = PracticeAuthorisation.standard();

  /** The first delivery of a kind (telehealth or not) that both sides accept, if any. */
  private static Optional<Delivery> offeredAndAccepted(ClientRequest request,
      TherapistProfile therapist, boolean telehealth) {
    for (Delivery delivery : Delivery.values()) {
      if (delivery.isTelehealth() == telehealth && request.deliveries().contains(delivery)
          && therapist.deliveries().contains(delivery)) {
        return Optional.of(delivery);
      }
    }
    return Optional.empty();
  }

  /**
   * The reasons a therapist may see the client by telehealth, one per session jurisdiction, if
   * they are authorised in every one.
   */
  static Optional<List<Reason>> teleRoute(ClientRequest request, TherapistProfile therapist,
      LocalDate date) {
    Optional<Delivery> delivery = offeredAndAccepted(request, therapist, true);
    if (delivery.isEmpty()) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    for (Jurisdiction place : request.sessionJurisdictions()) {
      Authorisation answer = AUTHORISATION.decide(therapist, place, delivery.get(), date);
      if (!answer.isAuthorised()) {
        return Optional.empty();
      }
      reasons.add(reason(answer));
    }
    return Optional.of(reasons);
  }

  /**
   * The first session jurisdiction in which the therapist is authorised for no delivery both
   * accept: no telehealth authorisation there and no practice there with an in-person one.
   */
  static Optional<Jurisdiction> placeWithoutAuthorisation(ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    Optional<Delivery> tele = offeredAndAccepted(request, therapist, true);
    boolean inPerson = offeredAndAccepted(request, therapist, false).isPresent();
    List<Jurisdiction> places = request.sessionJurisdictions();
    // in person only, in places no one practice can lie in: no place is to blame
    if (tele.isEmpty() && inPerson && places.stream().noneMatch(
        candidate -> places.stream().allMatch(place -> place.covers(candidate)))) {
      return Optional.empty();
    }
    for (Jurisdiction place : places) {
      boolean byTelehealth = tele.isPresent()
          && AUTHORISATION.decide(therapist, place, tele.get(), date).isAuthorised();
      boolean atAPractice = inPerson && therapist.locations().stream().anyMatch(l ->
          place.covers(l.jurisdiction()) && AUTHORISATION.decide(therapist, l.jurisdiction(),
              Delivery.IN_PERSON, date).isAuthorised());
      if (!byTelehealth && !atAPractice) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }

  /** Spelled out here, not taken from the matcher, so the argument format is checked. */
  static Reason reason(Authorisation answer) {
    Basis basis = answer.basis().orElseThrow();
    return switch (basis.kind()) {
      case LICENCE -> Reason.of(ReasonCode.LICENSED_IN, basis.authority(), 0);
      case REGISTRATION -> Reason.of(ReasonCode.REGISTERED_WITH, basis.authority(), 0);
      case COMPACT_PRIVILEGE -> Reason.of(ReasonCode.COMPACT_PRIVILEGE,
          basis.authority() + ":" + answer.place().code(), 0);
    };
  }

  /** The reasons a therapist may see the client in person, if they may. */
  static Optional<List<Reason>> inPersonRoute(ClientRequest request, TherapistProfile therapist,
      LocalDate date) {
    if (offeredAndAccepted(request, therapist, false).isEmpty()) {
      return Optional.empty();
    }
    for (PracticeLocation location : therapist.locations()) {
      Optional<Authorisation> answer = openToClient(request, therapist, location, date);
      if (answer.isPresent()) {
        return Optional.of(List.of(
            Reason.of(ReasonCode.PRACTICES_IN, location.jurisdiction().code(), 0),
            reason(answer.get())));
      }
    }
    return Optional.empty();
  }

  /**
   * The authorisation to see the client in person at a location, if the location lies in every
   * session jurisdiction and the therapist is authorised there.
   */
  private static Optional<Authorisation> openToClient(ClientRequest request,
      TherapistProfile therapist, PracticeLocation location, LocalDate date) {
    for (Jurisdiction place : request.sessionJurisdictions()) {
      if (!place.covers(location.jurisdiction())) {
        return Optional.empty();
      }
    }
    Authorisation answer = AUTHORISATION.decide(therapist, location.jurisdiction(),
        Delivery.IN_PERSON, date);
    return answer.isAuthorised() ? Optional.of(answer) : Optional.empty();
  }

  /**
   * How the client's insurance stands with the therapist: {@link InsuranceAcceptance} decides, told
   * whether a telehealth delivery is offered and accepted and which networks a practice location
   * open to the client in person names.
   */
  static CoverageStanding coverage(InsurancePreference insurance, ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    return InsuranceAcceptance.decide(insurance.coverage(), insurance.outOfNetwork(),
        therapist.networks(), therapist.fees().map(FeeSchedule::superbills).orElse(false),
        offeredAndAccepted(request, therapist, true).isPresent(),
        network -> inNetworkInPerson(request, therapist, network, date));
  }

  private static boolean inNetworkInPerson(ClientRequest request, TherapistProfile therapist,
      NetworkId network, LocalDate date) {
    if (offeredAndAccepted(request, therapist, false).isEmpty()) {
      return false;
    }
    for (PracticeLocation location : therapist.locations()) {
      if (location.networks().contains(network)
          && openToClient(request, therapist, location, date).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the argument of the reason for a preference the therapist meets, or empty if they do
   * not meet it.
   */
  static Optional<String> argument(Preference preference, ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    // Exhaustive over the kinds: a new kind does not compile until the reference judges it.
    return switch (preference.kind()) {
      case THERAPIST_GENDER -> metTherapistGender(preference, request, therapist, date);
      case POPULATION -> metPopulation(preference, request, therapist, date);
      case LANGUAGE -> metLanguage(preference, request, therapist, date);
      case CERTIFIED_SEX_THERAPIST -> metCertifiedSexTherapist(preference, request, therapist, date);
      case IN_PERSON_DISTANCE -> metInPersonDistance(preference, request, therapist, date);
      case FEE -> metFee(preference, request, therapist, date);
      case SLIDING_SCALE -> metSlidingScale(preference, request, therapist, date);
      case INSURANCE -> metInsurance(preference, request, therapist, date);
      case MODALITY -> metModality(preference, request, therapist, date);
      case TIME -> metTime(preference, request, therapist, date);
      case RACE_OR_ETHNICITY -> disclosesAny(therapist.raceOrEthnicity(),
          ((RaceOrEthnicityPreference) preference).racesOrEthnicities())
          ? Optional.of("raceOrEthnicity") : Optional.empty();
      case LGBTQ_IDENTITY -> disclosesAny(therapist.lgbtqIdentity(),
          ((LgbtqIdentityPreference) preference).identities())
          ? Optional.of("lgbtqIdentity") : Optional.empty();
      case FAITH -> metFaith((FaithPreference) preference, therapist);
      case PRACTICE_COMPETENCE ->
          metPracticeCompetence((PracticeCompetencePreference) preference, therapist);
      case ACCESS -> metAccess((AccessPreference) preference, request, therapist, date);
      case SIGN_LANGUAGE ->
          signLanguage((SignLanguagePreference) preference, request, therapist, date);
    };
  }

  private static Optional<String> metTherapistGender(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    for (GenderTerm term : GenderTerm.values()) {
      if (((TherapistGenderPreference) preference).acceptable().contains(term)
          && therapist.gender().map(g -> g.terms().contains(term)).orElse(false)) {
        return Optional.of(term.id());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> metPopulation(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    for (Population population : Population.values()) {
      if (((PopulationPreference) preference).populations().contains(population)
          && therapist.populations().contains(population)) {
        return Optional.of(population.id());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> metLanguage(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    TreeSet<String> wanted = new TreeSet<>();
    for (Locale language : ((LanguagePreference) preference).languages()) {
      wanted.add(language.getLanguage());
    }
    for (String language : wanted) {
      for (Locale spoken : therapist.languages()) {
        if (spoken.getLanguage().equals(language)) {
          return Optional.of(language);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> metCertifiedSexTherapist(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    return currentSexTherapistCertification(therapist, date);
  }

  private static Optional<String> metInPersonDistance(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    InPersonDistancePreference distance = (InPersonDistancePreference) preference;
    Optional<PracticeLocation> nearest = nearest(distance, request, therapist, date);
    return nearest.map(location -> location.jurisdiction().code() + ":"
        + Math.round(distance.from().distanceKm(location.coordinates().orElseThrow())) + "km");
  }

  /**
   * The nearest practice location open to the client within the preferred distance, by exact
   * distance, the first of equally near ones.
   */
  static Optional<PracticeLocation> nearest(InPersonDistancePreference distance,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    if (offeredAndAccepted(request, therapist, false).isEmpty()) {
      return Optional.empty();
    }
    PracticeLocation best = null;
    double bestKm = Double.POSITIVE_INFINITY;
    for (PracticeLocation location : therapist.locations()) {
      if (location.coordinates().isPresent()
          && openToClient(request, therapist, location, date).isPresent()) {
        double km = distance.from().distanceKm(location.coordinates().get());
        if (km <= distance.maximumKm() && km < bestKm) {
          best = location;
          bestKm = km;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The points of a met preferred distance, spelled out from the policy's javadoc. */
  private long distancePoints(InPersonDistancePreference distance, ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    PracticeLocation location = nearest(distance, request, therapist, date).orElseThrow();
    double km = distance.from().distanceKm(location.coordinates().orElseThrow());
    long points = policy.preferencePoints();
    return switch (policy.distanceDecay()) {
      case NONE -> points;
      case LINEAR -> (long) Math.floor(points
          * Math.max(0, Math.min(1, 1 - km / distance.maximumKm())));
      case EXPONENTIAL -> (long) Math.floor(points * Math.pow(0.5, km / policy.distanceHalfKm()));
    };
  }

  /** Days from the UTC date of the last confirmation to the session date, 0 if later. */
  static Optional<Long> daysSinceConfirmed(TherapistProfile therapist, LocalDate date) {
    return therapist.availabilityConfirmedAt().map(at -> Math.max(0,
        date.toEpochDay() - LocalDate.ofInstant(at, ZoneOffset.UTC).toEpochDay()));
  }

  private static Optional<String> metFee(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    FeePreference fee = (FeePreference) preference;
    if (therapist.fees().isPresent()
        && therapist.fees().get().currency().equals(fee.currency())
        && therapist.fees().get().lowestFeeFor(request.format())
            .map(lowest -> lowest.compareTo(fee.maximumFee()) <= 0).orElse(false)) {
      return Optional.of(fee.currency().getCurrencyCode());
    }
    return Optional.empty();
  }

  private static Optional<String> metSlidingScale(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    if (therapist.fees().isPresent()
        && therapist.fees().get().slidingScaleFor(request.format())) {
      return Optional.of(therapist.fees().get().currency().getCurrencyCode());
    }
    return Optional.empty();
  }

  private static Optional<String> metInsurance(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    InsurancePreference insurance = (InsurancePreference) preference;
    return switch (coverage(insurance, request, therapist, date)) {
      case IN_NETWORK -> InsuranceAcceptance.inNetwork(insurance.coverage(),
              therapist.networks(), offeredAndAccepted(request, therapist, true).isPresent(),
              network -> inNetworkInPerson(request, therapist, network, date))
          .map(participation -> participation.network().value());
      case OUT_OF_NETWORK_SUPERBILL ->
          Optional.of(therapist.fees().orElseThrow().currency().getCurrencyCode());
      case NOT_COVERED -> Optional.empty();
    };
  }

  private static Optional<String> metModality(Preference preference,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    for (String id : new TreeSet<>(((ModalityPreference) preference).modalityIds())) {
      for (Modality modality : therapist.modalities()) {
        if (modality.id().equals(id)) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Decides a time preference by brute force, independently of {@link TimePreference#firstOverlap}:
   * every quarter hour of the client's week from the session date is looked up as a local time in
   * each zone, and the first quarter hour that starts three in a row (45 minutes) free on both
   * sides is the overlap. Exact for the generated values, which lie on a quarter-hour grid away
   * from the night-time hours of daylight-saving changes.
   */
  private static Optional<String> metTime(Preference preference, ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    TimePreference time = (TimePreference) preference;
    if (therapist.availability().isEmpty()) {
      return Optional.empty();
    }
    Availability availability = therapist.availability().get();
    Instant from = date.atStartOfDay(time.zone()).toInstant();
    Instant to = date.plusDays(7).atStartOfDay(time.zone()).toInstant();
    int run = 0;
    for (Instant t = from; t.isBefore(to); t = t.plusSeconds(900)) {
      boolean both = covers(time.windows(), t.atZone(time.zone()).toLocalDateTime())
          && (covers(availability.hours(), t.atZone(availability.zone()).toLocalDateTime())
              || inSlot(availability, t));
      run = both ? run + 1 : 0;
      if (run == 3) {
        return Optional.of(t.minusSeconds(1800).toString());
      }
    }
    return Optional.empty();
  }

  private static boolean covers(List<WeeklyHours> hours, java.time.LocalDateTime local) {
    for (WeeklyHours h : hours) {
      if (h.days().contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(h.start())
          && local.toLocalTime().isBefore(h.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean inSlot(Availability availability, Instant t) {
    for (OpenSlot slot : availability.slots()) {
      if (!t.isBefore(slot.start()) && t.isBefore(slot.start().plus(slot.length()))) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> metFaith(FaithPreference faith, TherapistProfile therapist) {
    if (therapist.faith().isPresent()
        && faith.stances().stream().anyMatch(s -> s.sameStance(therapist.faith().get()))) {
      return Optional.of(therapist.faith().get().approach().id());
    }
    return Optional.empty();
  }

  private static Optional<String> metPracticeCompetence(PracticeCompetencePreference competence,
      TherapistProfile therapist) {
    Optional<CompetenceGrade> grade = therapist.competenceIn(competence.area());
    if (grade.isPresent() && grade.get().atLeast(competence.minimum())) {
      return Optional.of(competence.area().id() + ":" + grade.get().id());
    }
    return Optional.empty();
  }

  /** The first location, in profile order, open to the client in person with the feature. */
  private static Optional<String> metAccess(AccessPreference access, ClientRequest request,
      TherapistProfile therapist, LocalDate date) {
    if (offeredAndAccepted(request, therapist, false).isPresent()) {
      for (PracticeLocation location : therapist.locations()) {
        if (location.access().contains(access.feature())
            && openToClient(request, therapist, location, date).isPresent()) {
          return Optional.of(access.feature().id() + ":" + location.jurisdiction().code());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a disclosed description has a term whose words, lower-cased after NFKC, equal those of
   * an acceptable term: spelled out here rather than calling {@code SelfDescription.key}.
   */
  private static boolean disclosesAny(Optional<SelfDescription> disclosed,
      java.util.Set<String> acceptable) {
    if (disclosed.isEmpty()) {
      return false;
    }
    for (String term : disclosed.get().terms()) {
      for (String wanted : acceptable) {
        if (words(term).equals(words(wanted))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> words(String term) {
    String folded = java.text.Normalizer.normalize(term, java.text.Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  /**
   * A sign language in person (first location open to the client in person that lists one, the
   * first wanted in tag order) or else by video (both accept video, authorised by telehealth for
   * video in every session jurisdiction, and the therapist works in one, the first in tag order).
   */
  private static Optional<String> signLanguage(SignLanguagePreference sign,
      ClientRequest request, TherapistProfile therapist, LocalDate date) {
    List<Locale> wanted = new ArrayList<>(sign.signLanguages());
    wanted.sort(java.util.Comparator.comparing(Locale::toLanguageTag));
    if (offeredAndAccepted(request, therapist, false).isPresent()) {
      for (PracticeLocation location : therapist.locations()) {
        if (openToClient(request, therapist, location, date).isPresent()) {
          for (Locale language : wanted) {
            if (location.signLanguages().contains(language)) {
              return Optional.of(language.toLanguageTag() + ":in-person");
            }
          }
        }
      }
    }
    if (!request.deliveries().contains(Delivery.VIDEO)
        || !therapist.deliveries().contains(Delivery.VIDEO)) {
      return Optional.empty();
    }
    for (Jurisdiction place : request.sessionJurisdictions()) {
      if (!AUTHORISATION.decide(therapist, place, Delivery.VIDEO, date).isAuthorised()) {
        return Optional.empty();
      }
    }
    for (Locale language : wanted) {
      boolean works = therapist.languages().contains(language) || therapist.locations().stream()
          .anyMatch(l -> l.signLanguages().contains(language));
      if (works) {
        return Optional.of(language.toLanguageTag() + ":video");
      }
    }
    return Optional.empty();
  }

  static Optional<String> currentSexTherapistCertification(TherapistProfile therapist,
      LocalDate date) {
    for (Certification certification : therapist.certifications()) {
      if (certification.credential().kind() == CredentialKind.SEX_THERAPIST
          && certification.statusOn(date, therapist.certifications())
              == CertificationStatus.CURRENT) {
        return Optional.of(certification.credential().qualifiedId());
      }
    }
    return Optional.empty();
  }

  private boolean deteriorating(OutcomeRecord record, Rates rates) {
    long[] t = rates.of(record);
    return OutcomeRates.crediblyAbove(record.reliableDeteriorations(), record.courses(), t[2], t[0],
        policy.outcomePriorCourses());
  }

  /**
   * The measured points as the policy's javadoc states them, in exact fractions: the shrunk rate
   * {@code (k + m p0) / (n + m)} minus {@code p0}, over the span, plus one half, clamped, times the
   * measured share, rounded down.
   */
  private long measuredPoints(int weight, Optional<OutcomeRecord> record, Rates rates) {
    BigInteger share = BigInteger.valueOf((long) weight * policy.specialistExpertisePoints()
        * policy.measuredOutcomeWeightPercent());
    BigInteger[] x = {BigInteger.ONE, BigInteger.TWO}; // one half
    if (record.isPresent()) {
      long[] t = rates.of(record.get());
      BigInteger n = BigInteger.valueOf(record.get().courses());
      BigInteger k = BigInteger.valueOf(record.get().reliableImprovements());
      BigInteger m = BigInteger.valueOf(policy.outcomePriorCourses());
      BigInteger bigN = BigInteger.valueOf(t[0]);
      BigInteger bigK = BigInteger.valueOf(t[1]);
      // shrunk = (k + m K / N) / (n + m) = (k N + m K) / ((n + m) N)
      BigInteger[] shrunk = {k.multiply(bigN).add(m.multiply(bigK)), n.add(m).multiply(bigN)};
      BigInteger[] delta = {shrunk[0].multiply(bigN).subtract(bigK.multiply(shrunk[1])),
          shrunk[1].multiply(bigN)};
      BigInteger span = BigInteger.valueOf(policy.outcomeSpanPercent());
      // 1/2 + 100 delta / span
      x = new BigInteger[] {delta[1].multiply(span).add(BigInteger.valueOf(200)
          .multiply(delta[0])), BigInteger.TWO.multiply(delta[1]).multiply(span)};
      if (x[0].signum() < 0) {
        x[0] = BigInteger.ZERO;
      }
      if (x[0].compareTo(x[1]) > 0) {
        x[0] = x[1];
      }
    }
    return share.multiply(x[0]).divide(x[1].multiply(BigInteger.valueOf(100))).longValueExact();
  }

  /** Scores and explains an eligible therapist. */
  public Match explain(ClientRequest request, TherapistProfile therapist, Rates rates,
      LocalDate date) {
    List<Reason> reasons = new ArrayList<>();
    // In person first (the practice, then its basis), then each telehealth basis not yet named.
    inPersonRoute(request, therapist, date).ifPresent(reasons::addAll);
    teleRoute(request, therapist, date).ifPresent(tele -> tele.stream()
        .filter(reason -> !reasons.contains(reason)).forEach(reasons::add));
    Map<String, Integer> weights = new LinkedHashMap<>();
    Map<String, RequestedConcern> concerns = new LinkedHashMap<>();
    for (RequestedConcern concern : request.concerns()) {
      weights.merge(concern.concern().id(), concern.priority().weight(), Math::max);
      concerns.putIfAbsent(concern.concern().id(), concern);
    }
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      Optional<ExpertiseLevel> level =
          therapist.expertiseIn(concerns.get(entry.getKey()).concern());
      if (level.isPresent()) {
        long declared = (long) entry.getValue() * policy.pointsFor(level.get());
        if (!rates.measures(entry.getKey())) {
          reasons.add(Reason.of(ReasonCode.COVERS_CONCERN, entry.getKey(), declared));
        } else {
          reasons.add(Reason.of(ReasonCode.COVERS_CONCERN, entry.getKey(),
              declared * (100 - policy.measuredOutcomeWeightPercent()) / 100));
          Optional<OutcomeRecord> record =
              therapist.outcomeFor(concerns.get(entry.getKey()).concern());
          int courses = record.map(OutcomeRecord::courses).orElse(0);
          reasons.add(Reason.of(ReasonCode.MEASURED_OUTCOMES, entry.getKey(), courses,
              measuredPoints(entry.getValue(), record, rates)));
          if (record.isPresent() && deteriorating(record.get(), rates)) {
            reasons.add(Reason.of(ReasonCode.MEASURED_DETERIORATION, entry.getKey(), courses, 0));
          }
        }
      }
    }
    for (Preference preference : request.preferences()) {
      if (preference.strength() == Strength.PREFERRED) {
        Optional<String> argument = argument(preference, request, therapist, date);
        if (argument.isPresent() && preference instanceof InsurancePreference) {
          CoverageStanding standing =
              coverage((InsurancePreference) preference, request, therapist, date);
          reasons.add(Reason.of(ReasonCode.covering(standing).orElseThrow(), argument.get(),
              policy.pointsFor(standing)));
        } else if (argument.isPresent()) {
          long points = preference instanceof InPersonDistancePreference distance
              ? distancePoints(distance, request, therapist, date) : policy.preferencePoints();
          reasons.add(Reason.of(preferredCode(preference.kind()), argument.get(), points));
        }
      }
    }
    currentSexTherapistCertification(therapist, date).ifPresent(credential -> reasons.add(
        Reason.of(ReasonCode.CURRENT_CERTIFICATION, credential, policy.certificationPoints())));
    int years = Math.min(therapist.training().map(t -> t.postDegreeExperienceYears()).orElse(0),
        policy.experienceYearsCounted());
    if (years > 0) {
      reasons.add(Reason.of(ReasonCode.EXPERIENCE, Integer.toString(years),
          (long) years * policy.pointsPerExperienceYear()));
    }
    Optional<Long> age = daysSinceConfirmed(therapist, date);
    if (age.isPresent()) {
      long horizon = policy.availabilityFreshForDays();
      long fresh = age.get() >= horizon ? 0
          : policy.freshAvailabilityPoints() * (horizon - age.get()) / horizon;
      reasons.add(Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, Long.toString(age.get()), fresh));
    }
    therapist.availability().flatMap(Availability::nextOpening).ifPresent(next ->
        reasons.add(Reason.of(ReasonCode.NEXT_OPENING, next.toString(), 0)));
    therapist.availability().flatMap(Availability::estimatedWait).ifPresent(wait ->
        reasons.add(Reason.of(ReasonCode.ESTIMATED_WAIT, wait.toString(), 0)));
    long score = 0;
    for (Reason reason : reasons) {
      score += reason.points();
    }
    return Match.of(therapist.id(), score, reasons);
  }

  /** Spelled out here, not taken from {@link ReasonCode#preferring}, so the mapping is checked. */
  static ReasonCode preferredCode(PreferenceKind kind) {
    return switch (kind) {
      case THERAPIST_GENDER -> ReasonCode.PREFERRED_THERAPIST_GENDER;
      case POPULATION -> ReasonCode.PREFERRED_POPULATION;
      case LANGUAGE -> ReasonCode.PREFERRED_LANGUAGE;
      case CERTIFIED_SEX_THERAPIST -> ReasonCode.PREFERRED_CERTIFIED_SEX_THERAPIST;
      case IN_PERSON_DISTANCE -> ReasonCode.PREFERRED_DISTANCE;
      case FEE -> ReasonCode.PREFERRED_FEE;
      case SLIDING_SCALE -> ReasonCode.PREFERRED_SLIDING_SCALE;
      case INSURANCE -> ReasonCode.IN_NETWORK;
      case MODALITY -> ReasonCode.PREFERRED_MODALITY;
      case TIME -> ReasonCode.PREFERRED_TIME;
      case RACE_OR_ETHNICITY -> ReasonCode.PREFERRED_RACE_OR_ETHNICITY;
      case LGBTQ_IDENTITY -> ReasonCode.PREFERRED_LGBTQ_IDENTITY;
      case FAITH -> ReasonCode.PREFERRED_FAITH;
      case PRACTICE_COMPETENCE -> ReasonCode.PREFERRED_PRACTICE_COMPETENCE;
      case ACCESS -> ReasonCode.PREFERRED_ACCESS;
      case SIGN_LANGUAGE -> ReasonCode.PREFERRED_SIGN_LANGUAGE;
    };
  }
}
