package org.sextherapy.qualification;

import java.util.Optional;

/**
 * What a compact privilege lets its holder do: by which deliveries, where, and for how long.
 *
 * <p>Every privilege rests on an active licence in the holder's home state, which must be a member
 * of the compact on the date, and authorises nothing before the compact's operational date.
 */
public enum PrivilegeKind {
  /**
   * PSYPACT's Authority to Practice Interjurisdictional Telepsychology (APIT): telepsychology only,
   * into every PSYPACT state, while the psychologist is physically in their home state; it is
   * granted on the strength of ASPPB's E.Passport and renewed with it each year. In-person work
   * needs a {@link #PSYPACT_TAP} instead. Sources: https://psypact.gov/page/Practice_Related_FAQs
   * ("PSYPACT requires that a psychologist be physically located in their declared Home State of
   * licensure while providing telepsychological services"); https://psypact.gov/page/PSYPACTRenewals.
   */
  PSYPACT_APIT("PSYPACT-APIT", CompactKind.PSYPACT, true, false, false, 0),
  /**
   * PSYPACT's Temporary Authorization to Practice (TAP): temporary in-person, face-to-face practice
   * in another PSYPACT state, at most 30 days in a calendar year in each state, granted on the
   * strength of ASPPB's Interjurisdictional Practice Certificate. A TAP privilege in this library is
   * recorded per remote state with the days already used there in each calendar year. Sources:
   * https://psypact.gov/page/Practice_Related_FAQs; PSYPACT Article V and Rule 5
   * (https://psypact.gov); "up to 30 days per calendar year"
   * (https://telehealth.org/covid-19-psypact/).
   */
  PSYPACT_TAP("PSYPACT-TAP", CompactKind.PSYPACT, false, true, true, 30),
  /**
   * A Counseling Compact privilege to practise: in person and by telehealth in the one remote state
   * it was issued for, valid until the home licence expires. A counsellor applies to each state
   * separately. Sources: https://www.counseling.org/advocacy/counseling-compact/faqs; Counseling
   * Compact section 4 (for example La. R.S. 37:1134, http://legis.la.gov/legis/Law.aspx?d=1296936).
   */
  COUNSELING_PRIVILEGE("COUNSELING-PRIVILEGE", CompactKind.COUNSELING_COMPACT, true, true, true, 0),
  /**
   * A Social Work Licensure Compact multistate licence: in person and by telehealth in every member
   * state, issued by the home state (https://swcompact.org).
   */
  SOCIAL_WORK_MULTISTATE("SWLC-MULTISTATE", CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, true, true,
      false, 0),
  /**
   * A Nurse Licensure Compact multistate licence for a registered or licensed practical nurse: in
   * person and electronically in every compact state (https://www.ncsbn.org/nlc). It never covers
   * an advanced practice registered nurse.
   */
  NURSE_MULTISTATE("NLC-MULTISTATE", CompactKind.NURSE_LICENSURE_COMPACT, true, true, false, 0);

  private final String id;
  private final CompactKind compact;
  private final boolean telehealth;
  private final boolean inPerson;
  private final boolean singleState;
  private final int daysPerYear;

  PrivilegeKind(String id, CompactKind compact, boolean telehealth, boolean inPerson,
      boolean singleState, int daysPerYear) {
    this.id = id;
    this.compact = compact;
    this.telehealth = telehealth;
    this.inPerson = inPerson;
    this.singleState = singleState;
    this.daysPerYear = daysPerYear;
  }

  /**
   * Returns the stable identifier, in capitals as the commissions write it, such as
   * {@code PSYPACT} or {@code PSYPACT-APIT}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the compact that grants this kind of privilege.
   *
   * @return the compact kind, never null
   */
  public CompactKind compact() {
    return compact;
  }

  /**
   * Tells whether the privilege authorises telehealth (video and phone).
   *
   * @return whether it does
   */
  public boolean authorisesTelehealth() {
    return telehealth;
  }

  /**
   * Tells whether the privilege authorises in-person sessions.
   *
   * @return whether it does
   */
  public boolean authorisesInPerson() {
    return inPerson;
  }

  /**
   * Tells whether the privilege is issued for one named remote state, rather than for every member.
   *
   * @return whether a {@linkplain CompactPrivilege#remoteJurisdiction() remote jurisdiction} is
   *     required
   */
  public boolean isForOneState() {
    return singleState;
  }

  /**
   * Returns the most days of practice the privilege allows in a calendar year in its remote state.
   *
   * @return the limit, or empty when practice is not limited in days
   */
  public Optional<Integer> daysPerCalendarYear() {
    return daysPerYear == 0 ? Optional.empty() : Optional.of(daysPerYear);
  }
}
