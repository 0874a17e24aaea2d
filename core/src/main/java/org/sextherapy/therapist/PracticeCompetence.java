package org.sextherapy.therapist;

import org.immutables.value.Value;

/**
 * The competence a therapist declares in one {@link PracticeArea}, such as experienced with
 * consensual non-monogamy.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class PracticeCompetence {

  PracticeCompetence() {}

  /**
   * Creates the declaration.
   *
   * @param area the practice area, never null
   * @param grade the competence declared in it, never null
   * @return the declaration, never null
   */
  public static PracticeCompetence of(PracticeArea area, CompetenceGrade grade) {
    return ImmutablePracticeCompetence.of(area, grade);
  }

  /**
   * Returns the practice area.
   *
   * @return the area, never null
   */
  @Value.Parameter
  public abstract PracticeArea area();

  /**
   * Returns the competence declared.
   *
   * @return the grade, never null
   */
  @Value.Parameter
  public abstract CompetenceGrade grade();

  @Override
  public String toString() {
    return "PracticeCompetence{" + area().id() + ":" + grade().id() + "}";
  }
}
