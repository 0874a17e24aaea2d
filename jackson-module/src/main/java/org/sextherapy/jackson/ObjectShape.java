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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a value type of the model: a JSON object whose property names are the model's
 * accessor names. A subclass declares each property once, as a field, with its shape and accessor,
 * and builds the value from the properties read in {@link #create(Values)} through the model's
 * public factory or builder, so every invariant of the model runs on every read.
 *
 * <p>Writing emits the properties in declaration order; an empty optional is left out, every other
 * property (collections and properties with a model default included) is always written. Reading
 * accepts the properties in any order, rejects {@code null}, a repeated or an unknown property
 * (unless the module allows unknown properties, which are then skipped), and reports a missing
 * required property. Properties that are optional on read: optionals (absent means empty),
 * collections (absent means empty) and properties the model gives a default (absent means the
 * default).
 *
 * @param <T> the model type
 */
abstract class ObjectShape<T> implements Shape<T> {

  /** The first word of a model message that names a field, such as {@code participants[1].id}. */
  private static final Pattern FIELD_MESSAGE = Pattern.compile(
      "([a-z][A-Za-z0-9]*)((?:\\[[0-9]+\\])*(?:\\.[a-z][A-Za-z0-9]*(?:\\[[0-9]+\\])*)*) (.+)",
      Pattern.DOTALL);

  private final String title;
  private final List<Property<T, ?>> properties = new ArrayList<>();
  private @Nullable Map<String, Property<T, ?>> byName;
  /** The properties in declaration order, as an array for the read loop (set when sealed). */
  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is made raw
  private Property<T, ?>[] declared = new Property[0];
  /** The required properties, for the check after reading (set when sealed). */
  private Property<T, ?>[] required = declared;
  private String names = "";
  /**
   * Which property to expect next, learnt from the documents read: at {@code 0} the first
   * property, at {@code i + 1} the one after property {@code i}, {@code count} for the end of the
   * object (set when sealed, to declaration order). Shared by all reads without locking: an
   * {@code int} is written and read whole, and any value in the array is a valid guess, so a race
   * costs at most a lookup by name.
   */
  private int[] hints = new int[1];
  private @Nullable Comparator<? super T> order;

  ObjectShape(String title) {
    this.title = title;
  }

  /**
   * Builds the value from the properties read; the required ones are present.
   *
   * @param v the properties read
   * @return the value
   * @throws IllegalArgumentException if the model refuses the value (naming the field)
   */
  abstract T create(Values v);

  /** Returns the type name used in messages and as the schema definition name. */
  final String title() {
    return title;
  }

  /** Finishes the declaration; call once after construction, before use. */
  final ObjectShape<T> seal() {
    Map<String, Property<T, ?>> map = new HashMap<>();
    for (Property<T, ?> property : properties) {
      if (map.put(property.name, property) != null) {
        throw new IllegalStateException(title + " declares a property twice");
      }
    }
    byName = Map.copyOf(map);
    declared = properties.toArray(declared);
    hints = new int[declared.length + 1];
    Arrays.setAll(hints, i -> i);
    required = properties.stream().filter(p -> p.required).toList()
        .toArray(Arrays.copyOf(declared, 0));
    names = properties.stream().map(p -> p.name).collect(Collectors.joining(", "));
    return this;
  }

  /** Sets the canonical order of values of this shape in a set; call while declaring. */
  final ObjectShape<T> ordered(Comparator<? super T> canonical) {
    this.order = canonical;
    return this;
  }

  @Override
  public @Nullable Comparator<? super T> order() {
    return order;
  }

  final List<Property<T, ?>> properties() {
    return properties;
  }

  // Declarations.

  /** A property that must be present. */
  final <V> Property<T, V> required(String name, Shape<V> shape,
      Function<? super T, ? extends V> getter) {
    return add(name, shape, true, Property.PLAIN, getter);
  }

  /** A property the model gives a default: always written, optional on read. */
  final <V> Property<T, V> defaulted(String name, Shape<V> shape,
      Function<? super T, ? extends V> getter) {
    return add(name, shape, false, Property.PLAIN, getter);
  }

  /** An {@code Optional} property: written when present, optional on read. */
  final <V> Property<T, V> optional(String name, Shape<V> shape,
      Function<? super T, ? extends Optional<? extends V>> getter) {
    return add(name, shape, false, Property.OPTIONAL, getter);
  }

  /** An {@code OptionalInt} property: written when present, optional on read. */
  final Property<T, Integer> optionalInt(String name, Shape<Integer> shape,
      Function<? super T, OptionalInt> getter) {
    return add(name, shape, false, Property.OPTIONAL_INT, getter);
  }

  /** A list property: always written, optional on read (absent means empty). */
  final <E> Property<T, List<E>> list(String name, Shape<E> element,
      Function<? super T, ? extends List<E>> getter) {
    return add(name, ListShape.list(element), false, Property.PLAIN, getter);
  }

  /** A list the model requires to be non-empty: always written, required on read. */
  final <E> Property<T, List<E>> nonEmptyList(String name, Shape<E> element,
      Function<? super T, ? extends List<E>> getter) {
    return add(name, ListShape.list(element, 1), true, Property.PLAIN, getter);
  }

  /** A set property: always written, optional on read (absent means empty). */
  final <E> Property<T, Set<E>> set(String name, Shape<E> element,
      Function<? super T, ? extends Set<E>> getter) {
    return add(name, ListShape.set(element), false, Property.PLAIN, getter);
  }

  /** A set the model requires to be non-empty: always written, required on read. */
  final <E> Property<T, Set<E>> nonEmptySet(String name, Shape<E> element,
      Function<? super T, ? extends Set<E>> getter) {
    return add(name, ListShape.set(element, 1), true, Property.PLAIN, getter);
  }

  /**
   * Declares a property; {@code getter} returns the value itself ({@link Property#PLAIN}), an
   * {@code Optional} of it or an {@code OptionalInt}, as {@code access} says.
   */
  private <V> Property<T, V> add(String name, Shape<V> shape, boolean required, int access,
      Function<? super T, ?> getter) {
    if (byName != null) {
      throw new IllegalStateException(title + " is sealed");
    }
    Property<T, V> property =
        new Property<>(name, properties.size(), shape, required, access, getter);
    properties.add(property);
    return property;
  }

  // Writing.

  @Override
  public final void write(T value, JsonGenerator g, SexTherapyModule options)
      throws IOException {
    g.writeStartObject();
    writeProperties(value, g, options);
    g.writeEndObject();
  }

  /** Writes the properties without the enclosing braces. */
  final void writeProperties(T value, JsonGenerator g, SexTherapyModule options)
      throws IOException {
    for (Property<T, ?> property : declared) {
      property.write(value, g, options);
    }
  }

  // Reading.

  @Override
  public final T read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an object");
    }
    return readProperties(p, r, false);
  }

  /**
   * Reads the properties of an object whose opening brace has been read.
   *
   * <p>The property expected next is matched against the input's bytes
   * ({@code nextFieldName(SerializableString)}) without parsing the name or looking it up; any
   * other falls back to a lookup by name. Which property is expected after which is learnt from
   * the documents read ({@link #hints}): declaration order at first, the order the module writes,
   * and then, where a document leaves out an optional property, the property that actually came,
   * so that documents of one layout are read without lookups. The hints only choose what to try
   * first: any order is accepted. A repeated property is rejected here, by its slot (and an
   * unknown one, when allowed, by its name), so the parser's own duplicate detection is not
   * needed.
   *
   * @param advanced whether the parser already stands on the first name (or the closing brace)
   */
  final T readProperties(JsonParser p, ReadContext r, boolean advanced) throws IOException {
    Map<String, Property<T, ?>> map = sealed();
    Property<T, ?>[] declared = this.declared;
    int count = declared.length;
    @Nullable Object[] slots = new Object[count];
    @Nullable Set<String> skipped = null;
    int[] hints = this.hints;
    int after = 0;
    int expected = hints[0];
    boolean onToken = advanced;
    while (true) {
      Property<T, ?> property;
      if (!onToken && expected < count && p.nextFieldName(declared[expected].jsonName)) {
        property = declared[expected];
      } else {
        if (!onToken && expected >= count) {
          p.nextToken();
        }
        onToken = false;
        if (p.currentToken() != JsonToken.FIELD_NAME) {
          if (expected != count) {
            hints[after] = count;
          }
          break;
        }
        String name = p.currentName();
        Property<T, ?> found = map.get(name);
        if (found == null) {
          skipped = r.skipUnknown(p, name, skipped, title, names);
          continue;
        }
        property = found;
        if (expected != found.index) {
          hints[after] = found.index;
        }
      }
      if (slots[property.index] != null) {
        throw r.failAt(JsonErrorKind.DUPLICATE_PROPERTY, ReadContext.pathOf(property.name),
            "is given more than once");
      }
      after = property.index + 1;
      expected = hints[after];
      p.nextToken();
      try {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          throw r.fail(JsonErrorKind.WRONG_TYPE, "must not be null");
        }
        slots[property.index] = Dispatch.read(property.kind, property.shape, p, r);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inProperty(property.name);
      }
    }
    return finish(slots, r);
  }

  /** Checks that the required properties are present and builds the value. */
  final T finish(@Nullable Object[] slots, ReadContext r) {
    for (Property<T, ?> property : required) {
      if (slots[property.index] == null) {
        throw r.failAt(JsonErrorKind.MISSING_PROPERTY, ReadContext.pathOf(property.name),
            "is required");
      }
    }
    try {
      return create(new Values(slots));
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw invalid(r, e);
    }
  }

  /**
   * Turns the model's refusal into a failure at the field it names. The model's messages name the
   * field and the rule and never a value ({@code org.sextherapy.internal.Checks}); a message in
   * another form is not repeated.
   */
  private ReadFailure invalid(ReadContext r, RuntimeException e) {
    String message = e.getMessage();
    if (message != null) {
      Matcher m = FIELD_MESSAGE.matcher(message);
      if (m.matches() && sealed().containsKey(m.group(1))) {
        return r.failAt(JsonErrorKind.INVALID_VALUE, ReadContext.pathOf(m.group(1) + m.group(2)),
            m.group(3));
      }
    }
    return r.fail(JsonErrorKind.INVALID_VALUE, "is not a valid " + title);
  }

  private Map<String, Property<T, ?>> sealed() {
    Map<String, Property<T, ?>> map = byName;
    if (map == null) {
      throw new IllegalStateException(title + " is not sealed");
    }
    return map;
  }

  // Schema.

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define(title, () -> objectSchema(s, Map.of()));
  }

  /** Describes the object, with extra leading properties (a union's discriminator). */
  final Map<String, Object> objectSchema(SchemaContext s, Map<String, Object> leading) {
    Map<String, Object> props = new LinkedHashMap<>(leading);
    List<Object> required = new ArrayList<>(leading.keySet());
    for (Property<T, ?> property : properties) {
      props.put(property.name, property.shape.schema(s));
      if (property.required) {
        required.add(property.name);
      }
    }
    Map<String, Object> schema = map("type", "object", "properties", props);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  public String toString() {
    return title;
  }

  /**
   * One property of an object shape.
   *
   * @param <T> the owning type
   * @param <V> the property's type
   */
  static final class Property<T, V> {
    /** The getter returns the value. */
    static final int PLAIN = 0;
    /** The getter returns an {@code Optional} of the value. */
    static final int OPTIONAL = 1;
    /** The getter returns an {@code OptionalInt}. */
    static final int OPTIONAL_INT = 2;

    final String name;
    final int index;
    final Shape<V> shape;
    final boolean required;
    final int kind;
    final SerializedString jsonName;
    private final int access;
    private final Function<? super T, ?> getter;

    Property(String name, int index, Shape<V> shape, boolean required, int access,
        Function<? super T, ?> getter) {
      this.name = name;
      this.index = index;
      this.shape = shape;
      this.required = required;
      this.kind = Dispatch.kindOf(shape);
      this.jsonName = new SerializedString(name);
      this.access = access;
      this.getter = getter;
    }

    /**
     * Writes the property, if present. An optional is unwrapped here rather than by a second
     * function around the getter: every property goes through the one call site of
     * {@code getter.apply}, which no JIT can inline, and a second megamorphic call per optional
     * property was a measured cost.
     */
    void write(T owner, JsonGenerator g, SexTherapyModule options) throws IOException {
      Object value = getter.apply(owner);
      if (access == OPTIONAL) {
        value = ((Optional<?>) value).orElse(null);
      } else if (access == OPTIONAL_INT) {
        OptionalInt number = (OptionalInt) value;
        value = number.isPresent() ? Integer.valueOf(number.getAsInt()) : null;
      }
      if (value != null) {
        g.writeFieldName(jsonName);
        Dispatch.write(kind, shape, value, g, options);
      }
    }
  }

  /** The properties read from one object, by declaration. */
  static final class Values {
    private final @Nullable Object[] slots;

    Values(@Nullable Object[] slots) {
      this.slots = slots;
    }

    /** Returns a property that is present (a required one). */
    @SuppressWarnings("unchecked")
    <V> V get(Property<?, V> property) {
      Object value = slots[property.index];
      if (value == null) {
        throw new IllegalStateException(property.name + " is required");
      }
      return (V) value;
    }

    /** Returns a property that may be absent. */
    @SuppressWarnings("unchecked")
    <V> Optional<V> optional(Property<?, V> property) {
      return Optional.ofNullable((V) slots[property.index]);
    }

    /** Returns a property, or the fallback when it is absent. */
    @SuppressWarnings("unchecked")
    <V> V orElse(Property<?, V> property, V fallback) {
      Object value = slots[property.index];
      return value == null ? fallback : (V) value;
    }

    /** Returns a property, or null when it is absent. */
    @SuppressWarnings("unchecked")
    <V> @Nullable V orNull(Property<?, V> property) {
      return (V) slots[property.index];
    }

    /** Passes a property to the action when it is present. */
    @SuppressWarnings("unchecked")
    <V> void ifPresent(Property<?, V> property, Consumer<? super V> action) {
      Object value = slots[property.index];
      if (value != null) {
        action.accept((V) value);
      }
    }

    /** Returns a list property, empty when absent. */
    <E> List<E> list(Property<?, List<E>> property) {
      return orElse(property, List.of());
    }

    /** Returns a set property, empty when absent. */
    <E> Set<E> set(Property<?, Set<E>> property) {
      return orElse(property, Set.of());
    }
  }
}
