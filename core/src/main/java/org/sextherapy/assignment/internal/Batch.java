package org.sextherapy.assignment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.AssignmentPolicy;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.assignment.UnassignedReason;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.matching.Ranker;
import org.sextherapy.matching.Ranking;
import org.sextherapy.therapist.TherapistProfile;

/**
 * One waiting list prepared for assignment: the adapter between the matcher and the solvers.
 *
 * <p>Requests and therapists are put in canonical order (by id), each request is ranked once for
 * its best {@link AssignmentPolicy#candidatesPerClient()} eligible therapists, and the rankings
 * become a {@link CandidateTable} whose values are the match scores plus the waiting points.
 * Ranking is the costly part and each client's is independent of the others' (the directory is
 * immutable and shared, the ranking thread-safe), so clients are ranked by up to
 * {@code parallelism} threads at once, each taking the next unranked client; every ranking is
 * stored at its client's index and the table is then built in client order on the calling thread,
 * so the table, and everything solved from it, is the same whatever the number of threads. The
 * optimal solver or the first-come baseline then places clients over that table, and
 * {@link #finish} completes and explains the result.
 *
 * <p>A candidate is held as two numbers (its therapist's index and its value) and nothing else:
 * the rankings are the matcher's own ({@link Ranker}: the same scan, scores and tie-break as
 * {@link Matcher#match}) but build no {@link Match}, and only the match of each client's final
 * placement is explained, once the placements are known. So the table of 100,000 clients' 50
 * candidates holds 12 bytes a candidate, and explanations are built for one therapist a client
 * instead of fifty.
 *
 * <p>Not thread-safe: a batch is prepared, solved and dropped by one thread.
 */
public final class Batch {

  private final Matcher matcher;
  private final AssignmentPolicy policy;
  private final LocalDate date;
  private final List<TherapistProfile> therapists;
  private final TherapistDirectory directory;
  private final Ranker ranker;
  private final List<ClientRequest> requests;
  private final Map<String, Integer> therapistIndex;
  /** The directory position of each therapist index. */
  private final int[] positionOf;
  /** The therapist index at each directory position. */
  private final int[] indexAt;
  private final int[] openPlaces;
  private final boolean[] moreEligible;
  private final boolean[] someUnavailable;
  private final int[] waitingPoints;
  private final CandidateTable table;
  private final boolean valuesExact;
  private @Nullable TherapistDirectory allAvailable;

  private Batch(Matcher matcher, AssignmentPolicy policy, LocalDate date,
      List<ClientRequest> requests, List<TherapistProfile> therapists, int parallelism) {
    this.matcher = matcher;
    this.policy = policy;
    this.date = date;
    this.requests = requests;
    this.therapists = therapists;
    this.directory = TherapistDirectory.of(therapists);
    this.ranker = Ranker.of(matcher, directory, date);
    int m = therapists.size();
    therapistIndex = new HashMap<>(m * 2);
    openPlaces = new int[m];
    for (int t = 0; t < m; t++) {
      TherapistProfile p = therapists.get(t);
      therapistIndex.put(p.id(), t);
      openPlaces[t] = p.acceptingNewClients() ? p.openCapacity() : 0;
    }
    positionOf = new int[m];
    indexAt = new int[ranker.size()];
    for (int position = 0; position < indexAt.length; position++) {
      int t = index(ranker.therapistId(position));
      indexAt[position] = t;
      positionOf[t] = position;
    }
    int n = requests.size();
    moreEligible = new boolean[n];
    someUnavailable = new boolean[n];
    waitingPoints = new int[n];
    CandidateTable.Builder builder = CandidateTable.builder(openPlaces);
    boolean exact = true;
    Ranking[] rankings = rankAll(ranker, requests, policy.candidatesPerClient(), parallelism);
    for (int c = 0; c < n; c++) {
      Ranking ranking = rankings[c];
      moreEligible[c] = ranking.eligible() > ranking.size();
      someUnavailable[c] = ranking.unavailable() > 0;
      waitingPoints[c] = policy.waitingPoints(requests.get(c), date);
      for (int r = 0; r < ranking.size(); r++) {
        long value = ranking.score(r) + waitingPoints[c];
        if (value > CandidateTable.MAX_VALUE) {
          value = CandidateTable.MAX_VALUE;
          exact = false;
        }
        builder.addCandidate(indexAt[ranking.position(r)], value);
      }
      builder.endClient();
    }
    table = builder.build();
    valuesExact = exact;
  }

  /**
   * Ranks every request on up to {@code parallelism} threads (the calling one and tasks forked
   * on the common fork-join pool), each taking the next client not yet taken; ranking {@code c} is
   * that of request {@code c}, whichever thread computed it. Joining the tasks makes their
   * writes visible to the caller.
   */
  private static Ranking[] rankAll(Ranker ranker, List<ClientRequest> requests, int k,
      int parallelism) {
    int n = requests.size();
    Ranking[] rankings = new Ranking[n];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int c = next.getAndIncrement(); c < n; c = next.getAndIncrement()) {
        rankings[c] = ranker.rank(requests.get(c), k);
      }
    };
    int workers = Math.min(parallelism, n);
    List<ForkJoinTask<?>> forked = new ArrayList<>(Math.max(0, workers - 1));
    for (int w = 1; w < workers; w++) {
      forked.add(ForkJoinTask.adapt(work).fork());
    }
    work.run();
    for (ForkJoinTask<?> task : forked) {
      task.join();
    }
    return rankings;
  }

  /**
   * Prepares a waiting list on the calling thread only.
   *
   * @param matcher the matcher that ranks each client's therapists, never null
   * @param waiting the clients' requests, never null, ids unique
   * @param therapists the therapists' profiles, never null, ids unique
   * @param date the day of the assignment, on which licences and waiting time are judged
   * @param policy the policy, never null
   * @return the prepared batch, never null
   * @throws IllegalArgumentException if two requests or two profiles share an id
   */
  public static Batch prepare(Matcher matcher, List<ClientRequest> waiting,
      List<TherapistProfile> therapists, LocalDate date, AssignmentPolicy policy) {
    return prepare(matcher, waiting, therapists, date, policy, 1);
  }

  /**
   * Prepares a waiting list: orders it, matches every request (on up to {@code parallelism}
   * threads) and builds the candidate table, the same whatever the number of threads.
   *
   * @param matcher the matcher that ranks each client's therapists, never null
   * @param waiting the clients' requests, never null, ids unique
   * @param therapists the therapists' profiles, never null, ids unique
   * @param date the day of the assignment, on which licences and waiting time are judged
   * @param policy the policy, never null
   * @param parallelism how many threads match clients at once, at least 1
   * @return the prepared batch, never null
   * @throws IllegalArgumentException if two requests or two profiles share an id, or the
   *     parallelism is below 1
   */
  public static Batch prepare(Matcher matcher, List<ClientRequest> waiting,
      List<TherapistProfile> therapists, LocalDate date, AssignmentPolicy policy,
      int parallelism) {
    Checks.require(parallelism >= 1, "parallelism", "must be at least 1");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < waiting.size(); i++) {
      Checks.require(ids.add(waiting.get(i).id()), "waiting[" + i + "].id", "must be unique");
    }
    ids.clear();
    for (int i = 0; i < therapists.size(); i++) {
      Checks.require(ids.add(therapists.get(i).id()), "therapists[" + i + "].id",
          "must be unique");
    }
    List<ClientRequest> requests = new ArrayList<>(waiting);
    requests.sort(Comparator.comparing(ClientRequest::id));
    List<TherapistProfile> profiles = new ArrayList<>(therapists);
    profiles.sort(Comparator.comparing(TherapistProfile::id));
    return new Batch(matcher, policy, date, requests, profiles, parallelism);
  }

  /**
   * Returns the candidate table the solvers work on.
   *
   * @return the table, never null
   */
  public CandidateTable table() {
    return table;
  }

  /**
   * Places the clients optimally ({@link FlowAssigner}).
   *
   * @return the assignment, never null
   */
  public Assignment optimal() {
    int[] assigned = FlowAssigner.solve(table, policy.loadBalancingPoints());
    return finish(earlierOnTies(assigned), valuesExact);
  }

  /**
   * Among assignments of the same total, prefers the client earlier on the waiting list: a client
   * left out takes the place of a later client placed with one of their candidates whose value there
   * is exactly the same. Each therapist keeps as many clients, so the load cost, the credit and the
   * total are unchanged; the solver alone would settle an exact tie by its own order, which
   * favoured the request id sorting last (so the newest of two equally suited clients won).
   * Each exchange moves a place to an earlier client, so it ends.
   */
  private int[] earlierOnTies(int[] assigned) {
    int[] order = waitingOrder();
    int[] position = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      position[order[i]] = i;
    }
    // Each therapist's placed clients, as a linked list threaded through the clients.
    int[] first = new int[openPlaces.length];
    Arrays.fill(first, -1);
    int[] next = new int[assigned.length];
    long[] heldValue = new long[assigned.length];
    for (int c = 0; c < assigned.length; c++) {
      if (assigned[c] >= 0) {
        next[c] = first[assigned[c]];
        first[assigned[c]] = c;
        heldValue[c] = table.value(c, table.rankOf(c, assigned[c]));
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int c : order) {
        if (assigned[c] >= 0) {
          continue;
        }
        int latest = -1;
        for (int r = 0; r < table.candidateCount(c) && latest < 0; r++) {
          int t = table.therapist(c, r);
          long value = table.value(c, r);
          for (int a = first[t]; a >= 0; a = next[a]) {
            if (position[a] > position[c] && (latest < 0 || position[a] > position[latest])
                && heldValue[a] == value) {
              latest = a;
            }
          }
        }
        if (latest >= 0) {
          int t = assigned[latest];
          unlink(first, next, t, latest);
          assigned[latest] = -1;
          assigned[c] = t;
          heldValue[c] = heldValue[latest];
          next[c] = first[t];
          first[t] = c;
          changed = true;
        }
      }
    }
    return assigned;
  }

  private static void unlink(int[] first, int[] next, int therapist, int client) {
    if (first[therapist] == client) {
      first[therapist] = next[client];
      return;
    }
    for (int a = first[therapist]; a >= 0; a = next[a]) {
      if (next[a] == client) {
        next[a] = next[client];
        return;
      }
    }
  }

  /**
   * Places the clients first come, first served ({@link GreedyAssigner}), in waiting-list order.
   *
   * @return the assignment, never null; never claimed optimal
   */
  public Assignment firstCome() {
    return finish(GreedyAssigner.solve(table, waitingOrder()), false);
  }

  /**
   * Returns the clients' indexes in waiting-list order: by the day they joined the list (a request
   * not on the list counts as joining on the day of the assignment), then by request id.
   *
   * @return the client indexes of {@link #table()}, never null
   */
  public int[] waitingOrder() {
    // Sorted as primitives: each client's day as its rank among the distinct days, above its
    // index (the id order), in one long. A comparator over boxed indexes took about a second
    // for 100,000 clients on a loaded machine, and the order is asked for twice.
    int n = requests.size();
    long[] day = new long[n];
    for (int c = 0; c < n; c++) {
      day[c] = requests.get(c).waitingSince().filter(d -> d.isBefore(date)).orElse(date)
          .toEpochDay();
    }
    long[] days = day.clone();
    Arrays.sort(days);
    long[] keys = new long[n];
    for (int c = 0; c < n; c++) {
      keys[c] = ((long) Arrays.binarySearch(days, day[c]) << 32) | c;
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) keys[i];
    }
    return order;
  }

  private int index(String therapistId) {
    Integer t = therapistIndex.get(therapistId);
    if (t == null) {
      throw new IllegalStateException("the matcher returned a therapist outside the directory");
    }
    return t;
  }

  /**
   * Completes a solver's placements and explains them. In waiting-list order, a client left out
   * while one of their candidates still has a place takes the best such candidate (with the
   * placement credit no placement is worth less than nothing, so this never lowers the value); then
   * a client whose candidates are all taken but who has more eligible therapists beyond them takes
   * the best of those with a free place. Every client still left out is given the reason, and every
   * placement its match, explained now for that one therapist.
   */
  private Assignment finish(int[] assigned, boolean optimal) {
    int[] load = new int[openPlaces.length];
    for (int t : assigned) {
      if (t >= 0) {
        load[t]++;
      }
    }
    for (int c : waitingOrder()) {
      if (assigned[c] >= 0) {
        continue;
      }
      for (int r = 0; r < table.candidateCount(c); r++) {
        int t = table.therapist(c, r);
        if (load[t] < openPlaces[t]) {
          assigned[c] = t;
          load[t]++;
          break;
        }
      }
      if (assigned[c] < 0 && moreEligible[c]) {
        int t = freeBeyondCandidates(c, load);
        if (t >= 0) {
          assigned[c] = t;
          load[t]++;
        }
      }
    }
    List<Placement> placements = new ArrayList<>(assigned.length);
    for (int c = 0; c < assigned.length; c++) {
      ClientRequest request = requests.get(c);
      if (assigned[c] >= 0) {
        Match match = ranker.explain(request, positionOf[assigned[c]]);
        placements.add(Placement.assigned(request.id(), match, waitingPoints[c]));
      } else {
        placements.add(Placement.unassigned(request.id(), reason(c), waitingPoints[c]));
      }
    }
    List<TherapistLoad> loads = new ArrayList<>(openPlaces.length);
    for (int t = 0; t < openPlaces.length; t++) {
      loads.add(TherapistLoad.of(therapists.get(t).id(), openPlaces[t], load[t]));
    }
    return Assignment.of(placements, loads, optimal);
  }

  /**
   * Looks further down a client's ranking, doubling how many therapists are ranked (without
   * explanations: only the one chosen is explained, with the other placements), for the best
   * eligible therapist with a free place; returns its index, or -1 when every eligible therapist
   * is full.
   */
  private int freeBeyondCandidates(int client, int[] load) {
    int k = policy.candidatesPerClient();
    while (k < directory.size()) {
      k = (int) Math.min((long) k * 2, directory.size());
      Ranking ranking = ranker.rank(requests.get(client), k);
      for (int r = 0; r < ranking.size(); r++) {
        int t = indexAt[ranking.position(r)];
        if (load[t] < openPlaces[t]) {
          return t;
        }
      }
      if (ranking.eligible() <= ranking.size()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Why a client is left out: some therapist meets their hard constraints but is full (among their
   * matches, or not accepting new clients), or nobody does. Only a client with no match at all and
   * some therapist excluded for availability needs a second look, at the directory with every
   * therapist made available.
   */
  private UnassignedReason reason(int client) {
    if (table.candidateCount(client) > 0) {
      return UnassignedReason.ELIGIBLE_THERAPISTS_FULL;
    }
    if (!someUnavailable[client]) {
      return UnassignedReason.NO_ELIGIBLE_THERAPIST;
    }
    MatchResult result = matcher.match(requests.get(client), allAvailable(), date, 1);
    return result.eligible() > 0 ? UnassignedReason.ELIGIBLE_THERAPISTS_FULL
        : UnassignedReason.NO_ELIGIBLE_THERAPIST;
  }

  private TherapistDirectory allAvailable() {
    TherapistDirectory all = allAvailable;
    if (all == null) {
      all = directory;
      for (TherapistProfile p : therapists) {
        if (!all.isAvailable(p.id())) {
          all = all.withAvailability(p.id(), true, 1);
        }
      }
      allAvailable = all;
    }
    return all;
  }
}
