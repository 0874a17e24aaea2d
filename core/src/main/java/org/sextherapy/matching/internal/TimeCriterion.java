package org.sextherapy.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.TimePreference;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.session.Availability;

/**
 * The time family: the client's weekly windows against the therapist's {@link Availability} in
 * the week starting on the session date, as {@link TimePreference#firstOverlap} decides it (in each
 * side's own zone, across daylight-saving changes). The overlap depends on the date and on both
 * zones' rules, so it is computed from the profile objects, and only for profiles that pass the
 * packed filters; a profile without availability never meets it. The reason names the first
 * shared instant, in UTC.
 *
 * <p>The overlap depends on the therapist only through their {@link Schedule} (zone, weekly hours,
 * open slots), which the directory shares between therapists who have the same. So a query
 * decides it once per schedule, the first time a candidate with that schedule is asked, by
 * {@link TimePreference#firstOverlap} on the schedule itself, and every later candidate with the
 * same schedule reads the decision: a request whose time is required no longer computes the
 * overlap for every candidate that passes the other constraints. The decisions are the
 * directory's ({@link OverlapDecisions}), shared with every later query that asks the same zone
 * and windows on the same date: clients ask for few distinct windows, and a batch ranks thousands
 * of them on one date.
 *
 * <p>The family also explains, for every match, the next opening or estimated wait the therapist
 * states ({@link #explainOpening}).
 */
final class TimeCriterion extends Criterion {

  private final PackedDirectory d;
  private final TimePreference preference;
  private final LocalDate date;
  /**
   * Per schedule of the directory: {@link #UNDECIDED}, {@link #MEETS} or {@link #MISSES}, shared
   * with the queries that ask the same zone and windows on the same date ({@link
   * OverlapDecisions}). Scan ranges and queries on other threads may decide the same schedule at
   * once: each writes the same value, and a byte is written whole, so a reader sees either
   * undecided or the decision.
   */
  private final byte[] decided;

  private static final byte UNDECIDED = 0;
  private static final byte MEETS = 1;
  private static final byte MISSES = 2;

  TimeCriterion(TimePreference preference, PackedDirectory d, LocalDate date) {
    super(PreferenceKind.TIME);
    this.d = d;
    this.preference = preference;
    this.date = date;
    this.decided = d.overlaps.of(d.schedules, preference, date);
  }

  private Optional<Instant> overlap(int i) {
    Schedule schedule = d.particulars(i).schedule();
    return schedule == null ? Optional.empty()
        : preference.firstOverlap(schedule.weekly, date);
  }

  /**
   * The full points if any candidate's schedule meets the preference, else zero: exact for one
   * candidate, which is how the scan bounds a profile before reading its outcome records. It reads
   * the schedule column and the decisions ({@link #met(int)}), deciding a schedule the query has
   * not decided yet, at most what a required time preference decides for the same candidates.
   */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return anyMet(w, candidates) ? preferencePoints : 0;
  }

  /**
   * Tells whether the profile's schedule meets the preference: its number from the directory's
   * schedule column ({@link Schedule#column}), then the decision byte; a schedule not decided yet,
   * or one whose number the column spills, is decided from the particulars.
   */
  @Override
  boolean met(int i) {
    char s = d.scheduleColumn[i];
    if (s < Schedule.SPILLED) {
      byte decision = decided[s];
      if (decision != UNDECIDED) {
        return decision == MEETS;
      }
    } else if (s == Schedule.NONE) {
      return false;
    }
    return decide(d.particulars(i).schedule());
  }

  /**
   * The word-wide form of {@link #met(int)}, asked of each candidate: overridden so that the loop
   * ({@link Criterion#eachMet}) is compiled here, where the candidate's test is known and inlined,
   * not in the base class's default, where it is a call through the family.
   */
  @Override
  long met(int w, long candidates) {
    return eachMet(w, candidates);
  }

  /** Decides a schedule for the query's windows and date, and records the decision. */
  private boolean decide(@Nullable Schedule schedule) {
    if (schedule == null) {
      return false;
    }
    byte decision = decided[schedule.id];
    if (decision == UNDECIDED) {
      decision = preference.firstOverlap(schedule.weekly, date).isPresent() ? MEETS : MISSES;
      decided[schedule.id] = decision;
    }
    return decision == MEETS;
  }

  @Override
  String argument(int i) {
    return overlap(i).orElseThrow().toString();
  }

  /**
   * Adds, without points, the next opening and the estimated wait a profile's availability
   * states.
   */
  static void explainOpening(Optional<Availability> stated, @Nullable List<Reason> reasons) {
    if (reasons == null || stated.isEmpty()) {
      return;
    }
    Availability availability = stated.get();
    availability.nextOpening().ifPresent(next ->
        reasons.add(Reason.of(ReasonCode.NEXT_OPENING, next.toString(), 0)));
    availability.estimatedWait().ifPresent(wait ->
        reasons.add(Reason.of(ReasonCode.ESTIMATED_WAIT, wait.toString(), 0)));
  }
}
