package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;

/**
 * The changes {@link ChangeDays} gives between two days include every change after the earlier
 * and up to the later, whatever the days (within the buckets of single days, before them, after
 * them, at the ends of the calendar), in either order, and as many as it counts.
 */
class ChangeDaysPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static long day(RandomValues random) {
    return switch (random.nextInt(5)) {
      case 0 -> random.oneOf(List.of(LocalDate.MIN, LocalDate.of(1900, 1, 1),
          LocalDate.of(1949, 12, 31), LocalDate.of(1950, 1, 1), LocalDate.of(2129, 6, 5),
          LocalDate.of(2129, 6, 6), LocalDate.of(2200, 1, 1), LocalDate.MAX)).toEpochDay();
      case 1 -> PackedDirectory.GRANT_BASE_DAY + random.nextInt(3) - 1;
      default -> RandomValues.TODAY.toEpochDay() + random.nextInt(4000) - 2000;
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyChangeBetweenTwoDaysIsGivenAndCounted(long seed) {
    RandomValues random = new RandomValues(seed);
    ChangeDays.Builder builder = new ChangeDays.Builder();
    List<long[]> changes = new ArrayList<>();
    for (int k = random.nextInt(60); k > 0; k--) {
      long day = day(random);
      int value = random.nextInt(1000);
      builder.add(day, value);
      changes.add(new long[] {day, value});
    }
    ChangeDays index = builder.build();
    for (int r = 0; r < 40; r++) {
      long from = day(random);
      long to = random.chance(0.2) ? from : day(random);
      Map<Integer, Integer> given = new HashMap<>();
      index.forEachBetween(from, to, value -> given.merge(value, 1, Integer::sum));
      assertThat(given.values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(index.countBetween(from, to));
      Map<Integer, Integer> within = new HashMap<>();
      for (long[] change : changes) {
        if (Math.min(from, to) < change[0] && change[0] <= Math.max(from, to)) {
          within.merge((int) change[1], 1, Integer::sum);
        }
      }
      for (Map.Entry<Integer, Integer> change : within.entrySet()) {
        assertThat(given.getOrDefault(change.getKey(), 0)).as("value %d from %d to %d",
            change.getKey(), from, to).isGreaterThanOrEqualTo(change.getValue());
      }
      if (from == to) {
        assertThat(given).isEmpty();
      }
    }
  }
}
