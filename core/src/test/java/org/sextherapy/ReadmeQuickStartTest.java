package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.authorisation.PracticeAuthorisation;
// README quick start imports: begin
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.ClientRequestValidator;
import org.sextherapy.validation.TherapistProfileValidator;
import org.sextherapy.validation.ValidationResult;
// README quick start imports: end

/**
 * Compiles and runs the README's quick start, and checks that the README shows exactly this code,
 * after exactly the imports it needs, in one {@code ```java} block, so the README can never drift
 * from code that works and a newcomer can paste it whole.
 */
class ReadmeQuickStartTest {

  private static final String BEGIN = "// README quick start: begin";
  private static final String END = "// README quick start: end";
  private static final String IMPORTS_BEGIN = "// README quick start imports: begin";
  private static final String IMPORTS_END = "// README quick start imports: end";
  private static final Path SOURCE =
      Path.of("src", "test", "java", "org", "sextherapy", "ReadmeQuickStartTest.java");
  private static final Path README = Path.of("..", "README.md");

  @Test
  void quickStartFromTheReadmeCompilesAndRuns() throws IOException {
    // README quick start: begin
    LocalDate today = LocalDate.of(2026, 11, 26);
    Jurisdiction california = Jurisdiction.parse("US-CA");
    TherapistProfile therapist = TherapistProfile.builder()
        .id("th-1").displayName("Dr Alex Rivera").addLanguages(Locale.ENGLISH)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST))
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addLicences(Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(california)
            .number("PSY-12345").status(LicenceStatus.ACTIVE)
            .validFrom(LocalDate.of(2024, 1, 1)).build())
        .acceptingNewClients(true).openCapacity(3)
        .availabilityConfirmedAt(Instant.parse("2026-11-20T09:00:00Z"))
        .build();
    ClientRequest request = ClientRequest.builder()
        .id("req-1").addParticipants(Participant.of("p1", AgeBracket.ADULT))
        .sessionJurisdiction(california)
        .addConcerns(RequestedConcern.of(StandardConcerns.PAINFUL_SEX))
        .format(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .build();
    ValidationResult profileCheck = new TherapistProfileValidator().validate(therapist, today);
    ValidationResult requestCheck = new ClientRequestValidator().validate(request, today);
    boolean bothValid = profileCheck.isValid() && requestCheck.isValid(); // true
    // README quick start: end

    assertThat(bothValid).isTrue();
    assertThat(profileCheck.violations()).isEmpty();
    assertThat(requestCheck.violations()).isEmpty();
    assertThat(PracticeAuthorisation.standard().decide(therapist, request.sessionJurisdiction(),
        Delivery.VIDEO, today).isAuthorised()).isTrue();

    List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    List<String> imports = between(source, IMPORTS_BEGIN, IMPORTS_END);
    List<String> quickStart = between(source, BEGIN, END);
    if (!Files.isRegularFile(README)) {
      fail("README.md is missing at " + README.toAbsolutePath().normalize() + ": it must show the"
          + " quick start of " + SOURCE + " in a ```java block");
    }
    List<List<String>> javaBlocks = javaBlocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    assertThat(javaBlocks)
        .as("README.md must hold, inside one ```java block, these lines exactly:%n%s%n%n%s",
            String.join(System.lineSeparator(), imports),
            String.join(System.lineSeparator(), quickStart))
        .anySatisfy(block -> {
          int importsAt = Collections.indexOfSubList(block, imports);
          assertThat(importsAt).isNotNegative();
          assertThat(Collections.indexOfSubList(block, quickStart))
              .isGreaterThan(importsAt + imports.size() - 1);
        });
  }

  /** The lines between two markers, without their common indentation. */
  private static List<String> between(List<String> lines, String beginMarker, String endMarker) {
    int begin = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(beginMarker)) {
        begin = i;
      } else if (lines.get(i).strip().equals(endMarker)) {
        end = i;
      }
    }
    assertThat(begin).as("the begin marker in %s", SOURCE).isNotNegative();
    assertThat(end).as("the end marker after the begin marker").isGreaterThan(begin + 1);
    return dedent(lines.subList(begin + 1, end));
  }

  /** Every ```java fenced block of a Markdown file, each without its common indentation. */
  private static List<List<String>> javaBlocks(List<String> markdown) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : markdown) {
      String fence = line.strip();
      if (block == null && fence.equals("```java")) {
        block = new ArrayList<>();
      } else if (block != null && fence.equals("```")) {
        blocks.add(dedent(block));
        block = null;
      } else if (block != null) {
        block.add(line);
      }
    }
    return blocks;
  }

  private static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
    }
    return out;
  }
}
