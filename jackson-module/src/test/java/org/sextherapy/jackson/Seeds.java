package org.sextherapy.jackson;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.sextherapy.testing.RandomValues;

/**
 * Seeds for the property tests: the first {@code count} seeds from 0 for which
 * {@link RandomValues#profile()} can build a profile. For a few seeds it cannot: its
 * {@code certification()} may draw an expiry date before the issue date and the model refuses it
 * (reported to the lead; the generator may only be extended, not changed, from this branch). Once
 * fixed, this filter skips nothing.
 */
final class Seeds {

  private Seeds() {}

  static Stream<Long> first(int count) {
    return LongStream.iterate(0, seed -> seed + 1).filter(Seeds::profileBuilds).limit(count)
        .boxed();
  }

  static boolean profileBuilds(long seed) {
    try {
      new RandomValues(seed).profile();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
