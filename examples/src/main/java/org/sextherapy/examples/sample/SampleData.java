package org.sextherapy.examples.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The bundled sample data as JSON resources: the sample directory and the sample requests, in the
 * library's wire format.
 *
 * <p>The resources are produced by {@link #main(String[])} from {@link SampleDirectory} and
 * {@link SampleRequests}; a test checks that they still equal what the generator produces, so they
 * cannot drift from it. Regenerate them after changing the generator:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=org.sextherapy.examples.sample.SampleData \
 *     -Dexec.args=examples/src/main/resources/org/sextherapy/examples
 * }</pre>
 */
public final class SampleData {

  /** The class-path resource of the sample directory. */
  public static final String DIRECTORY = "/org/sextherapy/examples/sample-directory.json";
  /** The class-path folder of the sample requests, one file per request id. */
  public static final String REQUESTS = "/org/sextherapy/examples/requests/";

  private static final JsonCodec JSON = SexTherapyJson.strict();
  private static final ObjectMapper INDENTING = new ObjectMapper();

  private SampleData() {}

  /**
   * Reads the bundled sample directory.
   *
   * @return the profiles, never null
   */
  public static List<TherapistProfile> directory() {
    return JSON.read(JsonDocument.THERAPIST_PROFILES, resource(DIRECTORY));
  }

  /**
   * Reads a bundled sample request.
   *
   * @param id the request id, such as {@code "req-couple-ca"}
   * @return the request, never null
   * @throws IllegalArgumentException if no sample request has that id
   */
  public static ClientRequest request(String id) {
    return JSON.read(JsonDocument.CLIENT_REQUEST, resource(REQUESTS + id + ".json"));
  }

  /**
   * Returns the bundled sample directory as text.
   *
   * @return the JSON text, never null
   */
  public static String directoryJson() {
    return new String(resource(DIRECTORY), StandardCharsets.UTF_8);
  }

  /**
   * Returns the JSON the generator produces for the sample directory.
   *
   * @return the JSON text, never null
   */
  public static String generatedDirectoryJson() {
    // One profile per line: compact, yet a change to one therapist is a one-line diff.
    StringJoiner lines = new StringJoiner(",\n", "[\n", "\n]\n");
    for (TherapistProfile profile : SampleDirectory.generate()) {
      lines.add(JSON.write(JsonDocument.THERAPIST_PROFILE, profile));
    }
    return lines.toString();
  }

  /**
   * Returns the JSON the generator produces for a sample request.
   *
   * @param request one of {@link SampleRequests#all()}, never null
   * @return the JSON text, never null
   */
  public static String generatedRequestJson(ClientRequest request) {
    // Indented, since a sample request is the template users copy for their own.
    try {
      return INDENTING.readTree(JSON.write(JsonDocument.CLIENT_REQUEST, request)).toPrettyString() + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the library wrote JSON it cannot read back", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the sample directory and requests as JSON into a folder.
   *
   * @param args one argument: the folder to write into
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0]
        : "examples/src/main/resources/org/sextherapy/examples");
    Files.createDirectories(folder.resolve("requests"));
    Files.writeString(folder.resolve("sample-directory.json"), generatedDirectoryJson());
    for (ClientRequest request : SampleRequests.all()) {
      Files.writeString(folder.resolve("requests").resolve(request.id() + ".json"),
          generatedRequestJson(request));
    }
  }
}
