package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.ObjectShape.Property;

/**
 * The wire form of a closed family of value types (the kinds of client preference): one JSON
 * object with a discriminator property, {@code "kind"}, whose value is a name the library declares
 * (the kind's stable id), beside the properties of that kind.
 *
 * <p>This is the only polymorphism the wire format has: no class names, no type ids chosen by the
 * input. The discriminator may come anywhere in the object. Reading collects the properties of all
 * kinds in one pass (a property name has one shape across the family, checked when the union is
 * declared), then checks that each property read belongs to the kind named.
 *
 * @param <T> the family's common type
 */
public final class UnionShape<T> implements Shape<T> {

  static final String DISCRIMINATOR = "kind";
  private static final Literal DISCRIMINATOR_NAME = Literal.of(DISCRIMINATOR);

  private final String title;
  private final Function<T, String> kindOf;
  private final Map<String, Kind<? extends T>> kinds;
  private final Map<String, Integer> indexes;
  private final List<String> names;
  private final List<Shape<?>> shapes;

  /**
   * Declares a union.
   *
   * @param title the family's name, for messages and the schema
   * @param kindOf the declared kind id of a value
   */
  public UnionShape(String title, Function<T, String> kindOf) {
    this.title = title;
    this.kindOf = kindOf;
    this.kinds = new LinkedHashMap<>();
    this.indexes = new HashMap<>();
    this.names = new ArrayList<>();
    this.shapes = new ArrayList<>();
  }

  /**
   * Adds a kind; call while declaring, before use.
   *
   * @param id the kind's declared id
   * @param type the kind's class
   * @param shape the kind's properties (without the discriminator)
   * @param <K> the kind's type
   * @return this union
   */
  public <K extends T> UnionShape<T> kind(String id, Class<K> type, ObjectShape<K> shape) {
    List<Property<K, ?>> properties = shape.properties();
    int[] toUnion = new int[properties.size()];
    for (Property<K, ?> property : properties) {
      Integer index = indexes.get(property.name);
      if (index == null) {
        index = names.size();
        indexes.put(property.name, index);
        names.add(property.name);
        shapes.add(property.shape);
      } else if (shapes.get(index) != property.shape) {
        throw new IllegalStateException(title + " kinds give one property two shapes");
      }
      toUnion[property.index] = index;
    }
    if (kinds.put(id, new Kind<>(id, type, shape, toUnion)) != null) {
      throw new IllegalStateException(title + " declares a kind twice");
    }
    return this;
  }

  /**
   * Returns the shape of one kind's class: written like the union, read through the union and
   * checked to be of that kind.
   *
   * @param <K> the kind's type
   * @param type the kind's class
   * @return the shape
   */
  public <K extends T> Shape<K> kindShape(Class<K> type) {
    UnionShape<T> union = this;
    return new Shape<>() {
      @Override
      public void write(K value, JsonOutput g, JsonOptions options) throws IOException {
        union.write(value, g, options);
      }

      @Override
      public K read(JsonInput p, ReadContext r) throws IOException {
        T value = union.read(p, r);
        if (!type.isInstance(value)) {
          throw r.failAt(JsonErrorKind.INVALID_VALUE, ReadContext.pathOf(DISCRIMINATOR),
              "must be the kind of " + type.getSimpleName());
        }
        return type.cast(value);
      }

      @Override
      public Map<String, Object> schema(SchemaContext s) {
        return union.schema(s);
      }
    };
  }

  @Override
  public void write(T value, JsonOutput g, JsonOptions options) throws IOException {
    write(kind(kindOf.apply(value)), value, g, options);
  }

  private <K extends T> void write(Kind<K> kind, T value, JsonOutput g,
      JsonOptions options) throws IOException {
    g.writeStartObject();
    g.writeFieldName(DISCRIMINATOR_NAME);
    g.writeString(kind.literal);
    kind.shape.writeProperties(kind.type.cast(value), g, options);
    g.writeEndObject();
  }

  private Kind<? extends T> kind(String id) {
    Kind<? extends T> kind = kinds.get(id);
    if (kind == null) {
      throw new IllegalStateException(title + " has no kind " + id);
    }
    return kind;
  }

  @Override
  public T read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an object");
    }
    @Nullable Object[] values = new Object[names.size()];
    @Nullable Set<String> skipped = null;
    Kind<? extends T> kind = null;
    boolean sawKind = false;
    for (String name = r.nextName(p, indexes, DISCRIMINATOR); name != null;
        name = r.nextName(p, indexes, DISCRIMINATOR)) {
      if (DISCRIMINATOR.equals(name)) {
        if (sawKind) {
          throw r.failAt(JsonErrorKind.DUPLICATE_PROPERTY, ReadContext.pathOf(DISCRIMINATOR),
              "is given more than once");
        }
        sawKind = true;
        p.nextToken();
        try {
          kind = readKind(p, r);
        } catch (IOException | RuntimeException e) {
          throw r.failure(e).inProperty(DISCRIMINATOR);
        }
        continue;
      }
      Integer index = indexes.get(name);
      if (index == null) {
        skipped = r.skipUnknown(p, name, skipped, "any kind of " + title, String.join(", ", names));
        continue;
      }
      if (values[index] != null) {
        throw r.failAt(JsonErrorKind.DUPLICATE_PROPERTY, ReadContext.pathOf(name),
            "is given more than once");
      }
      p.nextToken();
      try {
        values[index] = r.readValue(shapes.get(index), p);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inProperty(names.get(index));
      }
    }
    if (kind == null) {
      throw r.failAt(JsonErrorKind.MISSING_PROPERTY, ReadContext.pathOf(DISCRIMINATOR),
          "is required");
    }
    return finish(kind, values, r);
  }

  private Kind<? extends T> readKind(JsonInput p, ReadContext r) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE,
          t == JsonToken.VALUE_NULL ? "must not be null" : "must be a string");
    }
    Kind<? extends T> kind = kinds.get(p.getText());
    if (kind == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, "is not a kind of " + title + " (the kinds are: "
          + String.join(", ", kinds.keySet()) + ")");
    }
    return kind;
  }

  private <K extends T> K finish(Kind<K> kind, @Nullable Object[] values, ReadContext r) {
    boolean[] belongs = new boolean[values.length];
    for (int index : kind.toUnion) {
      belongs[index] = true;
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && !belongs[i] && !r.options().unknownPropertiesAllowed()) {
        throw r.failAt(JsonErrorKind.UNKNOWN_PROPERTY, ReadContext.pathOf(names.get(i)),
            "is not a property of the kind " + kind.id);
      }
    }
    @Nullable Object[] slots = new Object[kind.toUnion.length];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = values[kind.toUnion[i]];
    }
    return kind.shape.finish(slots, r);
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define(title, () -> {
      List<Object> alternatives = new ArrayList<>();
      for (Kind<? extends T> kind : kinds.values()) {
        alternatives.add(s.define(kind.shape.title(), () -> kind.shape.objectSchema(s,
            map(DISCRIMINATOR, map("const", kind.id)))));
      }
      return map("description", "One " + title + "; the property kind names which.",
          "oneOf", alternatives);
    });
  }

  /** One kind of the family. */
  private static final class Kind<K> {
    final String id;
    final Literal literal;
    final Class<K> type;
    final ObjectShape<K> shape;
    final int[] toUnion;

    Kind(String id, Class<K> type, ObjectShape<K> shape, int[] toUnion) {
      this.id = id;
      this.literal = Literal.of(id);
      this.type = type;
      this.shape = shape;
      this.toUnion = toUnion;
    }
  }
}
