package org.sextherapy.matching;

import org.sextherapy.Identified;

/**
 * Why a therapist excluded under {@link HardConstraint#AUTHORISATION} is not authorised to see the
 * client, as {@link Matcher#whyNot} reports it in {@link Exclusion#authorisationGap()}: one of the
 * ways the constraint can fail, named by the same code that excluded the therapist.
 *
 * <p>The first three concern the {@linkplain Exclusion#place() place}, the first session
 * jurisdiction in which the therapist is authorised for no delivery both sides accept ("both
 * sides": the client accepts it and the therapist offers it); the last concerns the places
 * together. Whether a grant authorises a delivery in a place on the date is what
 * {@link org.sextherapy.authorisation.PracticeAuthorisation#decide} answers for that delivery;
 * {@link Exclusion#authorisedDeliveries()} lists the deliveries for which it says yes.
 *
 * <p>The constants name causes, never client data.
 */
public enum AuthorisationGap implements Identified {
  /**
   * No credential of the therapist authorises any session in the place on the date, by any
   * delivery; {@link Exclusion#missing()} names the bases the place would accept (a licence of the
   * state, an entry on a register).
   */
  NO_BASIS("no-basis"),
  /**
   * The therapist is authorised in the place on the date, but only for deliveries not both sides
   * accept: a PSYPACT APIT (telehealth only) for a client who asks for in-person sessions, a
   * PSYPACT TAP (in person only) for one who asks for video. {@link Exclusion#missing()} names the
   * bases the place would accept for a delivery both accept.
   */
  OTHER_DELIVERIES_ONLY("other-deliveries-only"),
  /**
   * The therapist is authorised for in-person sessions in the place on the date and both sides
   * accept in-person sessions, but none of the therapist's practice locations lies in the place
   * (a therapist licensed in California whose only office is in Nevada, for a client in
   * California), and no telehealth delivery both accept is authorised there. When both accept
   * telehealth too, {@link Exclusion#missing()} names the bases that would authorise it; for a
   * client who accepts in-person sessions only, no basis is missing.
   */
  NO_PRACTICE_LOCATION("no-practice-location"),
  /**
   * No one delivery can serve every session jurisdiction: the therapist is authorised by video in
   * one partner's state and only in person in the other's; or the only delivery both sides accept
   * is in person and the participants will be in places that no one practice can lie in (partners
   * in two states), so that neither an office nor a licence in either state would help.
   * {@link Exclusion#place()} is then empty.
   */
  NO_DELIVERY_FOR_EVERY_PLACE("no-delivery-for-every-place");

  private final String id;

  AuthorisationGap(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
