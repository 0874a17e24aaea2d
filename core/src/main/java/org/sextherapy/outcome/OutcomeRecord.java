package org.sextherapy.outcome;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.internal.Checks;

/**
 * What one therapist has achieved with one concern, as measured: over a period, how many completed
 * courses were measured at start and end on a standard measure, how many ended in reliable
 * improvement and how many in reliable deterioration ({@link OutcomeMeasure} explains reliable
 * change). Aggregates only: a record holds no client's scores, dates or identity, so it may sit in a
 * public directory profile and be printed.
 *
 * <p>Matching clients to therapists on such per-problem records improved outcomes in a randomised
 * trial (Constantino et al., JAMA Psychiatry 2021, doi:10.1001/jamapsychiatry.2021.1221), whereas
 * therapists' own view of their strengths was no better than chance (Constantino et al. 2023,
 * doi:10.1037/ccp0000813). Build records with an {@link OutcomeLedger} from completed courses, or
 * from your own outcome-monitoring system's counts.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class OutcomeRecord {

  /** The most courses one record may count. */
  public static final int MAX_COURSES = 1_000_000;

  OutcomeRecord() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableOutcomeRecord.builder();
  }

  /**
   * Returns the concern the courses treated.
   *
   * @return the concern type, never null
   */
  public abstract ConcernType concern();

  /**
   * Returns the id of the measure the courses were measured on ({@link OutcomeMeasure#id()}).
   *
   * @return an opaque id, never null
   */
  public abstract String measureId();

  /**
   * Returns how many completed courses were measured at start and end.
   *
   * @return 1 to {@value #MAX_COURSES}
   */
  public abstract int courses();

  /**
   * Returns how many of them ended in reliable improvement.
   *
   * @return 0 to {@link #courses()}
   */
  public abstract int reliableImprovements();

  /**
   * Returns how many of them ended in reliable deterioration.
   *
   * @return 0 to {@link #courses()} minus {@link #reliableImprovements()}
   */
  public abstract int reliableDeteriorations();

  /**
   * Returns the first day of the period covered: courses completed from this day.
   *
   * @return the day, never null
   */
  public abstract LocalDate periodFrom();

  /**
   * Returns the last day of the period covered: courses completed up to this day.
   *
   * @return the day, never null, not before {@link #periodFrom()}
   */
  public abstract LocalDate periodUntil();

  @Value.Check
  final void check() {
    Checks.opaqueId(measureId(), "measureId");
    Checks.require(courses() >= 1 && courses() <= MAX_COURSES, "courses",
        "must be from 1 to " + MAX_COURSES);
    Checks.require(reliableImprovements() >= 0, "reliableImprovements", "must not be negative");
    Checks.require(reliableDeteriorations() >= 0, "reliableDeteriorations",
        "must not be negative");
    Checks.require((long) reliableImprovements() + reliableDeteriorations() <= courses(),
        "reliableDeteriorations", "must not exceed courses minus reliableImprovements");
    Checks.require(!periodUntil().isBefore(periodFrom()), "periodUntil",
        "must not be before periodFrom");
  }

  @Override
  public String toString() {
    return "OutcomeRecord{" + concern().id() + ", " + measureId() + ", " + courses() + " courses, "
        + reliableImprovements() + " improved, " + reliableDeteriorations() + " deteriorated, "
        + periodFrom() + ".." + periodUntil() + "}";
  }

  /** Builds an {@link OutcomeRecord}; every attribute is required. */
  public interface Builder {
    /**
     * Sets the concern.
     *
     * @param concern never null
     * @return this builder
     */
    Builder concern(ConcernType concern);

    /**
     * Sets the measure's id.
     *
     * @param measureId an opaque id, never null
     * @return this builder
     */
    Builder measureId(String measureId);

    /**
     * Sets the number of courses measured.
     *
     * @param courses 1 to {@value OutcomeRecord#MAX_COURSES}
     * @return this builder
     */
    Builder courses(int courses);

    /**
     * Sets the number of courses that ended in reliable improvement.
     *
     * @param reliableImprovements 0 to the courses
     * @return this builder
     */
    Builder reliableImprovements(int reliableImprovements);

    /**
     * Sets the number of courses that ended in reliable deterioration.
     *
     * @param reliableDeteriorations 0 to the courses minus the improvements
     * @return this builder
     */
    Builder reliableDeteriorations(int reliableDeteriorations);

    /**
     * Sets the first day of the period covered.
     *
     * @param periodFrom never null
     * @return this builder
     */
    Builder periodFrom(LocalDate periodFrom);

    /**
     * Sets the last day of the period covered.
     *
     * @param periodUntil never null, not before the first day
     * @return this builder
     */
    Builder periodUntil(LocalDate periodUntil);

    /**
     * Builds the record.
     *
     * @return the record, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if an attribute
     *     is missing
     * @throws IllegalArgumentException if a count or the period is out of range; the message names
     *     the field
     */
    OutcomeRecord build();
  }
}
