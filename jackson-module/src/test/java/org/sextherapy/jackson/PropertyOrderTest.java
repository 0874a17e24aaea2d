package org.sextherapy.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Properties may come in any order, and a document reads the same whatever was read before it:
 * the reader learns the layout of the documents it sees (which property follows which) to try
 * that one first, never to read differently.
 */
class PropertyOrderTest extends WireFormatTestBase {

  static Stream<Long> seeds() {
    return LongStream.range(0, 500).boxed();
  }

  /** Rewrites the JSON with the properties of every object in a random order. */
  static String shuffled(String json, Random random) throws JsonProcessingException {
    return TREES.writeValueAsString(shuffle(TREES.readTree(json), random));
  }

  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isArray()) {
      ArrayNode array = TREES.createArrayNode();
      node.forEach(element -> array.add(shuffle(element, random)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
    Collections.shuffle(fields, random);
    ObjectNode object = TREES.createObjectNode();
    for (Map.Entry<String, JsonNode> field : fields) {
      object.set(field.getKey(), shuffle(field.getValue(), random));
    }
    return object;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProfileReadsEqualWithItsPropertiesInAnyOrderAndThenInTheWrittenOrder(long seed)
      throws JsonProcessingException {
    TherapistProfile profile = new RandomValues(seed).profile();
    String written = JSON.writeProfile(profile);
    assertThat(JSON.readProfile(shuffled(written, new Random(seed)))).isEqualTo(profile);
    assertThat(JSON.readProfile(written)).isEqualTo(profile);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRequestReadsEqualWithItsPropertiesInAnyOrderAndThenInTheWrittenOrder(long seed)
      throws JsonProcessingException {
    RandomValues random = new RandomValues(seed);
    random.profile();
    ClientRequest request = random.request();
    String written = JSON.writeRequest(request);
    assertThat(JSON.readRequest(shuffled(written, new Random(seed)))).isEqualTo(request);
    assertThat(JSON.readRequest(written)).isEqualTo(request);
  }

  @Test
  void aRepeatedOrMissingPropertyIsStillCaughtOnceALayoutIsLearnt() {
    String fees = json("{'id': 'th-1', 'displayName': 'Dr Lee', 'fees': {'currency': 'USD',"
        + " 'sessionFee': 120}}");
    for (int i = 0; i < 2_000; i++) {
      JSON.readProfile(fees);
    }
    SexTherapyJsonException repeated = failure(() -> JSON.readProfile(json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'fees': {'currency': 'USD', 'sessionFee': 120,"
        + " 'sessionFee': 120}}")));
    assertThat(repeated.kind()).isEqualTo(JsonErrorKind.DUPLICATE_PROPERTY);
    assertThat(repeated.path()).isEqualTo("$.fees.sessionFee");
    SexTherapyJsonException missing = failure(() -> JSON.readProfile(json("{'id': 'th-1',"
        + " 'displayName': 'Dr Lee', 'fees': {'currency': 'USD'}}")));
    assertThat(missing.kind()).isEqualTo(JsonErrorKind.MISSING_PROPERTY);
    assertThat(missing.path()).isEqualTo("$.fees.sessionFee");
    SexTherapyJsonException displayNameTwice = failure(() -> JSON.readProfile(json("{'id':"
        + " 'th-1', 'displayName': 'Dr Lee', 'displayName': 'Dr Lee'}")));
    assertThat(displayNameTwice.path()).isEqualTo("$.displayName");
  }

  @Test
  void threadsReadingDocumentsOfManyLayoutsAtOnceEachReadTheirOwnValue() throws Exception {
    List<TherapistProfile> profiles = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    for (long seed = 0; seed < 40; seed++) {
      TherapistProfile profile = new RandomValues(seed).profile();
      profiles.add(profile);
      String written = JSON.writeProfile(profile);
      documents.add(seed % 2 == 0 ? written : shuffled(written, new Random(seed)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> mismatches = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        mismatches.add(pool.submit(() -> {
          int wrong = 0;
          for (int i = 0; i < 4_000; i++) {
            int k = (i * 7 + offset) % documents.size();
            if (!JSON.readProfile(documents.get(k)).equals(profiles.get(k))) {
              wrong++;
            }
          }
          return wrong;
        }));
      }
      for (Future<Integer> wrong : mismatches) {
        assertThat(wrong.get(2, TimeUnit.MINUTES)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
