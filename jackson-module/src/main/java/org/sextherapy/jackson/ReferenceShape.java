package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.list;
import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;

/**
 * The wire form of a value the library ships in a catalogue (a standard credential, certifying
 * body or modality, a code of {@code CodeCatalogue}): {@code {"ref": "AASECT-CST"}} when the value
 * equals the catalogue entry with that key, the full object otherwise.
 *
 * <p>The rule is lossless: a reference is written only for a value equal to the catalogue entry,
 * so reading it back gives an equal value; anything else (an application's own credential, a
 * standard one with a changed field) is written in full. Reading accepts both forms for every
 * value; a reference must name a catalogue entry. With
 * {@link SexTherapyModule#withCatalogueReferences(boolean)} off, values are always written in full.
 *
 * @param <T> the catalogue's value type
 */
final class ReferenceShape<T> implements Shape<T> {

  private static final String REF = "ref";
  private static final SerializedString REF_NAME = new SerializedString(REF);

  private final ObjectShape<T> full;
  private final Function<T, String> key;
  private final Map<String, T> catalogue;
  private final IdentityHashMap<T, String> keysOfEntries;
  private final String noun;

  /**
   * Creates the shape.
   *
   * @param full the full object form
   * @param key the catalogue key of a value, such as its qualified id
   * @param catalogue the catalogue's entries
   * @param noun what an entry is, for messages ("standard credential")
   */
  ReferenceShape(ObjectShape<T> full, Function<T, String> key, List<T> catalogue, String noun) {
    this.full = full;
    this.key = key;
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T entry : catalogue) {
      if (byKey.put(key.apply(entry), entry) != null) {
        throw new IllegalStateException(noun + " catalogue repeats a key");
      }
    }
    this.catalogue = byKey;
    IdentityHashMap<T, String> keys = new IdentityHashMap<>();
    byKey.forEach((k, entry) -> keys.put(entry, k));
    this.keysOfEntries = keys;
    this.noun = noun;
  }

  @Override
  public void write(T value, JsonGenerator g, SexTherapyModule options) throws IOException {
    if (options.catalogueReferences()) {
      String entryKey = keysOfEntries.get(value);
      String k = entryKey != null ? entryKey : key.apply(value);
      T entry = entryKey != null ? value : catalogue.get(k);
      if (entry != null && (entry == value || entry.equals(value))) {
        g.writeStartObject();
        g.writeFieldName(REF_NAME);
        g.writeString(k);
        g.writeEndObject();
        return;
      }
    }
    full.write(value, g, options);
  }

  @Override
  public T read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an object");
    }
    if (!p.nextFieldName(REF_NAME)) {
      return full.readProperties(p, r, true);
    }
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.failAt(JsonErrorKind.WRONG_TYPE, ReadContext.pathOf(REF), "must be a string");
    }
    T entry = catalogue.get(p.getText());
    if (entry == null) {
      throw r.failAt(JsonErrorKind.UNKNOWN_ID, ReadContext.pathOf(REF),
          "is not the key of a " + noun);
    }
    @Nullable Set<String> skipped = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      skipped = r.skipUnknown(p, name, skipped, "a reference", REF);
    }
    return entry;
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define(full.title() + "OrReference", () -> {
      List<Object> keys = new ArrayList<>(catalogue.keySet());
      return map("oneOf", list(
          map("type", "object",
              "description", "A reference to a " + noun + ", by its key.",
              "properties", map(REF, map("type", "string", "enum", keys)),
              "required", list(REF), "additionalProperties", false),
          full.schema(s)));
    });
  }
}
