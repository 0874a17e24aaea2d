package org.sextherapy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sextherapy.json.SexTherapyJsonException;

/** Reads the command line's input files, turning every failure into an {@link InputException}. */
final class Inputs {

  private Inputs() {}

  /**
   * Reads a file through a reader of the library.
   *
   * @param option the option that named the file, for the message
   * @param file the file
   * @param reader the library's reader, such as {@code in -> json.read(JsonDocument.CLIENT_REQUEST, in)}
   * @return what was read
   * @throws InputException if the file cannot be read or is not a valid document
   */
  static <T> T read(String option, Path file, Function<InputStream, T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in);
    } catch (NoSuchFileException e) {
      throw new InputException(option + " " + file + ": no such file");
    } catch (IOException e) {
      throw new InputException(option + " " + file + ": cannot be read ("
          + e.getClass().getSimpleName() + ")");
    } catch (SexTherapyJsonException e) {
      // The library's message holds the path, position and kind of error, never input values.
      throw new InputException(option + " " + file + ": " + e.getMessage());
    }
  }

  /**
   * Fails unless ids are unique within an input file, naming the JSON path of the first repeat.
   *
   * @param option the option that named the file, for the message
   * @param ids the ids in file order
   * @throws InputException if an id repeats
   */
  static void requireUniqueIds(String option, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (!seen.add(ids.get(i))) {
        throw new InputException(option + ": $[" + i + "].id repeats an earlier id");
      }
    }
  }
}
