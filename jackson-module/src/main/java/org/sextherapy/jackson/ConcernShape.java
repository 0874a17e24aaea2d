package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;

/**
 * The wire form of a concern type: its id, such as {@code "LOW_SEXUAL_DESIRE"}. Reading resolves
 * the id through the module's concern catalogue, so applications that add their own concern types
 * register them with {@link SexTherapyModule#withConcernCatalogue} on both sides of the wire.
 */
final class ConcernShape implements Shape<ConcernType> {

  /** The one instance. */
  static final ConcernShape INSTANCE = new ConcernShape();

  private ConcernShape() {}

  @Override
  public void write(ConcernType value, JsonGenerator g, SexTherapyModule options)
      throws IOException {
    g.writeString(value.id());
  }

  @Override
  public ConcernType read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    // Looked up by the parser's characters among the concerns read before (every expertise and
    // every requested concern names one), and only then as a string in the catalogue.
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    TextCache<ConcernType> known = r.options().concernIds();
    ConcernType concern = known.find(chars, offset, length);
    if (concern != null) {
      return concern;
    }
    String id = new String(chars, offset, length);
    concern = r.options().concernCatalogue().byId(id).orElse(null);
    if (concern == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, "is not the id of a concern in the catalogue");
    }
    return known.remember(id, concern);
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
