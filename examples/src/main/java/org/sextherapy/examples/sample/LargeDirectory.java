package org.sextherapy.examples.sample;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;

/**
 * Writes a large sample directory as newline-delimited JSON, one profile per line, generated and
 * written one at a time (bounded memory), for trying the command-line matcher on a directory of a
 * million therapists:
 *
 * <pre>
 * java -cp examples/target/sextherapy-cli.jar org.sextherapy.examples.sample.LargeDirectory \
 *     1000000 /tmp/directory-1m.ndjson
 * </pre>
 */
public final class LargeDirectory {

  private LargeDirectory() {}

  /**
   * Writes the directory.
   *
   * @param args the number of therapists, and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LargeDirectory SIZE FILE");
      System.exit(64);
    }
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  /**
   * Writes a directory of the sample's kind of profiles, one per line.
   *
   * @param size the number of therapists, zero or more
   * @param file the file to write, replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void write(int size, Path file) throws IOException {
    JsonCodec json = SexTherapyJson.strict();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      SampleDirectory.stream(SampleDirectory.SEED, size).forEach(profile -> {
        try {
          json.write(JsonDocument.THERAPIST_PROFILE, profile, out);
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
