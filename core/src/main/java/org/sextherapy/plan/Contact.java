package org.sextherapy.plan;

import org.sextherapy.Identified;

/**
 * The physical contact an activity involves. In session, only {@link #NONE} is allowed: sessions are
 * instructive and verbal (GoodTherapy, Sex Therapy; ethical rule 3).
 */
public enum Contact implements Identified {
  /** Talking, listening, reading, imagining: no physical contact. */
  NONE("none"),
  /** Non-sexual physical contact or touch, such as a pelvic-floor exercise or an examination. */
  PHYSICAL("physical"),
  /** Sexual touch or sexual activity. */
  SEXUAL("sexual");

  private final String id;

  Contact(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
