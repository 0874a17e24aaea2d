package org.sextherapy.matching.internal;

import java.util.function.IntConsumer;

/**
 * The days on which a dated fact about some profiles changes (a grant of authorisation starts or
 * ends; the ethics findings of a profile enter a new period), indexed by day, so that verdicts
 * decided on one date can be carried to another by deciding again only the profiles with a change
 * between the two dates: every other profile's verdict is the same on both, since nothing it
 * depends on differs.
 *
 * <p>Each change is a day and a value (a profile's index, or an index of the owner's choosing),
 * sorted by day: one bucket per day from the first to the last day of change between
 * {@link PackedDirectory#GRANT_BASE_DAY} and {@value #WINDOW} days later (1950 to 2129), one
 * bucket for every earlier day and one for every later day. A range of days gives the values of
 * every bucket it reaches, which may be more than the changes within it (the whole of an end
 * bucket), never fewer.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ChangeDays {

  /** How many days may have a bucket of their own. */
  static final int WINDOW = 1 << 16;
  private static final long FIRST = PackedDirectory.GRANT_BASE_DAY;

  /** The offset from {@link #FIRST} of the first day with a bucket of its own. */
  private final int lo;
  /** The offset from {@link #FIRST} of the last day with a bucket of its own. */
  private final int hi;
  /** Where each bucket starts in {@link #values}: before, each day, after, then the end. */
  private final int[] start;
  private final int[] values;

  private ChangeDays(int lo, int hi, int[] start, int[] values) {
    this.lo = lo;
    this.hi = hi;
    this.start = start;
    this.values = values;
  }

  /** Returns a day's offset from {@link #FIRST}, -1 for any day before, WINDOW for any after. */
  private static int offset(long day) {
    return (int) Math.max(-1L, Math.min(WINDOW, day - FIRST));
  }

  /** Returns the bucket of an offset: never less for a later day. */
  private static int bucket(int offset, int lo, int hi) {
    return offset < lo ? 0 : offset > hi ? hi - lo + 2 : 1 + offset - lo;
  }

  private int bucket(long day) {
    return bucket(offset(day), lo, hi);
  }

  /**
   * Returns how many values {@link #forEachBetween} gives for two days: an exact cost, read
   * before choosing to carry verdicts over.
   *
   * @param from one day
   * @param to the other day
   * @return how many
   */
  int countBetween(long from, long to) {
    if (from == to) {
      return 0;
    }
    long earlier = Math.min(from, to);
    long later = Math.max(from, to);
    return start[bucket(later) + 1] - start[bucket(earlier + 1)];
  }

  /**
   * Gives every value with a change on a day after the earlier of two days and up to the later,
   * both as epoch days, and perhaps others (see the class description).
   *
   * @param from one day
   * @param to the other day
   * @param action receives each value, once per change
   */
  void forEachBetween(long from, long to, IntConsumer action) {
    if (from == to) {
      return;
    }
    long earlier = Math.min(from, to);
    long later = Math.max(from, to);
    for (int k = start[bucket(earlier + 1)], end = start[bucket(later) + 1]; k < end; k++) {
      action.accept(values[k]);
    }
  }

  /** Returns how many bytes the index takes. */
  long bytes() {
    return 4L * start.length + 4L * values.length;
  }

  /** Collects changes in any order and sorts them by day. Not thread-safe. */
  static final class Builder {
    private final DirectoryBuilder.IntList offsets = new DirectoryBuilder.IntList(1024);
    private final DirectoryBuilder.IntList values = new DirectoryBuilder.IntList(1024);
    private int lo = Integer.MAX_VALUE;
    private int hi = Integer.MIN_VALUE;

    /**
     * Adds a change.
     *
     * @param day the epoch day on which it takes effect
     * @param value what changes then, such as a profile's index
     */
    void add(long day, int value) {
      int offset = offset(day);
      if (offset >= 0 && offset < WINDOW) {
        lo = Math.min(lo, offset);
        hi = Math.max(hi, offset);
      }
      offsets.add(offset);
      values.add(value);
    }

    /** Sorts the changes by day, by counting: two passes, no comparison. */
    ChangeDays build() {
      int first = lo <= hi ? lo : 0;
      int last = lo <= hi ? hi : -1;
      int buckets = last - first + 3;
      int[] start = new int[buckets + 1];
      for (int k = 0; k < offsets.size; k++) {
        start[bucket(offsets.values[k], first, last) + 1]++;
      }
      for (int b = 0; b < buckets; b++) {
        start[b + 1] += start[b];
      }
      int[] next = start.clone();
      int[] sorted = new int[values.size];
      for (int k = 0; k < offsets.size; k++) {
        sorted[next[bucket(offsets.values[k], first, last)]++] = values.values[k];
      }
      return new ChangeDays(first, last, start, sorted);
    }
  }
}
