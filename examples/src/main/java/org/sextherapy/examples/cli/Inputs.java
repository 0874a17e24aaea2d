package org.sextherapy.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sextherapy.InvalidValueException;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.SexTherapyJsonException;

/**
 * Reads the command line's inputs, turning every failure into an {@link InputException} with its
 * exit status. An input is a file, or {@code -} for standard input. A file must be a regular
 * file: a folder, a FIFO or a device is refused before it is opened, so the command never blocks
 * on one.
 */
final class Inputs {

  /** The input name that stands for standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * Reads an input through a reader of the library.
   *
   * @param option the option that named the input, for the message
   * @param name the file, or {@code -} for standard input
   * @param stdin standard input
   * @param reader the library's reader, such as
   *     {@code in -> json.read(JsonDocument.CLIENT_REQUEST, in)}
   * @return what was read
   * @throws InputException if the input cannot be read or is not a valid document
   */
  static <T> T read(String option, String name, InputStream stdin,
      Function<InputStream, T> reader) {
    try (InputStream in = open(option, name, stdin)) {
      return reader.apply(in);
    } catch (IOException e) {
      throw unreadable(option, name, e);
    } catch (SexTherapyJsonException e) {
      throw invalid(option, name, e);
    }
  }

  /**
   * Reads an input element by element through a streaming reader of the library, passing each
   * element on as it is read.
   *
   * @param option the option that named the input, for the message
   * @param name the file, or {@code -} for standard input
   * @param stdin standard input
   * @param reader the library's streaming reader
   * @param each what to do with each element
   * @throws InputException if the input cannot be read or is not a valid document
   */
  static <T> void stream(String option, String name, InputStream stdin,
      Function<InputStream, Stream<T>> reader, Consumer<? super T> each) {
    try (InputStream in = open(option, name, stdin); Stream<T> elements = reader.apply(in)) {
      elements.forEach(each);
    } catch (IOException e) {
      throw unreadable(option, name, e);
    } catch (SexTherapyJsonException e) {
      throw invalid(option, name, e);
    }
  }

  /** Opens a regular file or standard input (which is left open when the reading ends). */
  private static InputStream open(String option, String name, InputStream stdin)
      throws IOException {
    if (name.equals(STDIN)) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input belongs to the process, not to this reading
        }
      };
    }
    Path file = Path.of(name);
    if (!Files.exists(file)) {
      throw new NoSuchFileException(name);
    }
    if (!Files.isRegularFile(file)) {
      // Opening a FIFO blocks until a writer comes; a folder or device is no document either.
      throw InputException.unreadable(option + " " + name + ": not a regular file");
    }
    return Files.newInputStream(file);
  }

  private static InputException unreadable(String option, String name, IOException e) {
    return e instanceof NoSuchFileException
        ? InputException.unreadable(option + " " + name + ": no such file")
        : InputException.unreadable(option + " " + name + ": cannot be read ("
            + e.getClass().getSimpleName() + ")");
  }

  private static InputException invalid(String option, String name, SexTherapyJsonException e) {
    // The library's message holds the path, position and kind of error, never input values; an
    // input that fails while it is read is unreadable, not invalid.
    String message = option + " " + name + ": " + e.getMessage();
    return e.kind() == JsonErrorKind.IO
        ? InputException.unreadable(message) : InputException.invalid(message);
  }

  /**
   * Builds something from an input file's elements, turning the library's refusal of a repeated id
   * (an {@link InvalidValueException} on {@code profiles[i].id}, i counted in file order) into an
   * invalid input naming the JSON path of the repeat.
   *
   * @param option the option that named the file, for the message
   * @param build what builds from the elements, such as a directory builder's {@code build}
   * @return what was built
   * @throws InputException if an id repeats
   */
  static <T> T uniqueIds(String option, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      if (e.field().startsWith("profiles[") && e.field().endsWith("].id")) {
        throw InputException.invalid(option + ": $" + e.field().substring("profiles".length())
            + " repeats an earlier id");
      }
      throw e;
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
        throw InputException.invalid(option + ": $[" + i + "].id repeats an earlier id");
      }
    }
  }
}
