package org.sextherapy.matching.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;

/**
 * The freshness family of one query: how many days before the session date a profile's
 * availability was last confirmed (the UTC date of
 * {@link org.sextherapy.therapist.TherapistProfile#availabilityConfirmedAt}). Under a policy that sets {@link MatchPolicy#availabilityConfirmedWithinDays()},
 * a profile confirmed longer ago, or never, is excluded; otherwise a profile earns
 * {@link MatchPolicy#freshnessPoints(long)}, which fall as the confirmation ages, so a directory
 * that is not kept fresh loses ranking, not clients.
 *
 * <p>Immutable once built; read by several scanning threads at once.
 */
final class Freshness {

  private final PackedDirectory d;
  private final int day;
  private final MatchPolicy policy;
  /** The most days since confirmation a profile may have, or -1 for no limit. */
  private final int within;

  Freshness(PackedDirectory d, int day, MatchPolicy policy) {
    this.d = d;
    this.day = day;
    this.policy = policy;
    this.within = policy.availabilityConfirmedWithinDays().orElse(-1);
  }

  /** Returns the days from a profile's confirmation to the session date (0 if later), or -1. */
  private long age(int i) {
    int confirmed = d.confirmedDay[i];
    return confirmed == PackedDirectory.NEVER_CONFIRMED ? -1
        : Math.max(0, (long) day - confirmed);
  }

  /** Tells whether the policy excludes a profile as not confirmed within its days. */
  boolean excludes(int i) {
    if (within < 0) {
      return false;
    }
    long age = age(i);
    return age < 0 || age > within;
  }

  /**
   * Returns which of some candidates of word w the policy {@linkplain #excludes(int) excludes}:
   * none without a limit, else each asked in turn.
   */
  long excludes(int w, long candidates) {
    if (within < 0) {
      return 0;
    }
    long excluded = 0;
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      int i = (w << 6) + Long.numberOfTrailingZeros(rest);
      if (excludes(i)) {
        excluded |= 1L << i;
      }
    }
    return excluded;
  }

  /**
   * Returns the most freshness points a profile confirmed on a day at the latest can earn: those of
   * that day, since the points never grow as a confirmation ages.
   *
   * @param latestConfirmedDay an epoch day, or {@link PackedDirectory#NEVER_CONFIRMED}
   */
  long most(int latestConfirmedDay) {
    return latestConfirmedDay == PackedDirectory.NEVER_CONFIRMED ? 0
        : policy.freshnessPoints(Math.max(0, (long) day - latestConfirmedDay));
  }

  /**
   * Returns the freshness points of a profile and, when asked, explains them: a profile that was
   * ever confirmed gets a reason with the days since, even when they earn nothing.
   *
   * @param reasons receives the reason, or null when only the score is wanted
   */
  long score(int i, @Nullable List<Reason> reasons) {
    long age = age(i);
    if (age < 0) {
      return 0;
    }
    long points = policy.freshnessPoints(age);
    if (reasons != null) {
      reasons.add(Reason.of(ReasonCode.AVAILABILITY_CONFIRMED, Long.toString(age), points));
    }
    return points;
  }
}
