package org.sextherapy.matching.internal;

/**
 * One request's best eligible profiles without their explanations, as {@link Query#rank} finds
 * them: positions in the packed directory and scores, best first, in the order and with the
 * scores {@link Query#run} returns, and the counts a caller needs to say why a request has fewer
 * matches than asked for. {@link org.sextherapy.matching.Ranker} hands them out as a
 * {@link org.sextherapy.matching.Ranking}.
 *
 * <p>Holds positions and numbers only, never the client's data. Immutable once built; the
 * arrays are not copied out, so a caller must not change what {@link #position} and
 * {@link #score} read.
 */
public final class Ranked {

  private final int[] positions;
  private final long[] scores;
  private final int eligible;
  private final int unavailable;

  Ranked(int[] positions, long[] scores, int eligible, int unavailable) {
    this.positions = positions;
    this.scores = scores;
    this.eligible = eligible;
    this.unavailable = unavailable;
  }

  /**
   * Returns how many profiles are ranked: at most k, and at most {@link #eligible()}.
   *
   * @return zero or more
   */
  public int size() {
    return positions.length;
  }

  /**
   * Returns the directory position of the profile at a rank.
   *
   * @param rank from 0 (best)
   * @return the position
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public int position(int rank) {
    return positions[rank];
  }

  /**
   * Returns the score of the profile at a rank: the score its {@link
   * org.sextherapy.matching.Match} carries.
   *
   * @param rank from 0 (best)
   * @return the score
   * @throws IndexOutOfBoundsException if the rank is out of range
   */
  public long score(int rank) {
    return scores[rank];
  }

  /**
   * Returns how many profiles of the directory pass every hard constraint, as
   * {@link org.sextherapy.matching.MatchResult#eligible()} counts them.
   *
   * @return zero or more
   */
  public int eligible() {
    return eligible;
  }

  /**
   * Returns how many profiles the availability constraint excluded, as
   * {@link org.sextherapy.matching.MatchResult#excludedBy} counts them.
   *
   * @return zero or more
   */
  public int unavailable() {
    return unavailable;
  }

  /**
   * Returns the positions, best first: the array itself, not a copy.
   *
   * @return the positions, never null
   */
  public int[] positions() {
    return positions;
  }

  /**
   * Returns the scores, best first: the array itself, not a copy.
   *
   * @return the scores, never null
   */
  public long[] scores() {
    return scores;
  }

  @Override
  public String toString() {
    return "Ranked{" + positions.length + " of " + eligible + " eligible}";
  }
}
