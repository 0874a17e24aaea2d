package org.sextherapy.matching.internal;

import java.util.Arrays;

/**
 * The fee column: per profile and session format, the rank of the (currency, lowest fee for the
 * format) pair among the directory's distinct pairs ({@link PackedDirectory#fee}), or
 * {@link #NONE}. A directory has far fewer distinct fees than profiles, so the ranks are held in
 * two bytes each (the rank plus one, 0 for none) unless the directory has more than
 * {@value #NARROW_MOST} distinct pairs, which then take four. With {@link PackedDirectory#FORMATS}
 * entries per profile, that is 8 bytes per profile instead of 16 on the scan's hot path.
 *
 * <p>This class is immutable and thread-safe once the directory is built (it is written, each
 * profile by the one thread that packs its chunk, before the directory is published).
 */
final class FeeRanks {

  /** The rank of a profile without a fee for the format. */
  static final int NONE = -1;
  /** The most distinct pairs the two-byte form holds. */
  static final int NARROW_MOST = Character.MAX_VALUE - 1;

  /** The ranks plus one, when the directory has at most {@value #NARROW_MOST} pairs, else empty. */
  private final char[] narrow;
  /** The ranks, when it has more, else empty. */
  private final int[] wide;

  /**
   * Creates an empty column, every entry {@link #NONE}.
   *
   * @param entries the number of entries: profiles times formats
   * @param pairs the number of distinct (currency, fee) pairs the ranks count
   */
  FeeRanks(int entries, int pairs) {
    boolean fits = pairs <= NARROW_MOST;
    this.narrow = new char[fits ? entries : 0];
    this.wide = new int[fits ? 0 : entries];
    if (!fits) {
      Arrays.fill(wide, NONE);
    }
  }

  /** Returns the rank of an entry, or {@link #NONE}. */
  int get(int entry) {
    return wide.length == 0 ? narrow[entry] - 1 : wide[entry];
  }

  /** Sets the rank of an entry, 0 or more, or {@link #NONE}. */
  void set(int entry, int rank) {
    if (wide.length == 0) {
      narrow[entry] = (char) (rank + 1);
    } else {
      wide[entry] = rank;
    }
  }

  /** Returns the bytes of the column. */
  long bytes() {
    return 2L * narrow.length + 4L * wide.length;
  }
}
