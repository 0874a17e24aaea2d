package org.sextherapy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sextherapy.examples.sample.SampleRequests;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.MatchResult;

class MainExampleTest {

  @Test
  void mainExamplePrintsTenRankedMatchesWithReasonsAndWhyNotCounts() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MatchResult result = MainExample.run("req-couple-ca",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(result.matches()).hasSize(10);
    assertThat(printed).contains("Top 10 of", "COVERS_CONCERN(DESIRE_DISCREPANCY)",
        "PREFERRED_PRACTICE_COMPETENCE(consensual-non-monogamy:",
        "Why not", "Validation and ethics review: nothing found.");
    // the couple's insurance: in their plan's network, or out of network with a superbill
    assertThat(printed).contains("IN_NETWORK(aetna-network)", "OUT_OF_NETWORK_SUPERBILL(USD)");
    assertThat(printed).doesNotContain("null");
    for (HardConstraint constraint : HardConstraint.values()) {
      if (result.excludedBy(constraint) > 0) {
        assertThat(printed).contains(String.valueOf(result.excludedBy(constraint)));
      }
    }
  }

  @Test
  void everySampleRequestRunsThroughTheMainExample() {
    SampleRequests.all().forEach(request -> assertThat(MainExample.run(request.id(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
        .considered()).isEqualTo(600));
  }
}
