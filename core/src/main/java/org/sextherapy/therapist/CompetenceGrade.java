package org.sextherapy.therapist;

import org.sextherapy.Identified;

/**
 * How much competence a therapist declares in a {@link PracticeArea}, in increasing order. A
 * therapist who declares nothing for an area has not disclosed it, which is not the same as
 * {@link #NONE}.
 */
public enum CompetenceGrade implements Identified {
  /** Declares no particular competence in the area. */
  NONE("none"),
  /** Aware: informed about the area and non-pathologising, without much clinical experience. */
  AWARE("aware"),
  /** Experienced: has worked clinically with clients in the area. */
  EXPERIENCED("experienced");

  private final String id;

  CompetenceGrade(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether this grade is at least another.
   *
   * @param minimum the grade to reach, never null
   * @return whether this grade reaches it
   */
  public boolean atLeast(CompetenceGrade minimum) {
    return compareTo(minimum) >= 0;
  }
}
