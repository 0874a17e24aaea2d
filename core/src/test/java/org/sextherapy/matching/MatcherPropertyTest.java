package org.sextherapy.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Properties of the matcher over random directories of 20 to 200 profiles and random requests, each
 * checked against the plain {@link ReferenceMatcher}.
 */
class MatcherPropertyTest {

  private static final java.util.Set<ReasonCode> AUTHORISATION_REASONS = java.util.EnumSet.of(
      ReasonCode.LICENSED_IN, ReasonCode.COMPACT_PRIVILEGE, ReasonCode.REGISTERED_WITH,
      ReasonCode.PRACTICES_IN);

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** One random case: a directory, a request, a date, a k and a policy. */
  static final class Case {
    final RandomValues random;
    final List<TherapistProfile> profiles;
    final ClientRequest request;
    final LocalDate date;
    final int k;
    MatchPolicy policy;

    Case(long seed) {
      random = new RandomValues(seed);
      profiles = MatchingValues.directory(random, 20 + random.nextInt(181));
      TherapistProfile target = random.oneOf(profiles);
      request = random.chance(0.25) ? random.request() : random.requestFor(target);
      date = random.chance(0.4) ? MatchingValues.boundaryDate(random, List.of(target))
          : RandomValues.TODAY.plusDays(random.nextInt(400) - 200);
      k = 1 + random.nextInt(15);
      policy = random.chance(0.7) ? MatchPolicy.defaults() : MatchingValues.policy(random);
      if (random.chance(0.3)) {
        policy = MatchingValues.excludingDeterioration(policy);
      }
    }

    MatchResult match() {
      return Matcher.of(policy).match(request, TherapistDirectory.of(profiles), date, k);
    }

    ReferenceMatcher.Outcome reference() {
      return new ReferenceMatcher(policy).match(request, profiles, date);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void matcherReturnsExactlyTheReferenceTopKWithTheSameExclusions(long seed) {
    Case c = new Case(seed);
    MatchResult result = c.match();
    ReferenceMatcher.Outcome reference = c.reference();

    assertThat(result.matches()).containsExactlyElementsOf(reference.top(c.k));
    assertThat(result.excluded()).isEqualTo(reference.excluded);
    assertThat(result.eligible()).isEqualTo(reference.ranked.size());
    assertThat(result.considered()).isEqualTo(c.profiles.size());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whyNotNamesTheReferencesFirstFailingConstraintAndTheMissingBasis(long seed) {
    Case c = new Case(seed);
    TherapistDirectory directory = TherapistDirectory.of(c.profiles);
    ReferenceMatcher reference = new ReferenceMatcher(c.policy);
    ReferenceMatcher.Rates rates = ReferenceMatcher.Rates.of(c.profiles);
    Map<HardConstraint, Integer> counted = new EnumMap<>(HardConstraint.class);
    for (TherapistProfile therapist : c.profiles) {
      Exclusion exclusion = Matcher.of(c.policy)
          .whyNot(c.request, directory, therapist.id(), c.date);
      Optional<HardConstraint> expected =
          reference.firstFailing(c.request, therapist, rates, c.date);

      assertThat(exclusion.constraint()).as(therapist.id()).isEqualTo(expected);
      Optional<Jurisdiction> place = expected.equals(Optional.of(HardConstraint.AUTHORISATION))
          ? ReferenceMatcher.placeWithoutAuthorisation(c.request, therapist, c.date)
          : Optional.empty();
      assertThat(exclusion.place()).as(therapist.id()).isEqualTo(place);
      assertThatTheGapAgreesWithTheRules(exclusion, c.request, therapist, c.date);
      assertThat(exclusion.toString()).doesNotContain(RandomValues.SENTINEL);
      expected.ifPresent(constraint -> counted.merge(constraint, 1, Integer::sum));
    }
    MatchResult result = c.match();
    for (HardConstraint constraint : HardConstraint.values()) {
      assertThat(counted.getOrDefault(constraint, 0)).isEqualTo(result.excludedBy(constraint));
    }
  }

  /**
   * The deliveries authorised in the exclusion's place are those for which the rule object finds a
   * basis there, delivery by delivery; the missing bases are the rule object's for a delivery both
   * sides accept that it does not authorise there, empty when it authorises them all; and the gap
   * follows from those and the therapist's practice locations.
   *
   * @return the gap expected, which the exclusion names
   */
  private static Optional<AuthorisationGap> assertThatTheGapAgreesWithTheRules(
      Exclusion exclusion, ClientRequest request, TherapistProfile therapist, LocalDate date) {
    PracticeAuthorisation rules = PracticeAuthorisation.standard();
    Set<Delivery> both = EnumSet.noneOf(Delivery.class);
    both.addAll(request.deliveries());
    both.retainAll(therapist.deliveries());
    Set<Delivery> authorised = EnumSet.noneOf(Delivery.class);
    List<Basis> missing = List.of();
    Optional<Jurisdiction> place = exclusion.place();
    if (place.isPresent()) {
      for (Delivery delivery : Delivery.values()) {
        if (rules.decide(therapist, place.get(), delivery, date).isAuthorised()) {
          authorised.add(delivery);
        }
      }
      for (Delivery delivery : both) {
        if (!authorised.contains(delivery)) {
          missing = rules.decide(therapist, place.get(), delivery, date).missing();
        }
      }
    }
    assertThat(exclusion.authorisedDeliveries()).as(therapist.id()).isEqualTo(authorised);
    assertThat(exclusion.missing()).as(therapist.id()).isEqualTo(missing);
    Optional<AuthorisationGap> gap = Optional.empty();
    if (exclusion.constraint().equals(Optional.of(HardConstraint.AUTHORISATION))) {
      gap = Optional.of(place.isEmpty() ? AuthorisationGap.NO_DELIVERY_FOR_EVERY_PLACE
          : authorised.isEmpty() ? AuthorisationGap.NO_BASIS
          : Collections.disjoint(authorised, both) ? AuthorisationGap.OTHER_DELIVERIES_ONLY
          : AuthorisationGap.NO_PRACTICE_LOCATION);
    }
    assertThat(exclusion.authorisationGap()).as(therapist.id()).isEqualTo(gap);
    if (gap.equals(Optional.of(AuthorisationGap.NO_PRACTICE_LOCATION))) {
      assertThat(both).as(therapist.id()).contains(Delivery.IN_PERSON);
      assertThat(therapist.locations()).as(therapist.id())
          .noneMatch(l -> place.orElseThrow().covers(l.jurisdiction()));
    }
    return gap;
  }

  /** How often each gap was met by {@link #whyNotNamesTheGapWhateverDeliveriesTheClientAccepts}. */
  private static final Map<AuthorisationGap, Integer> GAPS_SEEN = new ConcurrentHashMap<>();
  private static final AtomicInteger DELIVERY_CASES = new AtomicInteger();
  private static final int DELIVERY_SEEDS = 100;

  static LongStream deliverySeeds() {
    return LongStream.range(0, DELIVERY_SEEDS);
  }

  /**
   * The random requests accept mostly video, so that most therapists are excluded for want of any
   * basis: the same cases asked again in person only, by video only, and either way, so that the
   * other gaps are met too, each agreeing with the reference's constraint and the rule object.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("deliverySeeds")
  void whyNotNamesTheGapWhateverDeliveriesTheClientAccepts(long seed) {
    Case c = new Case(seed);
    TherapistDirectory directory = TherapistDirectory.of(c.profiles);
    ReferenceMatcher reference = new ReferenceMatcher(c.policy);
    ReferenceMatcher.Rates rates = ReferenceMatcher.Rates.of(c.profiles);
    for (Set<Delivery> accepted : List.of(Set.of(Delivery.IN_PERSON), Set.of(Delivery.VIDEO),
        Set.of(Delivery.IN_PERSON, Delivery.VIDEO))) {
      ClientRequest r = c.request;
      ClientRequest request = ClientRequest.builder().id(r.id())
          .addAllParticipants(r.participants()).sessionJurisdiction(r.sessionJurisdiction())
          .addAllConcerns(r.concerns()).format(r.format()).addAllDeliveries(accepted)
          .addAllPreferences(r.preferences()).guardianConsent(r.guardianConsent()).build();
      for (TherapistProfile therapist : c.profiles) {
        Exclusion exclusion = Matcher.of(c.policy)
            .whyNot(request, directory, therapist.id(), c.date);
        assertThat(exclusion.constraint()).as(therapist.id())
            .isEqualTo(reference.firstFailing(request, therapist, rates, c.date));
        assertThatTheGapAgreesWithTheRules(exclusion, request, therapist, c.date)
            .ifPresent(gap -> GAPS_SEEN.merge(gap, 1, Integer::sum));
      }
    }
    DELIVERY_CASES.incrementAndGet();
  }

  @AfterAll
  static void theDeliveryChoicesMeetEveryGapInOnePlace() {
    if (DELIVERY_CASES.get() == DELIVERY_SEEDS) {
      // In no one delivery for every place is rare in random requests: an example test meets it.
      assertThat(GAPS_SEEN.keySet()).as("gaps met: %s", GAPS_SEEN).contains(
          AuthorisationGap.NO_BASIS, AuthorisationGap.OTHER_DELIVERIES_ONLY,
          AuthorisationGap.NO_PRACTICE_LOCATION);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noReturnedTherapistBreaksAHardConstraint(long seed) {
    Case c = new Case(seed);
    Map<String, TherapistProfile> byId = c.profiles.stream()
        .collect(Collectors.toMap(TherapistProfile::id, p -> p));
    ReferenceMatcher reference = new ReferenceMatcher(c.policy);
    for (Match match : c.match().matches()) {
      TherapistProfile therapist = byId.get(match.therapistId());
      assertThat(reference.firstFailing(c.request, therapist,
          ReferenceMatcher.Rates.of(c.profiles), c.date))
          .as(match.therapistId()).isEmpty();
      assertThat(EthicsReview.standard().reviewProfile(therapist, c.date).isValid()).isTrue();
      assertThat(EthicsReview.standard().reviewMatch(c.request, therapist, c.date).isValid())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void directoryOrderDoesNotMatter(long seed) {
    Case c = new Case(seed);
    List<TherapistProfile> shuffled = new ArrayList<>(c.profiles);
    Collections.shuffle(shuffled, new Random(seed));
    MatchResult reordered = Matcher.of(c.policy)
        .match(c.request, TherapistDirectory.of(shuffled), c.date, c.k);
    assertThat(reordered).isEqualTo(c.match());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAnExpertiseTheClientNeedsNeverLowersATherapistsScore(long seed) {
    Case c = new Case(seed);
    if (c.request.concerns().isEmpty()) {
      return;
    }
    int everyone = Math.max(1, c.profiles.size());
    Matcher matcher = Matcher.of(c.policy);
    MatchResult before = matcher.match(c.request, TherapistDirectory.of(c.profiles), c.date,
        everyone);
    int changedAt = c.random.nextInt(c.profiles.size());
    TherapistProfile therapist = c.profiles.get(changedAt);
    RequestedConcern needed = c.random.oneOf(c.request.concerns());
    if (therapist.expertiseIn(needed.concern()).isPresent()) {
      return;
    }
    TherapistProfile more = MatchingValues.copy(therapist)
        .addExpertise(Expertise.of(needed.concern(), c.random.oneOf(ExpertiseLevel.class)))
        .build();
    List<TherapistProfile> changed = new ArrayList<>(c.profiles);
    changed.set(changedAt, more);
    MatchResult after = matcher.match(c.request, TherapistDirectory.of(changed), c.date,
        everyone);

    for (Match was : before.matches()) {
      Match now = after.matches().stream()
          .filter(m -> m.therapistId().equals(was.therapistId())).findFirst().orElseThrow();
      if (was.therapistId().equals(therapist.id())) {
        assertThat(now.score()).isGreaterThanOrEqualTo(was.score());
      } else {
        assertThat(now.score()).isEqualTo(was.score());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void contributionsAddUpToTheScoreAndArgumentsAreIdsOnly(long seed) {
    Case c = new Case(seed);
    for (Match match : c.match().matches()) {
      assertThat(match.reasons().stream().mapToLong(Reason::points).sum())
          .isEqualTo(match.score());
      for (Reason reason : match.reasons()) {
        assertThat(reason.argument()).matches("[A-Za-z0-9][A-Za-z0-9._:-]*");
      }
      assertThat(match.reasons().stream().filter(r -> AUTHORISATION_REASONS.contains(r.code())))
          .as("authorisation reasons are named once").doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSentinelInAnyClientTextNeverAppearsInAResult(long seed) {
    Case c = new Case(seed);
    MatchResult result = c.match();
    StringBuilder everything = new StringBuilder(result.toString());
    for (Match match : result.matches()) {
      everything.append(match).append(match.therapistId());
      for (Reason reason : match.reasons()) {
        everything.append(reason.argument()).append(reason);
      }
    }
    everything.append(result.excluded());
    assertThat(everything.toString()).doesNotContain(RandomValues.SENTINEL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void changingAvailabilityMatchesARebuiltDirectory(long seed) {
    Case c = new Case(seed);
    TherapistDirectory directory = TherapistDirectory.of(c.profiles);
    List<TherapistProfile> rebuilt = new ArrayList<>(c.profiles);
    int changes = 1 + c.random.nextInt(5);
    for (int n = 0; n < changes; n++) {
      int at = c.random.nextInt(c.profiles.size());
      boolean accepting = c.random.chance(0.6);
      int capacity = c.random.nextInt(3);
      directory = directory.withAvailability(c.profiles.get(at).id(), accepting, capacity);
      rebuilt.set(at, MatchingValues.copy(rebuilt.get(at)).acceptingNewClients(accepting)
          .openCapacity(capacity).build());
    }
    MatchResult updated = Matcher.of(c.policy).match(c.request, directory, c.date, c.k);
    assertThat(updated).isEqualTo(Matcher.of(c.policy)
        .match(c.request, TherapistDirectory.of(rebuilt), c.date, c.k));
    assertThat(updated.matches())
        .containsExactlyElementsOf(new ReferenceMatcher(c.policy)
            .match(c.request, rebuilt, c.date).top(c.k));
  }
}
