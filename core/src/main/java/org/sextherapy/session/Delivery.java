package org.sextherapy.session;

import org.sextherapy.Identified;

/**
 * How sessions are delivered: in person, or by telehealth (video or phone).
 *
 * <p>For telehealth, the clinician must be authorised where the client is physically located at the
 * time of the session (PSYPACT Compact, Art. II "Receiving State", psypact.gov); in person, the
 * practice location decides.
 */
public enum Delivery implements Identified {
  /** In person, at a practice location. */
  IN_PERSON("in-person"),
  /** Telehealth by video. */
  VIDEO("video"),
  /** Telehealth by phone. */
  PHONE("phone");

  private final String id;

  Delivery(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether this is telehealth, for which a licence must be valid in the client's session
   * jurisdiction.
   *
   * @return true for video and phone
   */
  public boolean isTelehealth() {
    return this != IN_PERSON;
  }
}
