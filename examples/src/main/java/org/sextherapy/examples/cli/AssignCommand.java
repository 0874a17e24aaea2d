package org.sextherapy.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.assignment.Placement;
import org.sextherapy.assignment.TherapistLoad;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.jackson.JsonDocument;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.therapist.TherapistProfile;

/** {@code sextherapy assign}: a waiting list against a directory with caseloads. */
final class AssignCommand {

  private final PrintStream out;
  private final PrintStream err;

  AssignCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  void run(List<String> args, Cli cli) {
    Options options = Options.parse(args, Set.of("--requests", "--directory", "--date"),
        Set.of("--json"));
    LocalDate date = cli.date(options);
    SexTherapyJson json = SexTherapyJson.strict();
    List<ClientRequest> waiting = Inputs.read("--requests", Cli.file(options, "--requests"),
        in -> json.read(JsonDocument.CLIENT_REQUESTS, in));
    List<TherapistProfile> profiles = Inputs.read("--directory",
        Cli.file(options, "--directory"), json::readProfiles);
    Inputs.requireUniqueIds("--requests", waiting.stream().map(ClientRequest::id).toList());
    Inputs.requireUniqueIds("--directory", profiles.stream().map(TherapistProfile::id).toList());
    new RequestChecks(err, EthicsReview.standard()).requireAcceptable(waiting, date);
    long started = System.nanoTime();
    Assignment assignment = CaseloadAssigner.standard().assign(waiting, profiles, date);
    cli.progress(Math.max(waiting.size(), profiles.size()),
        "assigned %d clients to %d therapists in %d ms", waiting.size(), profiles.size(),
        (System.nanoTime() - started) / 1_000_000);
    if (options.has("--json")) {
      out.println(json.write(JsonDocument.ASSIGNMENT, assignment));
      return;
    }
    out.printf(Locale.ROOT, "Assigned %d of %d waiting clients on %s, total score %d%s%n",
        assignment.assignedCount(), waiting.size(), date, assignment.totalScore(),
        assignment.optimal() ? " (optimal)" : " (best found; optimality not proven)");
    for (Placement placement : assignment.placements()) {
      out.printf(Locale.ROOT, "  %-20s %s%n", placement.clientRequestId(),
          placement.match().map(m -> "-> " + m.therapistId() + "  score " + m.score()
              + "  " + m.reasons()).orElseGet(() -> "waiting: "
              + placement.unassignedReason().map(r -> r.id()).orElse("")));
    }
    out.println("Therapists with new clients:");
    for (TherapistLoad load : assignment.loads()) {
      if (load.assigned() > 0) {
        out.printf(Locale.ROOT, "  %-20s %d of %d open places filled%n", load.therapistId(),
            load.assigned(), load.openPlaces());
      }
    }
  }
}
