package org.sextherapy.qualification;

import org.sextherapy.Identified;

/** Whether a certification may be presented as held on a date. */
public enum CertificationStatus implements Identified {
  /** Within its cycle, with every condition of its issuer's renewal rule met. */
  CURRENT("current"),
  /** Issued later than the date asked about. */
  NOT_YET_VALID("not-yet-valid"),
  /** Past its cycle, or its membership or the credential it rests on lapsed: show it as lapsed. */
  LAPSED("lapsed");

  private final String id;

  CertificationStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
