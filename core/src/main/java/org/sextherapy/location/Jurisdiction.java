package org.sextherapy.location;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A place that licenses clinicians: a country (ISO 3166-1 alpha-2, such as {@code GB}) or a
 * subdivision of one (ISO 3166-2, such as {@code US-CA} or {@code DE-BE}).
 *
 * <p>Licences are issued per jurisdiction: a US state licenses its psychologists, a country its
 * psychotherapists. A country-level jurisdiction {@linkplain #covers(Jurisdiction) covers} its
 * subdivisions; a subdivision covers only itself. Country codes are checked against the ISO 3166-1
 * list of the JDK. Subdivision codes of the United States, Canada, Australia and Germany are
 * checked against their ISO 3166-2 lists ({@code US-CAL} is refused, not kept as a place that
 * matches nothing); other countries' are checked for form only (1 to 3 letters or digits).
 *
 * <p>The six US outlying areas that also have an ISO 3166-1 code ({@code AS}, {@code GU},
 * {@code MP}, {@code PR}, {@code UM}, {@code VI}) are read as their ISO 3166-2:US codes:
 * {@code parse("PR")} and {@code country("PR")} give {@code US-PR}, which licenses as a state does,
 * so that a Puerto Rico licence and a client in Puerto Rico meet however each was recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Jurisdiction implements Comparable<Jurisdiction> {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Jurisdiction() {}

  /**
   * Parses an ISO 3166 code such as {@code "US-CA"} or {@code "GB"}.
   *
   * @param code the code, upper case, never null
   * @return the jurisdiction, never null
   * @throws IllegalArgumentException if the code is not a known ISO 3166-1 country, optionally
   *     followed by a hyphen and a subdivision code (one of its ISO 3166-2 codes for the United
   *     States, Canada, Australia and Germany)
   */
  public static Jurisdiction parse(String code) {
    Objects.requireNonNull(code, "code");
    int hyphen = code.indexOf('-');
    if (hyphen < 0) {
      return country(code);
    }
    return ImmutableJurisdiction.of(code.substring(0, hyphen),
        Optional.of(code.substring(hyphen + 1)));
  }

  /**
   * Returns a country-level jurisdiction, or for a US outlying area with an ISO 3166-1 code of its
   * own ({@code "PR"}) its US subdivision ({@code US-PR}).
   *
   * @param country the ISO 3166-1 alpha-2 code, such as {@code "GB"}, never null
   * @return the jurisdiction, never null
   * @throws IllegalArgumentException if the country code is not ISO 3166-1 alpha-2
   */
  public static Jurisdiction country(String country) {
    Objects.requireNonNull(country, "country");
    return ImmutableJurisdiction.of(country, Optional.empty());
  }

  /**
   * Returns a subdivision of a country.
   *
   * @param country the ISO 3166-1 alpha-2 code, such as {@code "US"}, never null
   * @param subdivision the ISO 3166-2 subdivision part, such as {@code "CA"}, never null
   * @return the jurisdiction, never null
   * @throws IllegalArgumentException if either part is malformed
   */
  public static Jurisdiction subdivision(String country, String subdivision) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivision, "subdivision");
    return ImmutableJurisdiction.of(country, Optional.of(subdivision));
  }

  /**
   * Returns the ISO 3166-1 alpha-2 country code.
   *
   * @return the country code, never null
   */
  @Value.Parameter
  public abstract String countryCode();

  /**
   * Returns the ISO 3166-2 subdivision part, such as {@code "CA"} of {@code US-CA}.
   *
   * @return the subdivision part, or empty for a country-level jurisdiction
   */
  @Value.Parameter
  public abstract Optional<String> subdivisionCode();

  /**
   * Returns the country-level jurisdiction this one belongs to (itself for a country).
   *
   * @return the country, never null
   */
  public final Jurisdiction toCountry() {
    return subdivisionCode().isEmpty() ? this : country(countryCode());
  }

  /**
   * Tells whether a licence or privilege issued by this jurisdiction covers a client physically in
   * {@code other}: the same jurisdiction, or a country covering one of its subdivisions.
   *
   * @param other where the client is, never null
   * @return whether this jurisdiction covers it
   */
  public final boolean covers(Jurisdiction other) {
    return countryCode().equals(other.countryCode())
        && (subdivisionCode().isEmpty() || subdivisionCode().equals(other.subdivisionCode()));
  }

  /**
   * Returns the ISO 3166 code, such as {@code "US-CA"}.
   *
   * @return the code, never null
   */
  @Value.Lazy
  public String code() {
    return subdivisionCode().map(s -> countryCode() + "-" + s).orElse(countryCode());
  }

  @Override
  public int compareTo(Jurisdiction other) {
    return code().compareTo(other.code());
  }

  /**
   * Checks the codes and reads a US outlying area's own country code as its US subdivision: every
   * way of making a jurisdiction (the factories, JSON, FHIR) passes here.
   */
  @Value.Check
  Jurisdiction checkAndNormalise() {
    String country = countryCode();
    Checks.require(COUNTRIES.contains(country), "countryCode",
        "must be an ISO 3166-1 alpha-2 code in upper case");
    Optional<String> subdivision = subdivisionCode();
    if (subdivision.isEmpty()) {
      return Subdivisions.isUsOutlyingArea(country)
          ? ImmutableJurisdiction.of("US", Optional.of(country)) : this;
    }
    Checks.require(isSubdivision(subdivision.get()), "subdivisionCode",
        "must be 1-3 upper-case letters or digits");
    Checks.require(!Subdivisions.isUsOutlyingArea(country), "subdivisionCode",
        "must be absent for " + country + ", which is read as US-" + country);
    Checks.require(Subdivisions.isListed(country, subdivision.get()).orElse(true),
        "subdivisionCode", "must be an ISO 3166-2 subdivision of " + country);
    return this;
  }

  /**
   * Tells whether a subdivision part has the ISO 3166-2 form: 1 to 3 upper-case ASCII letters or
   * digits. A scan rather than a regular expression: every licence and location of every profile
   * read makes a jurisdiction, and a matcher costs an allocation and a state machine per code.
   */
  private static boolean isSubdivision(String code) {
    int length = code.length();
    if (length < 1 || length > 3) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return code();
  }
}
