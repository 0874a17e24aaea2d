package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.shapes.DocumentShapes;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.testing.RandomValues;

/**
 * The JSON Schemas (2020-12) shipped in the jar describe the wire format the module reads and
 * writes: they are generated from the same table of shapes, every golden file and every written
 * random document validates against them, and invalid samples fail both the schema and the
 * reader. Rewrite the shipped schemas with {@code -Dsextherapy.schema.write=true} after changing a
 * shape, and review the diff.
 */
class SchemaTest extends WireFormatTestBase {

  static final Path SCHEMA_FOLDER = Path.of("../wire/src/main/resources/org/sextherapy/json/schema");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<JsonDocument<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static Stream<JsonDocument<?>> documents() {
    return JsonDocument.all().stream();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 100).boxed();
  }

  static Schema schema(JsonDocument<?> document) {
    return SCHEMAS.computeIfAbsent(document, d -> {
      try (InputStream in = d.openSchema()) {
        return REGISTRY.getSchema(in, InputFormat.JSON);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  static List<Error> errors(JsonDocument<?> document, String json) {
    return schema(document).validate(json, InputFormat.JSON);
  }

  static boolean readerAccepts(JsonDocument<?> document, String json) {
    try {
      JSON.read(document, json);
      return true;
    } catch (SexTherapyJsonException e) {
      return false;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void shippedSchemaIsTheOneTheShapesDescribe(JsonDocument<?> document) throws IOException {
    String generated = pretty(TREES.valueToTree(DocumentShapes.schema(document)));
    if (Boolean.getBoolean("sextherapy.schema.write")) {
      Files.createDirectories(SCHEMA_FOLDER);
      // the source keeps the build property that resource filtering replaces
      Files.writeString(SCHEMA_FOLDER.resolve(document.name() + ".schema.json"),
          generated.replace(document.schemaId(),
              "${sextherapy.url}/schema/" + document.name() + ".schema.json"));
    }
    try (InputStream in = document.openSchema()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void schemaIdIsUnderTheProjectUrlOfThePom(JsonDocument<?> document) throws IOException {
    // surefire passes the root POM's sextherapy.url: the $id follows it, never a stale copy
    String projectUrl = System.getProperty("sextherapy.url");
    assertThat(projectUrl).as("surefire system property sextherapy.url").startsWith("https://");
    try (InputStream in = document.openSchema()) {
      assertThat(TREES.readTree(in).path("$id").asText())
          .isEqualTo(projectUrl + "/schema/" + document.name() + ".schema.json");
    }
  }

  @Test
  void schemasAreInTheJarUnderTheirResourceNames() throws IOException {
    for (JsonDocument<?> document : JsonDocument.all()) {
      try (InputStream in = ClassLoader.getSystemResourceAsStream(document.schemaResource())) {
        assertThat(in).as(document.schemaResource()).isNotNull();
        assertThat(TREES.readTree(in).path("$schema").asText())
            .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileValidatesAgainstItsSchema(JsonDocument<?> document) {
    assertThat(errors(document, GoldenFilesTest.golden(document))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWrittenDocumentValidatesAgainstItsSchema(long seed) {
    RandomValues random = new RandomValues(seed);
    assertThat(errors(JsonDocument.THERAPIST_PROFILE, JSON.write(JsonDocument.THERAPIST_PROFILE, random.profile())))
        .isEmpty();
    assertThat(errors(JsonDocument.CLIENT_REQUEST, JSON.write(JsonDocument.CLIENT_REQUEST, random.request()))).isEmpty();
    assertThat(errors(JsonDocument.SESSION_PLAN, JSON.write(JsonDocument.SESSION_PLAN, random.plan(false)))).isEmpty();
    assertThat(errors(JsonDocument.VALIDATION_RESULT,
        JSON.write(JsonDocument.VALIDATION_RESULT, random.validationResult()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileWithAnUnknownPropertyAnywhereFailsSchemaAndReader(JsonDocument<?> document) {
    List<String> samples = mutations(document, (node, samplesOut) -> {
      if (node instanceof ObjectNode) {
        ((ObjectNode) node).put("unexpectedProperty", 1);
        samplesOut.run();
        ((ObjectNode) node).remove("unexpectedProperty");
      }
    });
    assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
    for (String sample : samples) {
      assertThat(errors(document, sample)).as(sample).isNotEmpty();
      assertThat(readerAccepts(document, sample)).as(sample).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileWithANullOrAWrongTypeAnywhereFailsSchemaAndReader(JsonDocument<?> document) {
    List<String> samples = mutations(document, (node, samplesOut) -> {
      if (node instanceof ObjectNode) {
        ObjectNode object = (ObjectNode) node;
        for (String name : fieldNames(object)) {
          JsonNode original = object.get(name);
          object.set(name, NullNode.getInstance());
          samplesOut.run();
          object.set(name, original.isTextual() ? IntNode.valueOf(7) : TextNode.valueOf("7"));
          samplesOut.run();
          object.set(name, original);
        }
      }
    });
    for (String sample : samples) {
      assertThat(errors(document, sample)).as(sample).isNotEmpty();
      assertThat(readerAccepts(document, sample)).as(sample).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void goldenFileWithAnUnknownIdFailsSchemaAndReader(JsonDocument<?> document) {
    List<String> samples = mutations(document, (node, samplesOut) -> {
      if (node instanceof ObjectNode) {
        ObjectNode object = (ObjectNode) node;
        for (String name : List.of("level", "status", "kind", "severity", "ref", "format",
            "priority", "strength", "ageBracket", "discipline", "certainty", "system", "code")) {
          JsonNode original = object.get(name);
          if (original != null && original.isTextual()) {
            object.put(name, "no-such-id");
            samplesOut.run();
            object.set(name, original);
          }
        }
      }
    });
    if (document != JsonDocument.VALIDATION_RESULT) {
      assertThat(samples).isNotEmpty();
    }
    for (String sample : samples) {
      assertThat(errors(document, sample)).as(sample).isNotEmpty();
      assertThat(readerAccepts(document, sample)).as(sample).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void propertyTheReaderRequiresIsRequiredByTheSchemaAndNoMore(JsonDocument<?> document) {
    int[] counts = {0, 0};
    mutations(document, (node, samplesOut) -> {
      if (node instanceof ObjectNode) {
        ObjectNode object = (ObjectNode) node;
        for (String name : fieldNames(object)) {
          JsonNode original = object.remove(name);
          samplesOut.run();
          object.set(name, original);
        }
      }
    }).forEach(sample -> {
      SexTherapyJsonException failure = null;
      try {
        JSON.read(document, sample);
      } catch (SexTherapyJsonException e) {
        failure = e;
      }
      boolean schemaAccepts = errors(document, sample).isEmpty();
      if (failure == null) {
        counts[0]++;
        assertThat(schemaAccepts).as("schema must accept what the reader accepts: " + sample)
            .isTrue();
      } else if (failure.kind() == JsonErrorKind.MISSING_PROPERTY) {
        counts[1]++;
        assertThat(schemaAccepts).as("schema must require " + failure.path()).isFalse();
      }
      if (!schemaAccepts) {
        assertThat(failure).as("reader must reject what the schema rejects: " + sample)
            .isNotNull();
      }
    });
    assertThat(counts[0]).as("optional properties removed").isPositive();
    assertThat(counts[1]).as("required properties removed").isPositive();
  }

  @Test
  void aSchemaRejectsASampleOfAnotherDocument() {
    assertThat(errors(JsonDocument.CLIENT_REQUEST,
        GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE))).isNotEmpty();
    assertThat(errors(JsonDocument.THERAPIST_PROFILES,
        GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE))).isNotEmpty();
    assertThat(errors(JsonDocument.THERAPIST_PROFILE, json("{'id': 'th-1'}"))).isNotEmpty();
  }

  /** A change applied to one node of the golden tree; it calls the runnable for each sample. */
  interface Mutation {
    void apply(JsonNode node, Runnable sample);
  }

  /** Applies the mutation at every node of the golden file, collecting the samples it makes. */
  static List<String> mutations(JsonDocument<?> document, Mutation mutation) {
    JsonNode root = anyTree(GoldenFilesTest.golden(document));
    List<String> samples = new ArrayList<>();
    visit(root, node -> mutation.apply(node, () -> samples.add(root.toString())));
    return samples;
  }

  private static void visit(JsonNode node, Consumer<JsonNode> action) {
    action.accept(node);
    if (node instanceof ObjectNode) {
      for (String name : fieldNames((ObjectNode) node)) {
        visit(node.get(name), action);
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        visit(element, action);
      }
    }
  }

  private static List<String> fieldNames(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
