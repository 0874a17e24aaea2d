package org.sextherapy.outcome;

import org.sextherapy.internal.Checks;

/**
 * How a therapist's measured rate compares with a reference rate (the directory's, for the same
 * concern and measure), once the therapist's few courses are weighed against the many of the
 * reference: an empirical-Bayes beta-binomial estimate.
 *
 * <p>The therapist's true rate is taken to follow a beta distribution centred on the reference rate
 * {@code p0 = referenceEvents / referenceCourses} with the weight of {@code m} courses (the prior
 * strength), that is {@code Beta(m * p0, m * (1 - p0))}. After {@code k} events in {@code n}
 * courses, the estimate is the posterior mean {@code (k + m * p0) / (n + m)}: a therapist with no
 * course gets the reference rate, one with 3 courses moves a little towards their own rate, one with
 * 300 almost all the way. In a beta-binomial model the prior strength is {@code m = (1 - rho) / rho}
 * for an intraclass correlation {@code rho}; therapist effects account for about 5 % of outcome
 * variance in practice-based studies (Johns et al., Clin Psychol Rev 2019;67:78-93,
 * doi:10.1016/j.cpr.2018.08.004), hence the matcher's default of 19 courses.
 *
 * <p>This class has static methods only and is thread-safe.
 */
public final class OutcomeRates {

  /** The posterior probability above which a rate is credibly above the reference. */
  public static final double CREDIBILITY = 0.95;

  private static final int MAX_ITERATIONS = 500;
  private static final double EPSILON = 1e-14;
  private static final double TINY = 1e-300;

  private OutcomeRates() {}

  /**
   * Returns the shrunk estimate of a therapist's rate: {@code (k + m * p0) / (n + m)}.
   *
   * @param events the therapist's events k (such as reliable improvements), 0 to courses
   * @param courses the therapist's courses n, zero or more
   * @param referenceEvents the reference's events, 0 to its courses
   * @param referenceCourses the reference's courses, at least 1
   * @param priorCourses the prior strength m, zero or more
   * @return the estimate, from 0 to 1
   * @throws IllegalArgumentException if a count is out of range; the message names it
   */
  public static double shrunkRate(long events, long courses, long referenceEvents,
      long referenceCourses, int priorCourses) {
    check(events, courses, referenceEvents, referenceCourses, priorCourses);
    if (courses + priorCourses == 0) {
      return (double) referenceEvents / referenceCourses;
    }
    double p0 = (double) referenceEvents / referenceCourses;
    return (events + priorCourses * p0) / (courses + priorCourses);
  }

  /**
   * Tells whether a therapist's rate is credibly above the reference rate: their observed rate
   * {@code k / n} is above {@code p0}, and the posterior {@code Beta(k + m * p0, n - k + m * (1 -
   * p0))} puts more than {@value #CREDIBILITY} of its probability above {@code p0}. Used for
   * reliable deterioration: a therapist flagged so has harmed more of their clients than the
   * directory's typical therapist, beyond what chance and few courses would explain.
   *
   * @param events the therapist's events k, 0 to courses
   * @param courses the therapist's courses n, zero or more
   * @param referenceEvents the reference's events, 0 to its courses
   * @param referenceCourses the reference's courses, at least 1
   * @param priorCourses the prior strength m, zero or more
   * @return whether the rate is credibly above the reference
   * @throws IllegalArgumentException if a count is out of range; the message names it
   */
  public static boolean crediblyAbove(long events, long courses, long referenceEvents,
      long referenceCourses, int priorCourses) {
    check(events, courses, referenceEvents, referenceCourses, priorCourses);
    // The observed rate must be above the reference, compared exactly: k * N > K * n.
    if (!productAbove(events, referenceCourses, referenceEvents, courses)) {
      return false;
    }
    double p0 = (double) referenceEvents / referenceCourses;
    double a = events + priorCourses * p0;
    double b = (courses - events) + priorCourses * (1 - p0);
    if (b <= 0) {
      return true; // every course an event and no prior: all the mass sits at 1, above p0 < 1
    }
    return 1 - regularizedBeta(p0, a, b) > CREDIBILITY;
  }

  /** Tells whether {@code a * b > c * d} for non-negative longs, exactly, in 128 bits. */
  private static boolean productAbove(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long other = Math.multiplyHigh(c, d);
    return high != other ? high > other : Long.compareUnsigned(a * b, c * d) > 0;
  }

  private static void check(long events, long courses, long referenceEvents,
      long referenceCourses, int priorCourses) {
    Checks.require(courses >= 0, "courses", "must not be negative");
    Checks.require(events >= 0 && events <= courses, "events", "must be from 0 to courses");
    Checks.require(referenceCourses >= 1, "referenceCourses", "must be at least 1");
    Checks.require(referenceEvents >= 0 && referenceEvents <= referenceCourses, "referenceEvents",
        "must be from 0 to referenceCourses");
    Checks.require(priorCourses >= 0, "priorCourses", "must not be negative");
  }

  /**
   * Returns the regularised incomplete beta function {@code I_x(a, b)}, the distribution function of
   * {@code Beta(a, b)} at x, by its continued fraction (modified Lentz), using the symmetry
   * {@code I_x(a, b) = 1 - I_(1-x)(b, a)} where the fraction converges faster.
   */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
        + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    d = Math.abs(d) < TINY ? TINY : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return h;
  }

  // The published Lanczos coefficients (g = 7, n = 9), digit for digit, so that they can be checked
  // against the source; the compiler rounds each to the nearest double.
  @SuppressWarnings("FloatingPointLiteralPrecision")
  private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851,
      -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
      -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

  /** Returns the natural logarithm of the gamma function for x above 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
