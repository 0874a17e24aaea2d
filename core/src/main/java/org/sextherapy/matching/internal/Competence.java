package org.sextherapy.matching.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.outcome.OutcomeRates;
import org.sextherapy.therapist.ExpertiseLevel;

/**
 * The competence family of one query: the client's concerns, the expertise each profile declares
 * in them (the filter: at least one; ethical rule 6) and the points it earns, blended with the
 * therapist's measured outcomes where the directory has any, and the measured-deterioration
 * exclusion. Outcome records are read, from {@link OutcomeColumns}, only for profiles that pass
 * every filter.
 *
 * <p>Immutable once built; read by several scanning threads at once.
 */
// Enum sets are packed as bit masks at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
final class Competence {

  private final PackedDirectory d;
  private final int concerns;
  /** Per concern: where its two level sets start in the directory's level sets. */
  final int[] concernSet;
  private final long[] concernPoints;
  private final String[] concernIds;
  /** Per concern: whether the directory has measured it, so its points are blended. */
  private final boolean[] measured;
  /** Per concern: the measured share, priority weight x specialist points x weight percentage. */
  private final long[] measuredShare;
  /** Per outcome key of the directory: the concern it belongs to, or -1. */
  private final int[] keySlot;
  private final OutcomeColumns outcomes;
  private final int outcomeSpan;
  private final int outcomePrior;
  /** Per concern, the declared points of its best level: what a specialist's declaration earns. */
  private final long[] bestDeclared;
  /** The declared points of every concern at its best level: the most a profile can declare. */
  private final long declaredCeiling;
  /** The sum of the measured concerns' shares, for {@link #ceiling}. */
  private final long measuredShares;
  /** The sum of the most each measured concern's record can earn, for {@link #ceiling}. */
  private final long measuredMost;
  /**
   * Per concern, from {@code c * }{@value ScoreBounds#UNITS}, and per value u of a profile's
   * record bound ({@link ScoreBounds#unitsOf}): {@link OutcomeScore#atMost} of the concern's
   * measured share with an excess of u {@link ScoreBounds#EXCESS_UNIT}s, exactly what
   * {@link #most(int, boolean)} would compute with {@link ScoreBounds#excessOf}, looked up instead
   * of divided per candidate. Empty unless the policy's prior allows the shrunk bounds and the
   * directory has records.
   */
  private final long[] atMostOfUnits;
  /** Per concern, its group in the directory's per-profile record bounds ({@link ScoreBounds}). */
  private final int[] group;
  private final ScoreBounds bounds;
  /** Whether the policy's prior is strong enough for the shrunk outcome bounds. */
  private final boolean shrunk;

  Competence(PackedDirectory directory, ClientRequest request, MatchPolicy policy) {
    this.d = directory;
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (RequestedConcern concern : request.concerns()) {
      if (directory.concernIndex.containsKey(concern.concern().id())) {
        weights.merge(concern.concern().id(), concern.priority().weight(), Math::max);
      }
    }
    int words = directory.words;
    this.concerns = weights.size();
    this.concernSet = new int[concerns];
    this.concernPoints = new long[concerns * 4];
    this.concernIds = new String[concerns];
    this.outcomes = directory.outcomes;
    this.measured = new boolean[concerns];
    this.measuredShare = new long[concerns];
    this.keySlot = new int[outcomes.keyConcern.length];
    this.group = new int[concerns];
    this.bounds = directory.bounds;
    this.shrunk = ScoreBounds.shrinks(policy);
    Arrays.fill(keySlot, -1);
    int weight = policy.measuredOutcomeWeightPercent();
    int c = 0;
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      int index = PackedDirectory.at(directory.concernIndex, entry.getKey());
      concernIds[c] = entry.getKey();
      concernSet[c] = 2 * index * words;
      group[c] = ScoreBounds.group(index);
      int[] keys = outcomes.keysOfConcern.get(entry.getKey());
      measured[c] = keys != null;
      if (keys != null) {
        for (int key : keys) {
          keySlot[key] = c;
        }
      }
      measuredShare[c] = (long) entry.getValue() * policy.specialistExpertisePoints() * weight;
      for (ExpertiseLevel level : ExpertiseLevel.values()) {
        long points = (long) entry.getValue() * policy.pointsFor(level);
        concernPoints[c * 4 + level.ordinal() + 1] =
            measured[c] ? points * (100 - weight) / 100 : points;
      }
      c++;
    }
    this.outcomeSpan = policy.outcomeSpanPercent();
    this.outcomePrior = policy.outcomePriorCourses();
    this.bestDeclared = new long[concerns];
    long declared = 0;
    long shares = 0;
    long most = 0;
    for (int k = 0; k < concerns; k++) {
      bestDeclared[k] = Math.max(concernPoints[k * 4 + 1],
          Math.max(concernPoints[k * 4 + 2], concernPoints[k * 4 + 3]));
      declared += bestDeclared[k];
      if (measured[k]) {
        shares += measuredShare[k];
        most += OutcomeScore.most(measuredShare[k]);
      }
    }
    this.declaredCeiling = declared;
    this.atMostOfUnits = shrunk && outcomes.any() ? atMostOfUnits() : new long[0];
    this.measuredShares = shares;
    this.measuredMost = most;
  }

  /** Computes {@link #atMostOfUnits}, concern by concern ({@link #atMostOfUnits(long, int)}). */
  private long[] atMostOfUnits() {
    long[] table = new long[concerns * ScoreBounds.UNITS];
    for (int c = 0; c < concerns; c++) {
      if (measured[c]) {
        System.arraycopy(atMostOfUnits(measuredShare[c], outcomeSpan), 0, table,
            c * ScoreBounds.UNITS, ScoreBounds.UNITS);
      }
    }
    return table;
  }

  /**
   * Returns, for u from 0 to {@value ScoreBounds#UNITS} - 1, {@link OutcomeScore#atMost} of a
   * share with an excess of u {@link ScoreBounds#EXCESS_UNIT}s: {@code min(share / 100, floor(share
   * (50 span + 40 u) / (10000 span)))}. The floor is carried from one u to the next as a quotient
   * and a remainder: adding {@code 40 share} to the numerator adds the quotient of {@code 40 share}
   * and, when the two remainders together reach the divisor, one more (both remainders are below
   * the divisor, so their sum is below twice it). Two divisions per concern instead of 256, and the
   * same exact integers as {@link OutcomeScore#atMost}, which the property test compares entry by
   * entry.
   *
   * @param share priority weight times specialist points times the measured weight percentage
   * @param span the span in percentage points, 1 to 100
   */
  static long[] atMostOfUnits(long share, int span) {
    long[] table = new long[ScoreBounds.UNITS];
    long divisor = 10_000L * span;
    long step = share * ScoreBounds.EXCESS_UNIT;
    long stepQuotient = step / divisor;
    long stepRemainder = step % divisor;
    long numerator = share * 50L * span;
    long quotient = numerator / divisor;
    long remainder = numerator % divisor;
    long most = OutcomeScore.most(share);
    for (int u = 0; u < ScoreBounds.UNITS; u++) {
      table[u] = Math.min(most, quotient);
      quotient += stepQuotient;
      remainder += stepRemainder;
      if (remainder >= divisor) {
        quotient++;
        remainder -= divisor;
      }
    }
    return table;
  }

  /**
   * Returns {@link OutcomeScore#atMost} of concern c's measured share for the excess of profile
   * i's records in the concern's group ({@link ScoreBounds#excessOf}): from {@link #atMostOfUnits}
   * where the shrunk bounds hold, else computed.
   */
  long recordMost(int i, int c) {
    if (shrunk) {
      return atMostOfUnits[c * ScoreBounds.UNITS + bounds.unitsOf(i, group[c])];
    }
    return OutcomeScore.atMost(measuredShare[c], outcomeSpan, bounds.excessOf(i, group[c], false));
  }

  /**
   * Returns an upper bound of the competence points of any profile of a block, from the request
   * alone, without reading a level set: every concern at its best level, and every measured one
   * with the most a record of the block can earn. Never below {@link #most(int, long, long, int)}
   * with the same excess: per concern, that adds the points of a level declared and at most
   * {@link OutcomeScore#atMost} (the neutral share is atMost with no excess); the sum of the
   * concerns' atMost is at most one floor of their summed quotients (a sum of floors is at most
   * the floor of the sum), and at most the sum of their {@link OutcomeScore#most}. One division,
   * so that the scan can rule out a block on its request-independent bounds first.
   *
   * @param excess the block's bound of how far a record lies above the directory's rate
   *     ({@link ScoreBounds#excessOfBlock}), 0 to 10,000
   */
  long ceiling(int excess) {
    return declaredCeiling + Math.min(measuredMost,
        measuredShares * (50L * outcomeSpan + excess) / (10_000L * outcomeSpan));
  }

  /** Returns the profiles of word w that declare expertise in at least one concern. */
  long competent(int w) {
    long competent = 0;
    long[] levelSets = d.levelSets;
    int words = d.words;
    for (int set : concernSet) {
      competent |= levelSets[set + w] | levelSets[set + words + w];
    }
    return competent;
  }

  /** Returns the declared level of a profile for concern c: 0 none, then ordinal plus one. */
  private int level(int i, int c) {
    int w = i >>> 6;
    return ((int) (d.levelSets[concernSet[c] + w] >>> i) & 1)
        | ((int) (d.levelSets[concernSet[c] + d.words + w] >>> i) & 1) << 1;
  }

  /**
   * Returns an upper bound of a profile's competence points without reading its outcome records:
   * the declared points exactly and, per measured concern it declares, the neutral share if it has
   * no record at all (exactly what it earns) or else the most one of its records in that concern's
   * group can earn ({@link ScoreBounds#excessOf}, {@link OutcomeScore#atMost}): the record the
   * concern is scored by, if any, is one of the group's, and without one the concern earns the
   * neutral share, which is atMost with no excess. For a profile without records this is exactly
   * what {@link #score} returns: the scan takes it as the profile's competence points.
   *
   * @param recorded whether the profile has any outcome record
   */
  long most(int i, boolean recorded) {
    long points = 0;
    for (int c = 0; c < concerns; c++) {
      int level = level(i, c);
      points += concernPoints[c * 4 + level];
      if (level != 0 && measured[c]) {
        points += recorded ? recordMost(i, c) : OutcomeScore.neutral(measuredShare[c]);
      }
    }
    return points;
  }

  /**
   * Returns an upper bound of the competence points of every candidate of word w, from the level
   * sets alone: per concern, the points of the highest level a candidate declares, plus, if one
   * declares it and the concern is measured, the most a record of the block can earn
   * ({@link OutcomeScore#atMost}; or the neutral share when none of them has a record). A sum of
   * per-concern maxima bounds the maximum of the sums.
   *
   * @param candidates the profiles of the word in question
   * @param recorded the profiles of the word that have an outcome record
   * @param excess the block's {@link ScoreBounds#excess}
   */
  long most(int w, long candidates, long recorded, int excess) {
    long[] levelSets = d.levelSets;
    int words = d.words;
    long points = 0;
    for (int c = 0; c < concerns; c++) {
      long low = levelSets[concernSet[c] + w] & candidates;
      long high = levelSets[concernSet[c] + words + w] & candidates;
      long best = 0;
      if ((low & ~high) != 0) {
        best = concernPoints[c * 4 + 1];
      }
      if ((high & ~low) != 0) {
        best = Math.max(best, concernPoints[c * 4 + 2]);
      }
      if ((high & low) != 0) {
        best = Math.max(best, concernPoints[c * 4 + 3]);
      }
      if (measured[c] && (low | high) != 0) {
        best += ((low | high) & recorded) != 0
            ? OutcomeScore.atMost(measuredShare[c], outcomeSpan, excess)
            : OutcomeScore.neutral(measuredShare[c]);
      }
      points += best;
    }
    return points;
  }

  /**
   * The most concerns for which {@link #reaching} splits candidates by the levels they declare:
   * a request names one to three concerns as a rule, and with more the split costs more than it
   * saves, so the scan then bounds each candidate on its own.
   */
  static final int SPLIT_CONCERNS = 4;

  /**
   * Returns which of some candidates of word w can earn at least {@code threshold} points from
   * competence and the certification signal. The candidates are split once by the level they
   * declare in each concern (the level sets' two bits): for each combination of levels that some
   * candidate declares, a candidate's points are those levels' declared points plus, for each
   * concern declared, if it has outcome records, the most a record of the block can earn
   * ({@link OutcomeScore#atMost}): where the policy's prior allows the shrunk bounds, a record of
   * the block in the concern's group ({@link ScoreBounds#unitsOfBlock}, at least each profile's
   * {@link ScoreBounds#unitsOf}, so at least {@link #most(int, boolean)}'s term, atMost being
   * monotone in the excess), else any record of the block ({@code excess}); or the neutral share
   * (what a therapist without records earns) if it has none; plus the certification points if it
   * may hold a certification. A combination and group short of the threshold rules its
   * candidates out. A branch that could not reach the threshold even with the best level in every
   * remaining concern is not split further. Each candidate follows one path of the split, so it
   * costs at most a few mask operations per candidate and concern. With more than
   * {@value #SPLIT_CONCERNS} concerns every candidate is returned.
   *
   * @param candidates the profiles of word w in question
   * @param recorded the profiles of word w that have an outcome record
   * @param certified the profiles of word w that may earn the certification signal
   * @param certification the points of the certification signal
   * @param excess the block's bound of how far a record lies above the directory's rate
   *     ({@link ScoreBounds#excessOfBlock}), read where the prior does not allow the shrunk bounds
   * @param threshold the points a candidate must be able to reach
   * @param scratch scratch of at least {@link #scratchSize()} entries
   * @return the candidates that may reach the threshold
   */
  long reaching(int w, long candidates, long recorded, long certified, long certification,
      int excess, long threshold, long[] scratch) {
    if (concerns > SPLIT_CONCERNS) {
      return candidates;
    }
    // scratch: per concern, the low and high level bits, the measured points with and without
    // records; then, from each concern on, the most the remaining concerns can add.
    int n = concerns;
    long[] levelSets = d.levelSets;
    int words = d.words;
    scratch[5 * n] = certification;
    for (int c = n - 1; c >= 0; c--) {
      scratch[c] = levelSets[concernSet[c] + w];
      scratch[n + c] = levelSets[concernSet[c] + words + w];
      long withRecords = !measured[c] ? 0
          : shrunk ? atMostOfUnits[c * ScoreBounds.UNITS + bounds.unitsOfBlock(w, group[c])]
          : OutcomeScore.atMost(measuredShare[c], outcomeSpan, excess);
      scratch[2 * n + c] = withRecords;
      scratch[3 * n + c] = measured[c] ? OutcomeScore.neutral(measuredShare[c]) : 0;
      scratch[4 * n + c] = scratch[4 * n + c + 1] + bestDeclared[c] + withRecords;
    }
    return split(candidates, 0, 0, 0, recorded, certified, certification, threshold, scratch);
  }

  /** Returns the size {@link #reaching} needs of its scratch. */
  int scratchSize() {
    return 5 * concerns + 1;
  }

  /**
   * Splits candidates by their level in concern c and the following ones, the points so far being
   * {@code withRecords} for those with records and {@code withoutRecords} for the others.
   */
  private long split(long candidates, int c, long withRecords, long withoutRecords,
      long recorded, long certified, long certification, long threshold, long[] scratch) {
    int n = concerns;
    if (c == n) {
      long found = 0;
      long haveRecords = candidates & recorded;
      if (withRecords >= threshold) {
        found |= haveRecords;
      } else if (withRecords + certification >= threshold) {
        found |= haveRecords & certified;
      }
      long haveNone = candidates & ~recorded;
      if (withoutRecords >= threshold) {
        found |= haveNone;
      } else if (withoutRecords + certification >= threshold) {
        found |= haveNone & certified;
      }
      return found;
    }
    // The measured points with records are at least the neutral share (atMost with no excess,
    // and atMost is monotone in the excess), so this bounds both.
    if (withRecords + scratch[4 * n + c] < threshold) {
      return 0;
    }
    long low = scratch[c];
    long high = scratch[n + c];
    long found = 0;
    for (int level = 0; level < 4; level++) {
      long at = candidates & ((level & 1) != 0 ? low : ~low) & ((level & 2) != 0 ? high : ~high);
      if (at != 0) {
        long declared = concernPoints[c * 4 + level];
        found |= level == 0
            ? split(at, c + 1, withRecords + declared, withoutRecords + declared, recorded,
                certified, certification, threshold, scratch)
            : split(at, c + 1, withRecords + declared + scratch[2 * n + c],
                withoutRecords + declared + scratch[3 * n + c], recorded, certified,
                certification, threshold, scratch);
      }
    }
    return found;
  }

  /**
   * Scores a profile's competence and, when asked, explains it: per concern it declares, the
   * declared share, then the measured share and any deterioration flag.
   *
   * @param reasons receives the reasons, or null when only the score is wanted
   */
  long score(int i, @Nullable List<Reason> reasons) {
    long score = 0;
    for (int c = 0; c < concerns; c++) {
      int level = level(i, c);
      if (level != 0) {
        long points = concernPoints[c * 4 + level];
        score += points;
        if (reasons != null) {
          reasons.add(Reason.of(ReasonCode.COVERS_CONCERN, concernIds[c], points));
        }
        if (measured[c]) {
          int q = record(i, c);
          long outcome = measuredPoints(c, q);
          score += outcome;
          if (reasons != null) {
            int courses = q < 0 ? 0 : outcomes.data[q + 1];
            reasons.add(Reason.of(ReasonCode.MEASURED_OUTCOMES, concernIds[c], courses, outcome));
            if (q >= 0 && recordDeteriorating(q)) {
              reasons.add(Reason.of(ReasonCode.MEASURED_DETERIORATION, concernIds[c], courses, 0));
            }
          }
        }
      }
    }
    return score;
  }

  /** Returns where a profile's record for a concern of the request starts, or -1. */
  private int record(int i, int c) {
    if (!measured[c]) {
      return -1;
    }
    int[] data = outcomes.data;
    for (int q = outcomes.start[i]; q < outcomes.start[i + 1]; q += OutcomeColumns.WIDTH) {
      if (keySlot[data[q]] == c) {
        return q;
      }
    }
    return -1;
  }

  /** Returns the measured points for a concern, from a record or, without one, the neutral half. */
  private long measuredPoints(int c, int q) {
    if (q < 0) {
      return OutcomeScore.neutral(measuredShare[c]);
    }
    int[] data = outcomes.data;
    int key = data[q];
    return OutcomeScore.points(measuredShare[c], outcomeSpan, outcomePrior, data[q + 1],
        data[q + 2], outcomes.courses[key], outcomes.improved[key]);
  }

  /** Tells whether the record at q shows reliable deterioration credibly above the directory's. */
  private boolean recordDeteriorating(int q) {
    int[] data = outcomes.data;
    int key = data[q];
    return OutcomeRates.crediblyAbove(data[q + 3], data[q + 1], outcomes.deteriorated[key],
        outcomes.courses[key], outcomePrior);
  }

  /**
   * Returns which of some candidates of word w are {@linkplain #deteriorating(int)
   * deteriorating}: only a profile with an outcome record can be ({@code recorded}, the word's
   * profiles that have one), so the others are ruled out from that bit set and the rest are asked
   * in turn.
   *
   * @param recorded the profiles of word w that have an outcome record
   */
  long deteriorating(int w, long candidates, long recorded) {
    long deteriorating = 0;
    for (long rest = candidates & recorded; rest != 0; rest &= rest - 1) {
      int i = (w << 6) + Long.numberOfTrailingZeros(rest);
      if (deteriorating(i)) {
        deteriorating |= 1L << i;
      }
    }
    return deteriorating;
  }

  /**
   * Tells whether, for a concern of the request the profile declares, its reliable deterioration
   * is credibly above the directory's.
   */
  boolean deteriorating(int i) {
    if (!outcomes.any()) {
      return false;
    }
    for (int c = 0; c < concerns; c++) {
      if (level(i, c) != 0) {
        int q = record(i, c);
        if (q >= 0 && recordDeteriorating(q)) {
          return true;
        }
      }
    }
    return false;
  }
}
