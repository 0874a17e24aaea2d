package org.sextherapy.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.testing.RandomValues;

/** The ledger turns completed courses into counts, and never shows a course. */
class OutcomeLedgerTest {

  static final OutcomeMeasure FUNCTION = OutcomeMeasureTest.FUNCTION;

  static CourseOutcome course(String therapist, ConcernType concern, double from, double to,
      LocalDate completed) {
    return CourseOutcome.builder().therapistId(therapist).concern(concern).measure(FUNCTION)
        .baselineScore(from).finalScore(to).started(completed.minusMonths(4))
        .completed(completed).build();
  }

  static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);

  @Test
  void coursesBecomeCountsPerTherapistAndConcernOverTheReportingPeriod() {
    LocalDate jan = LocalDate.of(2025, 1, 10);
    LocalDate jun = LocalDate.of(2025, 6, 20);
    OutcomeLedger ledger = OutcomeLedger.of(FROM, UNTIL, List.of(
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 20, jun),
        course("th-1", StandardConcerns.PAINFUL_SEX, 20, 10, jan),
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 12, jan.plusDays(30)),
        course("th-2", StandardConcerns.PAINFUL_SEX, 10, 25, jan)));
    assertThat(ledger.recordsFor("th-1")).containsExactly(OutcomeRecord.builder()
        .concern(StandardConcerns.PAINFUL_SEX).measureId("FUNCTION").courses(3)
        .reliableImprovements(1).reliableDeteriorations(1).periodFrom(FROM).periodUntil(UNTIL)
        .build());
    assertThat(ledger.recordsFor("th-2").get(0).reliableImprovements()).isEqualTo(1);
    assertThat(ledger.recordsFor("th-3")).isEmpty();
    assertThat(ledger.records().keySet()).containsExactly("th-1", "th-2");
    assertThat(ledger.size()).isEqualTo(4);
  }

  @Test
  void addingCoursesGivesANewLedgerAndLeavesTheOldOne() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    OutcomeLedger one = OutcomeLedger.of(FROM, UNTIL, List.of(
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 20, day)));
    OutcomeLedger two = one.withCourses(List.of(
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 20, day)));
    assertThat(one.recordsFor("th-1").get(0).courses()).isEqualTo(1);
    assertThat(two.recordsFor("th-1").get(0).courses()).isEqualTo(2);
    assertThat(OutcomeLedger.of(FROM, UNTIL, List.of()).records()).isEmpty();
  }

  @Test
  void aConcernIsMeasuredOnOneMeasureAcrossTheLedger() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    CourseOutcome other = CourseOutcome.builder().therapistId("th-2")
        .concern(StandardConcerns.PAINFUL_SEX).measure(OutcomeMeasureTest.DISTRESS)
        .baselineScore(1).finalScore(2).started(day).completed(day).build();
    assertThatThrownBy(() -> OutcomeLedger.of(FROM, UNTIL, List.of(
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 20, day), other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("courses[1].measure");
  }

  @Test
  void aCourseCompletedOutsideThePeriodIsRefusedNamingIt() {
    assertThatThrownBy(() -> OutcomeLedger.of(FROM, UNTIL, List.of(
        course("th-1", StandardConcerns.PAINFUL_SEX, 10, 20, UNTIL.plusDays(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("courses[0].completed");
  }

  @Test
  void aCourseEndingBeforeItStartedIsRefusedNamingTheField() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    assertThatThrownBy(() -> CourseOutcome.builder().therapistId("th-1")
        .concern(StandardConcerns.PAINFUL_SEX).measure(FUNCTION).baselineScore(1).finalScore(2)
        .started(day).completed(day.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("completed");
  }

  @Test
  void aRecordsCountsMustBePossible() {
    LocalDate day = LocalDate.of(2025, 3, 1);
    assertThatThrownBy(() -> OutcomeRecord.builder().concern(StandardConcerns.PAINFUL_SEX)
        .measureId("FSFI").courses(10).reliableImprovements(8).reliableDeteriorations(3)
        .periodFrom(day).periodUntil(day).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reliableDeteriorations");
    assertThatThrownBy(() -> OutcomeRecord.builder().concern(StandardConcerns.PAINFUL_SEX)
        .measureId("FSFI").courses(0).reliableImprovements(0).reliableDeteriorations(0)
        .periodFrom(day).periodUntil(day).build()).hasMessageStartingWith("courses");
  }

  /** A period holding every random course (started up to 2000 days ago, completed within 400). */
  static final LocalDate PERIOD_FROM = RandomValues.TODAY.minusDays(2500);
  static final LocalDate PERIOD_UNTIL = RandomValues.TODAY.plusDays(500);

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** Sentinel: a course's concern, scores and dates never show in any string the ledger makes. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noCourseValueEverPrints(long seed) {
    RandomValues random = new RandomValues(seed);
    ConcernType concern = random.concern();
    OutcomeMeasure measure = random.outcomeMeasure();
    List<CourseOutcome> courses = new ArrayList<>();
    int n = 1 + random.nextInt(20);
    for (int i = 0; i < n; i++) {
      courses.add(random.courseOutcome("th-" + random.nextInt(3), concern, measure));
    }
    OutcomeLedger ledger = OutcomeLedger.of(PERIOD_FROM, PERIOD_UNTIL, courses);
    StringBuilder printed = new StringBuilder(ledger.toString());
    for (CourseOutcome course : courses) {
      printed.append(course).append('\n');
    }
    ledger.records().values().forEach(records -> records.forEach(r -> printed.append(r)));
    for (CourseOutcome course : courses) {
      assertThat(course.toString()).isEqualTo("CourseOutcome{therapist " + course.therapistId()
          + "}");
      assertThat(printed.toString()).doesNotContain(Double.toString(course.baselineScore()))
          .doesNotContain(Double.toString(course.finalScore()))
          .doesNotContain(course.started().toString())
          .doesNotContain(course.completed().toString());
    }
    assertThat(ledger.toString()).doesNotContain(concern.id());
    int counted = ledger.records().values().stream().flatMap(List::stream)
        .mapToInt(OutcomeRecord::courses).sum();
    assertThat(counted).isEqualTo(n);
  }

  /** The ledger's counts are the courses' own reliable changes, whatever the order. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void countsAreTheCoursesReliableChanges(long seed) {
    RandomValues random = new RandomValues(seed);
    ConcernType concern = random.concern();
    OutcomeMeasure measure = random.outcomeMeasure();
    List<CourseOutcome> courses = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
      courses.add(random.courseOutcome("th-1", concern, measure));
    }
    OutcomeRecord record =
        OutcomeLedger.of(PERIOD_FROM, PERIOD_UNTIL, courses).recordsFor("th-1").get(0);
    assertThat(record.reliableImprovements())
        .isEqualTo((int) courses.stream().filter(c -> c.change() == ReliableChange.IMPROVED)
            .count());
    assertThat(record.reliableDeteriorations())
        .isEqualTo((int) courses.stream().filter(c -> c.change() == ReliableChange.DETERIORATED)
            .count());
    List<CourseOutcome> reversed = new ArrayList<>(courses);
    java.util.Collections.reverse(reversed);
    assertThat(OutcomeLedger.of(PERIOD_FROM, PERIOD_UNTIL, reversed).records())
        .isEqualTo(OutcomeLedger.of(PERIOD_FROM, PERIOD_UNTIL, courses).records());
  }
}
