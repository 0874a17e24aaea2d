package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
  /** The properties by position, and their names (set when sealed). */
  private Property<T, ?> @Nullable [] byIndex;
  private @Nullable PropertyNames propertyNames;
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
    propertyNames = PropertyNames.of(
        properties.stream().map(p -> p.name).collect(Collectors.toUnmodifiableList()));
    @SuppressWarnings({"unchecked", "rawtypes"})
    Property<T, ?>[] array = properties.toArray(new Property[0]);
    byIndex = array;
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

  /**
   * Returns the property names, in declaration order (the positions of the slots).
   *
   * @return the names, never null
   * @throws IllegalStateException if the shape is not sealed
   */
  final PropertyNames propertyNames() {
    PropertyNames table = propertyNames;
    if (table == null) {
      throw new IllegalStateException(title + " is not sealed");
    }
    return table;
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
    if (byIndex != null) {
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
    PropertyNames table = propertyNames();
    return finish(readSlots(p, r, table, p.nextProperty(table), null), r);
  }

  /**
   * Reads the properties of an object whose opening brace has been read, in any order, into
   * slots by declaration. A repeated property is rejected by its slot (and an unknown one, when
   * allowed, by its name), so the parser's own duplicate detection is not needed.
   *
   * @param table the names to match: this shape's {@link #propertyNames()}, or those followed by
   *     names that are not properties of this shape (a reference's {@code ref})
   * @param first the position in {@code table} of the first property, already read, or
   *     {@link PropertyNames#END} at the closing brace
   * @param extra reads the value of a name of {@code table} past this shape's properties,
   *     standing on its first token; null to treat those names as unknown
   * @return the slots, null where a property is absent
   */
  final @Nullable Object[] readSlots(JsonInput p, ReadContext r, PropertyNames table, int first,
      @Nullable ValueReader extra) throws IOException {
    Property<T, ?>[] byPosition = sealed();
    @Nullable Object[] slots = new Object[byPosition.length];
    @Nullable Set<String> skipped = null;
    for (int index = first; index != PropertyNames.END; index = p.nextProperty(table)) {
      if (index < 0 || index >= byPosition.length) {
        if (index >= 0 && extra != null) {
          p.nextToken();
          try {
            extra.read(p);
          } catch (IOException | RuntimeException e) {
            throw r.failure(e).inProperty(table.names().get(index));
          }
        } else {
          skipped = r.skipUnknown(p, p.currentName(), skipped, title, names);
        }
        continue;
      }
      Property<T, ?> property = byPosition[index];
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
      throw propertyNames().indexOf(field.substring(0, end)) >= 0
          ? r.failAt(JsonErrorKind.INVALID_VALUE, ReadContext.pathOf(field), e.rule())
          : r.fail(JsonErrorKind.INVALID_VALUE, "is not a valid " + title + " (" + field + " "
              + e.rule() + ")");
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw r.fail(JsonErrorKind.INVALID_VALUE, "is not a valid " + title);
    }
  }


  private Property<T, ?>[] sealed() {
    Property<T, ?> @Nullable [] array = byIndex;
    if (array == null) {
      throw new IllegalStateException(title + " is not sealed");
    }
    return array;
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
