package org.sextherapy.matching.internal;

import java.math.BigInteger;

/**
 * The measured share of a concern's competence points, the one place it is computed (the matcher
 * and, through it, batch assignment use it): {@code floor(share / 100 * clamp(1/2 + d / span, 0,
 * 1))}, where {@code share} is the priority weight times the specialist points times the measured
 * weight percentage, {@code span} the span in percentage points, and {@code d} the therapist's
 * shrunk reliable-improvement rate minus the directory's rate ({@link
 * org.sextherapy.outcome.OutcomeRates#shrunkRate}).
 *
 * <p>With the therapist's k improvements in n courses, the directory's K in N and prior strength m,
 * {@code d = (k N - n K) / ((n + m) N)}, so the points are {@code floor(share * x / (200 * span *
 * B))} with {@code B = (n + m) N} and {@code x = clamp(span * B + 200 (k N - n K), 0, 2 span B)}:
 * computed exactly in integers (in longs, or in big integers where longs would overflow), so that
 * one improvement fewer never earns a point more and the reference implementation in the tests can
 * agree to the point.
 */
final class OutcomeScore {

  private OutcomeScore() {}

  /** Returns the points of a therapist without a record, or of one exactly at the rate: half. */
  static long neutral(long share) {
    return share / 200;
  }

  /**
   * Returns the most measured points any record can earn: {@code share / 100}, since {@code x}
   * is clamped to {@code 2 span B} (in exact integers, so the floor of the exact quotient cannot
   * exceed it).
   */
  static long most(long share) {
    return share / 100;
  }

  /**
   * Returns the most measured points a record can earn whose unshrunk improvement rate lies at
   * most {@code excess} ten-thousandths above the directory's ({@link ScoreBounds#excess}):
   * {@code min(share / 100, floor(share (50 span + excess) / (10000 span)))}. The points are at
   * most {@code share / 200 + share d / span} for the shrunk difference d, which is at most the
   * unshrunk one when positive (shrinking divides by {@code n + m} instead of {@code n}), so the
   * bound holds for every prior strength; exact integer arithmetic, so it is never below the
   * points.
   *
   * @param share priority weight times specialist points times the measured weight percentage
   * @param span the span in percentage points, 1 to 100
   * @param excess the excess rate in ten-thousandths, 0 to 10,000
   */
  static long atMost(long share, int span, int excess) {
    return Math.min(most(share), share * (50L * span + excess) / (10_000L * span));
  }

  /**
   * Returns the measured points.
   *
   * @param share priority weight times specialist points times the measured weight percentage
   * @param span the span in percentage points, 1 to 100
   * @param prior the prior strength m in courses
   * @param courses the therapist's courses n
   * @param improved the therapist's reliable improvements k
   * @param directoryCourses the directory's courses N for the concern and measure, at least n
   * @param directoryImproved the directory's reliable improvements K
   */
  static long points(long share, int span, int prior, long courses, long improved,
      long directoryCourses, long directoryImproved) {
    if (courses == 0) {
      return neutral(share);
    }
    try {
      long b = Math.multiplyExact(courses + prior, directoryCourses);
      long a = Math.subtractExact(Math.multiplyExact(improved, directoryCourses),
          Math.multiplyExact(courses, directoryImproved));
      long spanB = Math.multiplyExact(span, b);
      long x = Math.addExact(spanB, Math.multiplyExact(200L, a));
      x = Math.max(0, Math.min(x, Math.multiplyExact(2L, spanB)));
      return Math.multiplyExact(share, x) / Math.multiplyExact(200L, spanB);
    } catch (ArithmeticException overflow) {
      return exactly(share, span, prior, courses, improved, directoryCourses, directoryImproved);
    }
  }

  private static long exactly(long share, int span, int prior, long courses, long improved,
      long directoryCourses, long directoryImproved) {
    BigInteger n = BigInteger.valueOf(directoryCourses);
    BigInteger b = BigInteger.valueOf(courses + prior).multiply(n);
    BigInteger a = BigInteger.valueOf(improved).multiply(n)
        .subtract(BigInteger.valueOf(courses).multiply(BigInteger.valueOf(directoryImproved)));
    BigInteger spanB = BigInteger.valueOf(span).multiply(b);
    BigInteger x = spanB.add(BigInteger.valueOf(200).multiply(a))
        .max(BigInteger.ZERO).min(spanB.shiftLeft(1));
    return BigInteger.valueOf(share).multiply(x)
        .divide(BigInteger.valueOf(200).multiply(spanB)).longValueExact();
  }
}
