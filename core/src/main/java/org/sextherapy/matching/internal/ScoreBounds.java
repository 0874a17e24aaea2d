package org.sextherapy.matching.internal;

import java.math.BigInteger;

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
 *       neutral measured share in every concern, so the bound needs no look-up for them);</li>
 *   <li>{@link #excess}: per block, how far above the directory's rate the best unshrunk
 *       improvement rate of its profiles' records lies, in ten-thousandths, rounded up (0 when
 *       none is above): shrinking a rate towards the directory's only brings it closer, so this
 *       bounds the measured points of every record of the block under any policy
 *       ({@link OutcomeScore#atMost}).</li>
 * </ul>
 *
 * <p>Computed from the packed columns once, when the directory is built: {@code 0.36} bytes per
 * profile. {@link Query} adds the request-dependent parts.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScoreBounds {

  final byte[] experience;
  final int[] confirmedDay;
  final long[] certified;
  final long[] measured;
  final char[] excess;

  private ScoreBounds(byte[] experience, int[] confirmedDay, long[] certified, long[] measured,
      char[] excess) {
    this.experience = experience;
    this.confirmedDay = confirmedDay;
    this.certified = certified;
    this.measured = measured;
    this.excess = excess;
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
    char[] excess = new char[words];
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
          for (int q = outcomes.start[i]; q < outcomes.start[i + 1]; q += OutcomeColumns.WIDTH) {
            excess[w] = (char) Math.max(excess[w], excess(outcomes, q));
          }
        }
      }
      mostExperience[w] = (byte) most;
      latest[w] = day;
    }
    return new ScoreBounds(mostExperience, latest, certified, measured, excess);
  }

  /**
   * Returns how far the unshrunk improvement rate k / n of the record at q lies above the
   * directory's rate K / N for its key, in ten-thousandths rounded up, 0 if not above, at most
   * 10,000: {@code ceil(10000 (k N - n K) / (n N))}, in exact integers.
   */
  static int excess(OutcomeColumns outcomes, int q) {
    int key = outcomes.data[q];
    return excess(outcomes.data[q + 1], outcomes.data[q + 2], outcomes.courses[key],
        outcomes.improved[key]);
  }

  /**
   * Returns {@link #excess} of a record of n courses with k reliable improvements, against the
   * directory's K in N for its key.
   */
  static int excess(long n, long k, long directoryCourses, long directoryImproved) {
    if (n == 0) {
      return 0;
    }
    try {
      long above = Math.subtractExact(Math.multiplyExact(k, directoryCourses),
          Math.multiplyExact(n, directoryImproved));
      if (above <= 0) {
        return 0;
      }
      long below = Math.multiplyExact(n, directoryCourses);
      long scaled = Math.multiplyExact(above, 10_000L);
      return (int) Math.min(10_000, scaled / below + (scaled % below > 0 ? 1 : 0));
    } catch (ArithmeticException overflow) {
      return excessExactly(n, k, directoryCourses, directoryImproved);
    }
  }

  /** {@link #excess} in big integers, where longs would overflow. */
  private static int excessExactly(long n, long k, long directoryCourses, long directoryImproved) {
    BigInteger above = BigInteger.valueOf(k)
        .multiply(BigInteger.valueOf(directoryCourses))
        .subtract(BigInteger.valueOf(n).multiply(BigInteger.valueOf(directoryImproved)));
    if (above.signum() <= 0) {
      return 0;
    }
    BigInteger below = BigInteger.valueOf(n).multiply(BigInteger.valueOf(directoryCourses));
    BigInteger[] quotient = above.multiply(BigInteger.valueOf(10_000)).divideAndRemainder(below);
    long rounded = quotient[0].longValueExact() + (quotient[1].signum() > 0 ? 1 : 0);
    return (int) Math.min(10_000, rounded);
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
      q += PackedDirectory.width(kind);
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
        + 8L * measured.length + 2L * excess.length;
  }
}
