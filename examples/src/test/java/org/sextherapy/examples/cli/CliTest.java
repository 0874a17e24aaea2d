package org.sextherapy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.Participant;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.examples.sample.SampleData;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.examples.sample.SampleRequests;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.RandomValues;

/** The command-line matcher, run in process as a user would run it on their own files. */
class CliTest {

  @TempDir
  static Path folder;
  static Path directory;
  static Path request;
  static Path requests;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void writeSampleFiles() throws IOException {
    directory = Files.writeString(folder.resolve("directory.json"), SampleData.directoryJson());
    request = Files.writeString(folder.resolve("request.json"),
        SampleData.generatedRequestJson(SampleRequests.coupleInCalifornia()));
    requests = Files.writeString(folder.resolve("requests.json"), "[" + String.join(",",
        SampleRequests.all().stream().map(r -> SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, r))
            .toList()) + "]");
  }

  private int run(String... args) {
    return run(Cli.LARGE_INPUT, args);
  }

  private int run(int largeInput, String... args) {
    return run(new ByteArrayInputStream(new byte[0]), largeInput, args);
  }

  private int run(InputStream stdin, int largeInput, String... args) {
    Clock clock = Clock.fixed(SampleDirectory.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(),
        ZoneOffset.UTC);
    return new Cli(stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), clock, largeInput).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsTheUsageAndSucceeds() {
    assertThat(run("--help")).isEqualTo(Cli.OK);
    assertThat(out()).contains("sextherapy match  --request FILE", "sextherapy assign",
        "Exit status");
  }

  @Test
  void matchPrintsTheTopMatchesAsATable() {
    assertThat(run("match", "--request", request.toString(), "--directory",
        directory.toString(), "--top", "3")).isEqualTo(Cli.OK);
    assertThat(out()).contains("Request req-couple-ca on 2026-11-26", "Top 3 of",
        "COVERS_CONCERN(", "Why not");
    assertThat(err()).isEmpty();
  }

  @Test
  void matchWithJsonPrintsAMatchResultInTheWireFormat() {
    assertThat(run("match", "--request", request.toString(), "--directory",
        directory.toString(), "--json", "--date", "2026-11-26")).isEqualTo(Cli.OK);
    MatchResult result = SexTherapyJson.strict().read(JsonDocument.MATCH_RESULT, out());
    assertThat(result.matches()).hasSize(10);
    assertThat(result.considered()).isEqualTo(600);
  }

  @Test
  void assignPlacesTheWaitingListAndSaysWhyAnyoneIsStillWaiting() {
    assertThat(run("assign", "--requests", requests.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.OK);
    assertThat(out()).contains("waiting clients on 2026-11-26", "req-couple-ca",
        "Therapists with new clients:");
  }

  @Test
  void assignWithJsonPrintsAnAssignmentInTheWireFormat() {
    assertThat(run("assign", "--requests", requests.toString(), "--directory",
        directory.toString(), "--json")).isEqualTo(Cli.OK);
    Assignment assignment = SexTherapyJson.strict().read(JsonDocument.ASSIGNMENT, out());
    assertThat(assignment.placements()).hasSize(SampleRequests.all().size());
  }

  private static ClientRequest.Builder coupleWith(Participant first, Participant second) {
    ClientRequest sample = SampleRequests.coupleInCalifornia();
    return ClientRequest.builder().id("req-refused").sessionJurisdiction(
        sample.sessionJurisdiction()).format(SessionFormat.COUPLE)
        .addAllDeliveries(sample.deliveries()).addAllConcerns(sample.concerns())
        .addParticipants(first, second).guardianConsent(GuardianConsent.GIVEN);
  }

  @Test
  void matchRefusesARequestRecordingGenderDysphoriaAsAConcernWithExit65AndNoClientData()
      throws IOException {
    ClientRequest dysphoria = coupleWith(Participant.of("p1", AgeBracket.ADULT),
        Participant.of("p2", AgeBracket.ADULT))
        .addConcerns(RequestedConcern.builder().concern(StandardConcerns.LOW_SEXUAL_DESIRE)
            .addRecordedCodes(Code.of(CodeSystem.ICD_10_CM, "f64.0", "PRIVATE intake words",
                Certainty.UNCERTAIN)).build())
        .build();
    Path file = Files.writeString(folder.resolve("dysphoria.json"),
        SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, dysphoria));

    assertThat(run("match", "--request", file.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.DATA_ERROR);

    assertThat(err()).contains("sextherapy: request req-refused error"
        + " ethics.identity-is-not-a-concern at $.concerns[2].recordedCodes[0]")
        .doesNotContain("PRIVATE").doesNotContain("F64");
    assertThat(out()).isEmpty();
  }

  @Test
  void assignRefusesAWaitingListHoldingACoupleOfAnAdultAndAMinor() throws IOException {
    ClientRequest mixed = coupleWith(Participant.ofAge("p1", 34), Participant.ofAge("p2", 15))
        .build();
    Path file = Files.writeString(folder.resolve("mixed.json"), "["
        + SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, SampleRequests.telehealthInNewJersey()) + ","
        + SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, mixed) + "]");

    assertThat(run("assign", "--requests", file.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.DATA_ERROR);

    assertThat(err()).contains("request req-refused error"
        + " ethics.safeguarding-adult-and-minor-partners at $.participants[1]",
        "1 request(s) refused");
    assertThat(out()).isEmpty();
  }

  @Test
  void aWarningIsPrintedAndMatchingGoesOn() throws IOException {
    ClientRequest sample = SampleRequests.telehealthInNewJersey();
    ClientRequest withWarning = ClientRequest.builder().id(sample.id())
        .sessionJurisdiction(sample.sessionJurisdiction()).format(sample.format())
        .addAllDeliveries(sample.deliveries()).addAllConcerns(sample.concerns())
        .addAllParticipants(sample.participants())
        .waitingSince(SampleDirectory.AS_OF.plusDays(3)).build();
    Path file = Files.writeString(folder.resolve("warning.json"),
        SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, withWarning));

    assertThat(run("match", "--request", file.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.OK);

    assertThat(err()).contains("sextherapy: request " + sample.id()
        + " warning request.waiting-since-future at $.waitingSince");
    assertThat(out()).contains("Request " + sample.id());
  }

  @Test
  void waitingListWithARepeatedRequestIdIsADataError() throws IOException {
    String one = SexTherapyJson.strict().write(JsonDocument.CLIENT_REQUEST, SampleRequests.telehealthInNewJersey());
    Path twice = Files.writeString(folder.resolve("twice.json"), "[" + one + "," + one + "]");
    assertThat(run("assign", "--requests", twice.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.DATA_ERROR);
    assertThat(err()).contains("--requests: $[1].id repeats an earlier id");
  }

  @Test
  void directoryWithARepeatedTherapistIdIsADataErrorForMatch() throws IOException {
    String one = SexTherapyJson.strict().write(JsonDocument.THERAPIST_PROFILE, SampleData.directory().get(0));
    Path twice = Files.writeString(folder.resolve("twice-th.json"), "[" + one + "," + one + "]");
    assertThat(run("match", "--request", request.toString(), "--directory", twice.toString()))
        .isEqualTo(Cli.DATA_ERROR);
    assertThat(err()).contains("--directory: $[1].id repeats an earlier id");
  }

  @Test
  void largeDirectoryGetsAProgressLineOnStandardError() {
    assertThat(run(100, "match", "--request", request.toString(), "--directory",
        directory.toString())).isEqualTo(Cli.OK);
    assertThat(err()).contains("sextherapy: read 100 therapists so far",
        "sextherapy: read 500 therapists so far", "sextherapy: read 600 therapists in");
  }

  @Test
  void missingFileIsReportedWithTheOptionAndExitsNoInput() {
    assertThat(run("match", "--request", folder.resolve("nope.json").toString(), "--directory",
        directory.toString())).isEqualTo(Cli.NO_INPUT);
    assertThat(err()).contains("--request").contains("no such file");
  }

  @Test
  void malformedRequestIsReportedByJsonPathWithoutEchoingItsContent() throws IOException {
    Path bad = Files.writeString(folder.resolve("bad.json"),
        Files.readString(request).replace("\"US-CA\"", "\"" + RandomValues.SENTINEL + "\""));
    assertThat(run("match", "--request", bad.toString(), "--directory", directory.toString()))
        .isEqualTo(Cli.DATA_ERROR);
    assertThat(err()).contains("$.sessionJurisdiction", "line ", "column ")
        .doesNotContain(RandomValues.SENTINEL);
  }

  @Test
  void directoryThatIsNotJsonIsADataError() throws IOException {
    Path bad = Files.writeString(folder.resolve("notjson.json"),
        "therapists: " + RandomValues.SENTINEL);
    assertThat(run("match", "--request", request.toString(), "--directory", bad.toString()))
        .isEqualTo(Cli.DATA_ERROR);
    assertThat(err()).contains("--directory", "syntax").doesNotContain(RandomValues.SENTINEL);
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertThat(run("--version")).isEqualTo(Cli.OK);
    assertThat(out().strip()).matches("sextherapy \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void commandHelpPrintsThatCommandsOptionsAndSucceeds() {
    assertThat(run("match", "--help")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("Usage: sextherapy match").contains("--top N")
        .doesNotContain("--requests");
    out.reset();
    assertThat(run("assign", "--requests", "r.json", "-h")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("Usage: sextherapy assign").contains("--requests")
        .doesNotContain("--top");
    out.reset();
    assertThat(run("help", "match")).isEqualTo(Cli.OK);
    assertThat(out()).startsWith("Usage: sextherapy match");
    assertThat(err()).isEmpty();
  }

  @Test
  void optionsTakeTheirValueAfterAnEqualsSignToo() {
    assertThat(run("match", "--request=" + request, "--directory=" + directory, "--top=2",
        "--date=2026-11-26")).isEqualTo(Cli.OK);
    assertThat(out()).contains("Request req-couple-ca on 2026-11-26", "Top 2 of");
    assertThat(err()).isEmpty();
  }

  @Test
  void mistypedOptionsAndCommandsGetADidYouMean() {
    assertThat(run("match", "--dirctory", "d.json")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("unknown option --dirctory (did you mean --directory?)");
    err.reset();
    assertThat(run("match", "--req", "r.json")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("(did you mean --request?)");
    err.reset();
    assertThat(run("asign")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("unknown command (did you mean assign?)");
    err.reset();
    assertThat(run("--verison")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("(did you mean --version?)");
    err.reset();
    assertThat(run("match", "--frobnicate")).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("unknown option --frobnicate").doesNotContain("did you mean");
  }

  @Test
  void strayWordsAreNeverEchoed() {
    assertThat(run("match", RandomValues.SENTINEL)).isEqualTo(Cli.USAGE);
    assertThat(err()).contains("unexpected argument 1").doesNotContain(RandomValues.SENTINEL);
    err.reset();
    assertThat(run(RandomValues.SENTINEL)).isEqualTo(Cli.USAGE);
    assertThat(err()).doesNotContain(RandomValues.SENTINEL);
  }

  @Test
  void usageErrorsExitWithSixtyFourAndSayWhatIsWrong() {
    for (List<String> args : List.of(List.<String>of(), List.of("frobnicate"),
        List.of("match", "--directory", "d.json"), List.of("match", "--request"),
        List.of("match", "--request", "a", "--request", "b", "--directory", "d"),
        List.of("match", "--request", "a", "--directory", "d", "--top", "0"),
        List.of("match", "--request", "a", "--directory", "d", "--date", "tomorrow"),
        List.of("match", "--bogus"), List.of("match", "--json=yes"),
        List.of("match", "--request=", "--directory", "d"))) {
      err.reset();
      assertThat(run(args.toArray(String[]::new))).as(args.toString()).isEqualTo(Cli.USAGE);
      assertThat(err()).as(args.toString()).contains("sextherapy: ", "--help");
    }
  }

  @Test
  void aFolderGivenAsAnInputExitsNoInputWithoutReadingIt() {
    assertThat(run("match", "--request", request.toString(), "--directory", folder.toString()))
        .isEqualTo(Cli.NO_INPUT);
    assertThat(err()).contains("--directory " + folder + ": not a regular file");
  }

  @Test
  void aFifoGivenAsAnInputExitsNoInputWithoutBlocking() throws Exception {
    Path fifo = folder.resolve("requests.fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    try {
      // Opening a FIFO with no writer would block for ever: the command must refuse it first.
      assertThat(run("match", "--request", fifo.toString(), "--directory", directory.toString()))
          .isEqualTo(Cli.NO_INPUT);
      assertThat(err()).contains("--request " + fifo + ": not a regular file");
    } finally {
      Files.delete(fifo);
    }
  }

  @Test
  void aDashReadsTheDirectoryFromStandardInput() throws IOException {
    InputStream stdin = Files.newInputStream(directory);
    assertThat(run(stdin, Cli.LARGE_INPUT, "match", "--request", request.toString(),
        "--directory", "-", "--top", "3", "--json")).isEqualTo(Cli.OK);
    MatchResult fromStdin = SexTherapyJson.strict().read(JsonDocument.MATCH_RESULT, out());
    out.reset();
    assertThat(run("match", "--request", request.toString(), "--directory",
        directory.toString(), "--top", "3", "--json")).isEqualTo(Cli.OK);
    assertThat(fromStdin).isEqualTo(SexTherapyJson.strict().read(JsonDocument.MATCH_RESULT,
        out()));
    assertThat(run("match", "--request", "-", "--directory", "-")).isEqualTo(Cli.USAGE);
  }

  @Test
  void aDirectoryOfOneProfilePerLineReadsLikeAnArray() throws IOException {
    JsonCodec json = SexTherapyJson.strict();
    StringBuilder lines = new StringBuilder();
    for (var profile : SampleData.directory()) {
      lines.append(json.write(JsonDocument.THERAPIST_PROFILE, profile)).append('\n');
    }
    Path ndjson = Files.writeString(folder.resolve("directory.ndjson"), lines);
    assertThat(run("match", "--request", request.toString(), "--directory", ndjson.toString(),
        "--top", "3", "--json")).isEqualTo(Cli.OK);
    MatchResult fromLines = json.read(JsonDocument.MATCH_RESULT, out());
    out.reset();
    assertThat(run("match", "--request", request.toString(), "--directory",
        directory.toString(), "--top", "3", "--json")).isEqualTo(Cli.OK);
    assertThat(fromLines).isEqualTo(json.read(JsonDocument.MATCH_RESULT, out()));
  }

  @Test
  void aGeneratedLargeDirectoryIsReadProfileByProfileWithProgressLines() throws IOException {
    Path large = folder.resolve("large.ndjson");
    org.sextherapy.examples.sample.LargeDirectory.write(2_500, large);
    assertThat(run(1_000, "match", "--request", request.toString(), "--directory",
        large.toString(), "--top", "3")).isEqualTo(Cli.OK);
    assertThat(err()).contains("sextherapy: read 1000 therapists so far",
        "sextherapy: read 2000 therapists so far", "sextherapy: read 2500 therapists in");
    assertThat(out()).contains("Top 3 of");
  }
}
