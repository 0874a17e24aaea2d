package org.sextherapy.assignment;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.Match;

/**
 * What the assignment decided for one client on the waiting list: placed with a therapist, with the
 * {@link Match} that explains why that therapist suits them, or not placed, with the
 * {@link UnassignedReason}.
 *
 * <p>The waiting points the client had earned ({@link AssignmentPolicy#waitingPoints}) are shown
 * apart from the match score, whose reasons add up to it exactly. A placement holds ids, scores and
 * reason codes only, never the client's data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Placement {

  Placement() {}

  /**
   * Creates the placement of a client with a therapist.
   *
   * @param clientRequestId the id of the client's request, an opaque id
   * @param match the therapist and the explanation of the match, never null
   * @param waitingPoints the waiting points the client had earned, zero or more
   * @return the placement, never null
   * @throws IllegalArgumentException if the id is malformed or the points negative
   */
  public static Placement assigned(String clientRequestId, Match match, int waitingPoints) {
    Objects.requireNonNull(clientRequestId, "clientRequestId");
    Objects.requireNonNull(match, "match");
    return ImmutablePlacement.of(clientRequestId, Optional.of(match), Optional.empty(),
        waitingPoints);
  }

  /**
   * Creates the record of a client left on the waiting list.
   *
   * @param clientRequestId the id of the client's request, an opaque id
   * @param reason why the client was not placed, never null
   * @param waitingPoints the waiting points the client had earned, zero or more
   * @return the placement, never null
   * @throws IllegalArgumentException if the id is malformed or the points negative
   */
  public static Placement unassigned(String clientRequestId, UnassignedReason reason,
      int waitingPoints) {
    Objects.requireNonNull(clientRequestId, "clientRequestId");
    Objects.requireNonNull(reason, "reason");
    return ImmutablePlacement.of(clientRequestId, Optional.empty(), Optional.of(reason),
        waitingPoints);
  }

  /**
   * Returns the id of the client's request.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String clientRequestId();

  /**
   * Returns the match with the therapist the client is placed with: the therapist's id, the score
   * and the reasons for it.
   *
   * @return the match, or empty when the client is not placed
   */
  @Value.Parameter
  public abstract Optional<Match> match();

  /**
   * Returns why the client was not placed.
   *
   * @return the reason, or empty when the client is placed
   */
  @Value.Parameter
  public abstract Optional<UnassignedReason> unassignedReason();

  /**
   * Returns the waiting points the client had earned, which raised their priority.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract int waitingPoints();

  /**
   * Tells whether the client is placed with a therapist.
   *
   * @return whether a match is present
   */
  public final boolean isAssigned() {
    return match().isPresent();
  }

  /**
   * Returns the id of the therapist the client is placed with.
   *
   * @return the therapist's id, or empty when the client is not placed
   */
  public final Optional<String> therapistId() {
    return match().map(Match::therapistId);
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(clientRequestId(), "clientRequestId");
    Checks.require(match().isPresent() != unassignedReason().isPresent(), "unassignedReason",
        "must be present exactly when there is no match");
    Checks.nonNegative(waitingPoints(), "waitingPoints");
  }

  @Override
  public String toString() {
    return "Placement{" + clientRequestId() + " -> "
        + match().map(m -> m.therapistId() + ", score " + m.score())
            .orElseGet(() -> unassignedReason().map(UnassignedReason::id).orElse(""))
        + ", waiting " + waitingPoints() + "}";
  }
}
