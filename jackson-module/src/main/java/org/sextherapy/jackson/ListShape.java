package org.sextherapy.jackson;

import static org.sextherapy.jackson.SchemaContext.map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
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
    Shape<List<E>> list = list(element);
    return new Shape<>() {
      @Override
      public void write(List<E> value, JsonGenerator g, SexTherapyModule options)
          throws IOException {
        list.write(value, g, options);
      }

      @Override
      public List<E> read(JsonParser p, ReadContext r) throws IOException {
        return Collections.unmodifiableList(list.read(p, r));
      }

      @Override
      public Map<String, Object> schema(SchemaContext s) {
        return list.schema(s);
      }
    };
  }

  /** A set read as a whole document or handed to a caller: unmodifiable. */
  static <E> Shape<Set<E>> unmodifiableSet(Shape<E> element) {
    Shape<Set<E>> set = set(element);
    return new Shape<>() {
      @Override
      public void write(Set<E> value, JsonGenerator g, SexTherapyModule options)
          throws IOException {
        set.write(value, g, options);
      }

      @Override
      public Set<E> read(JsonParser p, ReadContext r) throws IOException {
        return Collections.unmodifiableSet(set.read(p, r));
      }

      @Override
      public Map<String, Object> schema(SchemaContext s) {
        return set.schema(s);
      }
    };
  }

  /** A list of at least {@code minItems} elements (the model checks the count). */
  static <E> Shape<List<E>> list(Shape<E> element, int minItems) {
    return new ListShape<E, List<E>>(element, minItems) {
      @Override
      Collection<E> start() {
        return new ArrayList<>();
      }

      @Override
      boolean unique() {
        return false;
      }

      @Override
      List<E> finish(Collection<E> elements) {
        return (List<E>) elements;
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
      Collection<E> start() {
        return element.newSet();
      }

      @Override
      boolean unique() {
        return true;
      }

      @Override
      Set<E> finish(Collection<E> elements) {
        return (Set<E>) elements;
      }

      @Override
      Collection<E> inWritingOrder(Set<E> value) {
        Comparator<? super E> canonical = order;
        if (canonical == null || value.size() < 2 || inOrder(value, canonical)) {
          return value;
        }
        List<E> sorted = new ArrayList<>(value);
        sorted.sort(canonical);
        return sorted;
      }
    };
  }

  /** Tells whether the elements already come in the order (an enum set always does). */
  private static <E> boolean inOrder(Iterable<E> elements, Comparator<? super E> order) {
    @Nullable E previous = null;
    for (E e : elements) {
      if (previous != null && order.compare(previous, e) > 0) {
        return false;
      }
      previous = e;
    }
    return true;
  }

  abstract Collection<E> start();

  abstract boolean unique();

  abstract C finish(Collection<E> elements);

  /** Returns the elements in the order they are written: a list's, or a set's canonical order. */
  Collection<E> inWritingOrder(C value) {
    return value;
  }

  @Override
  public final void write(C value, JsonGenerator g, SexTherapyModule options) throws IOException {
    int size = value.size();
    g.writeStartArray(value, size);
    if (size > 0) {
      Collection<E> elements = inWritingOrder(value);
      if (elements instanceof List && elements instanceof RandomAccess) {
        List<E> list = (List<E>) elements;
        for (int i = 0; i < size; i++) {
          Dispatch.write(kind, element, list.get(i), g, options);
        }
      } else {
        for (E e : elements) {
          Dispatch.write(kind, element, e, g, options);
        }
      }
    }
    g.writeEndArray();
  }

  @Override
  public final C read(JsonParser p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an array");
    }
    Collection<E> elements = start();
    r.pushIndex();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NULL) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must not be null");
      }
      @SuppressWarnings("unchecked")
      E value = (E) Dispatch.read(kind, element, p, r);
      if (!elements.add(value)) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, "repeats an earlier element of the set");
      }
      r.nextIndex();
    }
    r.pop();
    return finish(elements);
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
