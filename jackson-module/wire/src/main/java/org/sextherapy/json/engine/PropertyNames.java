package org.sextherapy.json.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property names one object of the wire format may hold, numbered by position, so that
 * reading can go from a name in the input straight to the property's slot. A binding whose parser
 * matches names against such a table without making a string of each name (Jackson 3's
 * {@code PropertyNameMatcher}, which its databinding uses for every bean) keeps its matcher in a
 * table by {@link #number()}; the others look the name up with {@link #indexOf(String)}.
 *
 * <p>Tables are declared with the shapes (static tables), so their count is that of the wire
 * format's objects, a few dozen.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PropertyNames {

  /** What {@link JsonInput#nextProperty(PropertyNames)} returns at the end of the object. */
  public static final int END = -1;

  /**
   * What {@link JsonInput#nextProperty(PropertyNames)} returns for a name not in the table; the
   * name is then {@link JsonInput#currentName()}.
   */
  public static final int UNKNOWN = -2;

  private static final AtomicInteger DECLARED = new AtomicInteger();

  private final List<String> names;
  private final int number;
  /** Open addressing by the names' hash codes: the names, and their positions plus one. */
  private final String[] keys;
  private final int[] positions;

  private PropertyNames(List<String> names) {
    this.names = List.copyOf(names);
    int size = Integer.highestOneBit(Math.max(4, this.names.size() * 2 - 1)) * 2;
    this.keys = new String[size];
    this.positions = new int[size];
    for (int i = 0; i < this.names.size(); i++) {
      String name = this.names.get(i);
      int slot = slot(name);
      while (keys[slot] != null) {
        if (keys[slot].equals(name)) {
          throw new IllegalStateException("the property " + name + " is declared twice");
        }
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = name;
      positions[slot] = i + 1;
    }
    this.number = DECLARED.getAndIncrement();
  }

  /**
   * Declares the names of one object; call once per object shape, when declaring it.
   *
   * @param names the names, in order, none repeated, never null
   * @return a new table, with the next number
   * @throws IllegalStateException if a name is repeated
   */
  public static PropertyNames of(List<String> names) {
    return new PropertyNames(names);
  }

  /**
   * Returns the table's number: 0 for the first declared, one more for each next, so a binding
   * can keep its own form of the table in an array by it.
   *
   * @return the number, zero or more
   */
  public int number() {
    return number;
  }

  /**
   * Returns the names, in order.
   *
   * @return the names, unmodifiable, never null
   */
  public List<String> names() {
    return names;
  }

  /**
   * Returns the position of a name.
   *
   * @param name the name, never null
   * @return its position, or {@link #UNKNOWN} when the table does not hold it
   */
  public int indexOf(String name) {
    for (int slot = slot(name); ; slot = (slot + 1) & (keys.length - 1)) {
      String key = keys[slot];
      if (key == null) {
        return UNKNOWN;
      }
      // equals answers at once for the same instance: a parser's interned names usually are
      if (key.equals(name)) {
        return positions[slot] - 1;
      }
    }
  }

  private int slot(String name) {
    int h = name.hashCode();
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  @Override
  public String toString() {
    return String.join(", ", names);
  }
}
