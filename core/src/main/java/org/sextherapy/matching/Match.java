package org.sextherapy.matching;

import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A therapist offered to a client: the therapist's id, their score and the reasons for it, whose
 * points add up exactly to the score.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Match {

  /** The most reasons a match may give: one per concern, preference, participant and basis of the request, with room to spare. */
  public static final int MAX_REASONS = 1_000;

  Match() {}

  /**
   * Creates a match.
   *
   * @param therapistId the therapist's id, an opaque id
   * @param score the score, zero or more
   * @param reasons the reasons, never null, whose points add up to the score
   * @return the match, never null
   * @throws IllegalArgumentException if the id is malformed, or the points do not add up to the
   *     score
   */
  public static Match of(String therapistId, long score, List<Reason> reasons) {
    Objects.requireNonNull(therapistId, "therapistId");
    Objects.requireNonNull(reasons, "reasons");
    return ImmutableMatch.of(therapistId, score, reasons);
  }

  /**
   * Returns the therapist's id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String therapistId();

  /**
   * Returns the score: the higher, the better the match.
   *
   * @return the score, zero or more
   */
  @Value.Parameter
  public abstract long score();

  /**
   * Returns the reasons for the match: authorisation first, then competence, preferences and
   * signals. Their points add up to {@link #score()}.
   *
   * @return the reasons, never null
   */
  @Value.Parameter
  public abstract List<Reason> reasons();

  @Value.Check
  final void check() {
    Checks.maxItems(reasons(), MAX_REASONS, "reasons");
    Checks.opaqueId(therapistId(), "therapistId");
    long sum = 0;
    for (Reason reason : reasons()) {
      sum += reason.points();
    }
    Checks.require(sum == score(), "reasons", "must add up to the score");
  }

  @Override
  public String toString() {
    return "Match{" + therapistId() + ", " + score() + ", " + reasons() + "}";
  }
}
