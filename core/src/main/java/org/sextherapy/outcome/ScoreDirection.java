package org.sextherapy.outcome;

import org.sextherapy.Identified;

/**
 * Which way a measure's scores improve: sexual-function scales usually score better function
 * higher, distress scales score more distress higher.
 */
public enum ScoreDirection implements Identified {
  /** A higher score is better, such as a sexual-function index. */
  HIGHER_IS_BETTER("higher-is-better"),
  /** A lower score is better, such as a distress scale. */
  LOWER_IS_BETTER("lower-is-better");

  private final String id;

  ScoreDirection(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
