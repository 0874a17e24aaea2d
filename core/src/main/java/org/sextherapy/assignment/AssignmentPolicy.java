package org.sextherapy.assignment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Checks;

/**
 * How a {@link CaseloadAssigner} weighs a waiting list: how many therapists it considers per
 * client, how much waiting raises a client's priority, and whether it spreads clients across
 * therapists.
 *
 * <ul>
 *   <li><b>Candidates per client</b> ({@link #candidatesPerClient()}, 50 by default): the assigner
 *       places each client among their best eligible therapists as the matcher ranks them, and is
 *       optimal over those. A client whose candidates are all taken is then offered, in waiting-list
 *       order, the best eligible therapist still free further down their ranking, so nobody is left
 *       waiting while an eligible therapist has a free place.</li>
 *   <li><b>Waiting priority</b>: a client earns {@link #waitingPointsPerWeek()} (2) for each full
 *       week since {@link ClientRequest#waitingSince()}, up to {@link #maxWaitingPoints()} (104,
 *       a year), added to their match score wherever they are placed. When places are short it
 *       decides who is placed, so that nobody waits forever behind better-suited newcomers; it does
 *       not change which therapist suits a client best. With the default match policy a specialist
 *       in the client's main concern earns 90 points and a met preference 12 (see {@link
 *       org.sextherapy.matching.MatchPolicy}): after seven weeks a waiting client outweighs a
 *       newcomer whose match is one preference better, after a year one whose match is a
 *       specialist better. These are a policy choice, not evidence: set them to what the clinic
 *       finds fair, or to zero.</li>
 *   <li><b>Load balancing</b> ({@link #loadBalancingPoints()}, off by default): each therapist's
 *       k-th new client of the batch costs {@code loadBalancingPoints * (k - 1)} points, a convex
 *       cost that spreads clients across therapists of similar fit. Every placement is credited
 *       with the largest such cost, so balancing moves clients between therapists but never leaves
 *       one waiting while a suitable therapist has a free place.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class AssignmentPolicy {

  /** The most candidates per client a policy may ask for. */
  public static final int MAX_CANDIDATES_PER_CLIENT = 1_000;

  /** The largest number of points any weight of a policy may have. */
  public static final int MAX_POINTS = 1_000_000;

  private static final AssignmentPolicy DEFAULTS = builder().build();

  AssignmentPolicy() {}

  /**
   * Returns the default policy described above.
   *
   * @return the default policy, never null
   */
  public static AssignmentPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableAssignmentPolicy.builder();
  }

  /**
   * Returns how many of each client's best eligible therapists the assigner considers.
   *
   * @return 1 to {@value #MAX_CANDIDATES_PER_CLIENT}; 50 unless set
   */
  @Value.Default
  public int candidatesPerClient() {
    return 50;
  }

  /**
   * Returns the points a client earns for each full week on the waiting list.
   *
   * @return 0 to {@value #MAX_POINTS}; 2 unless set
   */
  @Value.Default
  public int waitingPointsPerWeek() {
    return 2;
  }

  /**
   * Returns the most points waiting can earn a client.
   *
   * @return 0 to {@value #MAX_POINTS}; 104 unless set
   */
  @Value.Default
  public int maxWaitingPoints() {
    return 104;
  }

  /**
   * Returns the load-balancing cost per client already placed with the same therapist in the
   * batch.
   *
   * @return 0 (off) to {@value #MAX_POINTS}; 0 unless set
   */
  @Value.Default
  public int loadBalancingPoints() {
    return 0;
  }

  /**
   * Returns the waiting points a request has earned on a date: the full weeks from {@link
   * ClientRequest#waitingSince()} to the date times {@link #waitingPointsPerWeek()}, at most
   * {@link #maxWaitingPoints()}. A request not on the waiting list, or dated after the date, earns
   * none.
   *
   * @param request the request, never null
   * @param date the day of the assignment, never null
   * @return 0 to {@link #maxWaitingPoints()}
   */
  public final int waitingPoints(ClientRequest request, LocalDate date) {
    if (request.waitingSince().isEmpty()) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(request.waitingSince().get(), date);
    if (days < 7) {
      return 0;
    }
    // Days fit in a long and points per week are at most MAX_POINTS, so the product cannot
    // overflow; a rate of zero earns nothing however long the wait.
    return (int) Math.min(maxWaitingPoints(), days / 7 * waitingPointsPerWeek());
  }

  @Value.Check
  final void check() {
    Checks.require(candidatesPerClient() >= 1
        && candidatesPerClient() <= MAX_CANDIDATES_PER_CLIENT, "candidatesPerClient",
        "must be from 1 to " + MAX_CANDIDATES_PER_CLIENT);
    points(waitingPointsPerWeek(), "waitingPointsPerWeek");
    points(maxWaitingPoints(), "maxWaitingPoints");
    points(loadBalancingPoints(), "loadBalancingPoints");
  }

  private static void points(int points, String field) {
    Checks.require(points >= 0 && points <= MAX_POINTS, field, "must be from 0 to " + MAX_POINTS);
  }

  @Override
  public String toString() {
    return "AssignmentPolicy{candidatesPerClient=" + candidatesPerClient()
        + ", waitingPointsPerWeek=" + waitingPointsPerWeek() + ", maxWaitingPoints="
        + maxWaitingPoints() + ", loadBalancingPoints=" + loadBalancingPoints() + "}";
  }

  /** Builds an {@link AssignmentPolicy}, starting from the defaults. */
  public interface Builder {
    /**
     * Sets how many of each client's best eligible therapists are considered.
     *
     * @param candidatesPerClient 1 to {@value AssignmentPolicy#MAX_CANDIDATES_PER_CLIENT}
     * @return this builder
     */
    Builder candidatesPerClient(int candidatesPerClient);

    /**
     * Sets the points per full week on the waiting list.
     *
     * @param waitingPointsPerWeek 0 to {@value AssignmentPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder waitingPointsPerWeek(int waitingPointsPerWeek);

    /**
     * Sets the most points waiting can earn.
     *
     * @param maxWaitingPoints 0 to {@value AssignmentPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder maxWaitingPoints(int maxWaitingPoints);

    /**
     * Sets the load-balancing cost per client already placed with the same therapist.
     *
     * @param loadBalancingPoints 0 (off) to {@value AssignmentPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder loadBalancingPoints(int loadBalancingPoints);

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     * @throws IllegalArgumentException if a value is out of range; the message names it
     */
    AssignmentPolicy build();
  }
}
