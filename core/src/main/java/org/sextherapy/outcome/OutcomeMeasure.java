package org.sextherapy.outcome;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A standard outcome measure a client completes at the start and at the end of a course of therapy,
 * such as a sexual-function index or a sexual-distress scale: its id and name, its reliability, the
 * standard deviation of its scores in a normative (or pre-treatment) sample, and which way its
 * scores improve.
 *
 * <p><b>Reliable change</b> (Jacobson and Truax 1991, "Clinical significance: a statistical approach
 * to defining meaningful change in psychotherapy research", J Consult Clin Psychol 59(1):12-19,
 * doi:10.1037/0022-006X.59.1.12). The standard error of measurement is {@code SD * sqrt(1 - r)};
 * the standard error of the difference between two scores is
 * {@code S_diff = sqrt(2) * SD * sqrt(1 - r)}; the reliable change index of a course is
 * {@code RCI = (final - baseline) / S_diff}. A change with {@code |RCI| > 1.96} is unlikely (p below
 * .05) to come from measurement error alone: it is reliable improvement or reliable deterioration,
 * depending on the measure's {@link #direction()}. So a measure with a normative SD of 6 and a
 * test-retest reliability of .80 needs a change of more than {@code 1.96 * sqrt(2) * 6 * sqrt(.2)},
 * about 7.4 points. The limits of the method (regression to the mean, which reliability to use) are
 * discussed in the literature that followed (such as Maassen 2004, doi:10.1017/S1355617704106097);
 * this class applies the original formula.
 *
 * <p>The library ships no measure's figures: take the reliability and standard deviation from the
 * measure's manual or validation paper. A measure is not client data; its id is an opaque id that
 * may appear in explanations.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class OutcomeMeasure {

  /** The reliable change index a change must exceed in absolute value: a two-sided p of .05. */
  public static final double RELIABLE_CHANGE_INDEX = 1.96;

  OutcomeMeasure() {}

  /**
   * Creates a measure.
   *
   * @param id an opaque id, such as {@code FSFI}, never null
   * @param name the measure's name, never null or blank
   * @param reliability its reliability coefficient (test-retest or internal consistency), above 0
   *     and below 1
   * @param normativeSd the standard deviation of its scores in a normative or pre-treatment sample,
   *     above 0 and finite
   * @param direction which way its scores improve, never null
   * @return the measure, never null
   * @throws IllegalArgumentException if a value is out of range; the message names the field
   */
  public static OutcomeMeasure of(String id, String name, double reliability, double normativeSd,
      ScoreDirection direction) {
    return ImmutableOutcomeMeasure.of(id, name, reliability, normativeSd, direction);
  }

  /**
   * Returns the measure's opaque id.
   *
   * @return the id, never null
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the measure's name.
   *
   * @return the name, never null or blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the reliability coefficient.
   *
   * @return above 0 and below 1
   */
  @Value.Parameter
  public abstract double reliability();

  /**
   * Returns the normative standard deviation of the scores.
   *
   * @return above 0 and finite
   */
  @Value.Parameter
  public abstract double normativeSd();

  /**
   * Returns which way the scores improve.
   *
   * @return the direction, never null
   */
  @Value.Parameter
  public abstract ScoreDirection direction();

  /**
   * Returns the standard error of the difference between two scores,
   * {@code sqrt(2) * SD * sqrt(1 - r)}.
   *
   * @return above 0
   */
  public final double standardErrorOfDifference() {
    return Math.sqrt(2) * normativeSd() * Math.sqrt(1 - reliability());
  }

  /**
   * Returns the smallest change in raw score points that counts as reliable: a change must exceed
   * {@code 1.96 * S_diff} in absolute value.
   *
   * @return above 0
   */
  public final double reliableChangeThreshold() {
    return RELIABLE_CHANGE_INDEX * standardErrorOfDifference();
  }

  /**
   * Judges the change between a course's baseline and final scores.
   *
   * @param baseline the score at the start of the course, finite
   * @param last the score at the end of the course, finite
   * @return improved, deteriorated, or no reliable change, never null
   * @throws IllegalArgumentException if a score is not finite; the message names it
   */
  public final ReliableChange change(double baseline, double last) {
    Checks.require(Double.isFinite(baseline), "baselineScore", "must be a finite number");
    Checks.require(Double.isFinite(last), "finalScore", "must be a finite number");
    double index = (last - baseline) / standardErrorOfDifference();
    double better = direction() == ScoreDirection.HIGHER_IS_BETTER ? index : -index;
    if (better > RELIABLE_CHANGE_INDEX) {
      return ReliableChange.IMPROVED;
    }
    if (better < -RELIABLE_CHANGE_INDEX) {
      return ReliableChange.DETERIORATED;
    }
    return ReliableChange.NO_RELIABLE_CHANGE;
  }

  @Value.Check
  final void check() {
    Checks.opaqueId(id(), "id");
    Checks.notBlank(name(), "name");
    Checks.require(reliability() > 0 && reliability() < 1, "reliability",
        "must be above 0 and below 1");
    Checks.require(normativeSd() > 0 && Double.isFinite(normativeSd()), "normativeSd",
        "must be above 0 and finite");
  }

  @Override
  public String toString() {
    return "OutcomeMeasure{" + id() + ", r " + reliability() + ", SD " + normativeSd() + ", "
        + direction().id() + "}";
  }
}
