package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;

/**
 * The wire form of a list or set: a JSON array of the element's shape. A set is written in the
 * element shape's canonical order (enum declaration order, ids and codes alphabetically), so equal
 * values give equal text however they were built; reading a set rejects a repeated element (so
 * nothing is silently dropped) and keeps the order of the array.
 *
 * <p>Reading returns unmodifiable collections (a set in the order of the array); the model's
 * builders copy them anyway. Each is collected once, in the collection it is returned as, and an
 * empty array allocates nothing.
 *
 * @param <E> the element type
 * @param <C> the collection type
 */
public final class ListShape<E, C extends Collection<E>> implements Shape<C> {

  /** No limit: a list document (a directory, a waiting list), bounded by the reading limits. */
  static final int UNLIMITED = Integer.MAX_VALUE;

  private static final Object[] NO_ELEMENTS = {};

  private final Shape<E> element;
  private final boolean unique;
  private final int minItems;
  private final int maxItems;

  private ListShape(Shape<E> element, boolean unique, int minItems, int maxItems) {
    if (maxItems < Math.max(1, minItems)) {
      throw new IllegalArgumentException("maxItems must be at least 1 and minItems");
    }
    this.element = element;
    this.unique = unique;
    this.minItems = minItems;
    this.maxItems = maxItems;
  }

  /**
   * A list document (a directory, a waiting list) or a list a user's mapper reads: any number of
   * elements, bounded by the reading limits ({@code JsonLimits}).
   *
   * @param <E> the element type
   * @param element the element's shape
   * @return the shape
   */
  public static <E> Shape<List<E>> list(Shape<E> element) {
    return list(element, 0, UNLIMITED);
  }

  /**
   * A list of {@code minItems} to {@code maxItems} elements, the model's limits of the
   * collection.
   *
   * @param <E> the element type
   * @param element the element's shape
   * @param minItems the fewest elements (the model checks the count; the schema states it)
   * @param maxItems the most elements: reading stops at the next one
   * @return the shape
   */
  public static <E> Shape<List<E>> list(Shape<E> element, int minItems, int maxItems) {
    return new ListShape<>(element, false, minItems, maxItems);
  }

  /**
   * A set a user's mapper reads: any number of elements, bounded by the reading limits.
   *
   * @param <E> the element type
   * @param element the element's shape
   * @return the shape
   */
  public static <E> Shape<Set<E>> set(Shape<E> element) {
    return set(element, 0, UNLIMITED);
  }

  /**
   * A set of {@code minItems} to {@code maxItems} elements, the model's limits of the collection.
   *
   * @param <E> the element type
   * @param element the element's shape
   * @param minItems the fewest elements (the model checks the count; the schema states it)
   * @param maxItems the most elements: reading stops at the next one
   * @return the shape
   */
  public static <E> Shape<Set<E>> set(Shape<E> element, int minItems, int maxItems) {
    return new ListShape<>(element, true, minItems, maxItems);
  }

  /**
   * Returns the most elements this collection holds.
   *
   * @return the limit, {@link Integer#MAX_VALUE} for a list document
   */
  public int maxItems() {
    return maxItems;
  }

  @Override
  public void write(C value, JsonOutput g, JsonOptions options) throws IOException {
    // The elements in one call: the model's collections are of a dozen classes (empty, single,
    // unmodifiable list or set, enum set), so every call on one is a megamorphic dispatch, and
    // an iterator of a wrapped set is two allocations. A set is sorted in this copy; an empty
    // collection (most of a profile's) is not copied.
    Object[] elements = value.isEmpty() ? NO_ELEMENTS : value.toArray();
    if (elements.length > maxItems) {
      // The builders refuse such a value; a collection built otherwise is not written, so the
      // writer never produces a document the reader refuses.
      throw new IllegalArgumentException("a collection of " + elements.length
          + " elements is over its limit of " + maxItems);
    }
    if (unique && elements.length > 1) {
      @SuppressWarnings("unchecked") // the canonical order of the elements, which these are
      Comparator<Object> canonical = (Comparator<Object>) element.order();
      if (canonical != null) {
        Arrays.sort(elements, canonical);
      }
    }
    g.writeStartArray();
    for (Object e : elements) {
      @SuppressWarnings("unchecked") // the elements of a collection of this shape
      E typed = (E) e;
      element.write(typed, g, options);
    }
    g.writeEndArray();
  }

  @Override
  public C read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an array");
    }
    JsonToken t = next(p, r, 0);
    if (t == JsonToken.END_ARRAY) {
      return unmodifiable(unique ? Collections.emptySet() : Collections.emptyList());
    }
    // a set keeps the order of the array, and its add finds a repeated element
    Collection<E> elements = unique ? new LinkedHashSet<>() : new ArrayList<>();
    for (; t != JsonToken.END_ARRAY; t = next(p, r, elements.size())) {
      int index = elements.size();
      if (index == maxItems) {
        // before the element is read, so an oversized array costs no more than the limit
        throw r.fail(JsonErrorKind.LIMIT_EXCEEDED,
            "holds more than " + maxItems + " elements (the limit of this collection)");
      }
      E value;
      try {
        value = r.readValue(element, p);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inElement(index);
      }
      if (!elements.add(value)) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, "repeats an earlier element of the set")
            .inElement(index);
      }
    }
    return unmodifiable(unique ? Collections.unmodifiableSet((Set<E>) elements)
        : Collections.unmodifiableList((List<E>) elements));
  }

  /** A list for a list shape, a set for a set shape: the type this shape was declared with. */
  @SuppressWarnings("unchecked")
  private C unmodifiable(Collection<E> elements) {
    return (C) elements;
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    Map<String, Object> schema = map("type", "array", "items", element.schema(s));
    if (unique) {
      schema.put("uniqueItems", true);
    }
    if (minItems > 0) {
      schema.put("minItems", minItems);
    }
    if (maxItems != UNLIMITED) {
      schema.put("maxItems", maxItems);
    }
    return schema;
  }

  /**
   * Moves to element {@code index} of the array (or its end): a token that is not JSON at all is
   * reported at that element, not at the array.
   */
  private static @Nullable JsonToken next(JsonInput p, ReadContext r, int index)
      throws IOException {
    try {
      return p.nextToken();
    } catch (IOException | RuntimeException e) {
      throw r.failure(e).inElement(index);
    }
  }
}
