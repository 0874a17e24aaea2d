package org.sextherapy.matching;

import java.util.OptionalInt;
import org.immutables.value.Value;
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
 * <p><b>Fresh availability.</b> Directory listings go stale: in a simulated-patient study of
 * psychiatrists listed by insurers in three US cities, callers obtained an appointment in about a
 * quarter of calls, many listings being wrong or unreachable (Malowney et al., Psychiatric
 * Services 2015;66(1):94-96, doi:10.1176/appi.ps.201400051). So how long ago a
 * therapist last confirmed their availability counts ({@link
 * org.sextherapy.therapist.TherapistProfile#availabilityConfirmedAt()}, its UTC date, against the
 * session date): confirmed on the day earns {@link #freshAvailabilityPoints()} (6, half a
 * preference), falling in a straight line to none after {@link #availabilityFreshForDays()} (90,
 * the profile validator's staleness limit), with a {@link ReasonCode#AVAILABILITY_CONFIRMED}
 * reason naming the days; a therapist who never confirmed earns nothing and gets no such reason.
 * The penalty for an old confirmation is thus the points a fresh one earns, on by default. A
 * policy may also exclude therapists not confirmed within {@link #availabilityConfirmedWithinDays()}
 * days (never, by default), counted under {@link HardConstraint#AVAILABILITY_CONFIRMED}.
 *
 * <p><b>Distance as a gradient.</b> A preferred in-person distance met earns points that fall with
 * the exact distance from the client's point to the nearest practice location within the client's
 * radius that is open to them, as {@link #distanceDecay()} sets ({@link DistanceDecay#LINEAR} by
 * default: all of {@link #preferencePoints()} at the client's point, none at the radius); the
 * reason names the location's jurisdiction and the distance in whole kilometres. See
 * {@link #distancePoints(double, double)}.
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
  /** The most days a policy's freshness options may span: ten years. */
  public static final int MAX_FRESHNESS_DAYS = 3650;
  /** The largest half-distance, in kilometres, a policy accepts: half the earth's circumference. */
  public static final int MAX_HALF_KM = 20_000;

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
   * Returns the points for availability confirmed on the session date (or later); they fall in a
   * straight line to none at {@link #availabilityFreshForDays()}.
   *
   * @return 0 to {@value #MAX_POINTS}; 6 unless set
   */
  @Value.Default
  public int freshAvailabilityPoints() {
    return 6;
  }

  /**
   * Returns after how many days since confirmation availability earns no freshness points.
   *
   * @return 1 to {@value #MAX_FRESHNESS_DAYS}; 90 unless set, the profile validator's
   *     {@link org.sextherapy.validation.TherapistProfileValidator#STALE_AFTER}
   */
  @Value.Default
  public int availabilityFreshForDays() {
    return 90;
  }

  /**
   * Returns the most days before the session date a therapist's availability may have been last
   * confirmed for them to be offered at all; a therapist who never confirmed is then excluded too.
   *
   * @return 0 to {@value #MAX_FRESHNESS_DAYS}, or empty (the default) for no limit
   */
  public abstract OptionalInt availabilityConfirmedWithinDays();

  /**
   * Returns how the points of a met preferred in-person distance fall with the distance.
   *
   * @return the decay, never null; {@link DistanceDecay#LINEAR} unless set
   */
  @Value.Default
  public DistanceDecay distanceDecay() {
    return DistanceDecay.LINEAR;
  }

  /**
   * Returns the distance over which the points of a met preferred distance halve, under
   * {@link DistanceDecay#EXPONENTIAL}.
   *
   * @return 1 to {@value #MAX_HALF_KM} kilometres; 10 unless set
   */
  @Value.Default
  public int distanceHalfKm() {
    return 10;
  }

  /**
   * Returns the freshness points for availability confirmed some days before the session date:
   * {@code floor(freshAvailabilityPoints * (availabilityFreshForDays - days) / availabilityFreshForDays)},
   * none from {@link #availabilityFreshForDays()} days on.
   *
   * @param daysSinceConfirmed days from the confirmation's UTC date to the session date, 0 or more
   * @return the points, 0 to {@link #freshAvailabilityPoints()}
   */
  public final long freshnessPoints(long daysSinceConfirmed) {
    long horizon = availabilityFreshForDays();
    long days = Math.max(0, daysSinceConfirmed);
    return days >= horizon ? 0 : freshAvailabilityPoints() * (horizon - days) / horizon;
  }

  /**
   * Returns the points of a met preferred in-person distance: with P the
   * {@link #preferencePoints()}, P under {@link DistanceDecay#NONE};
   * {@code floor(P * (1 - km / radiusKm))} under {@link DistanceDecay#LINEAR};
   * {@code floor(P * 0.5^(km / distanceHalfKm))} under {@link DistanceDecay#EXPONENTIAL}.
   *
   * @param km the exact distance to the nearest open practice location, 0 to radiusKm
   * @param radiusKm the client's largest acceptable distance, positive
   * @return the points, 0 to P
   */
  public final long distancePoints(double km, double radiusKm) {
    long points = preferencePoints();
    return switch (distanceDecay()) {
      case NONE -> points;
      case LINEAR -> (long) Math.floor(points * Math.max(0, Math.min(1, 1 - km / radiusKm)));
      case EXPONENTIAL -> (long) Math.floor(points * Math.pow(0.5, km / distanceHalfKm()));
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
    points(freshAvailabilityPoints(), "freshAvailabilityPoints");
    Checks.require(availabilityFreshForDays() >= 1
        && availabilityFreshForDays() <= MAX_FRESHNESS_DAYS, "availabilityFreshForDays",
        "must be from 1 to " + MAX_FRESHNESS_DAYS);
    availabilityConfirmedWithinDays().ifPresent(days -> Checks.require(days >= 0
        && days <= MAX_FRESHNESS_DAYS, "availabilityConfirmedWithinDays",
        "must be from 0 to " + MAX_FRESHNESS_DAYS));
    Checks.require(distanceHalfKm() >= 1 && distanceHalfKm() <= MAX_HALF_KM, "distanceHalfKm",
        "must be from 1 to " + MAX_HALF_KM);
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
        + outcomeSpanPercent() + (excludeCredibleDeterioration() ? " excluding" : "")
        + ", freshness " + freshAvailabilityPoints() + "/" + availabilityFreshForDays() + "d"
        + (availabilityConfirmedWithinDays().isPresent()
            ? " within " + availabilityConfirmedWithinDays().getAsInt() + "d" : "")
        + ", distance " + distanceDecay().id()
        + (distanceDecay() == DistanceDecay.EXPONENTIAL ? " " + distanceHalfKm() + "km" : "")
        + "}";
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
     * Sets the points for availability confirmed on the session date.
     *
     * @param freshAvailabilityPoints 0 to {@value MatchPolicy#MAX_POINTS}; 0 turns the freshness
     *     signal off
     * @return this builder
     */
    Builder freshAvailabilityPoints(int freshAvailabilityPoints);

    /**
     * Sets after how many days since confirmation availability earns no freshness points.
     *
     * @param availabilityFreshForDays 1 to {@value MatchPolicy#MAX_FRESHNESS_DAYS}
     * @return this builder
     */
    Builder availabilityFreshForDays(int availabilityFreshForDays);

    /**
     * Excludes therapists whose availability was not confirmed within some days before the session
     * date, or never.
     *
     * @param availabilityConfirmedWithinDays 0 to {@value MatchPolicy#MAX_FRESHNESS_DAYS}
     * @return this builder
     */
    Builder availabilityConfirmedWithinDays(int availabilityConfirmedWithinDays);

    /**
     * Sets, or with an empty value removes, the freshness limit.
     *
     * @param availabilityConfirmedWithinDays never null, possibly empty
     * @return this builder
     */
    Builder availabilityConfirmedWithinDays(OptionalInt availabilityConfirmedWithinDays);

    /**
     * Sets how the points of a met preferred distance fall with the distance.
     *
     * @param distanceDecay never null
     * @return this builder
     */
    Builder distanceDecay(DistanceDecay distanceDecay);

    /**
     * Sets the half-distance of {@link DistanceDecay#EXPONENTIAL}.
     *
     * @param distanceHalfKm 1 to {@value MatchPolicy#MAX_HALF_KM} kilometres
     * @return this builder
     */
    Builder distanceHalfKm(int distanceHalfKm);

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
