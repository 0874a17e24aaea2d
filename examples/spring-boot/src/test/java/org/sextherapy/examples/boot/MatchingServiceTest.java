package org.sextherapy.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.examples.sample.SampleRequests;
import org.sextherapy.jackson3.SexTherapyJson;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.TherapistDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service, started on a random loopback port and called over real HTTP as a client would:
 * the request goes out in the wire format, the match result comes back in it, equal to the
 * library's own answer; a request the wire format refuses answers 400 without its content.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
class MatchingServiceTest {

  private static final JsonCodec JSON = SexTherapyJson.strict();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort
  private int port;

  @Autowired
  private JsonMapper mapper;

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/match?top=5")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClientRequestPostedOverHttpGetsTheLibrarysMatchResultInTheWireFormat() throws Exception {
    var request = SampleRequests.coupleInCalifornia();
    HttpResponse<String> response = post(JSON.write(JsonDocument.CLIENT_REQUEST, request));
    assertThat(response.statusCode()).isEqualTo(200);
    MatchResult result = JSON.read(JsonDocument.MATCH_RESULT, response.body());
    MatchResult expected = Matcher.standard().match(request,
        TherapistDirectory.of(SampleDirectory.generate()), SampleDirectory.AS_OF, 5);
    assertThat(result).isEqualTo(expected);
    assertThat(response.body()).isEqualTo(JSON.write(JsonDocument.MATCH_RESULT, expected));
  }

  @Test
  void bootsMapperHasTheModuleFromTheBean() {
    assertThat(mapper.registeredModules()).anyMatch(
        m -> m instanceof org.sextherapy.jackson3.SexTherapyModule);
  }

  @Test
  void aRequestTheWireFormatRefusesAnswers400WithItsPathAndWithoutItsContent() throws Exception {
    HttpResponse<String> response = post(
        "{\"id\": \"r-1\", \"notes\": \"S3NT1N3L private words\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("unknown-property").doesNotContain("S3NT1N3L");
  }
}
