package org.sextherapy.ethics;

import java.util.Map;
import java.util.OptionalInt;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * Caller-supplied ages per jurisdiction: the minimum age at which a minor may consent alone to
 * outpatient mental-health care (rule 7: often 12 to 16), or the local age of consent to sexual
 * activity (safeguarding). The library ships none: both vary by jurisdiction.
 * Immutable and thread-safe.
 */
final class MinorConsentPolicy {

  static final MinorConsentPolicy NONE = new MinorConsentPolicy(Map.of());

  private final Map<Jurisdiction, Integer> ages;

  private MinorConsentPolicy(Map<Jurisdiction, Integer> ages) {
    this.ages = ages;
  }

  static MinorConsentPolicy of(Map<Jurisdiction, Integer> ages) {
    return of(ages, "minorConsentAges", 18);
  }

  static MinorConsentPolicy of(Map<Jurisdiction, Integer> ages, String field, int maximum) {
    for (Integer age : ages.values()) {
      Checks.require(age >= 0 && age <= maximum, field, "must be ages from 0 to " + maximum);
    }
    return ages.isEmpty() ? NONE : new MinorConsentPolicy(Map.copyOf(ages));
  }

  OptionalInt minimumAge(Jurisdiction jurisdiction) {
    Integer age = ages.get(jurisdiction);
    if (age == null && jurisdiction.subdivisionCode().isPresent()) {
      age = ages.get(jurisdiction.toCountry());
    }
    return age == null ? OptionalInt.empty() : OptionalInt.of(age);
  }

  int size() {
    return ages.size();
  }
}
