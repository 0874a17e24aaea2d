package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  private final Class<E> type;
  private final String typeName;
  private final E[] constants;
  private final char[][] idChars;
  private final SerializedString[] ids;
  private final List<Object> idList;

  // the ids are an array indexed by ordinal, as an EnumMap is: built and read in this class only
  @SuppressWarnings("EnumOrdinal")
  private EnumShape(Class<E> type) {
    E[] constants = type.getEnumConstants();
    this.type = type;
    this.constants = constants;
    this.idChars = new char[constants.length][];
    this.typeName = type.getSimpleName();
    Map<String, E> byId = new HashMap<>();
    this.ids = new SerializedString[constants.length];
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < constants.length; i++) {
      E constant = constants[i];
      String id = ((Identified) constant).id();
      if (byId.put(id, constant) != null) {
        throw new IllegalStateException(typeName + " repeats an id");
      }
      ids[constant.ordinal()] = new SerializedString(id);
      idChars[i] = id.toCharArray();
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
    writeId(value, g);
  }

  /** Writes the id of a constant, found by its ordinal. */
  @SuppressWarnings("EnumOrdinal") // the array the constructor indexed by ordinal
  void writeId(Enum<?> value, JsonGenerator g) throws IOException {
    if (value.getDeclaringClass() != type) {
      throw new IllegalStateException(typeName + " has no id for a constant");
    }
    g.writeString(ids[value.ordinal()]);
  }

  /** Returns the constants in declaration order (the array is shared: never modify it). */
  E[] constants() {
    return constants;
  }

  @Override
  public E read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    E value = find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (value == null) {
      throw r.fail(JsonErrorKind.UNKNOWN_ID, "is not a " + typeName + " id");
    }
    return value;
  }

  /** Finds the constant whose id has exactly these characters, without making a string. */
  private @Nullable E find(char[] text, int offset, int length) {
    for (int i = 0; i < constants.length; i++) {
      char[] id = idChars[i];
      if (id.length == length && Arrays.equals(id, 0, length, text, offset, offset + length)) {
        return constants[i];
      }
    }
    return null;
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
    return s.define(typeName, () -> map("type", "string", "enum", idList));
  }
}
