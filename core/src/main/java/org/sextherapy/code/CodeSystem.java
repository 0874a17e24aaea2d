package org.sextherapy.code;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sextherapy.Identified;

/**
 * A classification system that a {@link Code} belongs to.
 *
 * <p>FHIR carries such codes as (system, code) pairs; {@link #uri()} is the system URI FHIR uses, so
 * a code can be exchanged without translation.
 *
 * <p>A code is an identifier, not text: each system has a pattern its codes follow, and
 * {@link #canonical(String)} writes a code the one way the library compares it (upper case, no
 * spaces, the system's dot in its place), so "ha 60", "HA60" and "ha60" are the same ICD-11 code and
 * "F640" and "f64.0" the same ICD-10-CM code. Anything that does not follow the pattern, such as a
 * word typed into a code field, is not a code of the system. The patterns cover a single stem code
 * of each system; ICD-11 post-coordinated clusters ({@code &}, {@code /}) are not accepted.
 */
public enum CodeSystem implements Identified {
  /**
   * ICD-11 for Mortality and Morbidity Statistics (WHO). Chapter 17, "Conditions related to sexual
   * health", holds the sexual dysfunctions and sexual pain disorders outside the mental-disorders
   * chapter.
   */
  ICD_11_MMS("icd-11-mms", "http://id.who.int/icd/release/11/mms",
      "[0-9A-Z][A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,2})?", 4),
  /**
   * ICD-10-CM, the code set DSM-5-TR diagnoses are recorded with in the United States.
   */
  ICD_10_CM("icd-10-cm", "http://hl7.org/fhir/sid/icd-10-cm",
      "[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?", 3),
  /**
   * WHO ICD-10, the international classification many countries outside the United States still
   * record diagnoses with (https://icd.who.int/browse10/2019/en). Its block F66, "psychological and
   * behavioural disorders associated with sexual development and orientation", was deleted from
   * ICD-11 (Cochran et al., Bull World Health Organ 2014;92:672-679, doi:10.2471/BLT.14.135541).
   */
  ICD_10("icd-10", "http://hl7.org/fhir/sid/icd-10", "[A-Z][0-9][0-9](\\.[0-9A-Z]{1,2})?", 3),
  /**
   * The NUCC Health Care Provider Taxonomy (US); it has codes for licence disciplines and none for
   * "sex therapist".
   */
  NUCC_PROVIDER_TAXONOMY("nucc-provider-taxonomy", "http://nucc.org/provider-taxonomy",
      "[0-9]{3}[0-9A-Z]{6}X", 0);

  /** The longest raw code looked at: longer input is not a code of any system. */
  public static final int MAX_CODE_LENGTH = 24;

  private final String id;
  private final String uri;
  private final Pattern pattern;
  private final int dotAt;

  CodeSystem(String id, String uri, String pattern, int dotAt) {
    this.id = id;
    this.uri = uri;
    this.pattern = Pattern.compile(pattern);
    this.dotAt = dotAt;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the system URI used by HL7 FHIR for this code system.
   *
   * @return the URI, never null
   */
  public String uri() {
    return uri;
  }

  /**
   * Returns a code of this system written the one way the library compares it: white space
   * removed, upper case, and the system's dot (after the category, where the system has one) in its
   * place whether it was given or not. Two spellings of a code are the same code when their
   * canonical forms are equal.
   *
   * @param code a code as recorded, never null
   * @return the canonical code, or empty when the text is not a well-formed code of this system
   */
  public Optional<String> canonical(String code) {
    if (code.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    StringBuilder bare = new StringBuilder(code.length() + 1);
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c != '.' && !Character.isWhitespace(c)) {
        bare.append(c);
      }
    }
    String upper = bare.toString().toUpperCase(Locale.ROOT);
    String written = dotAt > 0 && upper.length() > dotAt
        ? upper.substring(0, dotAt) + "." + upper.substring(dotAt) : upper;
    return pattern.matcher(written).matches() ? Optional.of(written) : Optional.empty();
  }
}
