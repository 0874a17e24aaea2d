package org.sextherapy.matching;

import java.util.Objects;
import org.sextherapy.Identified;
import org.sextherapy.client.PreferenceKind;

/**
 * A condition a therapist must meet to be offered to a client at all, whatever their score.
 *
 * <p>The constants are declared in the order the matcher applies them. A therapist who fails
 * several is counted once, under the first one that fails in this order, so the counts in
 * {@link MatchResult#excluded()} add up to the number of therapists excluded. The order puts first
 * what depends on the request alone (safeguarding, guardian consent), then on the therapist alone
 * (availability, adolescents, children, competence), then what follows
 * from how the client wants to meet (format, delivery, the jurisdiction they will be in), then the
 * preferences the client marked as required, in the order of {@link PreferenceKind}, then the
 * policy's freshness limit on confirmed availability, then measured deterioration where the policy
 * excludes it, and the ethics gate last: the ethics review is consulted only for therapists who pass everything else.
 */
public enum HardConstraint implements Identified {
  /**
   * The request itself breaches no safeguarding rule of the caller's ethics review: a
   * partner-format request with a child, or mixing an adult and a minor, is matched to nobody and
   * every therapist is counted here ({@code EthicsReview#refusesToMatch}).
   */
  SAFEGUARDING("safeguarding"),
  /**
   * The request's participants under 18 who cannot consent alone have guardian consent recorded
   * and not refused (given, or pending while it is sought), as the caller's ethics review judges
   * it ({@code ethics.minor-guardian-consent}, ethical rule 7): otherwise the request is matched
   * to nobody and every therapist is counted here ({@code EthicsReview#refusesForGuardianConsent}).
   */
  GUARDIAN_CONSENT("guardian-consent"),
  /** Accepting new clients, with at least one open place. */
  AVAILABILITY("availability"),
  /**
   * A request involving a minor goes only to a therapist who serves adolescents (ethical rule 7).
   */
  ADOLESCENTS("adolescents"),
  /**
   * A request involving a child (under 12) goes only to a therapist who declares that they serve
   * children; serving adolescents is not enough (ethical rule 7).
   */
  CHILDREN("children"),
  /**
   * Declared expertise in at least one of the client's concerns: a therapist is matched only on
   * concerns they declare expertise in (ethical rule 6, competence). A request with no concern
   * therefore matches nobody.
   */
  COMPETENCE("competence"),
  /** Offers the session format asked for. */
  FORMAT("format"),
  /** Offers at least one of the deliveries the client accepts. */
  DELIVERY("delivery"),
  /**
   * Authorised to practise, as {@link org.sextherapy.authorisation.PracticeAuthorisation} decides,
   * everywhere a participant will physically be on the session date, for one delivery both sides
   * accept: for telehealth in every session jurisdiction; in person at a practice location lying in
   * all of them. {@link Matcher#whyNot} names how it failed ({@link AuthorisationGap}).
   */
  AUTHORISATION("authorisation"),
  /** A required {@link org.sextherapy.client.TherapistGenderPreference} is met. */
  REQUIRED_THERAPIST_GENDER("required-therapist-gender"),
  /** A required {@link org.sextherapy.client.PopulationPreference} is met. */
  REQUIRED_POPULATION("required-population"),
  /** A required {@link org.sextherapy.client.LanguagePreference} is met. */
  REQUIRED_LANGUAGE("required-language"),
  /** A required {@link org.sextherapy.client.CertifiedSexTherapistPreference} is met. */
  REQUIRED_CERTIFIED_SEX_THERAPIST("required-certified-sex-therapist"),
  /** A required {@link org.sextherapy.client.InPersonDistancePreference} is met. */
  REQUIRED_IN_PERSON_DISTANCE("required-in-person-distance"),
  /** A required {@link org.sextherapy.client.FeePreference} is met. */
  REQUIRED_FEE("required-fee"),
  /** A required {@link org.sextherapy.client.SlidingScalePreference} is met. */
  REQUIRED_SLIDING_SCALE("required-sliding-scale"),
  /** A required {@link org.sextherapy.client.InsurancePreference} is met. */
  REQUIRED_INSURANCE("required-insurance"),
  /** A required {@link org.sextherapy.client.ModalityPreference} is met. */
  REQUIRED_MODALITY("required-modality"),
  /** A required {@link org.sextherapy.client.RaceOrEthnicityPreference} is met. */
  REQUIRED_RACE_OR_ETHNICITY("required-race-or-ethnicity"),
  /** A required {@link org.sextherapy.client.LgbtqIdentityPreference} is met. */
  REQUIRED_LGBTQ_IDENTITY("required-lgbtq-identity"),
  /** A required {@link org.sextherapy.client.FaithPreference} is met. */
  REQUIRED_FAITH("required-faith"),
  /** A required {@link org.sextherapy.client.PracticeCompetencePreference} is met. */
  REQUIRED_PRACTICE_COMPETENCE("required-practice-competence"),
  /** A required {@link org.sextherapy.client.AccessPreference} is met. */
  REQUIRED_ACCESS("required-access"),
  /** A required {@link org.sextherapy.client.SignLanguagePreference} is met. */
  REQUIRED_SIGN_LANGUAGE("required-sign-language"),
  /**
   * A required {@link org.sextherapy.client.TimePreference} is met: the therapist's availability
   * and the client's windows share a session's length in the week from the session date.
   */
  REQUIRED_TIME("required-time"),
  /**
   * Under a policy that sets {@link MatchPolicy#availabilityConfirmedWithinDays()}, the therapist
   * confirmed their availability within that many days before the session date (a therapist who
   * never confirmed is excluded).
   */
  AVAILABILITY_CONFIRMED("availability-confirmed"),
  /**
   * Under a policy that {@linkplain MatchPolicy#excludeCredibleDeterioration() excludes them}, no
   * reliable-deterioration rate credibly above the directory's for a concern of the client's that
   * the therapist declares expertise in (measured outcomes; see {@link MatchPolicy}).
   */
  MEASURED_DETERIORATION("measured-deterioration"),
  /**
   * The caller's ethics review ({@code Matcher#withEthicsReview}, the standard review unless given)
   * finds no error in the therapist's profile on the session date: such a profile is never offered.
   */
  ETHICS("ethics");

  private final String id;

  HardConstraint(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the constraint that a required preference of a kind imposes.
   *
   * @param kind the preference kind, never null
   * @return the constraint, never null
   */
  public static HardConstraint requiring(PreferenceKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case THERAPIST_GENDER -> REQUIRED_THERAPIST_GENDER;
      case POPULATION -> REQUIRED_POPULATION;
      case LANGUAGE -> REQUIRED_LANGUAGE;
      case CERTIFIED_SEX_THERAPIST -> REQUIRED_CERTIFIED_SEX_THERAPIST;
      case IN_PERSON_DISTANCE -> REQUIRED_IN_PERSON_DISTANCE;
      case FEE -> REQUIRED_FEE;
      case SLIDING_SCALE -> REQUIRED_SLIDING_SCALE;
      case INSURANCE -> REQUIRED_INSURANCE;
      case MODALITY -> REQUIRED_MODALITY;
      case TIME -> REQUIRED_TIME;
      case RACE_OR_ETHNICITY -> REQUIRED_RACE_OR_ETHNICITY;
      case LGBTQ_IDENTITY -> REQUIRED_LGBTQ_IDENTITY;
      case FAITH -> REQUIRED_FAITH;
      case PRACTICE_COMPETENCE -> REQUIRED_PRACTICE_COMPETENCE;
      case ACCESS -> REQUIRED_ACCESS;
      case SIGN_LANGUAGE -> REQUIRED_SIGN_LANGUAGE;
    };
  }
}
