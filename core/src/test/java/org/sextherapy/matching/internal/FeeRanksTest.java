package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fee column holds every rank and the absence of a fee, in two bytes while they fit. */
class FeeRanksTest {

  @Test
  void aDirectoryWithFewDistinctFeesTakesTwoBytesAnEntryAndKeepsEveryRank() {
    FeeRanks ranks = new FeeRanks(4, FeeRanks.NARROW_MOST);
    ranks.set(1, 0);
    ranks.set(2, FeeRanks.NARROW_MOST - 1);
    ranks.set(3, 17);

    assertThat(ranks.bytes()).isEqualTo(8);
    assertThat(ranks.get(0)).isEqualTo(FeeRanks.NONE);
    assertThat(ranks.get(1)).isZero();
    assertThat(ranks.get(2)).isEqualTo(FeeRanks.NARROW_MOST - 1);
    assertThat(ranks.get(3)).isEqualTo(17);
  }

  @Test
  void aDirectoryWithMoreDistinctFeesThanTwoBytesHoldTakesFour() {
    FeeRanks ranks = new FeeRanks(3, FeeRanks.NARROW_MOST + 1);
    ranks.set(1, FeeRanks.NARROW_MOST);
    ranks.set(2, FeeRanks.NONE);

    assertThat(ranks.bytes()).isEqualTo(12);
    assertThat(ranks.get(0)).isEqualTo(FeeRanks.NONE);
    assertThat(ranks.get(1)).isEqualTo(FeeRanks.NARROW_MOST);
    assertThat(ranks.get(2)).isEqualTo(FeeRanks.NONE);
  }
}
