package org.sextherapy.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Properties of the assigner on small random waiting lists (2 to 6 clients, 1 to 4 therapists with
 * 0 to 2 open places), each checked against an exhaustive search over every assignment the
 * matcher's eligible matches allow.
 */
class CaseloadAssignerPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** One random case: therapists, a waiting list, a date, a matcher and a policy. */
  static final class Case {
    final List<TherapistProfile> therapists = new ArrayList<>();
    final List<ClientRequest> waiting;
    final LocalDate date = RandomValues.TODAY;
    final Matcher matcher;
    final AssignmentPolicy policy;
    /** Each client's eligible matches (every one, not only the top k), by request id. */
    final Map<String, List<Match>> eligible = new HashMap<>();

    Case(long seed) {
      RandomValues random = new RandomValues(seed);
      for (TherapistProfile p : random.profiles(1 + random.nextInt(4))) {
        therapists.add(random.withAvailability(p, random.chance(0.9), random.nextInt(3)));
      }
      matcher = random.chance(0.7) ? Matcher.standard() : Matcher.of(random.matchPolicy());
      TherapistDirectory directory = TherapistDirectory.of(therapists);
      // Most clients are drawn until some therapist of the directory is eligible for them (the
      // matcher's hard constraints exclude most random pairs); the rest are left as drawn.
      waiting = new ArrayList<>();
      int clients = 2 + random.nextInt(5);
      for (int i = 0; i < clients; i++) {
        List<ClientRequest> one = random.waitingList(therapists, 1);
        boolean eligibleSomewhere = random.chance(0.85);
        for (int tries = 0; tries < 100 && eligibleSomewhere
            && matcher.match(one.get(0), directory, date, 1).matches().isEmpty(); tries++) {
          one = random.waitingList(therapists, 1);
        }
        waiting.add(one.get(0));
      }
      AssignmentPolicy.Builder b = AssignmentPolicy.builder();
      if (random.chance(0.5)) {
        b.waitingPointsPerWeek(random.nextInt(5)).maxWaitingPoints(random.nextInt(200));
      }
      if (random.chance(0.4)) {
        b.loadBalancingPoints(1 + random.nextInt(30));
      }
      policy = b.build();
      for (ClientRequest r : waiting) {
        eligible.put(r.id(), matcher.match(r, directory, date, therapists.size()).matches());
      }
    }

    Assignment assign() {
      return CaseloadAssigner.of(matcher).assign(waiting, therapists, date, policy);
    }

    int openPlaces(String therapistId) {
      for (TherapistProfile p : therapists) {
        if (p.id().equals(therapistId)) {
          return p.acceptingNewClients() ? p.openCapacity() : 0;
        }
      }
      throw new AssertionError("unknown therapist");
    }

    /**
     * The value the policy defines, recomputed from its documentation: match score plus waiting
     * points per placement; with load balancing, each therapist's k-th client costs {@code step *
     * (k - 1)} and every placement is credited {@code step * (P - 1)}, P being the most places any
     * therapist can fill (its open places, or the clients it is eligible for, whichever is fewer).
     */
    long value(Map<String, String> placed) {
      long step = policy.loadBalancingPoints();
      long credit = 0;
      if (step > 0) {
        int most = 0;
        for (TherapistProfile p : therapists) {
          int wanted = 0;
          for (List<Match> matches : eligible.values()) {
            for (Match m : matches) {
              wanted += m.therapistId().equals(p.id()) ? 1 : 0;
            }
          }
          most = Math.max(most, Math.min(openPlaces(p.id()), wanted));
        }
        credit = most == 0 ? 0 : step * (most - 1);
      }
      long total = 0;
      Map<String, Integer> load = new HashMap<>();
      for (ClientRequest r : waiting) {
        String t = placed.get(r.id());
        if (t == null) {
          continue;
        }
        int k = load.merge(t, 1, Integer::sum);
        total += scoreWith(r.id(), t) + policy.waitingPoints(r, date) + credit - step * (k - 1);
      }
      return total;
    }

    long scoreWith(String requestId, String therapistId) {
      for (Match m : eligible.get(requestId)) {
        if (m.therapistId().equals(therapistId)) {
          return m.score();
        }
      }
      throw new AssertionError("placed with a therapist that is not eligible");
    }

    /** The best value over every assignment of eligible pairs within open places. */
    long exhaustiveOptimum() {
      return search(0, new HashMap<>(), new HashMap<>());
    }

    private long search(int client, Map<String, String> placed, Map<String, Integer> load) {
      if (client == waiting.size()) {
        return value(placed);
      }
      long best = search(client + 1, placed, load);
      String id = waiting.get(client).id();
      for (Match m : eligible.get(id)) {
        String t = m.therapistId();
        if (load.getOrDefault(t, 0) < openPlaces(t)) {
          placed.put(id, t);
          load.merge(t, 1, Integer::sum);
          best = Math.max(best, search(client + 1, placed, load));
          load.merge(t, -1, Integer::sum);
          placed.remove(id);
        }
      }
      return best;
    }
  }

  static Map<String, String> placed(Assignment assignment) {
    Map<String, String> placed = new HashMap<>();
    for (Placement p : assignment.placements()) {
      p.therapistId().ifPresent(t -> placed.put(p.clientRequestId(), t));
    }
    return placed;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void totalValueEqualsTheExhaustiveOptimum(long seed) {
    Case c = new Case(seed);
    Assignment assignment = c.assign();

    assertThat(c.value(placed(assignment))).isEqualTo(c.exhaustiveOptimum());
    assertThat(assignment.optimal()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noTherapistTakesMoreClientsThanOpenPlaces(long seed) {
    Case c = new Case(seed);
    Assignment assignment = c.assign();

    Map<String, Integer> counted = new HashMap<>();
    placed(assignment).values().forEach(t -> counted.merge(t, 1, Integer::sum));
    for (TherapistProfile p : c.therapists) {
      assertThat(counted.getOrDefault(p.id(), 0)).isLessThanOrEqualTo(c.openPlaces(p.id()));
      assertThat(assignment.loadOf(p.id()).orElseThrow().assigned())
          .isEqualTo(counted.getOrDefault(p.id(), 0));
      assertThat(assignment.loadOf(p.id()).orElseThrow().openPlaces())
          .isEqualTo(c.openPlaces(p.id()));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPlacementIsAnEligibleMatchWithTheMatchersExplanation(long seed) {
    Case c = new Case(seed);

    for (Placement p : c.assign().placements()) {
      if (p.isAssigned()) {
        assertThat(c.eligible.get(p.clientRequestId())).contains(p.match().orElseThrow());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unassignedClientHasNoEligibleTherapistWithAFreePlace(long seed) {
    Case c = new Case(seed);
    Assignment assignment = c.assign();

    for (Placement p : assignment.placements()) {
      if (!p.isAssigned()) {
        for (Match m : c.eligible.get(p.clientRequestId())) {
          assertThat(assignment.loadOf(m.therapistId()).orElseThrow().remaining()).isZero();
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unassignedReasonSaysWhetherAnyTherapistCouldServeWithAPlace(long seed) {
    Case c = new Case(seed);
    RandomValues copier = new RandomValues(seed);
    List<TherapistProfile> allOpen = new ArrayList<>();
    for (TherapistProfile p : c.therapists) {
      allOpen.add(copier.withAvailability(p, true, 1));
    }
    TherapistDirectory open = TherapistDirectory.of(allOpen);
    Map<String, ClientRequest> byId = new HashMap<>();
    c.waiting.forEach(r -> byId.put(r.id(), r));

    for (Placement p : c.assign().placements()) {
      if (!p.isAssigned()) {
        boolean couldBeServed = c.matcher.match(byId.get(p.clientRequestId()), open, c.date, 1)
            .eligible() > 0;
        assertThat(p.unassignedReason()).contains(couldBeServed
            ? UnassignedReason.ELIGIBLE_THERAPISTS_FULL : UnassignedReason.NO_ELIGIBLE_THERAPIST);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shuffledInputGivesTheSameAssignment(long seed) {
    Case c = new Case(seed);
    List<ClientRequest> waiting = new ArrayList<>(c.waiting);
    List<TherapistProfile> therapists = new ArrayList<>(c.therapists);
    Collections.shuffle(waiting, new Random(seed));
    Collections.shuffle(therapists, new Random(seed + 1));

    Assignment shuffled = CaseloadAssigner.of(c.matcher).assign(waiting, therapists, c.date,
        c.policy);

    assertThat(shuffled).isEqualTo(c.assign());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theNumberOfThreadsMatchingClientsNeverChangesTheAssignment(long seed) {
    Case c = new Case(seed);
    Assignment oneThread = CaseloadAssigner.of(c.matcher).withParallelism(1)
        .assign(c.waiting, c.therapists, c.date, c.policy);

    for (int threads : new int[] {2, 3, 8}) {
      assertThat(CaseloadAssigner.of(c.matcher).withParallelism(threads)
          .assign(c.waiting, c.therapists, c.date, c.policy)).as("%d threads", threads)
          .isEqualTo(oneThread);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noClientTextAppearsInTheAssignment(long seed) {
    Assignment assignment = new Case(seed).assign();

    assertThat(assignment.toString()).doesNotContain(RandomValues.SENTINEL);
    assertThat(assignment.placements().toString()).doesNotContain(RandomValues.SENTINEL);
    assertThat(assignment.loads().toString()).doesNotContain(RandomValues.SENTINEL);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSmallerCandidateListNeverLeavesAClientOutWhileAnEligibleTherapistIsFree(long seed) {
    Case c = new Case(seed);
    AssignmentPolicy one = AssignmentPolicy.builder().candidatesPerClient(1)
        .loadBalancingPoints(c.policy.loadBalancingPoints()).build();

    Assignment assignment = CaseloadAssigner.of(c.matcher).assign(c.waiting, c.therapists, c.date,
        one);

    for (Placement p : assignment.placements()) {
      if (!p.isAssigned()) {
        for (Match m : c.eligible.get(p.clientRequestId())) {
          assertThat(assignment.loadOf(m.therapistId()).orElseThrow().remaining()).isZero();
        }
      } else {
        assertThat(c.eligible.get(p.clientRequestId())).contains(p.match().orElseThrow());
      }
    }
  }
}
