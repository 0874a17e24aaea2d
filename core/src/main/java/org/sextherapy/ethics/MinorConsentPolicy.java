package org.sextherapy.ethics;

import java.util.Map;
import java.util.OptionalInt;
import org.sextherapy.internal.Checks;
import org.sextherapy.location.Jurisdiction;

/**
 * Caller-supplied minimum ages at which a minor may consent alone to outpatient mental-health care,
 * per jurisdiction. The library ships none (rule 7: often 12 to 16, varying by jurisdiction).
 * Immutable and thread-safe.
 */
final class MinorConsentPolicy {

  static final MinorConsentPolicy NONE = new MinorConsentPolicy(Map.of());

  private final Map<Jurisdiction, Integer> ages;

  private MinorConsentPolicy(Map<Jurisdiction, Integer> ages) {
    this.ages = ages;
  }

  static MinorConsentPolicy of(Map<Jurisdiction, Integer> ages) {
    for (Integer age : ages.values()) {
      Checks.require(age >= 0 && age <= 18, "minorConsentAges", "must be ages from 0 to 18");
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
