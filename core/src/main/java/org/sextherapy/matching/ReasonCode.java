package org.sextherapy.matching;

import java.util.Objects;
import java.util.Optional;
import org.sextherapy.Identified;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.insurance.CoverageStanding;

/**
 * Why a therapist was offered or ranked where they are: the code of a {@link Reason}.
 *
 * <p>Authorisation reasons explain why a therapist may see the client at all and carry no points;
 * competence, preference and signal reasons carry the points the {@link MatchPolicy} gives them.
 * Each reason's argument is an id or a code (a concern id, a jurisdiction code, a language subtag),
 * never the client's data.
 */
public enum ReasonCode implements Identified {
  /**
   * Authorised by an active licence where the client will be (for telehealth, one reason per
   * session jurisdiction; in person, at the practice location); the argument is the licence's
   * jurisdiction code, such as {@code US-CA}.
   */
  LICENSED_IN("licensed-in"),
  /**
   * Authorised by a compact privilege resting on an active home licence; the argument is the
   * privilege kind's id and the jurisdiction where it is exercised, such as
   * {@code PSYPACT-APIT:US-NJ}.
   */
  COMPACT_PRIVILEGE("compact-privilege"),
  /**
   * Authorised by an entry on a register that counts there, such as COSRT in the UK, where
   * counselling has no statutory licence; the argument is the register's id.
   */
  REGISTERED_WITH("registered-with"),
  /**
   * Practises in person at a location in every session jurisdiction, authorised there; the argument
   * is the practice location's jurisdiction code. The basis of that authorisation follows it.
   */
  PRACTICES_IN("practices-in"),
  /**
   * Declares expertise in one of the client's concerns; the argument is the concern id, such as
   * {@code PAINFUL_SEX}, and the points depend on the expertise level and the concern's priority.
   */
  COVERS_CONCERN("covers-concern"),
  /**
   * The measured share of the competence points for one of the client's concerns the therapist
   * declares expertise in, from their reliable-improvement rate against the directory's (see
   * {@link MatchPolicy}); the argument is the concern id and {@link Reason#courses()} the number of
   * courses measured, 0 for a therapist without a record, who earns the directory's typical share.
   */
  MEASURED_OUTCOMES("measured-outcomes"),
  /**
   * A flag, without points: the therapist's reliable-deterioration rate for the concern is credibly
   * above the directory's ({@link org.sextherapy.outcome.OutcomeRates#crediblyAbove}); the argument
   * is the concern id and {@link Reason#courses()} the number of courses measured.
   */
  MEASURED_DETERIORATION("measured-deterioration"),
  /** Meets a preferred therapist gender; the argument is the gender term's id. */
  PREFERRED_THERAPIST_GENDER("preferred-therapist-gender"),
  /** Serves a preferred population; the argument is the population's id. */
  PREFERRED_POPULATION("preferred-population"),
  /** Speaks a preferred language; the argument is the primary language subtag, such as {@code es}. */
  PREFERRED_LANGUAGE("preferred-language"),
  /**
   * Meets a preference for a certified sex therapist; the argument is the credential's qualified id,
   * such as {@code AASECT-CST}.
   */
  PREFERRED_CERTIFIED_SEX_THERAPIST("preferred-certified-sex-therapist"),
  /**
   * Has a practice within the preferred distance; the argument is the jurisdiction code of the
   * nearest practice location open to the client and the distance to it in whole kilometres, such
   * as {@code US-CA:12km} (the client's point is never shown), and the points fall with the
   * distance as {@link MatchPolicy#distanceDecay()} sets.
   */
  PREFERRED_DISTANCE("preferred-distance"),
  /** Charges at most the preferred fee; the argument is the currency code. */
  PREFERRED_FEE("preferred-fee"),
  /** Offers a sliding scale, as preferred; the argument is the currency code of the fees. */
  PREFERRED_SLIDING_SCALE("preferred-sliding-scale"),
  /**
   * In network for the client's insurance, where the client can be seen and open to new patients
   * through that network; the argument is the network id.
   */
  IN_NETWORK("in-network"),
  /**
   * Out of network, but gives superbills the client can claim from their commercial payer, which
   * the client accepted; earns half the preference points, since the client pays first and is
   * reimbursed only in part. The argument is the currency code of the fees.
   */
  OUT_OF_NETWORK_SUPERBILL("out-of-network-superbill"),
  /** Offers a preferred modality; the argument is the modality id. */
  PREFERRED_MODALITY("preferred-modality"),
  /**
   * Is available at a time the client can attend, in the week from the session date; the argument
   * is the first shared instant in UTC, such as {@code 2026-11-30T18:00:00Z}.
   */
  PREFERRED_TIME("preferred-time"),
  /**
   * Discloses a race or ethnicity in one of the preferred terms; the argument is the profile's field
   * name, {@code raceOrEthnicity}: the term is the client's choice, so it is never shown.
   */
  PREFERRED_RACE_OR_ETHNICITY("preferred-race-or-ethnicity"),
  /**
   * Discloses an LGBTQ+ identity in one of the preferred terms; the argument is the profile's field
   * name, {@code lgbtqIdentity}, never the term.
   */
  PREFERRED_LGBTQ_IDENTITY("preferred-lgbtq-identity"),
  /**
   * Works with faith as preferred; the argument is the approach's id, {@code secular} or
   * {@code integrates-tradition}, never the tradition.
   */
  PREFERRED_FAITH("preferred-faith"),
  /**
   * Declares at least the preferred competence in a practice area; the argument is the area's and
   * the declared grade's ids, such as {@code kink-bdsm:experienced}.
   */
  PREFERRED_PRACTICE_COMPETENCE("preferred-practice-competence"),
  /**
   * Has the needed access feature at a practice location where the client can be seen in person;
   * the argument is the feature's id and the location's jurisdiction code, such as
   * {@code step-free-access:US-CA}.
   */
  PREFERRED_ACCESS("preferred-access"),
  /**
   * Holds sessions in a preferred sign language; the argument is the language tag and the delivery
   * it is met by, such as {@code ase:in-person} or {@code bfi:video}.
   */
  PREFERRED_SIGN_LANGUAGE("preferred-sign-language"),
  /**
   * Holds a sex-therapist certification current on the session date, a small signal since
   * certification is not standardised (GoodTherapy, Sex Therapy); the argument is the credential's
   * qualified id.
   */
  CURRENT_CERTIFICATION("current-certification"),
  /**
   * Years of post-degree clinical experience, a small signal; the argument is the number of years
   * counted.
   */
  EXPERIENCE("experience"),
  /**
   * How many days before the session date the therapist last confirmed their availability; the
   * argument is the number of days (0 for the day itself or later), and the points fall as the
   * confirmation ages ({@link MatchPolicy#freshnessPoints(long)}). A therapist who never confirmed
   * has no such reason.
   */
  AVAILABILITY_CONFIRMED("availability-confirmed"),
  /**
   * Without points: the date of the next opening for a new client the therapist states; the
   * argument is the date, such as {@code 2026-12-03}.
   */
  NEXT_OPENING("next-opening"),
  /**
   * Without points: the estimated wait for a first appointment the therapist states; the argument
   * is an ISO 8601 period, such as {@code P21D}.
   */
  ESTIMATED_WAIT("estimated-wait");

  private final String id;

  ReasonCode(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the reason a preferred preference of a kind earns when the therapist meets it.
   *
   * @param kind the preference kind, never null
   * @return the reason code, never null
   */
  public static ReasonCode preferring(PreferenceKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case THERAPIST_GENDER -> PREFERRED_THERAPIST_GENDER;
      case POPULATION -> PREFERRED_POPULATION;
      case LANGUAGE -> PREFERRED_LANGUAGE;
      case CERTIFIED_SEX_THERAPIST -> PREFERRED_CERTIFIED_SEX_THERAPIST;
      case IN_PERSON_DISTANCE -> PREFERRED_DISTANCE;
      case FEE -> PREFERRED_FEE;
      case SLIDING_SCALE -> PREFERRED_SLIDING_SCALE;
      case INSURANCE -> IN_NETWORK;
      case MODALITY -> PREFERRED_MODALITY;
      case TIME -> PREFERRED_TIME;
      case RACE_OR_ETHNICITY -> PREFERRED_RACE_OR_ETHNICITY;
      case LGBTQ_IDENTITY -> PREFERRED_LGBTQ_IDENTITY;
      case FAITH -> PREFERRED_FAITH;
      case PRACTICE_COMPETENCE -> PREFERRED_PRACTICE_COMPETENCE;
      case ACCESS -> PREFERRED_ACCESS;
      case SIGN_LANGUAGE -> PREFERRED_SIGN_LANGUAGE;
    };
  }

  /**
   * Returns the reason a preferred insurance preference earns for a standing.
   *
   * @param standing how the client's insurance stands with the therapist, never null
   * @return the reason code, or empty when the insurance does not help with this therapist
   */
  public static Optional<ReasonCode> covering(CoverageStanding standing) {
    Objects.requireNonNull(standing, "standing");
    return switch (standing) {
      case IN_NETWORK -> Optional.of(IN_NETWORK);
      case OUT_OF_NETWORK_SUPERBILL -> Optional.of(OUT_OF_NETWORK_SUPERBILL);
      case NOT_COVERED -> Optional.empty();
    };
  }
}
