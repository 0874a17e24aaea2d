package org.sextherapy.matching.internal;

/**
 * The request-independent half of the scan's score bounds: per block of 64 profiles (one word of
 * the directory's bit sets), the most any profile of the block can earn from the parts of the
 * score that do not depend on the request, and two bit sets that tell the request-dependent parts
 * which profiles can earn anything from them at all.
 *
 * <ul>
 *   <li>{@link #experience}: per block, the most years of experience of its profiles;</li>
 *   <li>{@link #confirmedDay}: per block, the latest day on which one of its profiles confirmed its
 *       availability, or {@link PackedDirectory#NEVER_CONFIRMED} (freshness points fall as the
 *       confirmation ages, so the latest confirmation earns the most);</li>
 *   <li>{@link #certified}: the profiles holding a sex-therapist certification current on some
 *       day, whichever (only they can earn the certification signal or meet the preference);</li>
 *   <li>{@link #measured}: the profiles with a measured-outcome record (the others earn exactly the
 *       neutral measured share in every concern, so the bound needs no look-up for them).</li>
 * </ul>
 *
 * <p>Computed from the packed columns once, when the directory is built: {@code 0.33} bytes per
 * profile. {@link Query} adds the request-dependent parts.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScoreBounds {

  final byte[] experience;
  final int[] confirmedDay;
  final long[] certified;
  final long[] measured;

  private ScoreBounds(byte[] experience, int[] confirmedDay, long[] certified, long[] measured) {
    this.experience = experience;
    this.confirmedDay = confirmedDay;
    this.certified = certified;
    this.measured = measured;
  }

  /**
   * Computes the bounds of a directory's columns.
   *
   * @param n the number of profiles
   * @param experience the experience column, one unsigned byte per profile
   * @param confirmedDay the confirmation column, one epoch day per profile
   * @param blobStart where each profile's blob entries start, n + 1 entries
   * @param blob the blob
   * @param outcomes the measured outcomes
   * @return the bounds, never null
   */
  static ScoreBounds of(int n, byte[] experience, int[] confirmedDay, int[] blobStart, int[] blob,
      OutcomeColumns outcomes) {
    int words = PackedDirectory.words(n);
    byte[] mostExperience = new byte[words];
    int[] latest = new int[words];
    long[] certified = new long[words];
    long[] measured = new long[words];
    boolean anyOutcome = outcomes.any();
    for (int w = 0; w < words; w++) {
      int most = 0;
      int day = PackedDirectory.NEVER_CONFIRMED;
      for (int i = w << 6; i < Math.min(n, (w + 1) << 6); i++) {
        most = Math.max(most, experience[i] & 0xFF);
        day = Math.max(day, confirmedDay[i]);
        if (certifiedSomeDay(blobStart, blob, i)) {
          certified[w] |= 1L << i;
        }
        if (anyOutcome && outcomes.start[i] != outcomes.start[i + 1]) {
          measured[w] |= 1L << i;
        }
      }
      mostExperience[w] = (byte) most;
      latest[w] = day;
    }
    return new ScoreBounds(mostExperience, latest, certified, measured);
  }

  /** Tells whether a profile's blob holds a certification period, current on any day. */
  private static boolean certifiedSomeDay(int[] blobStart, int[] blob, int i) {
    for (int q = blobStart[i]; q < blobStart[i + 1]; ) {
      int kind = PackedDirectory.kind(blob[q]);
      if (kind == PackedDirectory.CERTIFICATION) {
        return true;
      }
      if (kind == PackedDirectory.TAG) {
        return false;
      }
      q += kind == PackedDirectory.LOCATION ? 1 : 3;
    }
    return false;
  }

  /** Returns the most years of experience of a profile of block w. */
  int experienceYears(int w) {
    return experience[w] & 0xFF;
  }

  /** Returns the bytes of the arrays. */
  long bytes() {
    return experience.length + 4L * confirmedDay.length + 8L * certified.length
        + 8L * measured.length;
  }
}
