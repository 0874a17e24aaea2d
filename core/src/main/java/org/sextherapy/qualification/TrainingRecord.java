package org.sextherapy.qualification;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A therapist's recorded training in human sexuality, in the terms AASECT's Certified Sex Therapist
 * requirements use: 90 h of human-sexuality core education, 60 h of sex-therapy training, a Sexual
 * Attitude Reassessment (SAR), 300 h of supervised sex-therapy clinical work of which at most 150 by
 * telehealth, 50 h of supervision, and 2 years of post-degree clinical experience after a master's
 * or 1 after a doctorate (aasect.org certification requirements).
 *
 * <p>Asking a therapist about their training in human sexuality is good practice, since
 * certification is not standardised (GoodTherapy, Sex Therapy). All attributes default to zero or
 * false.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class TrainingRecord {

  TrainingRecord() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableTrainingRecord.builder();
  }

  /**
   * Returns hours of human-sexuality core education.
   *
   * @return zero or more
   */
  @Value.Default
  public int humanSexualityEducationHours() {
    return 0;
  }

  /**
   * Returns hours of sex-therapy training.
   *
   * @return zero or more
   */
  @Value.Default
  public int sexTherapyTrainingHours() {
    return 0;
  }

  /**
   * Tells whether a Sexual Attitude Reassessment (SAR) was completed.
   *
   * @return whether it was
   */
  @Value.Default
  public boolean attitudeReassessmentCompleted() {
    return false;
  }

  /**
   * Returns hours of supervised sex-therapy clinical work, telehealth hours included.
   *
   * @return zero or more
   */
  @Value.Default
  public int supervisedClinicalHours() {
    return 0;
  }

  /**
   * Returns the part of {@link #supervisedClinicalHours()} delivered by video or phone.
   *
   * @return zero or more, at most the supervised clinical hours
   */
  @Value.Default
  public int telehealthClinicalHours() {
    return 0;
  }

  /**
   * Returns hours of supervision received from a certified supervisor.
   *
   * @return zero or more
   */
  @Value.Default
  public int supervisionHours() {
    return 0;
  }

  /**
   * Returns whole years of clinical experience after the qualifying degree.
   *
   * @return zero or more
   */
  @Value.Default
  public int postDegreeExperienceYears() {
    return 0;
  }

  @Value.Check
  final void check() {
    Checks.nonNegative(humanSexualityEducationHours(), "humanSexualityEducationHours");
    Checks.nonNegative(sexTherapyTrainingHours(), "sexTherapyTrainingHours");
    Checks.nonNegative(supervisedClinicalHours(), "supervisedClinicalHours");
    Checks.nonNegative(telehealthClinicalHours(), "telehealthClinicalHours");
    Checks.nonNegative(supervisionHours(), "supervisionHours");
    Checks.nonNegative(postDegreeExperienceYears(), "postDegreeExperienceYears");
    Checks.require(telehealthClinicalHours() <= supervisedClinicalHours(),
        "telehealthClinicalHours", "must not exceed supervisedClinicalHours");
  }

  /** Builds a {@link TrainingRecord}; every attribute defaults to zero or false. */
  public interface Builder {
    /**
     * Sets hours of human-sexuality education.
     *
     * @param hours zero or more
     * @return this builder
     */
    Builder humanSexualityEducationHours(int hours);

    /**
     * Sets hours of sex-therapy training.
     *
     * @param hours zero or more
     * @return this builder
     */
    Builder sexTherapyTrainingHours(int hours);

    /**
     * Sets whether a Sexual Attitude Reassessment was completed.
     *
     * @param completed whether it was
     * @return this builder
     */
    Builder attitudeReassessmentCompleted(boolean completed);

    /**
     * Sets hours of supervised clinical work.
     *
     * @param hours zero or more
     * @return this builder
     */
    Builder supervisedClinicalHours(int hours);

    /**
     * Sets the telehealth part of the supervised clinical hours.
     *
     * @param hours zero or more, at most the supervised clinical hours
     * @return this builder
     */
    Builder telehealthClinicalHours(int hours);

    /**
     * Sets hours of supervision received.
     *
     * @param hours zero or more
     * @return this builder
     */
    Builder supervisionHours(int hours);

    /**
     * Sets years of post-degree clinical experience.
     *
     * @param years zero or more
     * @return this builder
     */
    Builder postDegreeExperienceYears(int years);

    /**
     * Builds the record.
     *
     * @return the record, never null
     * @throws IllegalArgumentException if a number is negative or telehealth hours exceed the
     *     supervised clinical hours
     */
    TrainingRecord build();
  }
}
