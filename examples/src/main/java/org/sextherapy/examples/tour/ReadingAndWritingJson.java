package org.sextherapy.examples.tour;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import java.io.PrintStream;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.examples.sample.SampleRequests;
import org.sextherapy.jackson.SexTherapyJson;
import org.sextherapy.json.SexTherapyJsonException;

/**
 * Tour, step 6: the JSON wire format. {@link SexTherapyJson#strict()} reads strictly (unknown
 * properties, trailing content and oversized input are rejected) and its one exception names the
 * JSON path, line, column and kind of error without echoing a value.
 */
public final class ReadingAndWritingJson {

  private ReadingAndWritingJson() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Writes a request, reads it back, and shows the error for a malformed document.
   *
   * @param out where to print, never null
   * @return the exception raised by the malformed document, never null
   */
  public static SexTherapyJsonException run(PrintStream out) {
    JsonCodec json = SexTherapyJson.strict();
    ClientRequest request = SampleRequests.telehealthInNewJersey();
    String text = json.write(JsonDocument.CLIENT_REQUEST, request);
    out.println(text);
    out.println("read back equal: " + json.read(JsonDocument.CLIENT_REQUEST, text).equals(request));
    String broken = text.replace("\"US-NJ\"", "\"Atlantis\"");
    try {
      json.read(JsonDocument.CLIENT_REQUEST, broken);
      throw new IllegalStateException("a request in Atlantis was read");
    } catch (SexTherapyJsonException e) {
      out.println("rejected: " + e.getMessage());
      return e;
    }
  }
}
