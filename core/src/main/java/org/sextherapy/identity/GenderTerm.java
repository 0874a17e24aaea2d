package org.sextherapy.identity;

import org.sextherapy.Identified;

/**
 * A term a person chooses to describe their gender, so that a client's preference for a therapist
 * of a given gender can be honoured. A person may choose several terms; none is inferred.
 */
public enum GenderTerm implements Identified {
  /** Woman. */
  WOMAN("woman"),
  /** Man. */
  MAN("man"),
  /** Non-binary. */
  NON_BINARY("non-binary"),
  /** Transgender. */
  TRANSGENDER("transgender"),
  /** Genderqueer or gender-fluid. */
  GENDERQUEER("genderqueer"),
  /** Agender. */
  AGENDER("agender"),
  /** Two-Spirit (Indigenous North American). */
  TWO_SPIRIT("two-spirit"),
  /** A term not listed here; the person's own words say more. */
  ANOTHER_TERM("another-term");

  private final String id;

  GenderTerm(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
