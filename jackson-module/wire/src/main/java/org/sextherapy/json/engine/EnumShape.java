package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sextherapy.Identified;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;

/**
 * The wire form of an enumerated value of the model: its stable {@link Identified#id()} as a JSON
 * string, never the Java constant name, so a refactoring that renames a constant cannot change the
 * wire format. Any enum that implements {@link Identified} gets this shape without registration.
 *
 * @param <E> the enum type
 */
public final class EnumShape<E extends Enum<E>> implements Shape<E> {

  private static final ClassValue<EnumShape<?>> SHAPES = new ClassValue<>() {
    @Override
    protected EnumShape<?> computeValue(Class<?> type) {
      return create(type.asSubclass(Enum.class));
    }
  };

  private final Class<E> type;
  /**
   * The name of the type in the wire format: its schema definition's, as an object shape's title
   * is, and what messages call it.
   */
  private final String title;
  private final Literal[] ids;
  private final Map<String, E> byId;

  // the ids are an array indexed by ordinal, as an EnumMap is: built and read in this class only
  @SuppressWarnings("EnumOrdinal")
  private EnumShape(Class<E> type) {
    E[] constants = type.getEnumConstants();
    this.type = type;
    this.title = type.getSimpleName();
    Map<String, E> map = new LinkedHashMap<>();
    this.ids = new Literal[constants.length];
    for (E constant : constants) {
      String id = ((Identified) constant).id();
      if (map.put(id, constant) != null) {
        throw new IllegalStateException(title + " repeats an id");
      }
      ids[constant.ordinal()] = Literal.of(id);
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static EnumShape<?> create(Class<? extends Enum> type) {
    return new EnumShape(type);
  }

  /**
   * Returns the shape of an enum that implements {@link Identified}.
   *
   * @param <E> the enum
   * @param type the enum
   * @return the shared shape
   */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Identified> EnumShape<E> of(Class<E> type) {
    return (EnumShape<E>) SHAPES.get(type);
  }

  /**
   * Returns the shape of a class if it is an enum implementing {@link Identified} (or the class of
   * a constant with a body of one).
   *
   * @param raw any class
   * @return the shape, or null
   */
  public static @Nullable Shape<?> find(Class<?> raw) {
    Class<?> type = raw.isEnum() ? raw
        : raw.getSuperclass() != null && raw.getSuperclass().isEnum() ? raw.getSuperclass()
        : null;
    if (type == null || !Identified.class.isAssignableFrom(type)) {
      return null;
    }
    return SHAPES.get(type);
  }

  /**
   * Returns what a failure says of a string that is not an id of an enumerated type, naming the
   * type as the wire format does (its schema definition) with the right article: "is not an
   * AgeBracket id", "is not a Delivery id".
   *
   * @param title the type's name in the wire format, not empty
   * @return the detail of the failure
   */
  public static String unknownId(String title) {
    return "is not " + Nouns.withArticle(title) + " id";
  }

  @Override
  @SuppressWarnings("EnumOrdinal") // the array the constructor indexed by ordinal
  public void write(E value, JsonOutput g, JsonOptions options) throws IOException {
    if (value.getDeclaringClass() != type) {
      throw new IllegalStateException(title + " has no id for a constant");
    }
    g.writeString(ids[value.ordinal()]);
  }

  @Override
  public E read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    E value = byId.get(p.getText());
    if (value == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, unknownId(title));
    }
    return value;
  }

  /**
   * Returns no order to impose: the model keeps every set of enumerated values in an
   * {@code EnumSet} (Immutables copies them so), which already iterates in declaration order.
   */
  @Override
  public @Nullable Comparator<? super E> order() {
    return null;
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define(title, () -> map("type", "string", "enum", List.copyOf(byId.keySet())));
  }
}
