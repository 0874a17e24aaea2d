package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sextherapy.Identified;

/**
 * The wire form of an enumerated value of the model: its stable {@link Identified#id()} as a JSON
 * string, never the Java constant name, so a refactoring that renames a constant cannot change the
 * wire format. Any enum that implements {@link Identified} gets this shape without registration.
 *
 * @param <E> the enum type
 */
final class EnumShape<E extends Enum<E>> implements Shape<E> {

  private static final ClassValue<EnumShape<?>> SHAPES = new ClassValue<>() {
    @Override
    protected EnumShape<?> computeValue(Class<?> type) {
      return create(type.asSubclass(Enum.class));
    }
  };

  private final String typeName;
  private final Map<String, E> byId;
  private final Map<E, SerializedString> ids;
  private final List<Object> idList;

  private EnumShape(Class<E> type) {
    E[] constants = type.getEnumConstants();
    this.typeName = type.getSimpleName();
    this.byId = new HashMap<>();
    this.ids = new EnumMap<>(type);
    List<Object> list = new ArrayList<>();
    for (E constant : constants) {
      String id = ((Identified) constant).id();
      if (byId.put(id, constant) != null) {
        throw new IllegalStateException(typeName + " repeats an id");
      }
      ids.put(constant, new SerializedString(id));
      list.add(id);
    }
    this.idList = List.copyOf(list);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static EnumShape<?> create(Class<? extends Enum> type) {
    return new EnumShape(type);
  }

  /**
   * Returns the shape of an enum that implements {@link Identified}.
   *
   * @param type the enum
   * @return the shared shape
   */
  @SuppressWarnings("unchecked")
  static <E extends Enum<E> & Identified> EnumShape<E> of(Class<E> type) {
    return (EnumShape<E>) SHAPES.get(type);
  }

  /**
   * Returns the shape of a class if it is an enum implementing {@link Identified} (or the class of
   * a constant with a body of one).
   *
   * @param raw any class
   * @return the shape, or null
   */
  static @Nullable Shape<?> find(Class<?> raw) {
    Class<?> type = raw.isEnum() ? raw
        : raw.getSuperclass() != null && raw.getSuperclass().isEnum() ? raw.getSuperclass()
        : null;
    if (type == null || !Identified.class.isAssignableFrom(type)) {
      return null;
    }
    return SHAPES.get(type);
  }

  @Override
  public void write(E value, JsonGenerator g, SexTherapyModule options) throws IOException {
    SerializedString id = ids.get(value);
    if (id == null) {
      throw new IllegalStateException(typeName + " has no id for a constant");
    }
    g.writeString(id);
  }

  @Override
  public E read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    E value = byId.get(p.getText());
    if (value == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, "is not a " + typeName + " id");
    }
    return value;
  }

  @Override
  public Comparator<? super E> order() {
    return Comparator.naturalOrder();
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define(typeName, () -> map("type", "string", "enum", idList));
  }
}
