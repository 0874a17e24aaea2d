package org.sextherapy.authorisation;

import org.sextherapy.Identified;

/** What kind of credential an authorisation to practise rests on. */
public enum BasisKind implements Identified {
  /** A licence issued by a state, province or country. */
  LICENCE("licence"),
  /** An entry on a register that counts where there is no statutory licence (or beside one). */
  REGISTRATION("registration"),
  /** A privilege granted under an interstate compact, resting on a home licence. */
  COMPACT_PRIVILEGE("compact-privilege");

  private final String id;

  BasisKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
