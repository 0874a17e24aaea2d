package org.sextherapy.jackson;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A small, bounded cache from the text of a JSON string to the value parsed from it, looked up
 * with the parser's own characters, so that reading a language tag, a jurisdiction or a currency
 * seen before makes no {@code String} and parses nothing. A measured optimisation: these values
 * repeat across documents, and making and hashing a string for each was a visible part of a
 * profile's read.
 *
 * <p>The cache is direct-mapped: each text has one slot, chosen by its hash, and a new text
 * replaces whatever the slot held. It therefore never holds more than {@link #SLOTS} entries,
 * whatever the input, and it holds only texts that parsed to a valid value. Entries are immutable
 * and published with release/acquire semantics, so concurrent readers see whole entries.
 *
 * @param <T> the type of the values, immutable
 */
final class TextCache<T> implements ScalarShapes.Shortcut<T> {

  /** The number of slots, a power of two. */
  static final int SLOTS = 512;
  /** Texts longer than this are not cached (the codes cached here are a few characters long). */
  static final int MAX_LENGTH = 32;

  private final AtomicReferenceArray<@Nullable Entry<T>> slots = new AtomicReferenceArray<>(SLOTS);

  /**
   * Returns the value cached for exactly these characters, or null.
   *
   * @param text the parser's character buffer
   * @param offset where the text starts in it
   * @param length the text's length
   * @return the value, or null if the text is not cached
   */
  @Override
  public @Nullable T find(char[] text, int offset, int length) {
    if (length > MAX_LENGTH) {
      return null;
    }
    Entry<T> entry = slots.getAcquire(slot(text, offset, length));
    if (entry != null && entry.text.length == length
        && Arrays.equals(entry.text, 0, length, text, offset, offset + length)) {
      return entry.value;
    }
    return null;
  }

  /**
   * Caches the value parsed from a text; the caller has checked that it is valid.
   *
   * @param text the text
   * @param value the value parsed from it
   * @return the value
   */
  @Override
  public T remember(String text, T value) {
    if (text.length() <= MAX_LENGTH) {
      char[] chars = text.toCharArray();
      slots.setRelease(slot(chars, 0, chars.length), new Entry<>(chars, value));
    }
    return value;
  }

  private static int slot(char[] text, int offset, int length) {
    int h = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      h = 31 * h + text[i];
    }
    return (h ^ (h >>> 9)) & (SLOTS - 1);
  }

  private static final class Entry<T> {
    final char[] text;
    final T value;

    Entry(char[] text, T value) {
      this.text = text;
      this.value = value;
    }
  }
}
