package org.sextherapy.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sextherapy.internal.Checks;

/**
 * The completed courses of a practice or network, turned into each therapist's
 * {@link OutcomeRecord}s: per therapist and concern, the courses measured, how many ended in
 * reliable improvement and how many in reliable deterioration, judged on the course's measure by
 * the reliable change index ({@link OutcomeMeasure#change}), over the period from the first to the
 * last completion.
 *
 * <p>Each concern is measured on one measure across the ledger, so that every record of a concern
 * counts the same thing and a directory can compare therapists on it. A ledger holds client data:
 * its {@link #toString()} prints counts only, and its results are {@link OutcomeRecord}s, which hold
 * counts only. Add the records to a profile with
 * {@code TherapistProfile.Builder.addAllOutcomes(ledger.recordsFor(id))}.
 *
 * <pre>{@code
 * OutcomeLedger ledger = OutcomeLedger.of(completedCourses);
 * List<OutcomeRecord> records = ledger.recordsFor("th-1042");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeLedger {

  /** The most courses one ledger may hold. */
  public static final int MAX_COURSES = 10_000_000;

  private static final OutcomeLedger EMPTY = new OutcomeLedger(List.of());

  private final List<CourseOutcome> courses;
  private final Map<String, List<OutcomeRecord>> records;

  private OutcomeLedger(List<CourseOutcome> courses) {
    this.courses = courses;
    this.records = aggregate(courses);
  }

  /**
   * Returns a ledger with no course.
   *
   * @return the empty ledger, never null
   */
  public static OutcomeLedger empty() {
    return EMPTY;
  }

  /**
   * Returns a ledger of completed courses.
   *
   * @param courses the courses, never null, in any order
   * @return the ledger, never null
   * @throws IllegalArgumentException if a concern is measured on two different measures, or there
   *     are more than {@value #MAX_COURSES} courses; the message names the field
   */
  public static OutcomeLedger of(List<CourseOutcome> courses) {
    Checks.require(courses.size() <= MAX_COURSES, "courses",
        "must hold at most " + MAX_COURSES + " courses");
    List<CourseOutcome> copy = List.copyOf(courses);
    Map<String, OutcomeMeasure> measures = new HashMap<>();
    for (int i = 0; i < copy.size(); i++) {
      CourseOutcome course = copy.get(i);
      OutcomeMeasure measure = measures.putIfAbsent(course.concern().id(), course.measure());
      Checks.require(measure == null || measure.equals(course.measure()),
          "courses[" + i + "].measure", "must be the measure of the other courses of its concern");
    }
    return new OutcomeLedger(copy);
  }

  /**
   * Returns a ledger with these courses and more.
   *
   * @param more the courses to add, never null
   * @return a new ledger, never null
   * @throws IllegalArgumentException as {@link #of(List)} does
   */
  public OutcomeLedger withCourses(List<CourseOutcome> more) {
    List<CourseOutcome> all = new ArrayList<>(courses.size() + more.size());
    all.addAll(courses);
    all.addAll(more);
    return of(all);
  }

  /**
   * Returns how many courses the ledger holds.
   *
   * @return zero or more
   */
  public int size() {
    return courses.size();
  }

  /**
   * Returns the records of every therapist with a course, by therapist id in id order, each list in
   * concern id order.
   *
   * @return an unmodifiable map, never null
   */
  public Map<String, List<OutcomeRecord>> records() {
    return records;
  }

  /**
   * Returns a therapist's records, one per concern they gave a course for, in concern id order.
   *
   * @param therapistId the therapist's id, never null
   * @return the records, never null, empty when the therapist has no course in the ledger
   */
  public List<OutcomeRecord> recordsFor(String therapistId) {
    return records.getOrDefault(therapistId, List.of());
  }

  private static Map<String, List<OutcomeRecord>> aggregate(List<CourseOutcome> courses) {
    Map<String, Map<String, Tally>> tallies = new TreeMap<>();
    for (CourseOutcome course : courses) {
      tallies.computeIfAbsent(course.therapistId(), id -> new TreeMap<>())
          .computeIfAbsent(course.concern().id(), id -> new Tally(course))
          .add(course);
    }
    Map<String, List<OutcomeRecord>> out = new TreeMap<>();
    for (Map.Entry<String, Map<String, Tally>> therapist : tallies.entrySet()) {
      List<OutcomeRecord> records = new ArrayList<>();
      for (Tally tally : therapist.getValue().values()) {
        records.add(tally.record());
      }
      out.put(therapist.getKey(), List.copyOf(records));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The running counts of one therapist and concern. */
  private static final class Tally {
    private final CourseOutcome first;
    private int courses;
    private int improved;
    private int deteriorated;
    private LocalDate from;
    private LocalDate until;

    Tally(CourseOutcome first) {
      this.first = first;
      this.from = first.completed();
      this.until = first.completed();
    }

    void add(CourseOutcome course) {
      Checks.require(courses < OutcomeRecord.MAX_COURSES, "courses",
          "must hold at most " + OutcomeRecord.MAX_COURSES + " courses of one therapist and concern");
      courses++;
      switch (course.change()) {
        case IMPROVED -> improved++;
        case DETERIORATED -> deteriorated++;
        case NO_RELIABLE_CHANGE -> { }
      }
      if (course.completed().isBefore(from)) {
        from = course.completed();
      }
      if (course.completed().isAfter(until)) {
        until = course.completed();
      }
    }

    OutcomeRecord record() {
      return OutcomeRecord.builder().concern(first.concern()).measureId(first.measure().id())
          .courses(courses).reliableImprovements(improved).reliableDeteriorations(deteriorated)
          .periodFrom(from).periodUntil(until).build();
    }
  }

  @Override
  public String toString() {
    return "OutcomeLedger{" + courses.size() + " courses, " + records.size() + " therapists}";
  }
}
