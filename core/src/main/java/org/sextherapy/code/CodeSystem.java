package org.sextherapy.code;

import java.util.List;
import java.util.Optional;
import org.sextherapy.Identified;

/**
 * A classification system that a {@link Code} belongs to: one the library ships
 * ({@link StandardCodeSystem}: ICD-11 MMS, ICD-10-CM, WHO ICD-10, the NUCC provider taxonomy) or one
 * a clinic declares for itself ({@link #custom(String, String, String)}, such as its own local
 * codes, or {@link #modificationOf(CodeSystem, String, String, String)}, such as a national
 * modification of ICD-10).
 *
 * <p>FHIR carries codes as (system, code) pairs; {@link #uri()} is the system URI FHIR uses, so a
 * code can be exchanged without translation; {@link #id()} is the short name the JSON wire format
 * and messages use ({@code icd-11-mms}).
 *
 * <p>A code is an identifier, not text. Every system decides, here and only here, which text is
 * one of its codes and how it is written: {@link #canonical(String)} gives the one form the library
 * compares, or nothing when the text is not a code of the system (such as a note typed into a code
 * field). {@link Code#of} and the JSON reader both ask it, and refuse what it refuses, naming the
 * field and never echoing the text.
 *
 * <p>Implementations are immutable and thread-safe. (The interface has no default methods, so
 * initialising {@link StandardCodeSystem} never initialises this interface, whose constants refer
 * to it: no class-initialisation cycle.)
 */
public sealed interface CodeSystem extends Identified permits StandardCodeSystem, CustomCodeSystem {

  /**
   * ICD-11 for Mortality and Morbidity Statistics (WHO), with post-coordinated clusters.
   *
   * @see StandardCodeSystem#ICD_11_MMS
   */
  CodeSystem ICD_11_MMS = StandardCodeSystem.ICD_11_MMS;
  /**
   * ICD-10-CM, the code set DSM-5-TR diagnoses are recorded with in the United States.
   *
   * @see StandardCodeSystem#ICD_10_CM
   */
  CodeSystem ICD_10_CM = StandardCodeSystem.ICD_10_CM;
  /**
   * WHO ICD-10.
   *
   * @see StandardCodeSystem#ICD_10
   */
  CodeSystem ICD_10 = StandardCodeSystem.ICD_10;
  /**
   * The NUCC Health Care Provider Taxonomy (US).
   *
   * @see StandardCodeSystem#NUCC_PROVIDER_TAXONOMY
   */
  CodeSystem NUCC_PROVIDER_TAXONOMY = StandardCodeSystem.NUCC_PROVIDER_TAXONOMY;

  /**
   * The longest raw code looked at, an ICD-11 cluster included: longer input is not a code of any
   * system.
   */
  int MAX_CODE_LENGTH = 64;

  /**
   * Declares a clinic's own code system, such as the local codes of its intake form. Its codes are
   * 1 to {@value CustomCodeSystem#MAX_LOCAL_CODE_LENGTH} letters, digits, dots, hyphens or
   * underscores (surrounding white space is dropped, case is kept) that {@code pattern} matches in
   * full; anything else, free text above all, is not a code of it. The library knows nothing of
   * what such codes mean, so the ethical rules judge them by their titles only: a code titled for
   * gender identity or orientation as a condition is an identity code whatever its system
   * ({@link CodeCatalogue#isIdentityCode}). For a national modification of ICD-10, whose codes the
   * rules can judge, declare it with {@link #modificationOf} instead.
   *
   * @param id the short name used in JSON and messages, such as {@code "clinic-local"}: lower case
   *     letters, digits, dots and hyphens, 1 to 64 characters, starting with a letter or digit,
   *     never null and not the id of a standard system
   * @param uri the system's absolute URI, as FHIR would carry it, at most 1,024 characters, never
   *     null and not the URI of a standard system
   * @param pattern a Java regular expression of at most 256 characters that each code must match
   *     in full, never null
   * @return the system, never null
   * @throws org.sextherapy.InvalidValueException naming {@code id}, {@code uri} or {@code pattern}
   *     when one is malformed or claims a standard system
   */
  static CodeSystem custom(String id, String uri, String pattern) {
    return CustomCodeSystem.local(id, uri, pattern);
  }

  /**
   * Declares a national modification of ICD-10 or ICD-10-CM, such as ICD-10-GM (Germany),
   * ICD-10-CA (Canada) or ICD-10-AM (Australia): a system whose codes keep the categories of its
   * base (the letter and two characters before the dot) and may add subdivisions of their own. Its
   * codes are written as the base writes them (upper case, no spaces, the dot after the category)
   * and must match {@code pattern} in full and start with a well-formed category of the base. The
   * ethical rules judge them by their base's categories, so ICD-10-GM {@code F64.0} is an identity
   * code as WHO ICD-10 {@code F64.0} is (https://icd.who.int/browse10/2019/en; ICD-10-GM,
   * https://www.bfarm.de/EN/Code-systems/Classifications/ICD/ICD-10-GM/_node.html).
   *
   * @param base {@link #ICD_10} or {@link #ICD_10_CM}, never null
   * @param id as for {@link #custom}
   * @param uri as for {@link #custom}
   * @param pattern as for {@link #custom}, matched against the code in its written form
   * @return the system, never null
   * @throws org.sextherapy.InvalidValueException naming {@code base}, {@code id}, {@code uri} or
   *     {@code pattern} when one is malformed or not allowed
   */
  static CodeSystem modificationOf(CodeSystem base, String id, String uri, String pattern) {
    return CustomCodeSystem.modification(base, id, uri, pattern);
  }

  /**
   * Returns the systems the library ships.
   *
   * @return ICD-11 MMS, ICD-10-CM, WHO ICD-10 and the NUCC provider taxonomy, never null
   */
  static List<CodeSystem> standard() {
    return List.of(ICD_11_MMS, ICD_10_CM, ICD_10, NUCC_PROVIDER_TAXONOMY);
  }

  /**
   * Returns the short, stable name of the system, used in JSON and in messages.
   *
   * @return the id, such as {@code "icd-11-mms"}, never null
   */
  @Override
  String id();

  /**
   * Returns the system URI, as HL7 FHIR carries it.
   *
   * @return the URI, never null
   */
  String uri();

  /**
   * Returns a code of this system written the one way the library compares it, so that two
   * spellings of a code are the same code exactly when their canonical forms are equal.
   *
   * @param code a code as recorded, never null
   * @return the canonical code, or empty when the text is not a well-formed code of this system
   */
  Optional<String> canonical(String code);

  /**
   * Returns the standard classification whose categories this system's codes carry, which is what
   * the ethical rules judge a code by: the system itself when it is standard, the base of a
   * national modification, and nothing for a clinic's own local system.
   *
   * @return the classification, or empty for a local system
   */
  Optional<StandardCodeSystem> classification();

  /**
   * Returns the stem codes of a code of this system: the codes that name a condition. A single code
   * is its own stem; an ICD-11 cluster has one stem per code joined with {@code /}, in order, and
   * its extension codes are left out.
   *
   * @param canonicalCode a code of this system in canonical form, never null
   * @return the stem codes in canonical form, never null or empty
   */
  List<String> stemCodes(String canonicalCode);

  /**
   * Returns the extension codes of a code of this system: in ICD-11, the codes joined with
   * {@code &} that add detail (severity, laterality, time) to the stem before them.
   *
   * @param canonicalCode a code of this system in canonical form, never null
   * @return the extension codes in canonical form, in order, never null, empty for a single code
   */
  List<String> extensionCodes(String canonicalCode);
}
