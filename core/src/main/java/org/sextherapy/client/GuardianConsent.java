package org.sextherapy.client;

import org.sextherapy.Identified;

/**
 * Where a minor's guardian consent stands. Consent rules vary by jurisdiction (often 12 to 16 for
 * outpatient mental-health care), so this is data to check, never an assumption (ethical rule 7).
 */
public enum GuardianConsent implements Identified {
  /** A guardian has consented. */
  GIVEN("given"),
  /** Consent has been asked for and not yet given. */
  PENDING("pending"),
  /** A guardian has refused. */
  REFUSED("refused"),
  /**
   * The intake has established that the minor may consent alone under the law of the session
   * jurisdiction.
   */
  NOT_REQUIRED("not-required");

  private final String id;

  GuardianConsent(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
