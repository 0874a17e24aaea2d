package org.sextherapy.matching.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextherapy.client.TimePreference;
import org.sextherapy.session.WeeklyHours;

/**
 * The time family's decisions per {@link Schedule} of one directory, shared by every query that
 * asks the same windows in the same zone on the same session date.
 *
 * <p>Why: whether a therapist meets a time preference depends only on the client's zone and
 * windows, the session date and the therapist's schedule ({@link TimePreference#firstOverlap}
 * reads nothing else; the preference's strength only says what a miss costs). Directories hold
 * nearly as many schedules as therapists, so a query alone decides nearly every candidate's
 * schedule afresh, a few microseconds of date arithmetic each; yet clients ask for few distinct
 * windows (weekday evenings in their zone), and a batch ranks thousands of them on one date. So the
 * decisions are kept per (zone, windows, date) and a later query with the same three reads the
 * earlier ones' decisions: the same bytes it would have computed, since each is a function of the
 * key and the schedule.
 *
 * <p>Bounded: besides the newest key's array (one byte per schedule, what a query allocated for
 * itself before), the most recently used keys' arrays are kept up to {@link #BUDGET} bytes in all;
 * beyond it the least recently used is dropped, and a query that asks it again decides afresh.
 *
 * <p>Thread-safe: the map is guarded by this object; the arrays it hands out are shared by
 * queries on other threads without a lock, as {@link TimeCriterion} already shared one between
 * the ranges of a split scan: a decision is written as one byte, and the Java memory model
 * allows no word tearing (JLS 17.6), so a reader sees either {@code 0} (undecided, then it decides
 * the same value itself) or the decision.
 */
final class OverlapDecisions {

  /** The most bytes of decisions kept per directory, besides the newest key's. */
  static final long BUDGET = 4L << 20;

  /** The keys' decisions, least recently used first. */
  private final LinkedHashMap<Key, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /** What a decision depends on besides the schedule. */
  private record Key(ZoneId zone, List<WeeklyHours> windows, LocalDate date) {}

  /**
   * Returns the decisions for a preference's zone and windows on a date: one byte per schedule,
   * undecided (0) until a query decides it, shared with every query that asks the same.
   *
   * @param schedules how many schedules the directory has
   * @param preference the time preference, never null
   * @param date the session date, never null
   * @return the decisions, never null, {@code schedules} long
   */
  synchronized byte[] of(int schedules, TimePreference preference, LocalDate date) {
    Key key = new Key(preference.zone(), preference.windows(), date);
    byte[] decided = recent.get(key);
    if (decided == null) {
      decided = new byte[schedules];
      recent.put(key, decided);
      bytes += schedules;
      var eldest = recent.entrySet().iterator();
      while (bytes > BUDGET + schedules && recent.size() > 1) {
        Map.Entry<Key, byte[]> dropped = eldest.next();
        bytes -= dropped.getValue().length;
        eldest.remove();
      }
    }
    return decided;
  }
}
