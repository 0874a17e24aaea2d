package org.sextherapy.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The measured outcomes of a directory, packed apart from the columns the scan reads: a query looks
 * a profile's records up only once the profile has passed every filter, so the hot scan stays as
 * small as without outcomes.
 *
 * <p>Records are keyed by (concern, measure): the directory's rate for a concern is computed per
 * measure, since rates on different measures do not compare. For each key, {@link #courses},
 * {@link #improved} and {@link #deteriorated} hold the directory's totals, computed once when the
 * directory is built. For each profile, its records are {@link #data}[{@link #start}[i] ..
 * {@link #start}[i + 1]), {@value #WIDTH} ints each: key, courses, reliable improvements, reliable
 * deteriorations. A directory without any record has empty arrays and costs nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OutcomeColumns {

  static final int WIDTH = 4;

  /** Each key's concern id. */
  final String[] keyConcern;
  /** The keys of each concern id. */
  final Map<String, int[]> keysOfConcern;
  final long[] courses;
  final long[] improved;
  final long[] deteriorated;
  /** Where each profile's records start in {@link #data}; empty when no profile has a record. */
  final int[] start;
  final int[] data;

  private OutcomeColumns(String[] keyConcern, Map<String, int[]> keysOfConcern, long[] courses,
      long[] improved, long[] deteriorated, int[] start, int[] data) {
    this.keyConcern = keyConcern;
    this.keysOfConcern = keysOfConcern;
    this.courses = courses;
    this.improved = improved;
    this.deteriorated = deteriorated;
    this.start = start;
    this.data = data;
  }

  /** Packs the records of the profiles; the result does not depend on the profiles' order. */
  static OutcomeColumns of(TherapistProfile[] profiles) {
    TreeSet<String> keys = new TreeSet<>();
    int records = 0;
    for (TherapistProfile p : profiles) {
      List<OutcomeRecord> outcomes = p.outcomes();
      for (int r = 0; r < outcomes.size(); r++) {
        keys.add(key(outcomes.get(r)));
      }
      records += outcomes.size();
    }
    if (records == 0) {
      return new OutcomeColumns(new String[0], Map.of(), new long[0], new long[0], new long[0],
          new int[0], new int[0]);
    }
    Map<String, Integer> index = new HashMap<>();
    String[] keyConcern = new String[keys.size()];
    Map<String, List<Integer>> byConcern = new HashMap<>();
    for (String key : keys) {
      int k = index.size();
      index.put(key, k);
      keyConcern[k] = key.substring(0, key.indexOf('\n'));
      byConcern.computeIfAbsent(keyConcern[k], c -> new ArrayList<>()).add(k);
    }
    Map<String, int[]> keysOfConcern = new HashMap<>();
    byConcern.forEach((concern, list) ->
        keysOfConcern.put(concern, list.stream().mapToInt(Integer::intValue).toArray()));
    long[] courses = new long[keyConcern.length];
    long[] improved = new long[keyConcern.length];
    long[] deteriorated = new long[keyConcern.length];
    int[] start = new int[profiles.length + 1];
    int[] data = new int[records * WIDTH];
    int at = 0;
    for (int i = 0; i < profiles.length; i++) {
      start[i] = at;
      List<OutcomeRecord> outcomes = profiles[i].outcomes();
      for (int r = 0; r < outcomes.size(); r++) {
        OutcomeRecord record = outcomes.get(r);
        int k = PackedDirectory.at(index, key(record));
        data[at++] = k;
        data[at++] = record.courses();
        data[at++] = record.reliableImprovements();
        data[at++] = record.reliableDeteriorations();
        courses[k] += record.courses();
        improved[k] += record.reliableImprovements();
        deteriorated[k] += record.reliableDeteriorations();
      }
    }
    start[profiles.length] = at;
    return new OutcomeColumns(keyConcern, Map.copyOf(keysOfConcern), courses, improved,
        deteriorated, start, data);
  }

  /** A concern id and a measure id, joined by a character neither may contain. */
  private static String key(OutcomeRecord record) {
    return record.concern().id() + '\n' + record.measureId();
  }

  /** Tells whether any profile has a record. */
  boolean any() {
    return data.length > 0;
  }

  /** Returns the bytes of the per-profile arrays and the totals. */
  long bytes() {
    return 4L * start.length + 4L * data.length
        + 8L * (courses.length + improved.length + deteriorated.length);
  }
}
