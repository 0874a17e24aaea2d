package org.sextherapy.jackson;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The elements of a JSON array read as a set: distinct (checked while reading) and in the array's
 * order, seen as an unmodifiable {@code Set} without building a hash table. It is what a set
 * property hands to the model's factories and builders, which copy it into the model's own set;
 * a set that reaches a caller is copied into a hashed set first
 * ({@link ListShape#unmodifiableSet}). A measured optimisation: building a hashed set only to be
 * copied was a visible part of reading a profile's languages.
 *
 * @param <E> the element type
 */
final class DistinctElements<E> extends AbstractSet<E> {

  private final List<E> elements;

  /**
   * Views elements that are distinct.
   *
   * @param elements distinct elements, not modified afterwards
   */
  DistinctElements(List<E> elements) {
    this.elements = elements;
  }

  @Override
  public int size() {
    return elements.size();
  }

  @Override
  public boolean contains(Object o) {
    return elements.contains(o);
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.size();
      }

      @Override
      public E next() {
        if (next >= elements.size()) {
          throw new NoSuchElementException();
        }
        return elements.get(next++);
      }
    };
  }
}
