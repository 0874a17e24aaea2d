package org.sextherapy.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sextherapy.assignment.internal.Batch;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.Matcher;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Places a whole waiting list with therapists who each have a few open places, so that the total
 * match quality is as high as the places allow.
 *
 * <p><b>Eligibility and scores.</b> Each client's candidates are their best
 * {@link AssignmentPolicy#candidatesPerClient()} therapists as the {@link Matcher} ranks them: the
 * same hard constraints (availability, competence, format, delivery, authorisation where the client
 * will be on the date, required preferences, minors, safeguarding, the ethics gate with the
 * caller's review when one is given ({@link #withEthicsReview}), the same whole-point scores
 * (measured outcomes included, ranked against the rates of the therapists passed in) and the same
 * explanations as matching one client. A client is only ever placed with a therapist
 * the matcher offers them, and each placement carries that {@link org.sextherapy.matching.Match}:
 * candidates are ranked by score alone, and only the match of the therapist a client is placed
 * with is explained.
 *
 * <p><b>What is maximised.</b> The sum over placed clients of their match score plus their waiting
 * points ({@link AssignmentPolicy#waitingPoints}), subject to every therapist's open places (their
 * {@link TherapistProfile#openCapacity()} when {@link TherapistProfile#acceptingNewClients()}, else
 * none); with load balancing on, less each therapist's convex load cost and plus the placement
 * credit described in {@link AssignmentPolicy}. This is a minimum-cost flow (clients to candidate
 * therapists to a sink, with an "unassigned" bypass), solved exactly by the primal-dual algorithm
 * with node potentials (Ahuja, Magnanti and Orlin, <i>Network Flows</i>, 1993, section 9.8), in
 * exact integer arithmetic. Clients whose candidates are all taken are then offered, in
 * waiting-list order, the best eligible therapist still free further down their ranking, so a
 * client left waiting really has no eligible therapist with a free place.
 *
 * <p><b>Unassigned reasons.</b> {@link UnassignedReason#NO_ELIGIBLE_THERAPIST} when no therapist of
 * the directory would meet the client's hard constraints even with places free;
 * {@link UnassignedReason#ELIGIBLE_THERAPISTS_FULL} when some would, but all are full.
 *
 * <p><b>Determinism.</b> Requests are ordered by id, therapists by id and each client's candidates
 * by the matcher's ranking (score, then a stable hash of request and therapist ids), and the solver
 * is deterministic over that order. So the same requests and therapists give the same assignment
 * whatever the order of the lists. Among assignments of equal total, a client earlier on the
 * waiting list (by {@link ClientRequest#waitingSince()}, then by id) is preferred in a direct
 * exchange: a client left out takes the place of a later client placed with one of their
 * candidates at exactly the same value, so of two equally suited clients for one place the one
 * who joined the list first is placed. A tie that needs other clients to move (an earlier client
 * could be placed only if a third moved to another therapist at no loss) is not searched for and
 * is settled by the canonical order. The assignment never reads the clock: waiting time and
 * licences are judged on the date given.
 *
 * <p><b>Threads.</b> Ranking every client's candidates is independent per client, so it
 * runs on up to {@link #parallelism()} threads over the one shared directory index
 * ({@link #withParallelism}); the candidates are then put together in client order, so the
 * assignment is the same whatever the number of threads.
 *
 * <p><b>Scale.</b> 10,000 clients and 2,000 therapists with 3 to 8 open places each are assigned
 * in seconds on two cores ({@code core/benchmarks/assignment-results.md}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseloadAssigner {

  /** The default number of threads that match clients: one per available processor. */
  private static final int DEFAULT_PARALLELISM =
      Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final CaseloadAssigner STANDARD =
      new CaseloadAssigner(Matcher.standard(), DEFAULT_PARALLELISM);

  private final Matcher matcher;
  private final int parallelism;

  private CaseloadAssigner(Matcher matcher, int parallelism) {
    this.matcher = matcher;
    this.parallelism = parallelism;
  }

  /**
   * Returns an assigner that ranks therapists with the standard matcher (default match policy).
   *
   * @return the assigner, never null
   */
  public static CaseloadAssigner standard() {
    return STANDARD;
  }

  /**
   * Returns an assigner that ranks therapists with a given matcher, and so with its match policy.
   *
   * @param matcher the matcher, never null
   * @return the assigner, never null
   */
  public static CaseloadAssigner of(Matcher matcher) {
    Objects.requireNonNull(matcher, "matcher");
    return new CaseloadAssigner(matcher, DEFAULT_PARALLELISM);
  }

  /**
   * Returns an assigner like this one that matches up to {@code parallelism} clients at once: the
   * calling thread and tasks on the common fork-join pool share the waiting list over the one
   * directory index. The assignment is the same whatever the parallelism; 1 matches every client
   * on the calling thread. The default is one per available processor.
   *
   * @param parallelism how many clients to match at once, at least 1
   * @return the assigner, never null
   * @throws IllegalArgumentException if the parallelism is below 1
   */
  public CaseloadAssigner withParallelism(int parallelism) {
    Checks.require(parallelism >= 1, "parallelism", "must be at least 1");
    return new CaseloadAssigner(matcher, parallelism);
  }

  /**
   * Returns how many clients are matched at once.
   *
   * @return the parallelism, at least 1
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Returns an assigner like this one whose ethics gate is the caller's review: a therapist is
   * offered to a client only when the review finds no error in their profile on the date, and a
   * request that the review's safeguarding rules refuse is placed with nobody. The review can make
   * the gate stricter, never laxer on rules 1 to 5 or the safeguarding rules
   * ({@link Matcher#withEthicsReview}).
   *
   * @param review the review to gate with, never null
   * @return the assigner, never null
   */
  public CaseloadAssigner withEthicsReview(EthicsReview review) {
    return new CaseloadAssigner(matcher.withEthicsReview(review), parallelism);
  }

  /**
   * Returns the matcher that ranks each client's therapists.
   *
   * @return the matcher, never null
   */
  public Matcher matcher() {
    return matcher;
  }

  /**
   * Assigns a waiting list under the default policy.
   *
   * @param waiting the clients' requests, never null, possibly empty, ids unique
   * @param therapists the therapists' profiles, never null, possibly empty, ids unique
   * @param date the day of the assignment, on which licences, certifications and waiting time are
   *     judged; never null
   * @return a placement for every request and a load for every therapist, never null
   * @throws IllegalArgumentException if two requests or two profiles share an id
   */
  public Assignment assign(List<ClientRequest> waiting, List<TherapistProfile> therapists,
      LocalDate date) {
    return assign(waiting, therapists, date, AssignmentPolicy.defaults());
  }

  /**
   * Assigns a waiting list. Never throws on requests, profiles, a date or a policy that can be
   * constructed, as long as ids are unique: an incomplete request simply has no eligible
   * therapist.
   *
   * @param waiting the clients' requests, never null, possibly empty, ids unique
   * @param therapists the therapists' profiles, never null, possibly empty, ids unique
   * @param date the day of the assignment, on which licences, certifications and waiting time are
   *     judged; never null
   * @param policy the policy, never null
   * @return a placement for every request and a load for every therapist, never null
   * @throws IllegalArgumentException if two requests or two profiles share an id
   */
  public Assignment assign(List<ClientRequest> waiting, List<TherapistProfile> therapists,
      LocalDate date, AssignmentPolicy policy) {
    return Batch.prepare(matcher, waiting, therapists, date, policy, parallelism).optimal();
  }

  @Override
  public String toString() {
    return "CaseloadAssigner{" + matcher + ", parallelism " + parallelism + "}";
  }
}
