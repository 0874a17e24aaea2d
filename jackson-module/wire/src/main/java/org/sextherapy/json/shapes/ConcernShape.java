package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.JsonToken;
import org.sextherapy.json.engine.ReadContext;
import org.sextherapy.json.engine.SchemaContext;
import org.sextherapy.json.engine.Shape;

/**
 * The wire form of a concern type: its id, such as {@code "LOW_SEXUAL_DESIRE"}. Reading resolves
 * the id through the module's concern catalogue, so applications that add their own concern types
 * register them with {@link org.sextherapy.json.JsonOptions#withConcernCatalogue} on both sides of the wire.
 */
final class ConcernShape implements Shape<ConcernType> {

  /** The one instance. */
  static final ConcernShape INSTANCE = new ConcernShape();

  private ConcernShape() {}

  @Override
  public void write(ConcernType value, JsonOutput g, JsonOptions options)
      throws IOException {
    g.writeString(value.id());
  }

  @Override
  public ConcernType read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    return r.options().concernCatalogue().byId(p.getText()).orElseThrow(() ->
        r.fail(JsonErrorKind.UNKNOWN_ID, "is not the id of a concern in the catalogue"));
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define("ConcernType", () -> map("type", "string",
        "pattern", "^[A-Z][A-Z0-9_]{0,63}$",
        "description", "The id of a concern type in the reader's concern catalogue. The standard"
            + " catalogue holds: " + StandardConcerns.all().stream().map(ConcernType::id)
                .collect(Collectors.joining(", ")) + "."));
  }
}
