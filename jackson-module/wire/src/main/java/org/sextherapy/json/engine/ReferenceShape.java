package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.list;
import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
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
 * {@link JsonOptions#withCatalogueReferences(boolean)} off, values are always written in full.
 *
 * @param <T> the catalogue's value type
 */
public final class ReferenceShape<T> implements Shape<T> {

  private static final String REF = "ref";
  private static final Literal REF_NAME = Literal.of(REF);

  private final ObjectShape<T> full;
  private final Function<T, String> key;
  private final Map<String, T> catalogue;
  private final IdentityHashMap<T, Literal> keysOfEntries;
  private final String noun;

  /**
   * Creates the shape.
   *
   * @param full the full object form
   * @param key the catalogue key of a value, such as its qualified id
   * @param catalogue the catalogue's entries
   * @param noun what an entry is, for messages ("standard credential")
   */
  public ReferenceShape(ObjectShape<T> full, Function<T, String> key, List<T> catalogue, String noun) {
    this.full = full;
    this.key = key;
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T entry : catalogue) {
      if (byKey.put(key.apply(entry), entry) != null) {
        throw new IllegalStateException(noun + " catalogue repeats a key");
      }
    }
    this.catalogue = byKey;
    IdentityHashMap<T, Literal> keys = new IdentityHashMap<>();
    byKey.forEach((k, entry) -> keys.put(entry, Literal.of(k)));
    this.keysOfEntries = keys;
    this.noun = noun;
  }

  @Override
  public void write(T value, JsonOutput g, JsonOptions options) throws IOException {
    if (options.catalogueReferences()) {
      // an entry itself is found by identity; an equal value through its key
      Literal ref = keysOfEntries.get(value);
      if (ref == null) {
        T entry = catalogue.get(key.apply(value));
        if (entry != null && entry.equals(value)) {
          ref = keysOfEntries.get(entry);
        }
      }
      if (ref != null) {
        g.writeStartObject();
        g.writeFieldName(REF_NAME);
        g.writeString(ref);
        g.writeEndObject();
        return;
      }
    }
    full.write(value, g, options);
  }

  @Override
  public T read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an object");
    }
    String first = r.nextName(p, full.sealed(), REF);
    if (REF.equals(first)) {
      p.nextToken();
      T entry;
      try {
        entry = readKey(p, r);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inProperty(REF);
      }
      @Nullable Set<String> skipped = null;
      for (String name = r.nextName(p, Map.of(), REF); name != null;
          name = r.nextName(p, Map.of(), REF)) {
        skipped = r.skipUnknown(p, name, skipped, "a reference", REF);
      }
      return entry;
    }
    if (!r.options().unknownPropertiesAllowed()) {
      return full.readProperties(p, r, first);
    }
    // Skipping unknown properties, a reference may follow properties a newer writer added: the
    // object is read once, as the full form with "ref" beside it, and the reference wins.
    List<T> referenced = new ArrayList<>(1);
    @Nullable Object[] slots = full.readSlots(p, r, first, REF, q -> {
      if (!referenced.isEmpty()) {
        throw r.fail(JsonErrorKind.DUPLICATE_PROPERTY, "is given more than once");
      }
      referenced.add(readKey(q, r));
    });
    return referenced.isEmpty() ? full.finish(slots, r) : referenced.get(0);
  }

  /** Reads the key of a reference, standing on its value, and returns the catalogue entry. */
  private T readKey(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    T entry = catalogue.get(p.getText());
    if (entry == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, "is not the key of " + Nouns.withArticle(noun));
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
