package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of {@link OutcomeScore#atMost} by record-bound unit
 * ({@link Competence#atMostOfUnits(long, int)}), which the per-candidate bound and the level split
 * read instead of dividing, is, entry by entry, the quotient it stands for, over random shares
 * (small, the benchmark's size, and large) and spans: a carry dropped or taken twice fails here.
 */
class OutcomeBoundTablePropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theTableIsTheQuotient(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int draw = 0; draw < 20; draw++) {
      long share = switch (random.nextInt(3)) {
        case 0 -> random.nextLong(1_000);
        case 1 -> random.nextLong(10_000_000);
        default -> random.nextLong(1L << 40);
      };
      int span = 1 + random.nextInt(100);
      long[] table = Competence.atMostOfUnits(share, span);
      assertThat(table).hasSize(ScoreBounds.UNITS);
      for (int u = 0; u < ScoreBounds.UNITS; u++) {
        assertThat(table[u]).as("share %d, span %d, units %d", share, span, u)
            .isEqualTo(OutcomeScore.atMost(share, span, u * ScoreBounds.EXCESS_UNIT));
      }
    }
  }
}
