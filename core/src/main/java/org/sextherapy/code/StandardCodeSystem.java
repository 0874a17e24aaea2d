package org.sextherapy.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification systems the library ships, each with the pattern its codes follow.
 *
 * <p>{@link #canonical(String)} writes a code the one way the library compares it (upper case, no
 * spaces, the system's dot in its place), so "ha 60", "HA60" and "ha60" are the same ICD-11 code and
 * "F640" and "f64.0" the same ICD-10-CM code. Anything that does not follow the pattern, such as a
 * word typed into a code field, is not a code of the system.
 *
 * <p>ICD-11 codes may be post-coordinated into a cluster (ICD-11 Reference Guide, "Extension codes
 * and postcoordination" and "Cluster coding",
 * https://icdcdn.who.int/icd11referenceguide/en/html/index.html; "Postcoordination of codes in
 * ICD-11", BMC Med Inform Decis Mak 2022, doi:10.1186/s12911-022-01876-9; Drösler, Weber and
 * Chute, "ICD-11 extension codes support detailed clinical abstraction and comprehensive
 * classification", BMC Med Inform Decis Mak 2021, doi:10.1186/s12911-021-01635-2): stem codes,
 * which name a
 * condition, are joined with {@code /} ({@code DA63/ME24.90}); extension codes (chapter X, such as
 * {@code XS25} severe) are never recorded alone and follow the stem code they add detail to,
 * joined with {@code &} ({@code HA00&XS25}). A cluster starts with a stem code. Its canonical form
 * writes every part canonically, so {@code "ha00 & xs25"} is {@code HA00&XS25}, and
 * {@link #stemCodes(String)} gives the stems that the ethical rules judge.
 */
public enum StandardCodeSystem implements CodeSystem {
  /**
   * ICD-11 for Mortality and Morbidity Statistics (WHO). Chapter 17, "Conditions related to sexual
   * health", holds the sexual dysfunctions and sexual pain disorders outside the mental-disorders
   * chapter. Stem codes have four characters and up to two after a dot ({@code HA01.0}); extension
   * codes start with X and have four to six characters without a dot ({@code XS25},
   * {@code XA9780}).
   */
  ICD_11_MMS("icd-11-mms", "http://id.who.int/icd/release/11/mms",
      "[0-9A-WYZ][A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,2})?", 4),
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

  /** An ICD-11 extension code: chapter X, four to six characters, no dot. */
  private static final Pattern ICD11_EXTENSION = Pattern.compile("X[0-9A-Z]{3,5}");

  private final String id;
  private final String uri;
  private final Pattern pattern;
  private final int dotAt;

  StandardCodeSystem(String id, String uri, String pattern, int dotAt) {
    this.id = id;
    this.uri = uri;
    this.pattern = Pattern.compile(pattern);
    this.dotAt = dotAt;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String uri() {
    return uri;
  }

  @Override
  public Optional<StandardCodeSystem> classification() {
    return Optional.of(this);
  }

  /**
   * Returns a code of this system written the one way the library compares it: white space
   * removed, upper case, and the system's dot (after the category, where the system has one) in its
   * place whether it was given or not; for ICD-11, each code of a cluster so and the cluster's
   * {@code &} and {@code /} kept.
   *
   * @param code a code as recorded, never null
   * @return the canonical code, or empty when the text is not a well-formed code of this system
   */
  @Override
  public Optional<String> canonical(String code) {
    if (code.length() > MAX_CODE_LENGTH) {
      return Optional.empty();
    }
    String bare = withoutWhiteSpace(code);
    if (this != ICD_11_MMS) {
      return single(bare);
    }
    StringBuilder cluster = new StringBuilder(bare.length() + 2);
    char joiner = '/';
    int start = 0;
    for (int i = 0; i <= bare.length(); i++) {
      char c = i < bare.length() ? bare.charAt(i) : '/';
      if (c != '&' && c != '/') {
        continue;
      }
      String part = bare.substring(start, i);
      Optional<String> written = joiner == '/' ? single(part) : extension(part);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      if (start > 0) {
        cluster.append(joiner);
      }
      cluster.append(written.get());
      joiner = c;
      start = i + 1;
    }
    return Optional.of(cluster.toString());
  }

  @Override
  public List<String> stemCodes(String canonicalCode) {
    return parts(canonicalCode, '/');
  }

  @Override
  public List<String> extensionCodes(String canonicalCode) {
    return parts(canonicalCode, '&');
  }

  /** Splits a canonical cluster into its stems ('/') or its extensions ('&'). */
  private List<String> parts(String canonicalCode, char wanted) {
    boolean cluster = canonicalCode.indexOf('&') >= 0 || canonicalCode.indexOf('/') >= 0;
    if (this != ICD_11_MMS || !cluster) {
      return wanted == '/' ? List.of(canonicalCode) : List.of();
    }
    List<String> parts = new ArrayList<>();
    char joiner = '/';
    int start = 0;
    for (int i = 0; i <= canonicalCode.length(); i++) {
      char c = i < canonicalCode.length() ? canonicalCode.charAt(i) : '/';
      if (c == '&' || c == '/') {
        if (joiner == wanted) {
          parts.add(canonicalCode.substring(start, i));
        }
        joiner = c;
        start = i + 1;
      }
    }
    return List.copyOf(parts);
  }

  /** One code (an ICD-11 stem code), white space already removed. */
  private Optional<String> single(String bare) {
    String upper = bare.replace(".", "").toUpperCase(Locale.ROOT);
    String written = dotAt > 0 && upper.length() > dotAt
        ? upper.substring(0, dotAt) + "." + upper.substring(dotAt) : upper;
    return pattern.matcher(written).matches() ? Optional.of(written) : Optional.empty();
  }

  /** One ICD-11 extension code, white space already removed. */
  private static Optional<String> extension(String bare) {
    String upper = bare.replace(".", "").toUpperCase(Locale.ROOT);
    return ICD11_EXTENSION.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
  }

  static String withoutWhiteSpace(String code) {
    StringBuilder bare = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!Character.isWhitespace(c)) {
        bare.append(c);
      }
    }
    return bare.toString();
  }
}
