package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a list or set: a JSON array of the element's shape. A set is written in the
 * element shape's canonical order (enum declaration order, ids and codes alphabetically), so equal
 * values give equal text however they were built; reading a set rejects a repeated element (so
 * nothing is silently dropped) and keeps the order of the array.
 *
 * @param <E> the element type
 * @param <C> the collection type
 */
abstract class ListShape<E, C extends Collection<E>> implements Shape<C> {

  private static final SerializedString EMPTY_ARRAY = new SerializedString("[]");
  /** Up to this many elements, a set's elements are compared one by one, beyond it hashed. */
  static final int SCAN_LIMIT = 16;

  final Shape<E> element;
  /** The element shape's canonical order, looked up once. */
  final @Nullable Comparator<? super E> order;
  private final int kind;
  private final int minItems;

  private ListShape(Shape<E> element, int minItems) {
    this.element = element;
    this.order = element.order();
    this.kind = Dispatch.kindOf(element);
    this.minItems = minItems;
  }

  /** A list of any number of elements. */
  static <E> Shape<List<E>> list(Shape<E> element) {
    return list(element, 0);
  }

  /**
   * A list read as a whole document or handed to a caller: unmodifiable. (Lists inside a value are
   * handed to the model's builders, which copy them.)
   */
  static <E> Shape<List<E>> unmodifiableList(Shape<E> element) {
    return unmodifiable(list(element), Collections::unmodifiableList);
  }

  /**
   * A set read as a whole document or handed to a caller: unmodifiable, and hashed (a set inside a
   * value is only a view of the elements read, which the model's builders copy).
   */
  static <E> Shape<Set<E>> unmodifiableSet(Shape<E> element) {
    return unmodifiable(set(element), set -> Collections.unmodifiableSet(new LinkedHashSet<>(set)));
  }

  private static <C> Shape<C> unmodifiable(Shape<C> collection, UnaryOperator<C> wrap) {
    return new Shape<>() {
      @Override
      public void write(C value, JsonGenerator g, SexTherapyModule options) throws IOException {
        collection.write(value, g, options);
      }

      @Override
      public C read(JsonParser p, ReadContext r) throws IOException {
        return wrap.apply(collection.read(p, r));
      }

      @Override
      public Map<String, Object> schema(SchemaContext s) {
        return collection.schema(s);
      }
    };
  }

  /** A list of at least {@code minItems} elements (the model checks the count). */
  static <E> Shape<List<E>> list(Shape<E> element, int minItems) {
    return new ListShape<E, List<E>>(element, minItems) {
      @Override
      boolean unique() {
        return false;
      }

      @Override
      List<E> empty() {
        return List.of();
      }

      @Override
      List<E> one(E element) {
        return List.of(element);
      }

      @Override
      List<E> finish(List<E> elements) {
        return elements;
      }
    };
  }

  /** A set of any number of elements. */
  static <E> Shape<Set<E>> set(Shape<E> element) {
    return set(element, 0);
  }

  /** A set of at least {@code minItems} elements (the model checks the count). */
  static <E> Shape<Set<E>> set(Shape<E> element, int minItems) {
    return new ListShape<E, Set<E>>(element, minItems) {
      @Override
      boolean unique() {
        return true;
      }

      @Override
      Set<E> empty() {
        return Set.of();
      }

      @Override
      Set<E> one(E element) {
        return Set.of(element);
      }

      @Override
      Set<E> finish(List<E> elements) {
        return new DistinctElements<>(elements);
      }
    };
  }

  /** Returns the value of an empty array (unmodifiable; the model's builders copy anyway). */
  abstract C empty();

  abstract boolean unique();

  /** Returns the value of an array of one element (unmodifiable). */
  abstract C one(E element);

  /** Returns the value of the elements read, in array order (distinct for a set). */
  abstract C finish(List<E> elements);

  @Override
  public final void write(C value, JsonGenerator g, SexTherapyModule options) throws IOException {
    int size = value.size();
    if (size == 0 && g.getPrettyPrinter() == null) {
      // The same two bytes as an opened and closed array, without entering a nested context: a
      // measured optimisation, as every absent collection is still written (a pretty printer
      // lays out empty arrays its own way, so it gets the full calls).
      g.writeRawValue(EMPTY_ARRAY);
      return;
    }
    g.writeStartArray(value, size);
    if (size > 0) {
      // A list is told from a set by the shape, not by type tests on the value: a failing
      // instanceof against an interface is a slow scan (measured).
      if (!unique() && value instanceof RandomAccess) {
        List<E> list = (List<E>) value;
        for (int i = 0; i < size; i++) {
          Dispatch.write(kind, element, list.get(i), g, options);
        }
      } else if (kind == Dispatch.ENUM && unique()) {
        writeEnums(value, size, g);
      } else {
        // One call into the collection (toArray) rather than an iterator whose every step goes
        // through the unmodifiable wrapper: a measured optimisation for the model's small sets.
        Object[] elements = value.toArray();
        Comparator<? super E> canonical = order;
        if (canonical != null && unique() && elements.length > 1
            && !inOrder(elements, canonical)) {
          @SuppressWarnings("unchecked")
          Comparator<Object> c = (Comparator<Object>) canonical;
          Arrays.sort(elements, c);
        }
        for (Object e : elements) {
          Dispatch.write(kind, element, e, g, options);
        }
      }
    }
    g.writeEndArray();
  }

  /**
   * Writes a collection of enumerated values in declaration order (the canonical order of a set of
   * them, and an {@code EnumSet}'s own order) by asking it for each constant in turn, without an
   * iterator.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void writeEnums(C value, int size, JsonGenerator g) throws IOException {
    EnumShape shape = (EnumShape) element;
    Enum<?>[] constants = shape.constants();
    int left = size;
    for (int i = 0; left > 0 && i < constants.length; i++) {
      if (value.contains(constants[i])) {
        shape.writeId(constants[i], g);
        left--;
      }
    }
    if (left > 0) {
      throw new IllegalStateException("a collection holds a value that is not a constant");
    }
  }

  /** Tells whether the elements already come in the order. */
  @SuppressWarnings("unchecked")
  private static <E> boolean inOrder(Object[] elements, Comparator<? super E> order) {
    for (int i = 1; i < elements.length; i++) {
      if (order.compare((E) elements[i - 1], (E) elements[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public final C read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an array");
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return empty();
    }
    E first = element(t, p, r, 0);
    t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      // Most arrays of a profile hold one element (an expertise, a location, a licence): no list
      // to grow (a measured optimisation).
      return one(first);
    }
    List<E> elements = new ArrayList<>();
    elements.add(first);
    // A set's elements are told apart by comparing each with those before it while there are a
    // few (the model's sets hold a handful; no hash table to build), then through a hash set.
    @Nullable Set<E> seen = null;
    boolean unique = unique();
    for (int index = 1; t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      E value = element(t, p, r, index);
      if (unique) {
        if (seen == null && index == SCAN_LIMIT) {
          seen = new HashSet<>(elements);
        }
        if (seen == null ? elements.contains(value) : !seen.add(value)) {
          throw r.fail(JsonErrorKind.INVALID_VALUE, "repeats an earlier element of the set")
              .inElement(index);
        }
      }
      elements.add(value);
    }
    return finish(elements);
  }

  /** Reads the element at the parser's token, reporting any failure at its index. */
  private E element(JsonToken t, JsonParser p, ReadContext r, int index) throws IOException {
    try {
      if (t == JsonToken.VALUE_NULL) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must not be null");
      }
      @SuppressWarnings("unchecked")
      E value = (E) Dispatch.read(kind, element, p, r);
      return value;
    } catch (IOException | RuntimeException e) {
      throw r.failure(e).inElement(index);
    }
  }

  @Override
  public final Map<String, Object> schema(SchemaContext s) {
    Map<String, Object> schema = map("type", "array", "items", element.schema(s));
    if (unique()) {
      schema.put("uniqueItems", true);
    }
    if (minItems > 0) {
      schema.put("minItems", minItems);
    }
    return schema;
  }
}
