package org.sextherapy.matching.internal;

import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.therapist.Population;

/**
 * A preference for any of some constants of an enumerated attribute family that the directory
 * packs as one flag set per constant: the therapist's gender terms ({@link GenderTerm}) or the
 * populations served ({@link Population}). Met when the profile is in any of the sets; the reason
 * names the first constant met, in declaration order.
 */
// Enum sets are packed as bit sets at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
final class FlagSetCriterion extends Criterion {

  private final PackedDirectory d;
  /** The flag sets of the acceptable constants, in declaration order. */
  private final int[] sets;
  /** The ids of those constants, in the same order. */
  private final String[] ids;

  private FlagSetCriterion(PreferenceKind kind, PackedDirectory d, int[] sets, String[] ids) {
    super(kind);
    this.d = d;
    this.sets = sets;
    this.ids = ids;
  }

  static FlagSetCriterion therapistGender(TherapistGenderPreference preference,
      PackedDirectory d) {
    GenderTerm[] terms = preference.acceptable().stream().sorted().toArray(GenderTerm[]::new);
    int[] sets = new int[terms.length];
    String[] ids = new String[terms.length];
    for (int t = 0; t < terms.length; t++) {
      sets[t] = PackedDirectory.GENDER_SET + terms[t].ordinal();
      ids[t] = terms[t].id();
    }
    return new FlagSetCriterion(PreferenceKind.THERAPIST_GENDER, d, sets, ids);
  }

  static FlagSetCriterion population(PopulationPreference preference, PackedDirectory d) {
    Population[] populations =
        preference.populations().stream().sorted().toArray(Population[]::new);
    int[] sets = new int[populations.length];
    String[] ids = new String[populations.length];
    for (int t = 0; t < populations.length; t++) {
      sets[t] = PackedDirectory.POPULATION_SET + populations[t].ordinal();
      ids[t] = populations[t].id();
    }
    return new FlagSetCriterion(PreferenceKind.POPULATION, d, sets, ids);
  }

  private int first(int i) {
    for (int t = 0; t < sets.length; t++) {
      if (d.in(sets[t], i)) {
        return t;
      }
    }
    return -1;
  }

  @Override
  boolean met(int i) {
    return first(i) >= 0;
  }

  /** Zero when no candidate is in any acceptable constant's flag set. */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    long any = 0;
    for (int set : sets) {
      any |= d.flagSets[set * d.words + w];
    }
    return (any & candidates) != 0 ? preferencePoints : 0;
  }

  /** Read from the acceptable constants' flag sets, 64 profiles at a time. */
  @Override
  long met(int w, long candidates) {
    long any = 0;
    for (int set : sets) {
      any |= d.flagSets[set * d.words + w];
    }
    return any & candidates;
  }

  @Override
  String argument(int i) {
    return ids[first(i)];
  }
}
