package org.sextherapy.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.qualification.Licence;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The sample generator holds for any seed and any size up to {@link SampleDirectory#MAX_SIZE}:
 * every profile builds (no value breaks its own invariants, such as an expired licence that ends
 * before it began), ids are unique and in order, and the same seed gives the same directory.
 */
class SampleDirectoryPropertyTest {

  /** Sizes from empty to a large directory; each seed takes one, so the run stays quick. */
  private static final int[] SIZES = {0, 1, 2, 7, 60, 250, 999, 1000, 1001, 2000, 3000};

  static Stream<Arguments> seedsAndSizes() {
    return LongStream.range(0, 220)
        .mapToObj(seed -> Arguments.of(seed, SIZES[(int) (seed % SIZES.length)]));
  }

  static Stream<Long> largeSeeds() {
    // one: a 100,000-therapist directory takes seconds, and the small ones cover the seeds
    return Stream.of(Long.MIN_VALUE);
  }

  private static void assertWellFormed(List<TherapistProfile> directory, int size) {
    assertThat(directory).hasSize(size);
    for (int i = 1; i < size; i++) {
      assertThat(directory.get(i).id()).isGreaterThan(directory.get(i - 1).id());
    }
    for (TherapistProfile profile : directory) {
      for (Licence licence : profile.licences()) {
        assertThat(licence.validUntil().map(end -> !end.isBefore(licence.validFrom())))
            .as(profile.id()).isNotEqualTo(Optional.of(false));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} therapists")
  @MethodSource("seedsAndSizes")
  void anySeedGivesAWellFormedDirectory(long seed, int size) {
    assertWellFormed(SampleDirectory.generate(seed, size), size);
  }

  @ParameterizedTest(name = "seed {0}, 100,000 therapists")
  @MethodSource("largeSeeds")
  void theLargestDirectoryIsWellFormed(long seed) {
    assertWellFormed(SampleDirectory.generate(seed, SampleDirectory.MAX_SIZE),
        SampleDirectory.MAX_SIZE);
  }

  @Test
  void theSameSeedGivesTheSameDirectory() {
    assertThat(SampleDirectory.generate(42, 300)).isEqualTo(SampleDirectory.generate(42, 300));
  }

  @Test
  void sizesOutsideTheRangeAreRefusedNamingTheSize() {
    assertThatThrownBy(() -> SampleDirectory.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size ");
    assertThatThrownBy(() -> SampleDirectory.generate(1, SampleDirectory.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("size ");
  }
}
