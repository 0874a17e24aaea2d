package org.sextherapy.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sextherapy.testing.RandomValues.SENTINEL;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.testing.ToStrings;

/** Properties of every generated client request, over 500 seeds. */
class ClientRequestPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedRequestEqualsItsTwinFromTheSameSeedAndItsCopyThroughTheBuilders(long seed) {
    ClientRequest request = new RandomValues(seed).request();
    ClientRequest twin = new RandomValues(seed).request();
    ClientRequest copy = Copies.copy(request);

    assertThat(twin).isNotSameAs(request).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(copy).isNotSameAs(request).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(copy.toString()).isEqualTo(request.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noGeneratedRequestShowsItsParticipantsWordsInAnyToString(long seed) {
    ClientRequest request = new RandomValues(seed).request();

    assertThat(ToStrings.of(request)).allSatisfy(text -> assertThat(text).doesNotContain(SENTINEL));
  }

  @Test
  void generatedRequestsCarryTheSentinelInTheParticipantsOwnWords() {
    long withSentinel = seeds().mapToObj(seed -> new RandomValues(seed).request())
        .flatMap(r -> r.participants().stream())
        .filter(p -> p.gender().flatMap(g -> g.ownWords()).filter(w -> w.contains(SENTINEL))
            .isPresent())
        .count();

    assertThat(withSentinel).as("participants whose own words hold the sentinel")
        .isGreaterThan(100);
  }
}
