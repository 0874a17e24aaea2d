package org.sextherapy.matching;

/**
 * One request's best eligible therapists as a {@link Ranker} ranks them, without explanations:
 * directory positions and scores, best first, in the order and with the scores
 * {@link Matcher#match} gives, and the counts that say why a request has fewer than asked for.
 *
 * <p>Holds positions and numbers only, never the client's data. The scan builds it directly
 * (through {@code Ranker}, the only caller of its constructor), and its arrays are the scan's own,
 * never handed out, so a ranking cannot be changed once made.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranking {

  private final int[] positions;
  private final long[] scores;
  private final int eligible;
  private final int unavailable;

  Ranking(int[] positions, long[] scores, int eligible, int unavailable) {
    this.positions = positions;
    this.scores = scores;
    this.eligible = eligible;
    this.unavailable = unavailable;
  }

  /**
   * Returns how many therapists are ranked: at most k, and at most {@link #eligible()}.
   *
   * @return zero or more
   */
  public int size() {
    return positions.length;
  }

  /**
   * Returns the directory position of the therapist at a rank ({@link Ranker#therapistId} names
   * it).
   *
   * @param rank from 0 (best) to {@link #size()} less one
   * @return the position
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public int position(int rank) {
    return positions[rank];
  }

  /**
   * Returns the score of the therapist at a rank: the score its {@link Match} carries.
   *
   * @param rank from 0 (best) to {@link #size()} less one
   * @return the score
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public long score(int rank) {
    return scores[rank];
  }

  /**
   * Returns how many therapists of the directory meet every hard constraint, as
   * {@link MatchResult#eligible()} counts them.
   *
   * @return zero or more
   */
  public int eligible() {
    return eligible;
  }

  /**
   * Returns how many therapists the availability constraint excluded, as
   * {@link MatchResult#excludedBy} counts them.
   *
   * @return zero or more
   */
  public int unavailable() {
    return unavailable;
  }

  @Override
  public String toString() {
    return "Ranking{" + positions.length + " of " + eligible + " eligible}";
  }
}
