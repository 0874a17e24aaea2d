package org.sextherapy.json.conformance.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: its setup checks that both baselines carry the same
 * document as the profile (it throws otherwise), and every benchmark method gives a result.
 */
class JsonBenchmarkTest {

  @Test
  void bothBaselinesCarryTheSameDocumentAsTheProfile() throws Exception {
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.setUp();
    assertThat(benchmark.readModule()).isEqualTo(benchmark.readModule3());
    assertThat(benchmark.writeModule()).isEqualTo(benchmark.writeModule3());
    assertThat(benchmark.readPojo3().displayName).isEqualTo(benchmark.readPojo().displayName)
        .isEqualTo("Dr Alex Rivera, PsyD");
    assertThat(benchmark.readTypedPojo().fees.currency.getCurrencyCode()).isEqualTo("USD");
    assertThat(benchmark.readTypedPojo3().licences.get(0).validFrom)
        .isEqualTo(benchmark.readTypedPojo().licences.get(0).validFrom);
    assertThat(benchmark.writePojo()).isNotEmpty();
    assertThat(benchmark.writePojo3()).isNotEmpty();
    assertThat(benchmark.writeTypedPojo()).isNotEmpty();
    assertThat(benchmark.writeTypedPojo3()).isNotEmpty();
  }
}
