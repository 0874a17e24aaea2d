package org.sextherapy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The command-line matcher: matches a client request against a directory, or assigns a waiting list
 * to therapists with caseloads, from JSON files in the library's wire format.
 *
 * <pre>
 * sextherapy match  --request FILE  --directory FILE [--top N] [--date YYYY-MM-DD] [--json]
 * sextherapy assign --requests FILE --directory FILE [--date YYYY-MM-DD] [--json]
 * sextherapy COMMAND --help
 * sextherapy --help | --version
 * </pre>
 *
 * <p>An input FILE may be {@code -} for standard input (one input at a time); a directory is a
 * JSON array of profiles or one profile per line (NDJSON), read profile by profile, so its size is
 * bounded by the heap that holds the compiled directory, not by a document limit.
 *
 * <p>Options follow the GNU conventions: {@code --top 5} or {@code --top=5}; {@code --help} after a
 * command prints that command's help; a mistyped option or command gets a "did you mean".
 *
 * <p>Before any matching, both commands validate and ethics-review every request
 * ({@code ClientRequestValidator}, {@code EthicsReview.standard()}): each finding is printed on
 * standard error as the request id, severity, rule id and JSON path; a request with an error is
 * refused and nothing is matched; warnings are printed and matching goes on.
 *
 * <p>Exit status: 0 on success, 64 for a command line that does not follow the usage, 65 for an
 * input file that is not a valid document or a request that validation or the ethics review
 * refuses, 66 for an input file that cannot be read, including a folder, a FIFO or any other file
 * that is not a regular file, which is refused without being opened (the codes of BSD's
 * {@code sysexits.h}). Error messages name the option, the file, and for bad JSON the JSON
 * path, line, column and kind of error; they never echo the file's content, which is
 * special-category data.
 */
public final class Cli {

  /** Success. */
  static final int OK = 0;
  /** The command line does not follow the usage. */
  static final int USAGE = 64;
  /** An input file is not a valid document, or a request is refused by validation or ethics. */
  static final int DATA_ERROR = 65;
  /** An input file cannot be read. */
  static final int NO_INPUT = 66;

  private static final String MATCH_USAGE =
      "sextherapy match  --request FILE  --directory FILE [--top N] [--date YYYY-MM-DD] [--json]";
  private static final String ASSIGN_USAGE =
      "sextherapy assign --requests FILE --directory FILE [--date YYYY-MM-DD] [--json]";
  private static final String MATCH_SUMMARY = String.join("\n",
      "match   ranks the therapists of a directory for one client request, with the reasons for",
      "        each score and how many therapists each hard constraint excluded.");
  private static final String ASSIGN_SUMMARY = String.join("\n",
      "assign  assigns a waiting list of requests to therapists with open places, maximising",
      "        the total match score (min-cost flow), and says why anyone is left unassigned.");
  private static final String DIRECTORY_OPTION = String.join("\n",
      "  --directory FILE  a JSON array of therapist profiles, or one per line (NDJSON),",
      "                    read profile by profile; FILE may be - for standard input");
  private static final String DATE_OPTION = String.join("\n",
      "  --date D          the session date that licences and certifications are judged on",
      "                    (default: today)");
  private static final String JSON_OPTION =
      "  --json            print the result in the wire format instead of a table";
  private static final String CONVENTIONS = String.join("\n",
      "Options take their value as '--date 2026-11-26' or '--date=2026-11-26'.",
      "",
      "Every request is validated and ethics-reviewed first: findings are printed on standard",
      "error as request id, severity, rule id and JSON path; a request with an error is refused.",
      "",
      "Exit status: 0 success, 64 usage error, 65 invalid input document or refused request,",
      "66 unreadable file (missing, a folder, a FIFO or any other file that is not regular).");

  static final String USAGE_TEXT = String.join("\n",
      "Usage:",
      "  " + MATCH_USAGE,
      "  " + ASSIGN_USAGE,
      "  sextherapy COMMAND --help",
      "  sextherapy --help | --version",
      "",
      MATCH_SUMMARY,
      ASSIGN_SUMMARY,
      "",
      "  --request FILE    a client request (JSON, the library's wire format)",
      "  --requests FILE   a JSON array of client requests, or one per line (NDJSON)",
      DIRECTORY_OPTION,
      "  --top N           how many matches to show, 1 to 1000 (default 10)",
      DATE_OPTION,
      JSON_OPTION,
      "",
      CONVENTIONS);

  static final String MATCH_HELP = String.join("\n",
      "Usage: " + MATCH_USAGE,
      "",
      MATCH_SUMMARY,
      "",
      "  --request FILE    a client request (JSON, the library's wire format)",
      DIRECTORY_OPTION,
      "  --top N           how many matches to show, 1 to 1000 (default 10)",
      DATE_OPTION,
      JSON_OPTION,
      "",
      CONVENTIONS);

  static final String ASSIGN_HELP = String.join("\n",
      "Usage: " + ASSIGN_USAGE,
      "",
      ASSIGN_SUMMARY,
      "",
      "  --requests FILE   a JSON array of client requests, or one per line (a waiting list)",
      DIRECTORY_OPTION,
      DATE_OPTION,
      JSON_OPTION,
      "",
      CONVENTIONS);

  /** The commands and their help, in usage order. */
  private static final Map<String, String> COMMAND_HELP = commandHelp();

  /** Inputs of at least this many therapists or requests get progress lines. */
  static final int LARGE_INPUT = 50_000;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;
  private final int largeInput;

  Cli(InputStream in, PrintStream out, PrintStream err, Clock clock, int largeInput) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
    this.largeInput = largeInput;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status = new Cli(System.in, System.out, System.err, Clock.systemDefaultZone(),
        LARGE_INPUT).run(args);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs a command line.
   *
   * @param args the arguments
   * @return the exit status
   */
  int run(String... args) {
    List<String> list = Arrays.asList(args);
    try {
      if (list.isEmpty()) {
        throw new UsageException("a command is required");
      }
      String command = list.get(0);
      List<String> rest = list.subList(1, list.size());
      if (command.equals("--help") || command.equals("-h")
          || (command.equals("help") && rest.isEmpty())) {
        out.println(USAGE_TEXT);
        return OK;
      }
      if (command.equals("--version") || command.equals("-V")) {
        out.println("sextherapy " + version());
        return OK;
      }
      if (command.equals("help")) {
        // sextherapy help COMMAND, as git and Maven's tools accept
        command = rest.get(0);
        rest = List.of("--help");
      }
      if (COMMAND_HELP.containsKey(command)
          && (rest.contains("--help") || rest.contains("-h"))) {
        out.println(COMMAND_HELP.get(command));
        return OK;
      }
      switch (command) {
        case "match":
          new MatchCommand(out, err).run(rest, this);
          return OK;
        case "assign":
          new AssignCommand(out, err).run(rest, this);
          return OK;
        default:
          throw new UsageException(command.startsWith("-")
              ? "unknown option " + command + Options.closest(command,
                  List.of("--help", "--version")).map(k -> " (did you mean " + k + "?)")
                  .orElse("")
              : "unknown command" + Options.closest(command, COMMAND_HELP.keySet())
                  .map(k -> " (did you mean " + k + "?)").orElse(""));
      }
    } catch (UsageException e) {
      err.println("sextherapy: " + e.getMessage());
      err.println("Run 'sextherapy --help' for the usage.");
      return USAGE;
    } catch (InputException e) {
      err.println("sextherapy: " + e.getMessage());
      return e.status();
    }
  }

  private static Map<String, String> commandHelp() {
    Map<String, String> help = new LinkedHashMap<>();
    help.put("match", MATCH_HELP);
    help.put("assign", ASSIGN_HELP);
    return Collections.unmodifiableMap(help);
  }

  /**
   * Returns the version the build wrote into {@code version.properties} (the project's version,
   * such as {@code 0.1.0-SNAPSHOT}).
   */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // an unreadable resource is reported as an unknown version, never as a crash
    }
    return properties.getProperty("version", "unknown");
  }

  /** Returns the session date: {@code --date}, or today. */
  LocalDate date(Options options) {
    String text = options.value("--date").orElse(null);
    if (text == null) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be a date such as 2026-11-26");
    }
  }

  /** Returns the input named by a file option: a path, or {@code -} for standard input. */
  static String input(Options options, String option) {
    return options.required(option);
  }

  /** Fails unless at most one of the inputs is standard input. */
  static void oneStandardInput(String... inputs) {
    if (Arrays.stream(inputs).filter(Inputs.STDIN::equals).count() > 1) {
      throw new UsageException("only one input may be - (standard input)");
    }
  }

  /** Returns standard input. */
  InputStream stdin() {
    return in;
  }

  /** Prints a progress line on standard error at every {@code largeInput} elements read. */
  void progressWhileReading(int count, String what) {
    if (count % largeInput == 0) {
      err.println("sextherapy: read " + count + " " + what + " so far");
    }
  }

  /** Prints a progress line on standard error when an input is large. */
  void progress(int size, String format, Object... args) {
    if (size >= largeInput) {
      err.println("sextherapy: " + String.format(Locale.ROOT, format, args));
    }
  }
}
