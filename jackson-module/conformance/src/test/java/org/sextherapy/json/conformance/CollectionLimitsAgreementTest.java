package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.json.shapes.ModelShapes;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The builders, the reader and the JSON Schemas agree on the size of every collection: each array
 * property of every shipped schema states as {@code maxItems} the model's constant for that
 * collection ({@code MAX_} and the property's name in upper snake case, on the model type the
 * schema definition describes), every limited collection of a type the wire format writes is such
 * a property, and the reader stops at the first element over the limit (before reading it) with
 * the limit's failure at the collection's path, while a value at the limit, which the builders
 * accept, is written and read back. That every collection has a limit, and that the builders
 * enforce it, is {@code CollectionLimitsTest} in core.
 */
class CollectionLimitsAgreementTest extends WireFormatTestBase {

  static Stream<JsonDocument<?>> documents() {
    return JsonDocument.all().stream();
  }

  private static JsonNode schema(JsonDocument<?> document) throws IOException {
    try (InputStream in = document.openSchema()) {
      return TREES.readTree(in);
    }
  }

  private static Map<String, Class<?>> modelTypesByName() {
    Map<String, Class<?>> types = new HashMap<>();
    for (Class<?> type : ModelShapes.types()) {
      types.put(type.getSimpleName(), type);
    }
    return types;
  }

  static String constantName(String accessor) {
    return "MAX_" + accessor.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static int limit(Class<?> type, String accessor) {
    try {
      return type.getField(constantName(accessor)).getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " has no " + constantName(accessor), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyArrayPropertyOfTheSchemaStatesTheModelsLimit(JsonDocument<?> document)
      throws IOException {
    Map<String, Class<?>> types = modelTypesByName();
    int checked = 0;
    for (Map.Entry<String, JsonNode> def : schema(document).path("$defs").properties()) {
      for (Map.Entry<String, JsonNode> property : def.getValue().path("properties").properties()) {
        if (!"array".equals(property.getValue().path("type").asText())) {
          continue;
        }
        String where = def.getKey() + "." + property.getKey();
        Class<?> type = types.get(def.getKey());
        assertThat(type).as("the model type of %s", where).isNotNull();
        assertThat(property.getValue().path("maxItems").isInt()).as("%s has maxItems", where)
            .isTrue();
        assertThat(property.getValue().path("maxItems").asInt()).as(where)
            .isEqualTo(limit(type, property.getKey()));
        checked++;
      }
    }
    assertThat(checked).as("array properties in %s", document.name()).isPositive();
  }

  @Test
  void everyLimitedCollectionOfAWrittenTypeIsALimitedArrayOfTheSchemas() throws IOException {
    Map<String, JsonNode> defs = new HashMap<>();
    for (JsonDocument<?> document : JsonDocument.all()) {
      for (Map.Entry<String, JsonNode> def : schema(document).path("$defs").properties()) {
        defs.put(def.getKey(), def.getValue());
      }
    }
    List<String> checked = new ArrayList<>();
    for (Class<?> type : ModelShapes.types()) {
      JsonNode def = defs.get(type.getSimpleName());
      if (def == null) {
        continue; // a type written only inside a union or a reference: its own test covers it
      }
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() != 0 || !Modifier.isAbstract(m.getModifiers())
            || !(Collection.class.isAssignableFrom(m.getReturnType())
                || Map.class.isAssignableFrom(m.getReturnType()))) {
          continue;
        }
        JsonNode property = def.path("properties").path(m.getName());
        String where = type.getSimpleName() + "." + m.getName();
        if (property.isMissingNode()) {
          continue; // not written (a concern type is its id): AccessorCoverageTest says why
        }
        JsonNode target = property.has("$ref")
            ? defs.get(property.path("$ref").asText().substring("#/$defs/".length())) : property;
        if (Map.class.isAssignableFrom(m.getReturnType()) && target != null
            && "object".equals(target.path("type").asText())) {
          // a map keyed by an enumeration is an object with one property per constant
          assertThat(target.path("additionalProperties").asBoolean(true)).as(where).isFalse();
          continue;
        }
        assertThat(property.path("maxItems").asInt(-1)).as(where)
            .isEqualTo(limit(type, m.getName()));
        checked.add(where);
      }
    }
    assertThat(checked).contains("TherapistProfile.insurers", "ClientRequest.participants",
        "SessionPlan.exercises", "CompactPrivilege.temporaryDaysUsed").hasSizeGreaterThan(30);
  }

  // The reader.

  private static String profileWithInsurers(int count, String last) {
    ObjectNode profile = (ObjectNode) anyTree(JSON.write(JsonDocument.THERAPIST_PROFILE,
        Examples.profile()));
    ArrayNode insurers = profile.putArray("insurers");
    IntStream.range(0, count).forEach(i -> insurers.add("payer-" + i));
    String json = profile.toString();
    return last.isEmpty() ? json
        : json.replace("\"payer-" + (count - 1) + "\"]", "\"payer-" + (count - 1) + "\"," + last
            + "]");
  }

  @Test
  void aProfileAtTheLimitOfInsurersIsWrittenAndReadBack() {
    TherapistProfile profile = JSON.read(JsonDocument.THERAPIST_PROFILE,
        profileWithInsurers(TherapistProfile.MAX_INSURERS, ""));
    assertThat(profile.insurers()).hasSize(TherapistProfile.MAX_INSURERS);
    assertThat(roundTrip(TherapistProfile.class, profile)).isNotEmpty();
  }

  @Test
  void oneInsurerOverTheLimitIsRefusedAtTheInsurersNamingTheLimit() {
    SexTherapyJsonException e = catchThrowableOfType(SexTherapyJsonException.class,
        () -> JSON.read(JsonDocument.THERAPIST_PROFILE,
            profileWithInsurers(TherapistProfile.MAX_INSURERS + 1, "")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.insurers");
    assertThat(e.detail()).contains(String.valueOf(TherapistProfile.MAX_INSURERS));
  }

  @Test
  void theElementPastTheLimitIsNeverRead() {
    // a value of the wrong type right after the limit: the limit is what fails
    SexTherapyJsonException e = catchThrowableOfType(SexTherapyJsonException.class,
        () -> JSON.read(JsonDocument.THERAPIST_PROFILE,
            profileWithInsurers(TherapistProfile.MAX_INSURERS, "{\"not\": \"an id\"}")));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.insurers");
  }

  @Test
  void aSixteenMebibyteProfileOfInsurerIdsStopsAtTheLimit() {
    StringBuilder json = new StringBuilder("{\"id\": \"th-1\", \"displayName\": \"A\", "
        + "\"insurers\": [");
    for (int i = 0; json.length() < 16 * 1024 * 1024 - 32; i++) {
      json.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
    }
    json.append("]}");
    byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
    assertThat((long) bytes.length).isLessThanOrEqualTo(JSON.limits().maxDocumentLength());
    SexTherapyJsonException e = catchThrowableOfType(SexTherapyJsonException.class,
        () -> JSON.read(JsonDocument.THERAPIST_PROFILE, new ByteArrayInputStream(bytes)));
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.insurers");
  }

  @Test
  void aListOverItsLimitIsRefusedBeforeItsElementsAreJudged() {
    // repeated expertise would break the model's rule, but the count is what the reader stops at
    ObjectNode profile = (ObjectNode) anyTree(JSON.write(JsonDocument.THERAPIST_PROFILE,
        Examples.profile()));
    JsonNode first = profile.path("expertise").get(0);
    ArrayNode expertise = profile.putArray("expertise");
    for (int i = 0; i <= TherapistProfile.MAX_EXPERTISE; i++) {
      expertise.add(first);
    }
    assertThatThrownBy(() -> JSON.read(JsonDocument.THERAPIST_PROFILE, profile.toString()))
        .isInstanceOfSatisfying(SexTherapyJsonException.class, e -> {
          assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
          assertThat(e.path()).isEqualTo("$.expertise");
        });
  }

  @Test
  void aStreamedDirectoryNamesTheProfileWhoseCollectionIsOverTheLimit() {
    String directory = "[" + profileWithInsurers(1, "") + ","
        + profileWithInsurers(TherapistProfile.MAX_INSURERS + 1, "") + "]";
    List<@Nullable Object> read = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (Stream<TherapistProfile> profiles = JSON.stream(JsonDocument.THERAPIST_PROFILES,
          new ByteArrayInputStream(directory.getBytes(StandardCharsets.UTF_8)))) {
        profiles.forEach(read::add);
      }
    }).isInstanceOfSatisfying(SexTherapyJsonException.class, e -> {
      assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
      assertThat(e.path()).isEqualTo("$[1].insurers");
    });
    assertThat(read).hasSize(1);
  }
}
