package org.sextherapy.json.engine;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A binding's own forms of what the wire format declares with a number: the encoded text of a
 * {@link Literal}, the name matcher of a {@link PropertyNames}. Each form is made once, on first
 * use, and kept in an array by the number, so finding it costs an array read.
 *
 * <p>This class is thread-safe.
 *
 * @param <K> what is declared
 * @param <V> the binding's form of it
 */
public final class NumberedForms<K, V> {

  private final Function<K, V> make;

  /**
   * The forms by number, null where not yet made. Replaced (never changed in place) when a number
   * is past its end; slots are set with a volatile write, after the form is made, so a reader that
   * sees a slot sees the form whole. It starts smaller than the wire format's count of literals,
   * so that growing it runs on every start.
   */
  private volatile AtomicReferenceArray<V> forms = new AtomicReferenceArray<>(64);

  /**
   * Creates an empty table.
   *
   * @param make makes the form of a declared thing, never null; it never returns null
   */
  public NumberedForms(Function<K, V> make) {
    this.make = make;
  }

  /**
   * Returns the form of a declared thing, made on first use.
   *
   * @param number the thing's number, zero or more
   * @param declared the thing, never null
   * @return the form, never null
   */
  public V get(int number, K declared) {
    AtomicReferenceArray<V> table = forms;
    if (number < table.length()) {
      V done = table.get(number);
      if (done != null) {
        return done;
      }
    }
    return make(number, declared);
  }

  /** Makes a form, once: forms are declared with the shapes, a few hundred. */
  private synchronized V make(int number, K declared) {
    AtomicReferenceArray<V> table = forms;
    if (number >= table.length()) {
      AtomicReferenceArray<V> larger =
          new AtomicReferenceArray<>(Math.max(number + 1, 2 * table.length()));
      for (int i = 0; i < table.length(); i++) {
        larger.set(i, table.get(i));
      }
      table = larger;
    }
    V done = table.get(number);
    if (done == null) {
      done = make.apply(declared);
      table.set(number, done);
    }
    forms = table;
    return done;
  }
}
