package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.TherapistProfile;

/**
 * What the README's wire-format section shows holds: it lists every document, and its sample
 * profile reads and is matched by a request it should serve, so a newcomer who pastes it sees a
 * match rather than an empty result.
 */
class ReadmeWireFormatTest extends WireFormatTestBase {

  private static final Path README = Path.of("..", "..", "README.md");

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The README's ```json blocks. */
  private static List<String> jsonBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : markdown.split("\n", -1)) {
      if (block == null && line.strip().equals("```json")) {
        block = new StringBuilder();
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void readmeListsEveryDocument() throws IOException {
    String readme = readme();
    for (JsonDocument<?> document : JsonDocument.all()) {
      assertThat(readme).as(document.name()).contains("`" + document.name() + "`");
    }
  }

  @Test
  void readmeSampleProfileIsMatchedByARequestItServes() throws IOException {
    String json = jsonBlocks(readme()).stream().filter(b -> b.contains("\"th-1042\"")).findFirst()
        .orElseThrow(() -> new AssertionError("README has no ```json block of profile th-1042"));
    TherapistProfile profile = JSON.read(JsonDocument.THERAPIST_PROFILE, json);
    ClientRequest request = ClientRequest.builder().id("req-1")
        .addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .sessionJurisdiction(Jurisdiction.parse("US-IL"))
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO).build();
    MatchResult result = Matcher.standard().match(request,
        TherapistDirectory.of(List.of(profile)), LocalDate.of(2026, 11, 26), 5);
    assertThat(result.matches()).extracting(m -> m.therapistId()).containsExactly("th-1042");
  }
}
