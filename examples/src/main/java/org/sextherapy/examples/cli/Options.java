package org.sextherapy.examples.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one command line, such as {@code --request r.json --top 5 --json}.
 *
 * <p>Flags take no value; every other option takes exactly one. Unknown or repeated options are
 * usage errors.
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
      String value;
      if (flags.contains(name)) {
        value = "";
      } else if (valued.contains(name)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        value = args.get(++i);
      } else {
        throw new UsageException("unknown option " + (name.startsWith("--") ? name : "'"
            + name + "'"));
      }
      if (values.put(name, value) != null) {
        throw new UsageException(name + " is given twice");
      }
    }
    return new Options(values);
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
