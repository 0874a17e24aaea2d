package org.sextherapy.qualification;

import org.sextherapy.Identified;

/**
 * Why a certification is or is not current on a date, as {@link Certification#standingOn} decides
 * it, the one place the library decides it: the validator, ethical rule 6 and the matcher all ask
 * there. Each standing maps to the {@link CertificationStatus} to show.
 */
public enum CertificationStanding implements Identified {
  /** Within its cycle, every condition met, and any credential it rests on current. */
  CURRENT("current", CertificationStatus.CURRENT),
  /** Issued later than the date asked about. */
  NOT_YET_VALID("not-yet-valid", CertificationStatus.NOT_YET_VALID),
  /** Past its recorded expiry or its issuer's renewal cycle. */
  PAST_CYCLE("past-cycle", CertificationStatus.LAPSED),
  /** The issuer requires current membership and it is not current. */
  MEMBERSHIP_LAPSED("membership-lapsed", CertificationStatus.LAPSED),
  /** The credential it rests on (AASECT's CST under the supervisor credential) is not current. */
  REQUIRED_CREDENTIAL_NOT_CURRENT("required-credential-not-current", CertificationStatus.LAPSED),
  /**
   * The credential it rests on had not been held long enough when it was issued (AASECT's
   * supervisor credential needs the CST held for two years), so it was never validly held.
   */
  REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH("required-credential-not-held-long-enough",
      CertificationStatus.LAPSED);

  private final String id;
  private final CertificationStatus status;

  CertificationStanding(String id, CertificationStatus status) {
    this.id = id;
    this.status = status;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the status to show for this standing.
   *
   * @return the status, never null
   */
  public CertificationStatus status() {
    return status;
  }
}
