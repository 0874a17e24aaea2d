package org.sextherapy.code;

import org.sextherapy.Identified;

/**
 * How sure the library's sources are that a {@link Code} is right for what it is attached to.
 *
 * <p>Codes marked {@link #UNCERTAIN} were agreed on only by secondary sources: treat them as data a
 * user may need to correct, never as something logic depends on.
 */
public enum Certainty implements Identified {
  /** Read in the primary source (the classification itself or its official value set). */
  VERIFIED("verified"),
  /** Only secondary sources agree; check against the classification before clinical use. */
  UNCERTAIN("uncertain");

  private final String id;

  Certainty(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
