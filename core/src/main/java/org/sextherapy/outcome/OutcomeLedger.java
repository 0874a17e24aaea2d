package org.sextherapy.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;

/**
 * The completed courses of a practice or network, turned into each therapist's
 * {@link OutcomeRecord}s: per therapist and concern, the courses measured, how many ended in
 * reliable improvement and how many in reliable deterioration, judged on the course's measure by
 * the reliable change index ({@link OutcomeMeasure#change}), over the ledger's reporting period.
 * Records carry the reporting period, never a course's own dates: a record of one course would
 * otherwise show when that client finished therapy.
 *
 * <p>Each concern is measured on one measure across the ledger, so that every record of a concern
 * counts the same thing and a directory can compare therapists on it. A ledger holds client data:
 * its {@link #toString()} prints counts only, and its results are {@link OutcomeRecord}s, which hold
 * counts only. Add the records to a profile with
 * {@code TherapistProfile.Builder.addAllOutcomes(ledger.recordsFor(id))}.
 *
 * <pre>{@code
 * OutcomeLedger ledger = OutcomeLedger.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30),
 *     completedCourses);
 * List<OutcomeRecord> records = ledger.recordsFor("th-1042");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OutcomeLedger {

  /** The most courses one ledger may hold. */
  public static final int MAX_COURSES = 10_000_000;

  private final LocalDate periodFrom;
  private final LocalDate periodUntil;
  private final List<CourseOutcome> courses;
  private final Map<String, List<OutcomeRecord>> records;

  private OutcomeLedger(LocalDate periodFrom, LocalDate periodUntil, List<CourseOutcome> courses) {
    this.periodFrom = periodFrom;
    this.periodUntil = periodUntil;
    this.courses = courses;
    this.records = aggregate(courses, periodFrom, periodUntil);
  }

  /**
   * Returns a ledger of the courses completed in a reporting period.
   *
   * @param periodFrom the first day of the period, never null
   * @param periodUntil the last day of the period, never null, not before the first
   * @param courses the courses, never null, in any order, each completed within the period
   * @return the ledger, never null
   * @throws IllegalArgumentException if the period is reversed, a course was completed outside it,
   *     a concern is measured on two different measures, or there are more than
   *     {@value #MAX_COURSES} courses; the message names the field
   */
  public static OutcomeLedger of(LocalDate periodFrom, LocalDate periodUntil,
      List<CourseOutcome> courses) {
    Objects.requireNonNull(periodFrom, "periodFrom");
    Objects.requireNonNull(periodUntil, "periodUntil");
    Objects.requireNonNull(courses, "courses");
    Checks.require(!periodUntil.isBefore(periodFrom), "periodUntil",
        "must not be before periodFrom");
    Checks.require(courses.size() <= MAX_COURSES, "courses",
        "must hold at most " + MAX_COURSES + " courses");
    List<CourseOutcome> copy = List.copyOf(courses);
    Map<String, OutcomeMeasure> measures = new HashMap<>();
    for (int i = 0; i < copy.size(); i++) {
      CourseOutcome course = copy.get(i);
      Checks.require(!course.completed().isBefore(periodFrom)
          && !course.completed().isAfter(periodUntil), "courses[" + i + "].completed",
          "must lie within the ledger's period");
      OutcomeMeasure measure = measures.putIfAbsent(course.concern().id(), course.measure());
      Checks.require(measure == null || measure.equals(course.measure()),
          "courses[" + i + "].measure", "must be the measure of the other courses of its concern");
    }
    return new OutcomeLedger(periodFrom, periodUntil, copy);
  }

  /**
   * Returns a ledger with these courses and more.
   *
   * @param more the courses to add, never null
   * @return a new ledger over the same period, never null
   * @throws IllegalArgumentException as {@link #of(LocalDate, LocalDate, List)} does
   */
  public OutcomeLedger withCourses(List<CourseOutcome> more) {
    List<CourseOutcome> all = new ArrayList<>(courses.size() + more.size());
    all.addAll(courses);
    all.addAll(more);
    return of(periodFrom, periodUntil, all);
  }

  /**
   * Returns the first day of the reporting period.
   *
   * @return the day, never null
   */
  public LocalDate periodFrom() {
    return periodFrom;
  }

  /**
   * Returns the last day of the reporting period.
   *
   * @return the day, never null
   */
  public LocalDate periodUntil() {
    return periodUntil;
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

  private static Map<String, List<OutcomeRecord>> aggregate(List<CourseOutcome> courses,
      LocalDate periodFrom, LocalDate periodUntil) {
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
        records.add(tally.record(periodFrom, periodUntil));
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

    Tally(CourseOutcome first) {
      this.first = first;
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
    }

    OutcomeRecord record(LocalDate from, LocalDate until) {
      return OutcomeRecord.builder().concern(first.concern()).measureId(first.measure().id())
          .courses(courses).reliableImprovements(improved).reliableDeteriorations(deteriorated)
          .periodFrom(from).periodUntil(until).build();
    }
  }

  @Override
  public String toString() {
    return "OutcomeLedger{" + Counts.of(courses.size(), "course", "courses") + ", "
        + Counts.of(records.size(), "therapist", "therapists") + "}";
  }
}
