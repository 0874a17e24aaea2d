package org.sextherapy.matching.internal;

import java.math.BigInteger;
import java.util.Map;
import org.sextherapy.matching.MatchPolicy;

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
 *       ({@link OutcomeScore#atMost});</li>
 *   <li>{@link #shrunkExcess}: the same with each rate shrunk by a prior of {@value #PRIOR}
 *       courses, the default policy's: a rate shrunk by a prior at least as strong lies no
 *       further above the directory's, so under such a policy this bound holds and is much
 *       tighter (a record of three courses, all improved, lies far above the directory's rate
 *       unshrunk, and little above it shrunk, which is what it earns);</li>
 *   <li>{@link #recordExcess}: per profile and per concern group, the same shrunk excess of its
 *       best record in a concern of the group, in units of {@value #EXCESS_UNIT} ten-thousandths
 *       rounded up (one byte each, {@value #GROUPS} groups): bounds a candidate's measured points
 *       in a concern before its records are read. The groups are the directory's concern indexes
 *       modulo {@value #GROUPS} ({@link #group}), so a request's concerns usually fall in
 *       different groups, and each concern's bound is the best of the records in its own group,
 *       not the best of all the profile's records (a profile that declares many concerns reports
 *       outcomes in most of them, and its best record in another concern said little about this
 *       one). Outcome data, counted with the outcome records ({@link #outcomeBytes}); absent when
 *       no profile has a record.</li>
 *   <li>{@link #groupUnits}: per block and per concern group, the most {@link #recordExcess} of
 *       its profiles in that group, so that the level split bounds a concern's measured points
 *       for the block's recorded candidates by the best record in the concern's group, not by
 *       the block's best record in any concern ({@link #shrunkExcess}); on the hot path, read
 *       once per word the split looks at: {@value #GROUPS} bytes per block. Absent when no
 *       profile has a record.</li>
 * </ul>
 *
 * <p>Computed from the packed columns once, when the directory is built: {@code 0.39} bytes per
 * profile on the hot path, {@code 0.45} with records ({@link #groupUnits}). {@link Query} adds the
 * request-dependent parts.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScoreBounds {

  /**
   * The prior strength, in courses, of the shrunk bounds: the default policy's
   * ({@link MatchPolicy#outcomePriorCourses()}). A policy with a weaker prior uses the unshrunk
   * bound.
   */
  static final int PRIOR = 19;
  /** The unit of {@link #recordExcess}, in ten-thousandths: 250 units make 10,000. */
  static final int EXCESS_UNIT = 40;
  /**
   * How many concern groups {@link #recordExcess} keeps a bound for per profile: a request names
   * one to three concerns as a rule, and on the dense benchmark data four groups let the bound
   * rule out 38 % of the candidates whose records were read before (eight, 47 %; one per concern,
   * 54 %) for three more bytes per profile with records.
   */
  static final int GROUPS = 4;
  /** How many values a byte of {@link #recordExcess} can take: what {@link #unitsOf} returns. */
  static final int UNITS = 256;

  final byte[] experience;
  final int[] confirmedDay;
  final long[] certified;
  final long[] measured;
  final char[] excess;
  final char[] shrunkExcess;
  /**
   * Per profile, {@value #GROUPS} bytes from {@code GROUPS * i}, one per concern group, in
   * {@link #EXCESS_UNIT}s, unsigned; empty when no profile has a record.
   */
  final byte[] recordExcess;
  /**
   * Per block, {@value #GROUPS} bytes from {@code GROUPS * w}: the most {@link #recordExcess} of
   * the block's profiles in each group, unsigned; empty when no profile has a record.
   */
  final byte[] groupUnits;

  private ScoreBounds(byte[] experience, int[] confirmedDay, long[] certified, long[] measured,
      char[] excess, char[] shrunkExcess, byte[] recordExcess, byte[] groupUnits) {
    this.experience = experience;
    this.confirmedDay = confirmedDay;
    this.certified = certified;
    this.measured = measured;
    this.excess = excess;
    this.shrunkExcess = shrunkExcess;
    this.recordExcess = recordExcess;
    this.groupUnits = groupUnits;
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
   * @param concernIndex the directory's index of each concern id, which {@link #group} takes
   * @return the bounds, never null
   */
  static ScoreBounds of(int n, byte[] experience, int[] confirmedDay, int[] blobStart, int[] blob,
      OutcomeColumns outcomes, Map<String, Integer> concernIndex) {
    int words = PackedDirectory.words(n);
    byte[] mostExperience = new byte[words];
    int[] latest = new int[words];
    long[] certified = new long[words];
    long[] measured = new long[words];
    char[] excess = new char[words];
    char[] shrunkExcess = new char[words];
    boolean anyOutcome = outcomes.any();
    byte[] recordExcess = new byte[anyOutcome ? GROUPS * n : 0];
    byte[] groupUnits = new byte[anyOutcome ? GROUPS * words : 0];
    // Per outcome key, the group of its concern; -1 for a concern no profile declares, which no
    // request concern can name (Competence scores only the concerns of the directory's index).
    int[] keyGroup = new int[outcomes.keyConcern.length];
    for (int key = 0; key < keyGroup.length; key++) {
      Integer index = concernIndex.get(outcomes.keyConcern[key]);
      keyGroup[key] = index == null ? -1 : group(index);
    }
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
          int best = 0;
          for (int q = outcomes.start[i]; q < outcomes.start[i + 1]; q += OutcomeColumns.WIDTH) {
            excess[w] = (char) Math.max(excess[w], excess(outcomes, q, 0));
            int shrunk = excess(outcomes, q, PRIOR);
            best = Math.max(best, shrunk);
            int group = keyGroup[outcomes.data[q]];
            if (group >= 0) {
              int at = GROUPS * i + group;
              int units = (shrunk + EXCESS_UNIT - 1) / EXCESS_UNIT;
              recordExcess[at] = (byte) Math.max(recordExcess[at] & 0xFF, units);
              int ofBlock = GROUPS * w + group;
              groupUnits[ofBlock] = (byte) Math.max(groupUnits[ofBlock] & 0xFF, units);
            }
          }
          shrunkExcess[w] = (char) Math.max(shrunkExcess[w], best);
        }
      }
      mostExperience[w] = (byte) most;
      latest[w] = day;
    }
    return new ScoreBounds(mostExperience, latest, certified, measured, excess, shrunkExcess,
        recordExcess, groupUnits);
  }

  /**
   * Returns how far the improvement rate of the record at q, shrunk by a prior of some courses,
   * lies above the directory's rate K / N for its key, in ten-thousandths rounded up, 0 if not
   * above, at most 10,000.
   */
  static int excess(OutcomeColumns outcomes, int q, int prior) {
    int key = outcomes.data[q];
    return excess(outcomes.data[q + 1], outcomes.data[q + 2], outcomes.courses[key],
        outcomes.improved[key], prior);
  }

  /**
   * Returns how far the rate of a record of n courses with k reliable improvements, shrunk by a
   * prior of m courses, lies above the directory's K in N: {@code ceil(10000 (k N - n K) / ((n +
   * m) N))}, 0 if not above, at most 10,000, in exact integers. With m = 0 the rate is unshrunk.
   */
  static int excess(long n, long k, long directoryCourses, long directoryImproved, long prior) {
    if (n == 0) {
      return 0;
    }
    try {
      long above = Math.subtractExact(Math.multiplyExact(k, directoryCourses),
          Math.multiplyExact(n, directoryImproved));
      if (above <= 0) {
        return 0;
      }
      long below = Math.multiplyExact(Math.addExact(n, prior), directoryCourses);
      long scaled = Math.multiplyExact(above, 10_000L);
      return (int) Math.min(10_000, scaled / below + (scaled % below > 0 ? 1 : 0));
    } catch (ArithmeticException overflow) {
      return excessExactly(n, k, directoryCourses, directoryImproved, prior);
    }
  }

  /** {@link #excess} in big integers, where longs would overflow. */
  private static int excessExactly(long n, long k, long directoryCourses, long directoryImproved,
      long prior) {
    BigInteger above = BigInteger.valueOf(k)
        .multiply(BigInteger.valueOf(directoryCourses))
        .subtract(BigInteger.valueOf(n).multiply(BigInteger.valueOf(directoryImproved)));
    if (above.signum() <= 0) {
      return 0;
    }
    BigInteger below = BigInteger.valueOf(n).add(BigInteger.valueOf(prior))
        .multiply(BigInteger.valueOf(directoryCourses));
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

  /**
   * Returns whether a policy's prior is strong enough for the shrunk outcome bounds
   * ({@link #PRIOR}): the one test of it, which the scan and the competence family both ask.
   */
  static boolean shrinks(MatchPolicy policy) {
    return policy.outcomePriorCourses() >= PRIOR;
  }

  /** Returns the concern group of a concern of the directory's index: the index modulo GROUPS. */
  static int group(int concernIndex) {
    return concernIndex % GROUPS;
  }

  /**
   * Returns a bound, in ten-thousandths, of how far any record of profile i in a concern of a
   * group ({@link #group}) lies above the directory's rate, for a policy whose prior is
   * {@code shrunk} at least {@link #PRIOR}: without that, the block's unshrunk {@link #excess}.
   */
  int excessOf(int i, int group, boolean shrunk) {
    if (!shrunk) {
      return excess[i >>> 6];
    }
    return recordExcess.length == 0 ? 0 : unitsOf(i, group) * EXCESS_UNIT;
  }

  /**
   * Returns profile i's shrunk bound in a concern group in {@link #EXCESS_UNIT}s, 0 to
   * {@value #UNITS} - 1: {@link #excessOf} under a prior of at least {@link #PRIOR} is this times
   * the unit. Only for a directory with records.
   */
  int unitsOf(int i, int group) {
    return recordExcess[GROUPS * i + group] & 0xFF;
  }

  /**
   * Returns the most {@link #unitsOf} of block w's profiles in a group: so at least each of
   * theirs, and {@link OutcomeScore#atMost} being monotone in the excess, what it allows bounds
   * what each of them allows. Only for a directory with records.
   */
  int unitsOfBlock(int w, int group) {
    return groupUnits[GROUPS * w + group] & 0xFF;
  }

  /** Returns the block's bound of {@link #excessOf}: the shrunk one when the prior allows it. */
  int excessOfBlock(int w, boolean shrunk) {
    return shrunk ? shrunkExcess[w] : excess[w];
  }

  /** Returns the bytes of the per-block arrays, read on the hot path. */
  long bytes() {
    return experience.length + 4L * confirmedDay.length + 8L * certified.length
        + 8L * measured.length + 2L * excess.length + 2L * shrunkExcess.length
        + groupUnits.length;
  }

  /** Returns the bytes of the per-profile outcome bounds, read only for candidates with records. */
  long outcomeBytes() {
    return recordExcess.length;
  }
}
