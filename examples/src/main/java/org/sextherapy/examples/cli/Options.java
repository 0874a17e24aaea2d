package org.sextherapy.examples.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of one command line, such as {@code --request r.json --top=5 --json}.
 *
 * <p>Flags take no value; every other option takes exactly one, as the next argument or after an
 * equals sign ({@code --top 5} or {@code --top=5}, the GNU convention). Unknown or repeated options
 * are usage errors; an unknown option close to a known one gets a "did you mean".
 */
final class Options {

  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments after the command name
   * @param valued the options that take a value, such as {@code --request}
   * @param flags the options that take none, such as {@code --json}
   * @return the options
   * @throws UsageException if an argument is unknown, repeated or lacks its value
   */
  static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String name = args.get(i);
      String inline = null;
      int equals = name.indexOf('=');
      if (name.startsWith("--") && equals > 2) {
        inline = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      String value;
      if (flags.contains(name)) {
        if (inline != null) {
          throw new UsageException(name + " takes no value");
        }
        value = "";
      } else if (valued.contains(name)) {
        if (inline == null && i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        value = inline != null ? inline : args.get(++i);
        if (value.isEmpty()) {
          throw new UsageException(name + " needs a value");
        }
      } else if (name.startsWith("--")) {
        Set<String> known = new TreeSet<>(valued);
        known.addAll(flags);
        throw new UsageException("unknown option " + name
            + closest(name, known).map(k -> " (did you mean " + k + "?)").orElse(""));
      } else {
        // a stray word, not an option name: never echoed, it could be anything a user typed
        throw new UsageException("unexpected argument " + (i + 1) + " (options start with --)");
      }
      if (values.put(name, value) != null) {
        throw new UsageException(name + " is given twice");
      }
    }
    return new Options(values);
  }

  /**
   * Returns the known word closest to a mistyped one: a word that starts with it, else the first
   * (in sorted order) within an edit distance of 2, such as {@code --directory} for
   * {@code --dirctory}.
   *
   * @param given the word the user typed
   * @param known the words that exist
   * @return the suggestion, or empty when nothing is close
   */
  static Optional<String> closest(String given, Collection<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String candidate : new TreeSet<>(known)) {
      int distance = candidate.startsWith(given) ? 0 : distance(given, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  String required(String name) {
    return value(name).orElseThrow(() -> new UsageException(name + " is required"));
  }

  boolean has(String flag) {
    return values.containsKey(flag);
  }
}
