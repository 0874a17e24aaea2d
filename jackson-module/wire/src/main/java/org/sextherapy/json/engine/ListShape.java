package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;

/**
 * The wire form of a list or set: a JSON array of the element's shape. A set is written in the
 * element shape's canonical order (enum declaration order, ids and codes alphabetically), so equal
 * values give equal text however they were built; reading a set rejects a repeated element (so
 * nothing is silently dropped) and keeps the order of the array.
 *
 * <p>Reading returns unmodifiable collections; the model's builders copy them anyway.
 *
 * @param <E> the element type
 * @param <C> the collection type
 */
public final class ListShape<E, C extends Collection<E>> implements Shape<C> {

  private final Shape<E> element;
  private final boolean unique;
  private final int minItems;
  private final Function<List<E>, C> finish;

  private ListShape(Shape<E> element, boolean unique, int minItems,
      Function<List<E>, C> finish) {
    this.element = element;
    this.unique = unique;
    this.minItems = minItems;
    this.finish = finish;
  }

  /**
   * A list of any number of elements.
   *
   * @param <E> the element type
   * @param element the element's shape
   * @return the shape
   */
  public static <E> Shape<List<E>> list(Shape<E> element) {
    return list(element, 0);
  }

  /**
   * A list of at least {@code minItems} elements (the model checks the count).
   *
   * @param <E> the element type
   * @param element the element's shape
   * @param minItems the fewest elements the schema states
   * @return the shape
   */
  public static <E> Shape<List<E>> list(Shape<E> element, int minItems) {
    return new ListShape<>(element, false, minItems, Collections::unmodifiableList);
  }

  /**
   * A set of any number of elements.
   *
   * @param <E> the element type
   * @param element the element's shape
   * @return the shape
   */
  public static <E> Shape<Set<E>> set(Shape<E> element) {
    return set(element, 0);
  }

  /**
   * A set of at least {@code minItems} elements (the model checks the count).
   *
   * @param <E> the element type
   * @param element the element's shape
   * @param minItems the fewest elements the schema states
   * @return the shape
   */
  public static <E> Shape<Set<E>> set(Shape<E> element, int minItems) {
    return new ListShape<>(element, true, minItems,
        elements -> Collections.unmodifiableSet(new LinkedHashSet<>(elements)));
  }

  @Override
  public void write(C value, JsonOutput g, JsonOptions options) throws IOException {
    g.writeStartArray();
    Collection<E> elements = value;
    Comparator<? super E> canonical = element.order();
    if (unique && canonical != null && value.size() > 1) {
      List<E> sorted = new ArrayList<>(value);
      sorted.sort(canonical);
      elements = sorted;
    }
    for (E e : elements) {
      element.write(e, g, options);
    }
    g.writeEndArray();
  }

  @Override
  public C read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an array");
    }
    List<E> elements = new ArrayList<>();
    @Nullable Set<E> seen = unique ? new HashSet<>() : null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      int index = elements.size();
      E value;
      try {
        value = r.readValue(element, p);
      } catch (IOException | RuntimeException e) {
        throw r.failure(e).inElement(index);
      }
      if (seen != null && !seen.add(value)) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, "repeats an earlier element of the set")
            .inElement(index);
      }
      elements.add(value);
    }
    return finish.apply(elements);
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
    return schema;
  }
}
