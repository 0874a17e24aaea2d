package org.sextherapy.matching;

import org.immutables.value.Value;
import org.sextherapy.insurance.CoverageStanding;
import org.sextherapy.internal.Checks;
import org.sextherapy.therapist.ExpertiseLevel;

/**
 * The weights a {@link Matcher} ranks eligible therapists by, as whole points so that a match's
 * reasons add up exactly to its score.
 *
 * <p>The defaults, and what the evidence does and does not say for them (Swift et al. 2018,
 * doi:10.1002/jclp.22680; Constantino et al. 2021, doi:10.1001/jamapsychiatry.2021.1221):
 * <ol>
 *   <li><b>Competence first.</b> In a randomised trial, matching patients to therapists whose
 *       <em>measured outcomes</em> were good on the patient's specific problems improved outcomes
 *       (Constantino et al., JAMA Psychiatry 2021;78(9):960-969, doi:10.1001/jamapsychiatry.2021.1221);
 *       its authors note that therapists' self-declared expertise is often inaccurate. Declared
 *       expertise is therefore a proxy, blended with measured outcomes where the directory holds
 *       them (below): the trial does not show that ranking on declarations improves outcomes.
 *       Each of the
 *       client's concerns the therapist declares expertise in earns the points of the expertise
 *       level ({@link #generalExpertisePoints()} 10, {@link #experiencedExpertisePoints()} 20,
 *       {@link #specialistExpertisePoints()} 30) times the concern's
 *       {@link org.sextherapy.client.Priority#weight()} (3, 2 or 1), so a specialist in the client's
 *       main concern earns 90.</li>
 *   <li><b>Then preferences.</b> Accommodating client preferences lowers dropout and modestly
 *       improves outcomes (meta-analyses, d about 0.3). Each preference the client marked as
 *       preferred and the therapist meets earns {@link #preferencePoints()} (12): less than the gap
 *       between a general and a specialist therapist for the main concern, more than a small
 *       signal. Every kind earns the same: matching on therapist gender shows little effect on
 *       outcomes, but honouring the preference lowers dropout, so it is honoured like the others.
 *       Required preferences are hard constraints and earn nothing, since every offered therapist
 *       meets them.</li>
 *   <li><b>Then small signals.</b> A sex-therapist certification current on the session date earns
 *       {@link #certificationPoints()} (5): certification is not standardised, so it is worth
 *       asking about but is no proof of competence (GoodTherapy, Sex Therapy). Each year of
 *       post-degree clinical experience earns {@link #pointsPerExperienceYear()} (1), up to
 *       {@link #experienceYearsCounted()} (5) years.</li>
 * </ol>
 *
 * <p><b>Measured outcomes.</b> Therapists are no better than chance at predicting their own
 * measured strengths per problem (Constantino et al., J Consult Clin Psychol 2023,
 * doi:10.1037/ccp0000813), and the trial that improved outcomes matched on measured outcomes, not
 * declarations (Constantino et al., JAMA Psychiatry 2021, doi:10.1001/jamapsychiatry.2021.1221). So
 * where the directory holds {@link org.sextherapy.outcome.OutcomeRecord}s for a concern, a
 * therapist's competence points for it blend the declared level with their measured reliable
 * improvement rate:
 * <ul>
 *   <li>{@link #measuredOutcomeWeightPercent()} (50) percent of the concern's points come from
 *       measurement, the rest from the declared level: with weight w (the priority weight) and
 *       level points L, the declared part is {@code floor(w * L * (100 - weight) / 100)};</li>
 *   <li>the measured part is
 *       {@code floor(w * S * weight / 100 * clamp(1/2 + 100 * d / span, 0, 1))}, where S is
 *       {@link #specialistExpertisePoints()}, {@code span} is {@link #outcomeSpanPercent()} (20)
 *       percentage points, and {@code d} is the therapist's
 *       shrunk reliable-improvement rate minus the directory's rate for the concern on the same
 *       measure ({@link org.sextherapy.outcome.OutcomeRates#shrunkRate}, prior strength
 *       {@link #outcomePriorCourses()}, 19 courses). A therapist at the directory's rate, or
 *       without a record, earns half the measured share; 10 percentage points above, all of it; 10
 *       below, none. Computed exactly in integers, so a worse record never earns more;</li>
 *   <li>a therapist whose reliable-deterioration rate is credibly above the directory's
 *       ({@link org.sextherapy.outcome.OutcomeRates#crediblyAbove}) is flagged with a
 *       {@link ReasonCode#MEASURED_DETERIORATION} reason, and excluded when
 *       {@link #excludeCredibleDeterioration()} is set (false by default: outcome records are not
 *       adjusted for case mix, so the flag asks a person to look).</li>
 * </ul>
 * A concern with no record in the whole directory is scored on declared expertise alone, exactly
 * as without this feature.
 *
 * <p>Callers may supply their own weights through {@link #builder()}. Every weight is from 0 to
 * {@value #MAX_POINTS}, and a deeper expertise level never earns fewer points than a shallower one,
 * so declaring expertise in a concern the client brings never lowers a therapist's score.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class MatchPolicy {

  /** The largest weight a policy accepts, so that no score can overflow. */
  public static final int MAX_POINTS = 1_000_000;

  /** The largest prior strength, in courses, a policy accepts. */
  public static final int MAX_PRIOR_COURSES = 100_000;

  /** The most years of experience a policy may count. */
  public static final int MAX_EXPERIENCE_YEARS = 60;

  private static final MatchPolicy DEFAULTS = builder().build();

  MatchPolicy() {}

  /**
   * Returns the evidence-based default policy described above.
   *
   * @return the default policy, never null
   */
  public static MatchPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableMatchPolicy.builder();
  }

  /**
   * Returns the points per unit of priority weight for a concern the therapist has general
   * expertise in.
   *
   * @return 0 to {@value #MAX_POINTS}; 10 unless set
   */
  @Value.Default
  public int generalExpertisePoints() {
    return 10;
  }

  /**
   * Returns the points per unit of priority weight for a concern the therapist is experienced in.
   *
   * @return 0 to {@value #MAX_POINTS}; 20 unless set
   */
  @Value.Default
  public int experiencedExpertisePoints() {
    return 20;
  }

  /**
   * Returns the points per unit of priority weight for a concern the therapist specialises in.
   *
   * @return 0 to {@value #MAX_POINTS}; 30 unless set
   */
  @Value.Default
  public int specialistExpertisePoints() {
    return 30;
  }

  /**
   * Returns the points for each preferred preference the therapist meets.
   *
   * @return 0 to {@value #MAX_POINTS}; 12 unless set
   */
  @Value.Default
  public int preferencePoints() {
    return 12;
  }

  /**
   * Returns the points for holding a sex-therapist certification current on the session date.
   *
   * @return 0 to {@value #MAX_POINTS}; 5 unless set
   */
  @Value.Default
  public int certificationPoints() {
    return 5;
  }

  /**
   * Returns the points for each year of post-degree clinical experience counted.
   *
   * @return 0 to {@value #MAX_POINTS}; 1 unless set
   */
  @Value.Default
  public int pointsPerExperienceYear() {
    return 1;
  }

  /**
   * Returns how many years of experience count at most.
   *
   * @return 0 to {@value #MAX_EXPERIENCE_YEARS}; 5 unless set
   */
  @Value.Default
  public int experienceYearsCounted() {
    return 5;
  }

  /**
   * Returns the percentage of a measured concern's competence points that comes from measured
   * outcomes rather than from the declared expertise level.
   *
   * @return 0 to 100; 50 unless set
   */
  @Value.Default
  public int measuredOutcomeWeightPercent() {
    return 50;
  }

  /**
   * Returns the prior strength, in courses, of the estimate of a therapist's rates: how many
   * courses at the directory's rate a therapist's own record is weighed against.
   *
   * @return 0 to {@value #MAX_PRIOR_COURSES}; 19 unless set
   */
  @Value.Default
  public int outcomePriorCourses() {
    return 19;
  }

  /**
   * Returns the span, in percentage points of reliable-improvement rate around the directory's
   * rate, over which the measured share goes from nothing to all of it.
   *
   * @return 1 to 100; 20 unless set
   */
  @Value.Default
  public int outcomeSpanPercent() {
    return 20;
  }

  /**
   * Tells whether a therapist whose reliable-deterioration rate for one of the client's concerns is
   * credibly above the directory's is excluded rather than only flagged.
   *
   * @return whether they are excluded; false unless set
   */
  @Value.Default
  public boolean excludeCredibleDeterioration() {
    return false;
  }

  /**
   * Returns the points a preferred insurance preference earns for a standing: the preference
   * points in network, half of them out of network with a superbill (the client pays first and is
   * reimbursed only in part), none otherwise.
   *
   * @param standing how the client's insurance stands with the therapist, never null
   * @return the points, 0 to {@value #MAX_POINTS}
   */
  public final int pointsFor(CoverageStanding standing) {
    return switch (standing) {
      case IN_NETWORK -> preferencePoints();
      case OUT_OF_NETWORK_SUPERBILL -> preferencePoints() / 2;
      case NOT_COVERED -> 0;
    };
  }

  /**
   * Returns the points per unit of priority weight for an expertise level.
   *
   * @param level the level, never null
   * @return the points, 0 to {@value #MAX_POINTS}
   */
  public final int pointsFor(ExpertiseLevel level) {
    return switch (level) {
      case GENERAL -> generalExpertisePoints();
      case EXPERIENCED -> experiencedExpertisePoints();
      case SPECIALIST -> specialistExpertisePoints();
    };
  }

  @Value.Check
  final void check() {
    points(generalExpertisePoints(), "generalExpertisePoints");
    points(experiencedExpertisePoints(), "experiencedExpertisePoints");
    points(specialistExpertisePoints(), "specialistExpertisePoints");
    points(preferencePoints(), "preferencePoints");
    points(certificationPoints(), "certificationPoints");
    points(pointsPerExperienceYear(), "pointsPerExperienceYear");
    Checks.require(experienceYearsCounted() >= 0
        && experienceYearsCounted() <= MAX_EXPERIENCE_YEARS, "experienceYearsCounted",
        "must be from 0 to " + MAX_EXPERIENCE_YEARS);
    Checks.require(measuredOutcomeWeightPercent() >= 0 && measuredOutcomeWeightPercent() <= 100,
        "measuredOutcomeWeightPercent", "must be from 0 to 100");
    Checks.require(outcomePriorCourses() >= 0 && outcomePriorCourses() <= MAX_PRIOR_COURSES,
        "outcomePriorCourses", "must be from 0 to " + MAX_PRIOR_COURSES);
    Checks.require(outcomeSpanPercent() >= 1 && outcomeSpanPercent() <= 100,
        "outcomeSpanPercent", "must be from 1 to 100");
    Checks.require(generalExpertisePoints() <= experiencedExpertisePoints(),
        "experiencedExpertisePoints", "must not be below generalExpertisePoints");
    Checks.require(experiencedExpertisePoints() <= specialistExpertisePoints(),
        "specialistExpertisePoints", "must not be below experiencedExpertisePoints");
  }

  private static void points(int value, String field) {
    Checks.require(value >= 0 && value <= MAX_POINTS, field, "must be from 0 to " + MAX_POINTS);
  }

  @Override
  public String toString() {
    return "MatchPolicy{expertise " + generalExpertisePoints() + "/" + experiencedExpertisePoints()
        + "/" + specialistExpertisePoints() + ", preference " + preferencePoints()
        + ", certification " + certificationPoints() + ", experience "
        + pointsPerExperienceYear() + "x" + experienceYearsCounted() + ", outcomes "
        + measuredOutcomeWeightPercent() + "% prior " + outcomePriorCourses() + " span "
        + outcomeSpanPercent() + (excludeCredibleDeterioration() ? " excluding" : "") + "}";
  }

  /** Builds a {@link MatchPolicy}; every weight not set keeps its default. */
  public interface Builder {
    /**
     * Sets the points for general expertise.
     *
     * @param generalExpertisePoints 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder generalExpertisePoints(int generalExpertisePoints);

    /**
     * Sets the points for experienced expertise.
     *
     * @param experiencedExpertisePoints 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder experiencedExpertisePoints(int experiencedExpertisePoints);

    /**
     * Sets the points for specialist expertise.
     *
     * @param specialistExpertisePoints 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder specialistExpertisePoints(int specialistExpertisePoints);

    /**
     * Sets the points for each preferred preference met.
     *
     * @param preferencePoints 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder preferencePoints(int preferencePoints);

    /**
     * Sets the points for a current sex-therapist certification.
     *
     * @param certificationPoints 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder certificationPoints(int certificationPoints);

    /**
     * Sets the points per year of experience.
     *
     * @param pointsPerExperienceYear 0 to {@value MatchPolicy#MAX_POINTS}
     * @return this builder
     */
    Builder pointsPerExperienceYear(int pointsPerExperienceYear);

    /**
     * Sets how many years of experience count at most.
     *
     * @param experienceYearsCounted 0 to {@value MatchPolicy#MAX_EXPERIENCE_YEARS}
     * @return this builder
     */
    Builder experienceYearsCounted(int experienceYearsCounted);

    /**
     * Sets the percentage of a measured concern's points that comes from measured outcomes.
     *
     * @param measuredOutcomeWeightPercent 0 to 100
     * @return this builder
     */
    Builder measuredOutcomeWeightPercent(int measuredOutcomeWeightPercent);

    /**
     * Sets the prior strength of outcome estimates, in courses.
     *
     * @param outcomePriorCourses 0 to {@value MatchPolicy#MAX_PRIOR_COURSES}
     * @return this builder
     */
    Builder outcomePriorCourses(int outcomePriorCourses);

    /**
     * Sets the span of improvement rate, in percentage points, over which the measured share goes
     * from nothing to all of it.
     *
     * @param outcomeSpanPercent 1 to 100
     * @return this builder
     */
    Builder outcomeSpanPercent(int outcomeSpanPercent);

    /**
     * Sets whether a therapist with credibly more reliable deterioration than the directory is
     * excluded rather than only flagged.
     *
     * @param excludeCredibleDeterioration whether to exclude
     * @return this builder
     */
    Builder excludeCredibleDeterioration(boolean excludeCredibleDeterioration);

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     * @throws IllegalArgumentException if a weight or an outcome option is out of range, or a
     *     deeper expertise level earns fewer points than a shallower one
     */
    MatchPolicy build();
  }
}
