package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.provider.Arguments;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden files in {@code src/test/resources/golden/} document the wire format by example, one
 * per {@link JsonDocument}: reading each gives the value of {@link Examples}, and writing that
 * value gives the file back (compared in the canonical pretty form). A change to the wire format
 * shows up here as a failing test and, once intended, as a diff of the golden file: rewrite them
 * with {@code -Dsextherapy.golden.write=true} and review the diff.
 */
class GoldenFilesTest extends WireFormatTestBase {

  static final Path GOLDEN_FOLDER = Path.of("src/test/resources/golden");

  static Stream<JsonDocument<?>> documents() {
    return JsonDocument.all().stream();
  }

  /** Returns the golden file of a document, from the test class path. */
  static String golden(JsonDocument<?> document) {
    try (InputStream in = GoldenFilesTest.class.getResourceAsStream(
        "/golden/" + document.name() + ".json")) {
      assertThat(in).as("golden file of " + document).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static <T> String writeDocument(JsonDocument<T> document, Object value) {
    return JSON.write(document, (T) value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void writingTheExampleGivesTheGoldenFile(JsonDocument<?> document) throws IOException {
    String written = pretty(writeDocument(document, Examples.of(document)));
    if (Boolean.getBoolean("sextherapy.golden.write")) {
      Files.createDirectories(GOLDEN_FOLDER);
      Files.writeString(GOLDEN_FOLDER.resolve(document.name() + ".json"), written);
    }
    assertThat(written).isEqualTo(pretty(golden(document)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readingTheGoldenFileGivesTheExample(JsonDocument<?> document) {
    assertThat((Object) JSON.read(document, golden(document))).isEqualTo(Examples.of(document));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileRoundTripsToTheSameText(JsonDocument<?> document) {
    String golden = golden(document);
    Object value = JSON.read(document, golden);
    assertThat(pretty(writeDocument(document, value))).isEqualTo(pretty(golden));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileIsInTheCanonicalPrettyForm(JsonDocument<?> document) {
    String golden = golden(document);
    assertThat(golden).isEqualTo(pretty(golden));
  }

  static Stream<Arguments> documentsAndSeeds() {
    return documents().flatMap(d -> IntStream.range(0, 25).mapToObj(seed -> Arguments.of(d, seed)));
  }

  /**
   * Reading does not depend on the order of properties: every golden file with the keys of every
   * object shuffled (a catalogue reference's {@code ref} among the rest, a preference's
   * {@code kind} anywhere) reads to the same value, strictly and with unknown properties allowed,
   * also with an unknown property added to every object in the lenient case.
   */
  @ParameterizedTest(name = "{0} shuffled, seed {1}")
  @MethodSource("documentsAndSeeds")
  void everyGoldenFileWithItsKeysShuffledReadsToTheSameValue(JsonDocument<?> document, int seed) {
    Random random = new Random(seed);
    JsonNode shuffled = shuffle(anyTree(golden(document)), random, false);
    assertThat((Object) JSON.read(document, shuffled.toString()))
        .isEqualTo(Examples.of(document));
    JsonCodec lenient = Binding.CURRENT.codec(
        JsonOptions.defaults().withUnknownPropertiesAllowed(true));
    JsonNode extended = shuffle(anyTree(golden(document)), new Random(seed), true);
    assertThat((Object) lenient.read(document, extended.toString()))
        .isEqualTo(Examples.of(document));
  }

  /** Returns the tree with every object's keys in a random order, optionally with a new key. */
  private static JsonNode shuffle(JsonNode node, Random random, boolean addUnknown) {
    if (node.isArray()) {
      ArrayNode copy = TREES.createArrayNode();
      node.forEach(e -> copy.add(shuffle(e, random, addUnknown)));
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    if (addUnknown) {
      names.add("x-added-by-a-newer-writer");
    }
    Collections.shuffle(names, random);
    ObjectNode copy = TREES.createObjectNode();
    for (String name : names) {
      JsonNode value = node.get(name);
      copy.set(name, value == null ? TREES.createObjectNode().put("note", "unknown")
          : shuffle(value, random, addUnknown));
    }
    return copy;
  }
}
