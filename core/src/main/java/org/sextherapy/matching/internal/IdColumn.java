package org.sextherapy.matching.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The therapists' ids, packed: one byte per character (ids are ASCII letters, digits and
 * {@code . _ : -}, as {@link org.sextherapy.therapist.TherapistProfile#id()} requires), profile
 * after profile in {@link #bytes}, profile i's from {@link #start}[i] to {@link #start}[i + 1].
 * A query reads them to break ties between equal scores and to name its matches; the directory
 * finds a profile by id through them.
 *
 * <p>This class is immutable and thread-safe.
 */
final class IdColumn {

  final byte[] bytes;
  final int[] start;

  IdColumn(byte[] bytes, int[] start) {
    this.bytes = bytes;
    this.start = start;
  }

  /** Returns the id of profile i. */
  String id(int i) {
    return new String(bytes, start[i], start[i + 1] - start[i], StandardCharsets.ISO_8859_1);
  }

  /** Tells whether profile i has an id. */
  boolean is(int i, String id) {
    int from = start[i];
    int length = start[i + 1] - from;
    if (length != id.length()) {
      return false;
    }
    for (int c = 0; c < length; c++) {
      if (bytes[from + c] != id.charAt(c)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether two profiles have the same id. */
  boolean same(int a, int b) {
    return Arrays.equals(bytes, start[a], start[a + 1], bytes, start[b], start[b + 1]);
  }

  /** Compares the ids of two profiles as {@link String#compareTo} compares them. */
  int compare(int a, int b) {
    return Arrays.compare(bytes, start[a], start[a + 1], bytes, start[b], start[b + 1]);
  }

  /** Returns the hash {@link String#hashCode()} gives profile i's id. */
  int hash(int i) {
    int h = 0;
    for (int c = start[i]; c < start[i + 1]; c++) {
      h = 31 * h + bytes[c];
    }
    return h;
  }

  /** Returns the tie-break key of profile i, as {@link TieBreak#key(long, String)} computes it. */
  long tieKey(long requestState, int i) {
    return TieBreak.key(requestState, bytes, start[i], start[i + 1]);
  }

  /** Returns the bytes the column takes. */
  long bytes() {
    return bytes.length + 4L * start.length;
  }
}
