package org.sextherapy.matching.internal;

import java.util.List;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.location.AccessFeature;

/**
 * The access family: a feature of the premises (step-free access, an accessible toilet, a hearing
 * loop, an interpreter) at a practice location the client can attend in person: the client accepts
 * in-person sessions and the profile offers them, the location lies in every session jurisdiction
 * and the therapist holds an in-person grant there on the date ({@link Places}). By video or phone
 * no premises are involved, so the preference is never met there.
 *
 * <p>A tag ({@link ValueTags#access}) says that some location of the profile has the feature, a
 * necessary condition read from the tag mask; the feature of each location open to the client is
 * then read from the location itself, for those profiles only. The reason names the feature and
 * the location's jurisdiction.
 */
final class AccessCriterion extends Criterion {

  private final PackedDirectory d;
  private final Places places;
  private final AccessFeature feature;
  private final TagCriterion somewhere;
  private final Places.LocationTest hasFeature;

  AccessCriterion(AccessPreference preference, PackedDirectory d, Places places) {
    super(PreferenceKind.ACCESS);
    this.d = d;
    this.places = places;
    this.feature = preference.feature();
    this.somewhere = new TagCriterion(PreferenceKind.ACCESS, d,
        List.of(ValueTags.access(preference.feature())));
    this.hasFeature = (i, ordinal, q) -> d.particulars(i).accessAt(ordinal).contains(feature);
  }

  /**
   * Returns the ordinal (in the profile's list) of the first practice location open to the client
   * in person that has the feature, or -1.
   */
  private int first(int i) {
    return somewhere.met(i) ? places.firstOpenInPerson(i, hasFeature) : -1;
  }

  /** Access counts only in person: none of the candidates can be seen in person, no points. */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return places.inPerson(w, candidates) != 0 ? preferencePoints : 0;
  }

  /**
   * Only candidates that can be seen in person ({@link Places#inPerson(int, long)}) can meet it:
   * the others are ruled out from the delivery flag set, and the rest are read one at a time.
   */
  @Override
  long met(int w, long candidates) {
    return eachMet(w, places.inPerson(w, candidates));
  }

  @Override
  boolean met(int i) {
    return first(i) >= 0;
  }

  @Override
  String argument(int i) {
    return feature.id() + ":" + d.locationJurisdiction(i, first(i)).code();
  }
}
