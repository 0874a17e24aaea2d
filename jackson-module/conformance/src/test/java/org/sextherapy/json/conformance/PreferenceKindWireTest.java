package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Strength;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.shapes.DocumentShapes;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.RandomValues;

/**
 * The wire half of the every-site check of preference kinds (the matcher half is core's
 * {@code MatcherCoverageTest}): every {@link PreferenceKind} has a JSON shape, written with its
 * {@code "kind"} id and read back equal, and an entry of its own in the client request's schema,
 * against which a request holding it validates.
 */
class PreferenceKindWireTest extends WireFormatTestBase {

  @ParameterizedTest(name = "{0}")
  @EnumSource(PreferenceKind.class)
  void everyPreferenceKindHasAJsonShapeAndASchemaEntry(PreferenceKind kind) throws Exception {
    assertThat(kindsInTheSchema()).as("schema entries by kind").contains(kind.id());
    for (Strength strength : Strength.values()) {
      for (long seed = 0; seed < 20; seed++) {
        Preference preference = new RandomValues(seed).preference(kind, strength);
        String json = roundTrip(Preference.class, preference);
        JsonNode tree = TREES.readTree(json);
        assertThat(tree.get("kind").asText()).isEqualTo(kind.id());
        assertThat(tree.get("strength").asText()).isEqualTo(strength.id());

        ClientRequest request = ClientRequest.builder().id("req-1")
            .addParticipants(Participant.of("p1", AgeBracket.ADULT))
            .sessionJurisdiction(Jurisdiction.parse("US-CA")).format(SessionFormat.INDIVIDUAL)
            .addDeliveries(Delivery.VIDEO).addPreferences(preference).build();
        assertThat(SchemaTest.errors(JsonDocument.CLIENT_REQUEST, write(request))).isEmpty();
      }
    }
  }

  /** The kind ids the client request schema's preference definitions hold as constants. */
  @SuppressWarnings("unchecked")
  private static List<String> kindsInTheSchema() {
    Map<String, Object> schema = DocumentShapes.schema(JsonDocument.CLIENT_REQUEST);
    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    Map<String, Object> union = (Map<String, Object>) defs.get("Preference");
    List<String> kinds = new ArrayList<>();
    for (Object option : (List<Object>) union.get("oneOf")) {
      String ref = (String) ((Map<String, Object>) option).get("$ref");
      Map<String, Object> def =
          (Map<String, Object>) defs.get(ref.substring(ref.lastIndexOf('/') + 1));
      Map<String, Object> properties = (Map<String, Object>) def.get("properties");
      kinds.add((String) ((Map<String, Object>) properties.get("kind")).get("const"));
    }
    return kinds;
  }
}
