package org.sextherapy.qualification;

import org.sextherapy.Identified;

/** The level of an academic degree; AASECT's requirements differ by level. */
public enum DegreeLevel implements Identified {
  /** A bachelor's degree. */
  BACHELOR("bachelor"),
  /** A master's degree. */
  MASTER("master"),
  /** A doctorate (PhD, PsyD, MD, DO, DSW, EdD). */
  DOCTORATE("doctorate");

  private final String id;

  DegreeLevel(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
