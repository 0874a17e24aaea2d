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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final int minItems;

  private ListShape(Shape<E> element, int minItems) {
    this.element = element;
    this.minItems = minItems;
  }

  /** A list of any number of elements. */
  static <E> Shape<List<E>> list(Shape<E> element) {
    return list(element, 0);
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
        return Collections.unmodifiableList((List<E>) elements);
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
        return new LinkedHashSet<>();
      }

      @Override
      boolean unique() {
        return true;
      }

      @Override
      Set<E> finish(Collection<E> elements) {
        return Collections.unmodifiableSet((Set<E>) elements);
      }

      @Override
      Iterable<E> inWritingOrder(Set<E> value) {
        Comparator<? super E> order = element.order();
        if (order == null || value.size() < 2) {
          return value;
        }
        List<E> sorted = new ArrayList<>(value);
        sorted.sort(order);
        return sorted;
      }
    };
  }

  abstract Collection<E> start();

  abstract boolean unique();

  abstract C finish(Collection<E> elements);

  /** Returns the elements in the order they are written: a list's, or a set's canonical order. */
  Iterable<E> inWritingOrder(C value) {
    return value;
  }

  @Override
  public final void write(C value, JsonGenerator g, SexTherapyModule options) throws IOException {
    g.writeStartArray();
    for (E e : inWritingOrder(value)) {
      element.write(e, g, options);
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
      if (!elements.add(r.readValue(element, p))) {
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
