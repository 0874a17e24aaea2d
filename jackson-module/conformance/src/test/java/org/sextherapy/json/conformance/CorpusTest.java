package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Hostile and unusual input from the corpora vendored under {@code src/test/resources/corpora}
 * (with their MIT licences): every file of JSONTestSuite's
 * {@code test_parsing}, read as each document, ends in a value or the library's exception, within
 * a time limit, and every {@code n_} (must-reject) file is rejected; every string of the Big List
 * of Naughty Strings survives a round trip exactly in every free-text field.
 */
class CorpusTest extends WireFormatTestBase {

  private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  /** The vendored corpora folder; surefire runs in the module's folder. */
  static Path corpora() {
    return Path.of("src/test/resources/corpora");
  }

  @TestFactory
  Stream<DynamicTest> everyJsonTestSuiteFileEndsInAValueOrTheLibrarysException()
      throws IOException {
    Path folder = corpora().resolve("JSONTestSuite/test_parsing");
    assertThat(folder).as("the vendored JSONTestSuite corpus").isDirectory();
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(300);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
        () -> readAsEveryDocument(file)));
  }

  private static void readAsEveryDocument(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    for (JsonDocument<?> document : JsonDocument.all()) {
      Optional<SexTherapyJsonException> failure = assertTimeoutPreemptively(TIME_LIMIT,
          () -> outcome(() -> JSON.read(document, bytes)), name + " as " + document);
      if (name.startsWith("n_")) {
        assertThat(failure).as(name + " must be rejected as " + document).isPresent();
      }
      if (name.startsWith("y_") && failure.isPresent()) {
        assertThat(failure.get().kind()).as(name + " is well-formed JSON")
            .isNotIn(JsonErrorKind.SYNTAX, JsonErrorKind.TRAILING_CONTENT,
                JsonErrorKind.EMPTY_INPUT);
      }
    }
  }

  /** Runs a read: empty for a value, the library's exception, or a test failure. */
  static Optional<SexTherapyJsonException> outcome(Runnable read) {
    try {
      read.run();
      return Optional.empty();
    } catch (SexTherapyJsonException e) {
      assertThat(e.getCause()).isNull();
      return Optional.of(e);
    } catch (Throwable t) {
      return fail("escaped: " + t.getClass().getName());
    }
  }

  @TestFactory
  Stream<DynamicTest> everyNaughtyStringRoundTripsExactlyInEveryTextField() throws IOException {
    Path file = corpora().resolve("blns/blns.json");
    assertThat(file).as("the vendored naughty strings").isRegularFile();
    List<String> strings = new ArrayList<>();
    for (JsonNode node : TREES.readTree(Files.readAllBytes(file))) {
      strings.add(node.asText());
    }
    assertThat(strings).hasSizeGreaterThan(500);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < strings.size(); i++) {
      String text = strings.get(i);
      tests.add(DynamicTest.dynamicTest("blns[" + i + "]", () -> roundTripInEveryTextField(text)));
    }
    return tests.stream();
  }

  private static void roundTripInEveryTextField(String text) {
    Optional<TherapistProfile> profile = buildable(() -> profileWith(text));
    if (profile.isEmpty()) {
      assertThat(text).as("only blank text is refused by the model").isBlank();
      return;
    }
    TherapistProfile back = readBothWays(JsonDocument.THERAPIST_PROFILE, profile.get());
    assertThat(back).isEqualTo(profile.get());
    assertThat(back.displayName()).isEqualTo(text);
    assertThat(back.pronouns()).contains(text);
    assertThat(back.gender().flatMap(GenderIdentity::ownWords)).contains(text);
    assertThat(back.degrees().get(0).title()).isEqualTo(text);
    assertThat(back.licences().get(0).number()).isEqualTo(text);
    Credential credential = back.certifications().get(0).credential();
    assertThat(credential.title()).isEqualTo(text);
    assertThat(credential.issuer().name()).isEqualTo(text);
    assertThat(back.modalities().get(0).name()).isEqualTo(text);
    assertThat(back.registrations().get(0).number()).isEqualTo(text);
    assertThat(back.registrations().get(0).register().name()).isEqualTo(text);

    ClientRequest request = requestWith(text);
    ClientRequest requestBack = readBothWays(JsonDocument.CLIENT_REQUEST, request);
    assertThat(requestBack).isEqualTo(request);
    assertThat(requestBack.participants().get(0).gender().flatMap(GenderIdentity::ownWords))
        .contains(text);
    assertThat(requestBack.concerns().get(0).recordedCodes().get(0).title())
        .isEqualTo(codeTitle(text));

    SessionPlan plan = planWith(text);
    SessionPlan planBack = readBothWays(JsonDocument.SESSION_PLAN, plan);
    assertThat(planBack).isEqualTo(plan);
    assertThat(planBack.sessions().get(0).goals().get(0).note()).contains(text);
    assertThat(planBack.exercises().get(0).note()).contains(text);

    ValidationResult result = ValidationResult.of(List.of(
        Violation.of("a.b", "$", Severity.INFO, text)));
    ValidationResult resultBack = readBothWays(JsonDocument.VALIDATION_RESULT, result);
    assertThat(resultBack.violations().get(0).message()).isEqualTo(text);
  }

  /**
   * Writes as text and as bytes; the bytes are the text's UTF-8 (every form escapes alike); both
   * read back equal; returns the value read from bytes.
   */
  private static <T> T readBothWays(JsonDocument<T> document, T value) {
    String text = JSON.write(document, value);
    T fromText = JSON.read(document, text);
    assertThat(fromText).isEqualTo(value);
    byte[] bytes = JSON.writeBytes(document, value);
    assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    return JSON.read(document, bytes);
  }

  private static <T> Optional<T> buildable(java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static TherapistProfile profileWith(String text) {
    Credential credential = Credential.builder().issuer(CertifyingBody.of("BODY", text))
        .id("CRED").title(text).kind(CredentialKind.OTHER).build();
    return TherapistProfile.builder().id("th-1").displayName(text).pronouns(text)
        .gender(GenderIdentity.of(text, EnumSet.of(GenderTerm.ANOTHER_TERM)))
        .addDegrees(Degree.of(DegreeLevel.MASTER, text, true))
        .addLicences(Licence.builder().discipline(Discipline.COUNSELLING)
            .jurisdiction(Examples.ILLINOIS).number(text).status(LicenceStatus.ACTIVE)
            .validFrom(java.time.LocalDate.of(2020, 1, 1)).build())
        .addCertifications(Certification.builder().credential(credential)
            .issued(java.time.LocalDate.of(2021, 1, 1)).build())
        .addModalities(Modality.of("own", text, Set.of(Aim.of(Focus.PLEASURE, Intent.EXPLORE))))
        .addCompactPrivileges(CompactPrivilege.of(InterstateCompact.of(
            org.sextherapy.qualification.CompactKind.SOCIAL_WORK_LICENSURE_COMPACT,
            Set.of(Examples.ILLINOIS)), Examples.ILLINOIS, java.time.LocalDate.of(2022, 1, 1)))
        .addRegistrations(org.sextherapy.qualification.Registration.builder()
            .register(org.sextherapy.qualification.Register.of("REG", text,
                org.sextherapy.location.Jurisdiction.country("GB")))
            .discipline(Discipline.COUNSELLING).number(text).status(LicenceStatus.ACTIVE)
            .validFrom(java.time.LocalDate.of(2020, 1, 1)).build())
        .build();
  }

  /** The text as a code's title: codes hold at most {@link Code#MAX_TITLE_LENGTH} characters. */
  private static String codeTitle(String text) {
    return text.length() <= Code.MAX_TITLE_LENGTH ? text
        : text.substring(0, Code.MAX_TITLE_LENGTH - 1).strip() + "…";
  }

  private static ClientRequest requestWith(String text) {
    return ClientRequest.builder().id("req-1").sessionJurisdiction(Examples.ILLINOIS)
        .format(org.sextherapy.session.SessionFormat.INDIVIDUAL)
        .addParticipants(Participant.builder().id("p1")
            .ageBracket(org.sextherapy.client.AgeBracket.ADULT)
            .gender(GenderIdentity.of(text, EnumSet.of(GenderTerm.WOMAN))).build())
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.BODY_IMAGE)
            .addRecordedCodes(Code.of(CodeSystem.ICD_10_CM, "R99", codeTitle(text),
                Certainty.UNCERTAIN))
            .build())
        .build();
  }

  private static SessionPlan planWith(String text) {
    return SessionPlan.builder().id("plan-1").therapistId("th-1")
        .addParticipants(Participant.of("p1", org.sextherapy.client.AgeBracket.ADULT))
        .addSessions(PlannedSession.of(1,
            List.of(Goal.of(Aim.of(Focus.BODY_IMAGE, Intent.AFFIRM), text)), List.of()))
        .addExercises(Exercise.builder().id("ex-1").kind(ActivityKind.JOURNALLING).voluntary(true)
            .addParticipantIds("p1").addConsentedBy("p1").note(text).build())
        .build();
  }
}
