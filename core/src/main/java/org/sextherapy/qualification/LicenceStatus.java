package org.sextherapy.qualification;

import org.sextherapy.Identified;

/** The standing of a licence with its board. Only an active licence authorises practice. */
public enum LicenceStatus implements Identified {
  /** In good standing. */
  ACTIVE("active"),
  /** Held but not in use (retired, on leave). */
  INACTIVE("inactive"),
  /** Suspended by the board. */
  SUSPENDED("suspended"),
  /** Revoked by the board. */
  REVOKED("revoked"),
  /** Not renewed in time. */
  EXPIRED("expired");

  private final String id;

  LicenceStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
