package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
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
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sextherapy.InvalidValueException;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;

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
public abstract class ObjectShape<T> implements Shape<T> {

  private final String title;
  private final List<Property<T, ?>> properties = new ArrayList<>();
  private @Nullable Map<String, Property<T, ?>> byName;
  /** The required properties, for the check after reading (set when sealed). */
  private List<Property<T, ?>> required = List.of();
  private String names = "";
  private @Nullable Comparator<? super T> order;

  /**
   * Starts the declaration of an object shape.
   *
   * @param title the type name used in messages and as the schema definition name
   */
  protected ObjectShape(String title) {
    this.title = title;
  }

  /**
   * Builds the value from the properties read; the required ones are present.
   *
   * @param v the properties read
   * @return the value
   * @throws IllegalArgumentException if the model refuses the value (naming the field)
   */
  protected abstract T create(Values v);

  /** Returns the type name used in messages and as the schema definition name. */
  final String title() {
    return title;
  }

  /**
   * Finishes the declaration; call once after construction, before use.
   *
   * @return this shape
   */
  public final ObjectShape<T> seal() {
    Map<String, Property<T, ?>> map = new HashMap<>();
    for (Property<T, ?> property : properties) {
      if (map.put(property.name, property) != null) {
        throw new IllegalStateException(title + " declares a property twice");
      }
    }
    // A HashMap, not Map.copyOf: its probe compares each key it passes with equals, where a
    // HashMap compares hash codes first, and a parser's property names may be equal strings
    // rather than the same instances (the module's factories intern them, a Jackson 3 mapper on
    // its default factory does not): reading a profile with Jackson 3 was about 3 % faster.
    // Never modified after this.
    byName = map;
    required = properties.stream().filter(p -> p.required).collect(Collectors.toUnmodifiableList());
    names = properties.stream().map(p -> p.name).collect(Collectors.joining(", "));
    return this;
  }

  /**
   * Sets the canonical order of values of this shape in a set; call while declaring.
   *
   * @param canonical the order
   * @return this shape
   */
  public final ObjectShape<T> ordered(Comparator<? super T> canonical) {
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
  protected final <V> Property<T, V> required(String name, Shape<V> shape,
      Function<? super T, ? extends V> getter) {
    return add(name, shape, true, Property.PLAIN, getter);
  }

  /** A property the model gives a default: always written, optional on read. */
  protected final <V> Property<T, V> defaulted(String name, Shape<V> shape,
      Function<? super T, ? extends V> getter) {
    return add(name, shape, false, Property.PLAIN, getter);
  }

  /** An {@code Optional} property: written when present, optional on read. */
  protected final <V> Property<T, V> optional(String name, Shape<V> shape,
      Function<? super T, ? extends Optional<? extends V>> getter) {
    return add(name, shape, false, Property.OPTIONAL, getter);
  }

  /** An {@code OptionalInt} property: written when present, optional on read. */
  protected final Property<T, Integer> optionalInt(String name, Shape<Integer> shape,
      Function<? super T, OptionalInt> getter) {
    return add(name, shape, false, Property.OPTIONAL_INT, getter);
  }

  /**
   * A list property of at most {@code maxItems} elements (the model's constant for it): always
   * written, optional on read (absent means empty).
   */
  protected final <E> Property<T, List<E>> list(String name, Shape<E> element, int maxItems,
      Function<? super T, ? extends List<E>> getter) {
    return add(name, ListShape.list(element, 0, maxItems), false, Property.PLAIN, getter);
  }

  /**
   * A list the model requires to be non-empty, of at most {@code maxItems} elements: always
   * written, required on read.
   */
  protected final <E> Property<T, List<E>> nonEmptyList(String name, Shape<E> element,
      int maxItems, Function<? super T, ? extends List<E>> getter) {
    return add(name, ListShape.list(element, 1, maxItems), true, Property.PLAIN, getter);
  }

  /**
   * A set property of at most {@code maxItems} elements (the model's constant for it): always
   * written, optional on read (absent means empty).
   */
  protected final <E> Property<T, Set<E>> set(String name, Shape<E> element, int maxItems,
      Function<? super T, ? extends Set<E>> getter) {
    return add(name, ListShape.set(element, 0, maxItems), false, Property.PLAIN, getter);
  }

  /**
   * A set the model requires to be non-empty, of at most {@code maxItems} elements: always
   * written, required on read.
   */
  protected final <E> Property<T, Set<E>> nonEmptySet(String name, Shape<E> element,
      int maxItems, Function<? super T, ? extends Set<E>> getter) {
    return add(name, ListShape.set(element, 1, maxItems), true, Property.PLAIN, getter);
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
  public final void write(T value, JsonOutput g, JsonOptions options) throws IOException {
    g.writeStartObject();
    writeProperties(value, g, options);
    g.writeEndObject();
  }

  /** Writes the properties without the enclosing braces. */
  final void writeProperties(T value, JsonOutput g, JsonOptions options) throws IOException {
    for (Property<T, ?> property : properties) {
      property.write(value, g, options);
    }
  }

  // Reading.

  @Override
  public final T read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an object");
    }
    return readProperties(p, r, r.nextName(p, sealed(), null));
  }

  /**
   * Reads the properties of an object whose opening brace has been read, in any order, and builds
   * the value.
   *
   * @param first the first property name, already read, or null at the closing brace
   */
  final T readProperties(JsonInput p, ReadContext r, @Nullable String first) throws IOException {
    return finish(readSlots(p, r, first, null, null), r);
  }

  /**
   * Reads the properties of an object whose opening brace has been read, in any order, into
   * slots by declaration. A repeated property is rejected by its slot (and an unknown one, when
   * allowed, by its name), so the parser's own duplicate detection is not needed.
   *
   * @param first the first property name, already read, or null at the closing brace
   * @param extraName a name that is not a property of this shape but read by {@code extra}
   *     (a reference's {@code ref}), or null
   * @param extra reads the value of {@code extraName}, standing on its first token, or null
   * @return the slots, null where a property is absent
   */
  final @Nullable Object[] readSlots(JsonInput p, ReadContext r, @Nullable String first,
      @Nullable String extraName, @Nullable ValueReader extra) throws IOException {
    Map<String, Property<T, ?>> map = sealed();
    @Nullable Object[] slots = new Object[properties.size()];
    @Nullable Set<String> skipped = null;
    for (String name = first; name != null; name = r.nextName(p, map, extraName)) {
      Property<T, ?> property = map.get(name);
      if (property == null) {
        if (extra != null && name.equals(extraName)) {
          p.nextToken();
          try {
            extra.read(p);
          } catch (IOException | RuntimeException e) {
            throw r.failure(e).inProperty(name);
          }
        } else {
          skipped = r.skipUnknown(p, name, skipped, title, names);
        }
        continue;
      }
      if (slots[property.index] != null) {
        throw r.failAt(JsonErrorKind.DUPLICATE_PROPERTY, ReadContext.pathOf(property.name),
            "is given more than once");
      }
      p.nextToken();
      try {
        slots[property.index] = r.readValue(property.shape, p);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inProperty(property.name);
      }
    }
    return slots;
  }

  /** Reads a value that is not one of a shape's properties. */
  interface ValueReader {
    /**
     * Reads the value the input stands on.
     *
     * @param p the input
     * @throws IOException if the input fails
     */
    void read(JsonInput p) throws IOException;
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
    } catch (InvalidValueException e) {
      // The model names the field it refuses (its messages never hold a value); when that is one
      // of this object's properties, the failure is reported there (.participants[1].id).
      String field = e.field();
      int end = 0;
      while (end < field.length() && Character.isLetterOrDigit(field.charAt(end))) {
        end++;
      }
      throw sealed().containsKey(field.substring(0, end))
          ? r.failAt(JsonErrorKind.INVALID_VALUE, ReadContext.pathOf(field), e.rule())
          : r.fail(JsonErrorKind.INVALID_VALUE, "is not a valid " + title + " (" + field + " "
              + e.rule() + ")");
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw r.fail(JsonErrorKind.INVALID_VALUE, "is not a valid " + title);
    }
  }

  /** Returns the properties by name; the shape must be sealed. */
  Map<String, Property<T, ?>> sealed() {
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
  public static final class Property<T, V> {
    /** The getter returns the value. */
    static final int PLAIN = 0;
    /** The getter returns an {@code Optional} of the value. */
    static final int OPTIONAL = 1;
    /** The getter returns an {@code OptionalInt}. */
    static final int OPTIONAL_INT = 2;

    final String name;
    /** The name as written. */
    private final Literal literal;
    final int index;
    final Shape<V> shape;
    final boolean required;
    private final int access;
    private final Function<? super T, ?> getter;

    Property(String name, int index, Shape<V> shape, boolean required, int access,
        Function<? super T, ?> getter) {
      this.name = name;
      this.literal = Literal.of(name);
      this.index = index;
      this.shape = shape;
      this.required = required;
      this.access = access;
      this.getter = getter;
    }

    /** Writes the property, if present. */
    void write(T owner, JsonOutput g, JsonOptions options) throws IOException {
      Object value = getter.apply(owner);
      if (access == OPTIONAL) {
        value = ((Optional<?>) value).orElse(null);
      } else if (access == OPTIONAL_INT) {
        OptionalInt number = (OptionalInt) value;
        value = number.isPresent() ? Integer.valueOf(number.getAsInt()) : null;
      }
      if (value != null) {
        g.writeFieldName(literal);
        @SuppressWarnings("unchecked")
        V v = (V) value;
        shape.write(v, g, options);
      }
    }
  }

  /** The properties read from one object, by declaration. */
  public static final class Values {
    private final @Nullable Object[] slots;

    Values(@Nullable Object[] slots) {
      this.slots = slots;
    }

    /** Returns a property that is present (a required one). */
    @SuppressWarnings("unchecked")
    public <V> V get(Property<?, V> property) {
      Object value = slots[property.index];
      if (value == null) {
        throw new IllegalStateException(property.name + " is required");
      }
      return (V) value;
    }

    /** Returns a property that may be absent. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> optional(Property<?, V> property) {
      return Optional.ofNullable((V) slots[property.index]);
    }

    /** Returns a property, or the fallback when it is absent. */
    @SuppressWarnings("unchecked")
    public <V> V orElse(Property<?, V> property, V fallback) {
      Object value = slots[property.index];
      return value == null ? fallback : (V) value;
    }

    /** Returns a property, or null when it is absent. */
    @SuppressWarnings("unchecked")
    public <V> @Nullable V orNull(Property<?, V> property) {
      return (V) slots[property.index];
    }

    /** Passes a property to the action when it is present. */
    @SuppressWarnings("unchecked")
    public <V> void ifPresent(Property<?, V> property, Consumer<? super V> action) {
      Object value = slots[property.index];
      if (value != null) {
        action.accept((V) value);
      }
    }

    /** Returns a list property, empty when absent. */
    public <E> List<E> list(Property<?, List<E>> property) {
      return orElse(property, List.of());
    }

    /** Returns a set property, empty when absent. */
    public <E> Set<E> set(Property<?, Set<E>> property) {
      return orElse(property, Set.of());
    }
  }
}
