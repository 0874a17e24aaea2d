package org.sextherapy.matching.internal;

import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RaceOrEthnicityPreference;

/**
 * The identity-and-values family: what a therapist chooses to disclose (race or ethnicity and
 * LGBTQ+ identity in their own terms, faith stance, graded competence in a practice area), packed
 * as exact tags ({@link ValueTags}) in the tag dictionary, so a preference is a few bits of the tag
 * mask or a rare tag. The reason's argument is a field name or a code, never a term: a term the
 * client asked for is client data.
 */
final class ValueCriterion extends Criterion {

  private final TagCriterion tags;

  private ValueCriterion(PreferenceKind kind, TagCriterion tags) {
    super(kind);
    this.tags = tags;
  }

  static ValueCriterion raceOrEthnicity(RaceOrEthnicityPreference preference, PackedDirectory d) {
    return new ValueCriterion(PreferenceKind.RACE_OR_ETHNICITY,
        new TagCriterion(PreferenceKind.RACE_OR_ETHNICITY, d, ValueTags.accepted(preference)));
  }

  static ValueCriterion lgbtqIdentity(LgbtqIdentityPreference preference, PackedDirectory d) {
    return new ValueCriterion(PreferenceKind.LGBTQ_IDENTITY,
        new TagCriterion(PreferenceKind.LGBTQ_IDENTITY, d, ValueTags.accepted(preference)));
  }

  static ValueCriterion faith(FaithPreference preference, PackedDirectory d) {
    return new ValueCriterion(PreferenceKind.FAITH,
        new TagCriterion(PreferenceKind.FAITH, d, ValueTags.accepted(preference)));
  }

  static ValueCriterion competence(PracticeCompetencePreference preference, PackedDirectory d) {
    return new ValueCriterion(PreferenceKind.PRACTICE_COMPETENCE,
        new TagCriterion(PreferenceKind.PRACTICE_COMPETENCE, d, ValueTags.accepted(preference)));
  }

  @Override
  long most(int w, long candidates, long preferencePoints) {
    return tags.most(w, candidates, preferencePoints);
  }

  @Override
  boolean met(int i) {
    return tags.met(i);
  }

  @Override
  String argument(int i) {
    return switch (kind) {
      case RACE_OR_ETHNICITY -> "raceOrEthnicity";
      case LGBTQ_IDENTITY -> "lgbtqIdentity";
      case FAITH -> ValueTags.faithArgument(tags.argument(i));
      // One tag per area: the area and the grade the therapist declares, such as kink-bdsm:aware.
      case PRACTICE_COMPETENCE -> tags.argument(i);
      case THERAPIST_GENDER, POPULATION, LANGUAGE, CERTIFIED_SEX_THERAPIST, IN_PERSON_DISTANCE,
          FEE, SLIDING_SCALE, INSURANCE, MODALITY, TIME, ACCESS, SIGN_LANGUAGE ->
          throw new IllegalStateException(kind.id() + " is not a value preference");
    };
  }
}
