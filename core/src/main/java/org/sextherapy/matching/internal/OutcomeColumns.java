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

  /** The records of one chunk of profiles, with keys local to the chunk, as they are packed. */
  static final class Part {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    /** How many records each profile of the chunk has. */
    private final int[] records;
    private final DirectoryBuilder.IntList data = new DirectoryBuilder.IntList(16);

    Part(int size) {
      this.records = new int[size];
    }

    /** Records the outcomes of the profile at an index within the chunk. */
    void add(int local, TherapistProfile profile) {
      List<OutcomeRecord> outcomes = profile.outcomes();
      records[local] = outcomes.size();
      for (int r = 0; r < outcomes.size(); r++) {
        OutcomeRecord record = outcomes.get(r);
        String key = key(record);
        Integer k = index.get(key);
        if (k == null) {
          k = keys.size();
          index.put(key, k);
          keys.add(key);
        }
        data.add(k);
        data.add(record.courses());
        data.add(record.reliableImprovements());
        data.add(record.reliableDeteriorations());
      }
    }
  }

  /**
   * Joins the chunks' records; the result does not depend on the profiles' order.
   *
   * @param parts the chunks' records, chunk c holding profiles from c times {@code chunk}
   * @param chunk the profiles per chunk
   * @param n the number of profiles
   */
  static OutcomeColumns of(Part[] parts, int chunk, int n) {
    TreeSet<String> keys = new TreeSet<>();
    int records = 0;
    for (Part part : parts) {
      keys.addAll(part.keys);
      records += part.data.size / WIDTH;
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
    int[] start = new int[n + 1];
    int[] data = new int[records * WIDTH];
    int at = 0;
    for (int c = 0; c < parts.length; c++) {
      Part part = parts[c];
      int[] global = new int[part.keys.size()];
      for (int k = 0; k < global.length; k++) {
        global[k] = PackedDirectory.at(index, part.keys.get(k));
      }
      int q = 0;
      for (int local = 0; local < part.records.length && c * chunk + local < n; local++) {
        start[c * chunk + local] = at;
        for (int r = 0; r < part.records[local]; r++) {
          int k = global[part.data.values[q++]];
          data[at++] = k;
          data[at++] = part.data.values[q];
          data[at++] = part.data.values[q + 1];
          data[at++] = part.data.values[q + 2];
          courses[k] += part.data.values[q++];
          improved[k] += part.data.values[q++];
          deteriorated[k] += part.data.values[q++];
        }
      }
    }
    start[n] = at;
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
