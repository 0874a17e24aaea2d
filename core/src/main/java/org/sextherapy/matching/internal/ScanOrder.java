package org.sextherapy.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The order in which a chunk's profiles are packed: by an estimate of the request-independent
 * part of their score, highest first, so that the scan's blocks of 64 hold therapists of like
 * standing. The scan's score bounds are per block ({@link ScoreBounds}): in a block that mixes a
 * certified therapist with twenty years' experience, one who confirmed their availability today and
 * one with an excellent outcome record, the bound adds up all of those, though no one therapist
 * has them all, and the block is scored; in blocks of like therapists the bound is close to what
 * their best earns. The first blocks of each chunk then raise the k-th score quickly and most later
 * blocks fall below it as a whole.
 *
 * <p>The order changes only which blocks the scan can skip, never a result: ties are broken by
 * the (request, therapist) hash ({@link TieBreak}) and every bound is exact for any order. So the
 * estimate is a heuristic and uses the default policy's weights: experience counted, any
 * sex-therapist certification, freshness against the chunk's latest confirmation, and how far the
 * best of the therapist's outcome records lies above the chunk's rate for the same concern and
 * measure, shrunk by the prior of the block bound ({@link ScoreBounds#PRIOR}), as the measured
 * points of a concern of middle priority, weighed {@value #OUTCOME_EMPHASIS} times (so profiles
 * are packed by that excess first, see {@link #OUTCOME_EMPHASIS}). Ties keep the order given, so
 * the order is the same for the same profiles, however they were given.
 */
final class ScanOrder {

  private static final MatchPolicy DEFAULTS = MatchPolicy.defaults();
  /** The estimate's unit: a thousandth of a point. */
  private static final long MILLI = 1000;
  /** The priority weight the measured share is weighed with: that of a middle priority. */
  private static final int MIDDLE_WEIGHT = 2;
  /**
   * How many times the measured part counts in the estimate. The per-block bound of the measured
   * share is the block's best shrunk excess ({@link ScoreBounds#excessOfBlock}) for every
   * candidate with records, and it is the bound's largest request-independent slack (26 points
   * per candidate on the dense benchmark data, against 2 to 3 each for experience, certification
   * and freshness), so the order ranks by that excess first and lets the other parts, 16 points
   * at most, order profiles of like records. Measured on the dense benchmark (100,000 profiles,
   * 256 requests, words passing the word bounds and candidates left by the level split): weighed
   * once, 641 and 1,466; 4 times, 603 and 1,305; 15, 30 and 60 times, 590 to 586 and 1,245 to
   * 1,233.
   */
  private static final int OUTCOME_EMPHASIS = 30;

  private ScanOrder() {}

  /**
   * Returns the packing order of profiles {@code from} to {@code to} of an array.
   *
   * @param profiles the profiles, never null
   * @param from the first, inclusive
   * @param to the last, exclusive
   * @return for each packed position, the given position relative to {@code from}
   */
  static int[] of(TherapistProfile[] profiles, int from, int to) {
    int size = to - from;
    Map<String, long[]> rates = new HashMap<>();
    int[] days = new int[size];
    int latest = PackedDirectory.NEVER_CONFIRMED;
    for (int i = 0; i < size; i++) {
      TherapistProfile p = profiles[from + i];
      for (OutcomeRecord record : p.outcomes()) {
        long[] rate = rates.computeIfAbsent(key(record), k -> new long[2]);
        rate[0] += record.courses();
        rate[1] += record.reliableImprovements();
      }
      Optional<Instant> confirmed = p.availabilityConfirmedAt();
      days[i] = confirmed.isPresent()
          ? PackedDirectory.day(LocalDate.ofInstant(confirmed.get(), ZoneOffset.UTC))
          : PackedDirectory.NEVER_CONFIRMED;
      latest = Math.max(latest, days[i]);
    }
    long[] sorted = new long[size];
    for (int i = 0; i < size; i++) {
      long estimate = estimate(profiles[from + i], days[i], latest, rates);
      // Highest estimate first, then the order given: one sort of (complement, position) pairs.
      sorted[i] = (Integer.MAX_VALUE - Math.min(estimate, Integer.MAX_VALUE)) << 32 | i;
    }
    Arrays.sort(sorted);
    int[] order = new int[size];
    for (int j = 0; j < size; j++) {
      order[j] = (int) sorted[j];
    }
    return order;
  }

  /** Returns a profile's estimate, in thousandths of a point. */
  private static long estimate(TherapistProfile p, int day, int latest,
      Map<String, long[]> rates) {
    Optional<TrainingRecord> training = p.training();
    int years = training.isPresent() ? training.get().postDegreeExperienceYears() : 0;
    long estimate = Math.min(Math.max(years, 0), DEFAULTS.experienceYearsCounted())
        * (long) DEFAULTS.pointsPerExperienceYear() * MILLI;
    List<Certification> certifications = p.certifications();
    for (int k = 0; k < certifications.size(); k++) {
      if (certifications.get(k).credential().kind() == CredentialKind.SEX_THERAPIST) {
        estimate += DEFAULTS.certificationPoints() * MILLI;
        break;
      }
    }
    if (day != PackedDirectory.NEVER_CONFIRMED) {
      estimate += DEFAULTS.freshnessPoints((long) latest - day) * MILLI;
    }
    int best = 0;
    for (OutcomeRecord record : p.outcomes()) {
      long[] rate = rates.get(key(record));
      if (rate != null && rate[0] > 0) {
        best = Math.max(best, ScoreBounds.excess(record.courses(), record.reliableImprovements(),
            rate[0], rate[1], ScoreBounds.PRIOR));
      }
    }
    // The measured points of a concern of middle priority at that excess, as OutcomeScore#atMost
    // bounds them, weighed OUTCOME_EMPHASIS times.
    double most = MIDDLE_WEIGHT * DEFAULTS.specialistExpertisePoints()
        * DEFAULTS.measuredOutcomeWeightPercent() / 100.0;
    double fraction = Math.min(1, 0.5 + best / (100.0 * DEFAULTS.outcomeSpanPercent()));
    return estimate + (long) (OUTCOME_EMPHASIS * most * fraction * MILLI);
  }

  /** A concern id and a measure id, as {@link OutcomeColumns} keys records. */
  private static String key(OutcomeRecord record) {
    return record.concern().id() + '\n' + record.measureId();
  }
}
