package org.sextherapy.matching;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;

/**
 * What a matcher found for one request: the best matches, best first, and why the other therapists
 * were not offered.
 *
 * <p>{@link #excluded()} counts, for every {@link HardConstraint}, the therapists it excluded; each
 * excluded therapist is counted once, under the first constraint they fail in the order
 * {@link HardConstraint} declares. An application can say "12 more therapists would match if you
 * accepted video sessions" from {@code excludedBy(HardConstraint.DELIVERY)}. The counts, with
 * {@link #eligible()}, add up to {@link #considered()}.
 *
 * <p>A result holds therapist ids, scores, reason codes and counts only, never the client's data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class MatchResult {

  /** The most matches a result may hold: every therapist of a directory of ten million. */
  public static final int MAX_MATCHES = 10_000_000;

  /** The most hard constraints a result may count exclusions for: each constraint once. */
  public static final int MAX_EXCLUDED = HardConstraint.values().length;

  MatchResult() {}

  /**
   * Creates a result.
   *
   * @param matches the matches, best first, never null
   * @param considered how many therapists were considered, zero or more
   * @param excluded how many therapists each constraint excluded, never null; a missing constraint
   *     counts zero
   * @return the result, never null
   * @throws IllegalArgumentException if a count is negative, the exclusions exceed the therapists
   *     considered, or there are more matches than eligible therapists
   */
  public static MatchResult of(List<Match> matches, int considered,
      Map<HardConstraint, Integer> excluded) {
    Objects.requireNonNull(matches, "matches");
    Objects.requireNonNull(excluded, "excluded");
    Map<HardConstraint, Integer> all = new EnumMap<>(HardConstraint.class);
    for (HardConstraint constraint : HardConstraint.values()) {
      all.put(constraint, excluded.getOrDefault(constraint, 0));
    }
    return ImmutableMatchResult.of(matches, considered, all);
  }

  /**
   * Returns the matches, best first: by score, then by the tie-break described in {@link Matcher}.
   *
   * @return at most k matches, never null
   */
  @Value.Parameter
  public abstract List<Match> matches();

  /**
   * Returns how many therapists the directory held when the request was matched.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract int considered();

  /**
   * Returns how many therapists each hard constraint excluded, every constraint present, in the
   * order {@link HardConstraint} declares.
   *
   * @return the counts, never null
   */
  @Value.Parameter
  public abstract Map<HardConstraint, Integer> excluded();

  /**
   * Returns how many therapists one hard constraint excluded.
   *
   * @param constraint the constraint, never null
   * @return zero or more
   */
  public final int excludedBy(HardConstraint constraint) {
    return excluded().getOrDefault(constraint, 0);
  }

  /**
   * Returns how many therapists met every hard constraint; the best of them are
   * {@link #matches()}.
   *
   * @return zero or more
   */
  @Value.Derived
  public int eligible() {
    int sum = 0;
    for (int count : excluded().values()) {
      sum += count;
    }
    return considered() - sum;
  }

  @Value.Check
  final void check() {
    Checks.maxItems(matches(), MAX_MATCHES, "matches");
    Checks.nonNegative(considered(), "considered");
    for (Map.Entry<HardConstraint, Integer> entry : excluded().entrySet()) {
      Checks.nonNegative(entry.getValue(), "excluded." + entry.getKey().id());
    }
    Checks.require(eligible() >= 0, "excluded", "must not exceed the therapists considered");
    Checks.require(matches().size() <= eligible(), "matches",
        "must not outnumber the eligible therapists");
  }

  @Override
  public String toString() {
    return "MatchResult{" + Counts.of(matches().size(), "match", "matches") + " of " + eligible()
        + " eligible, " + considered() + " considered}";
  }
}
