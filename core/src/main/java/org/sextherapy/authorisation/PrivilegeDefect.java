package org.sextherapy.authorisation;

import org.sextherapy.Identified;

/**
 * Why a compact privilege authorises nothing on a date. A privilege with no defect on a date
 * authorises what its kind allows that day, and one with a defect authorises nothing.
 */
public enum PrivilegeDefect implements Identified {
  /**
   * The home jurisdiction is not a member of the compact: every compact requires a home licence in
   * a member state (for example https://counselingcompact.org/faq/).
   */
  HOME_NOT_MEMBER("home-not-member"),
  /** The remote state a per-state privilege was issued for is not a member of the compact. */
  REMOTE_NOT_MEMBER("remote-not-member"),
  /**
   * The therapist's licences in the home jurisdiction are all in disciplines the compact does not
   * cover, such as a psychiatric nurse practitioner's licence under the Nurse Licensure Compact,
   * which covers RN and LPN licences only (https://www.ncsbn.org/nlc).
   */
  WRONG_DISCIPLINE("wrong-discipline"),
  /** No licence in a discipline the compact covers is active and valid in the home jurisdiction. */
  NO_HOME_LICENCE("no-home-licence"),
  /** The compact is not operational on the date (it authorised nothing before its first day). */
  COMPACT_NOT_OPERATIONAL("compact-not-operational"),
  /** The privilege starts after the date. */
  NOT_YET_VALID("not-yet-valid"),
  /** The privilege ended before the date. */
  EXPIRED("expired"),
  /**
   * The days of temporary practice allowed in the date's calendar year are used up (PSYPACT TAP:
   * 30 days a calendar year in each state).
   */
  DAYS_EXHAUSTED("days-exhausted");

  private final String id;

  PrivilegeDefect(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
