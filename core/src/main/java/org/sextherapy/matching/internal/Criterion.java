package org.sextherapy.matching.internal;

import java.time.LocalDate;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.session.SessionFormat;

/**
 * One client preference compiled against a packed directory: the filter when the client requires
 * it ({@link #met}, counted under {@link #constraint} when it fails) and the reason when the client
 * prefers it and the profile meets it ({@link #argument}). Each attribute family's compiled form is
 * a subclass in this package, next to the columns it reads.
 *
 * <p>{@link #compile} is the one place that maps a {@link PreferenceKind} to its family: a switch
 * without a default, so a new kind does not compile until it has one. Immutable once compiled;
 * read by several scanning threads at once.
 */
// Constraints are counted in an array at each constant's ordinal, within one run
@SuppressWarnings("EnumOrdinal")
abstract class Criterion {

  final PreferenceKind kind;
  /** The ordinal of the {@link HardConstraint} a required preference of this kind imposes. */
  final int constraint;
  final ReasonCode reason;

  Criterion(PreferenceKind kind) {
    this.kind = kind;
    this.constraint = HardConstraint.requiring(kind).ordinal();
    this.reason = ReasonCode.preferring(kind);
  }

  /**
   * Tells whether a profile meets the preference.
   *
   * @param i the profile's index
   * @return whether it is met
   */
  abstract boolean met(int i);

  /**
   * Returns which of some candidates {@linkplain #met meet} the preference: {@link #met} for the
   * 64 profiles of a word at once, so that the scan counts the exclusions of a required preference
   * a word at a time instead of a profile at a time. This default asks {@link #met} for each
   * candidate, so every family answers it, by its own rule; a family whose rule is a bit set of the
   * directory (or that has one as a necessary condition) overrides it to read that set first.
   *
   * @param w a word of the directory's bit sets
   * @param candidates the profiles of that word in question, as a bit mask
   * @return the candidates that meet the preference, a subset of {@code candidates}
   */
  long met(int w, long candidates) {
    return eachMet(w, candidates);
  }

  /**
   * Tells whether any of some candidates of word w {@linkplain #met(int) meets} the preference,
   * asking {@link #met(int)} in turn and stopping at the first that does: what a family whose
   * bound reads a column per candidate needs to know, at the cost of one look-up when most
   * candidates meet it.
   */
  final boolean anyMet(int w, long candidates) {
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      if (met((w << 6) + Long.numberOfTrailingZeros(rest))) {
        return true;
      }
    }
    return false;
  }

  /** Asks {@link #met(int)} for each of some candidates of word w; the default of the above. */
  final long eachMet(int w, long candidates) {
    long met = 0;
    for (long rest = candidates; rest != 0; rest &= rest - 1) {
      int i = (w << 6) + Long.numberOfTrailingZeros(rest);
      if (met(i)) {
        met |= 1L << i;
      }
    }
    return met;
  }

  /**
   * Returns the argument of the reason of a met preference: an id or a code, never client data.
   *
   * @param i the index of a profile that {@linkplain #met meets} the preference
   * @return the argument, never null
   */
  abstract String argument(int i);

  /**
   * Returns the points a profile that {@linkplain #met meets} the preference earns when the client
   * prefers it: the policy's preference points, unless the family grades them.
   *
   * @param i the profile's index
   * @param preferencePoints the policy's points for a preference met
   * @return the points, 0 to preferencePoints
   */
  long points(int i, long preferencePoints) {
    return preferencePoints;
  }

  /**
   * Returns an upper bound of the {@linkplain #points points} that any of some candidates earns
   * for meeting the preference: this family's share of the scan's score bound ({@link Query}).
   * Abstract, so that a new family does not compile without its bound; it sits next to the points
   * it bounds. A family that can tell from a bit set that no candidate meets the preference
   * returns 0; one that cannot returns the most its points can be.
   *
   * @param w a word of the directory's bit sets
   * @param candidates the profiles of that word in question, a non-empty bit mask
   * @param preferencePoints the policy's points for a preference met
   * @return at least {@code points(i, preferencePoints)} for every candidate i that meets the
   *     preference, never negative
   */
  abstract long most(int w, long candidates, long preferencePoints);

  /**
   * Returns the reason code of a met preferred preference: the kind's, unless the family grades
   * it.
   *
   * @param i the index of a profile that {@linkplain #met meets} the preference
   * @return the code, never null
   */
  ReasonCode reason(int i) {
    return reason;
  }

  /**
   * Compiles a preference.
   *
   * @param preference the preference, never null
   * @param d the directory, never null
   * @param places the query's authorisation family, never null
   * @param day the session date's epoch day
   * @param date the session date, never null
   * @param format the request's session format, never null
   * @param policy the weights, never null
   * @return the compiled criterion, never null
   */
  static Criterion compile(Preference preference, PackedDirectory d, Places places, int day,
      LocalDate date, SessionFormat format, MatchPolicy policy) {
    // The kind fixes the class (each preference class returns one constant): the casts hold.
    return switch (preference.kind()) {
      case THERAPIST_GENDER ->
          FlagSetCriterion.therapistGender((TherapistGenderPreference) preference, d);
      case POPULATION -> FlagSetCriterion.population((PopulationPreference) preference, d);
      case LANGUAGE -> new LanguageCriterion((LanguagePreference) preference, d);
      case CERTIFIED_SEX_THERAPIST ->
          new CertificationCriterion((CertifiedSexTherapistPreference) preference, d, day);
      case IN_PERSON_DISTANCE ->
          new DistanceCriterion((InPersonDistancePreference) preference, d, places, policy);
      case FEE -> new FeeCriteria.Maximum((FeePreference) preference, d, format);
      case SLIDING_SCALE ->
          new FeeCriteria.SlidingScale((SlidingScalePreference) preference, d, format);
      case INSURANCE -> new InsuranceCriterion((InsurancePreference) preference, d, places, policy);
      case MODALITY -> TagCriterion.modality((ModalityPreference) preference, d);
      case TIME -> new TimeCriterion((TimePreference) preference, d, date);
      case RACE_OR_ETHNICITY ->
          ValueCriterion.raceOrEthnicity((RaceOrEthnicityPreference) preference, d);
      case LGBTQ_IDENTITY -> ValueCriterion.lgbtqIdentity((LgbtqIdentityPreference) preference, d);
      case FAITH -> ValueCriterion.faith((FaithPreference) preference, d);
      case PRACTICE_COMPETENCE ->
          ValueCriterion.competence((PracticeCompetencePreference) preference, d);
      case ACCESS -> new AccessCriterion((AccessPreference) preference, d, places);
      case SIGN_LANGUAGE -> new SignLanguageCriterion((SignLanguagePreference) preference, d,
          places);
    };
  }
}
