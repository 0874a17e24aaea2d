package org.sextherapy.matching.internal;

import org.sextherapy.matching.Ranking;

/**
 * How {@link Query#rank} hands its result to the public {@link Ranking}, whose constructor only
 * {@link org.sextherapy.matching.Ranker} may call: the ranker passes {@code Ranking::new}, so the
 * ranking is one type from the scan to the caller, and no client's data passes through.
 */
@FunctionalInterface
public interface RankingFactory {

  /**
   * Makes the ranking of one request.
   *
   * @param positions the directory positions of the ranked profiles, best first; never null, not
   *     copied: the caller gives up the array
   * @param scores their scores, in the same order; never null, not copied
   * @param eligible how many profiles pass every hard constraint
   * @param unavailable how many profiles the availability constraint excluded
   * @return the ranking, never null
   */
  Ranking create(int[] positions, long[] scores, int eligible, int unavailable);
}
