package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;

/**
 * A sentinel planted in every field of malformed documents never appears in the exception:
 * sexual-health data must not reach logs through error messages ({@code shared/domain.md}
 * ethical rule 9). Each value of each document in turn becomes a malformed variant of the sentinel
 * (an invalid id, enum, date, number...), unquoted sentinel text (a syntax error), or the cut-off
 * start of the sentinel (an unterminated string); each object gets the sentinel as an unknown
 * property name and as a repeated property; documents that already hold the sentinel in their free
 * text are broken elsewhere (missing property, trailing sentinel text).
 */
class SentinelTest extends WireFormatTestBase {

  private static final String SENTINEL = RandomValues.SENTINEL;
  private static final String MALFORMED = SENTINEL + " <!>";

  /** A document to break: which document, and its JSON text. */
  static final class Sample {
    final JsonDocument<?> document;
    final String json;
    final String name;

    Sample(JsonDocument<?> document, String json, String name) {
      this.document = document;
      this.json = json;
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Sample> samples() {
    List<Sample> samples = new ArrayList<>();
    for (JsonDocument<?> document : JsonDocument.all()) {
      samples.add(new Sample(document, GoldenFilesTest.golden(document), document + " golden"));
    }
    LongStream.range(0, 10).forEach(seed -> {
      RandomValues random = new RandomValues(seed);
      samples.add(new Sample(JsonDocument.THERAPIST_PROFILE, JSON.write(JsonDocument.THERAPIST_PROFILE, random.profile()),
          "profile seed " + seed));
      samples.add(new Sample(JsonDocument.CLIENT_REQUEST, JSON.write(JsonDocument.CLIENT_REQUEST, random.request()),
          "request seed " + seed));
      samples.add(new Sample(JsonDocument.SESSION_PLAN, JSON.write(JsonDocument.SESSION_PLAN, random.plan(false)),
          "plan seed " + seed));
    });
    return samples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sentinelInAnyValueNeverReachesTheException(Sample sample) {
    JsonNode root = anyTree(sample.json);
    int[] failures = {0};
    eachValue(root, replace -> {
      replace.accept(TextNode.valueOf(MALFORMED));
      String planted = root.toString();
      failures[0] += check(sample, planted);
      failures[0] += check(sample, planted.replace("\"" + MALFORMED + "\"", MALFORMED));
      failures[0] += check(sample, planted.substring(0, planted.indexOf(MALFORMED) + 6));
      failures[0] += check(sample, planted + " " + SENTINEL);
    });
    assertThat(failures[0]).as("reads that failed").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sentinelAsAPropertyNameOrRepeatedValueNeverReachesTheException(Sample sample) {
    JsonNode root = anyTree(sample.json);
    int[] failures = {0};
    eachObject(root, object -> {
      object.put(SENTINEL, SENTINEL);
      failures[0] += check(sample, root.toString());
      object.remove(SENTINEL);
      Optional<String> first = Optional.ofNullable(object.fieldNames().hasNext()
          ? object.fieldNames().next() : null);
      first.ifPresent(name -> {
        String text = root.toString();
        String opening = "{\"" + name + "\":";
        int at = text.indexOf(opening);
        if (at >= 0) {
          String repeated = text.substring(0, at + 1) + "\"" + name + "\":\"" + SENTINEL + "\","
              + text.substring(at + 1);
          failures[0] += check(sample, repeated);
        }
      });
    });
    assertThat(failures[0]).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void documentHoldingTheSentinelInFreeTextAndBrokenElsewhereDoesNotLeakIt(Sample sample) {
    JsonNode document = anyTree(sample.json);
    boolean array = document.isArray();
    ObjectNode root = array ? (ObjectNode) document.get(0) : (ObjectNode) document;
    eachValue(root, replace -> {
      replace.accept(TextNode.valueOf(SENTINEL));
    });
    if (array) {
      return;
    }
    String planted = root.toString();
    if (root.has("id")) {
      ObjectNode missing = root.deepCopy();
      missing.remove("id");
      assertThat(check(sample, missing.toString())).isOne();
    }
    assertThat(check(sample, planted + "]")).isOne();
    byte[] truncated = planted.getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < truncated.length; cut += Math.max(1, truncated.length / 40)) {
      byte[] head = java.util.Arrays.copyOf(truncated, cut);
      assertThat(check(sample, head)).isOne();
    }
  }

  /** Reads the text; on failure checks the exception. Returns 1 for a failure, 0 for a value. */
  private static int check(Sample sample, String json) {
    return check(sample, json.getBytes(StandardCharsets.UTF_8));
  }

  private static int check(Sample sample, byte[] json) {
    Optional<SexTherapyJsonException> failure =
        CorpusTest.outcome(() -> JSON.read(sample.document, json));
    failure.ifPresent(e -> {
      assertThat(e.getMessage()).doesNotContain("S3NT1N3L").doesNotContain("private");
      assertThat(e.toString()).doesNotContain("S3NT1N3L");
      assertThat(e.detail() + e.path()).doesNotContain("S3NT1N3L");
    });
    return failure.isPresent() ? 1 : 0;
  }

  /** Calls the action once per scalar value, with a setter that replaces that value. */
  private static void eachValue(JsonNode node, Consumer<Consumer<JsonNode>> action) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = object.get(name);
        if (child.isContainerNode()) {
          eachValue(child, action);
        } else {
          action.accept(replacement -> object.set(name, replacement));
          object.set(name, child);
        }
      }
    } else if (node instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        if (child.isContainerNode()) {
          eachValue(child, action);
        } else {
          int index = i;
          action.accept(replacement -> array.set(index, replacement));
          array.set(index, child);
        }
      }
    }
  }

  private static void eachObject(JsonNode node, Consumer<ObjectNode> action) {
    if (node instanceof ObjectNode) {
      action.accept((ObjectNode) node);
    }
    for (JsonNode child : node) {
      eachObject(child, action);
    }
  }
}
