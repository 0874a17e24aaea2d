package org.sextherapy.therapist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.testing.ToStrings;

/** Properties of every generated therapist profile, over 500 seeds. */
class TherapistProfilePropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedProfileEqualsItsTwinFromTheSameSeedAndItsCopyThroughTheBuilders(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();
    TherapistProfile twin = new RandomValues(seed).profile();
    TherapistProfile copy = Copies.copy(profile);

    assertThat(twin).isNotSameAs(profile).isEqualTo(profile).hasSameHashCodeAs(profile);
    assertThat(copy).isNotSameAs(profile).isEqualTo(profile).hasSameHashCodeAs(profile);
    assertThat(copy.toString()).isEqualTo(profile.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noGeneratedProfileShowsItsFreeTextInAnyToString(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();

    assertThat(profile.displayName()).as("the sentinel is planted").contains(SENTINEL);
    assertThat(ToStrings.of(profile)).allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL));
  }
}
