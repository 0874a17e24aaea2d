package org.sextherapy.location;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ISO 3166-2 subdivision codes of the countries whose licensing the library models by
 * subdivision, or whose subdivisions its data names: a code outside these lists is a typo
 * ({@code US-CAL}, {@code US-NYC}) that would otherwise match nothing, silently. Other countries'
 * subdivisions are checked for form only: their lists are long (the United Kingdom's runs to
 * hundreds of council areas) and licensing there does not turn on them.
 *
 * <p>Sources, the ISO Online Browsing Platform:
 * https://www.iso.org/obp/ui/#iso:code:3166:US (50 states, the District of Columbia and six
 * outlying areas), https://www.iso.org/obp/ui/#iso:code:3166:CA (10 provinces, 3 territories),
 * https://www.iso.org/obp/ui/#iso:code:3166:AU (6 states, 2 territories),
 * https://www.iso.org/obp/ui/#iso:code:3166:DE (16 Länder).
 */
final class Subdivisions {

  private Subdivisions() {}

  /**
   * The US outlying areas that also have an ISO 3166-1 code of their own. ISO 3166-2:US lists
   * each as a subdivision too ({@code US-PR}), and US licensing treats them as states: Puerto
   * Rico's board licenses its psychologists as a state board does, and interstate compacts name
   * their members that way. Read as the US subdivision, so that a licence recorded one way and a
   * client recorded the other meet.
   */
  private static final Set<String> US_OUTLYING_AREAS = Set.of("AS", "GU", "MP", "PR", "UM", "VI");

  private static final Map<String, Set<String>> KNOWN = Map.of(
      "US", Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
          "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
          "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
          "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "UM", "VI"),
      "CA", Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"),
      "AU", Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"),
      "DE", Set.of("BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL",
          "SN", "ST", "TH"));

  /** Tells whether a country code is a US outlying area read as a US subdivision. */
  static boolean isUsOutlyingArea(String country) {
    return US_OUTLYING_AREAS.contains(country);
  }

  /**
   * Tells whether a subdivision part is one of its country's, where the country's list is known.
   *
   * @return whether it is listed, or empty where the country's list is not kept
   */
  static Optional<Boolean> isListed(String country, String subdivision) {
    Set<String> known = KNOWN.get(country);
    return known == null ? Optional.empty() : Optional.of(known.contains(subdivision));
  }
}
