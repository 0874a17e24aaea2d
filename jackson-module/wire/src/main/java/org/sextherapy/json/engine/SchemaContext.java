package org.sextherapy.json.engine;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Collects the named definitions ({@code $defs}) of one JSON Schema document while shapes describe
 * themselves, so that each type is described once and recursive types ({@code requiresCurrent}
 * of a credential) end in a reference.
 */
public final class SchemaContext {

  /** The JSON Schema dialect of every schema the library ships. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Map<String, Object> definitions = new TreeMap<>();
  private final Set<String> started = new HashSet<>();

  /**
   * Defines {@code name} once, describing it with {@code body} the first time, and returns a
   * reference to it.
   *
   * @param name the definition's name
   * @param body describes the definition
   * @return a reference to the definition
   */
  public Map<String, Object> define(String name, Supplier<Map<String, Object>> body) {
    if (started.add(name)) {
      definitions.put(name, body.get());
    }
    return map("$ref", "#/$defs/" + name);
  }

  /** Returns the definitions collected so far, sorted by name. */
  Map<String, Object> definitions() {
    return definitions;
  }

  /**
   * Describes a whole document: the dialect, its id and title, the root shape and the definitions
   * the root needs.
   *
   * @param id the schema's {@code $id}
   * @param title the document's title
   * @param description the document's description
   * @param root the document's shape
   * @return the schema, as nested maps and lists
   */
  public static Map<String, Object> document(String id, String title, String description,
      Shape<?> root) {
    SchemaContext s = new SchemaContext();
    Map<String, Object> rootSchema = root.schema(s);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", DIALECT);
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    schema.putAll(rootSchema);
    schema.put("$defs", s.definitions());
    return schema;
  }

  /**
   * Builds an ordered map from alternating keys and values.
   *
   * @param keysAndValues keys (strings) and values
   * @return the map
   */
  public static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /**
   * Builds a list.
   *
   * @param values the values
   * @return the list
   */
  public static List<Object> list(Object... values) {
    return List.of(values);
  }
}
