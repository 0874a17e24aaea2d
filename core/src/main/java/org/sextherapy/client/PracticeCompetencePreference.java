package org.sextherapy.client;

import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.PracticeArea;

/**
 * A preference for a therapist with at least a given competence in a practice area, such as
 * experienced with kink or at least aware of asexuality. Clients in these areas often meet
 * therapists who pathologise them (AASECT and NCSF, 2016; see {@link PracticeArea}). It is met when
 * the therapist declares a grade in {@link #area()} that is {@linkplain CompetenceGrade#atLeast at
 * least} {@link #minimum()}; a therapist who declares nothing for the area never meets it. A
 * client with needs in two areas states two preferences.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public non-sealed abstract class PracticeCompetencePreference implements Preference {

  PracticeCompetencePreference() {}

  /**
   * Creates the preference.
   *
   * @param strength how firmly it is held, never null
   * @param area the practice area, never null
   * @param minimum the least competence that would do, never null, not {@link CompetenceGrade#NONE}
   * @return the preference, never null
   * @throws org.sextherapy.InvalidValueException naming {@code minimum} if it is
   *     {@link CompetenceGrade#NONE}
   */
  public static PracticeCompetencePreference of(Strength strength, PracticeArea area,
      CompetenceGrade minimum) {
    return ImmutablePracticeCompetencePreference.of(strength, area, minimum);
  }

  @Override
  @Value.Parameter
  public abstract Strength strength();

  /**
   * Returns the practice area.
   *
   * @return the area, never null
   */
  @Value.Parameter
  public abstract PracticeArea area();

  /**
   * Returns the least competence that would do.
   *
   * @return the grade, never {@link CompetenceGrade#NONE}, never null
   */
  @Value.Parameter
  public abstract CompetenceGrade minimum();

  @Override
  public final PreferenceKind kind() {
    return PreferenceKind.PRACTICE_COMPETENCE;
  }

  @Value.Check
  final void check() {
    Checks.require(minimum() != CompetenceGrade.NONE, "minimum", "must be aware or experienced");
  }

  @Override
  public String toString() {
    return "PracticeCompetencePreference{" + strength().id() + "}";
  }
}
