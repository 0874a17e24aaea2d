package org.sextherapy.json.engine;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A text that the wire format itself writes again and again, never one taken from a value: a
 * property name, the id of an enumerated value, a union's kind, the key of a catalogue entry.
 *
 * <p>Each literal gets a number when it is declared, so that a binding can keep the text's
 * encoded form (with Jackson, a {@code SerializedString}: the quoted, escaped UTF-8 bytes) in a
 * table by that number, and copy those bytes out on every write instead of checking, escaping and
 * encoding each character again. Literals are declared once, with the shapes (static tables), so
 * their count is that of the wire format's names, a few hundred.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Literal {

  private static final AtomicInteger DECLARED = new AtomicInteger();

  private final String text;
  private final int number;

  private Literal(String text) {
    this.text = text;
    this.number = DECLARED.getAndIncrement();
  }

  /**
   * Declares a literal; call once per text, when declaring a shape.
   *
   * @param text the text, never null
   * @return a new literal, with the next number
   */
  public static Literal of(String text) {
    return new Literal(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the text.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the literal's number: 0 for the first declared, one more for each next, so a binding
   * can index a table of encoded forms by it.
   *
   * @return the number, zero or more
   */
  public int number() {
    return number;
  }

  /**
   * Returns the text.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return text;
  }
}
