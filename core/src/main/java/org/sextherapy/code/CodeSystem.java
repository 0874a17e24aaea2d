package org.sextherapy.code;

import org.sextherapy.Identified;

/**
 * A classification system that a {@link Code} belongs to.
 *
 * <p>FHIR carries such codes as (system, code) pairs; {@link #uri()} is the system URI FHIR uses, so
 * a code can be exchanged without translation.
 */
public enum CodeSystem implements Identified {
  /**
   * ICD-11 for Mortality and Morbidity Statistics (WHO). Chapter 17, "Conditions related to sexual
   * health", holds the sexual dysfunctions and sexual pain disorders outside the mental-disorders
   * chapter.
   */
  ICD_11_MMS("icd-11-mms", "http://id.who.int/icd/release/11/mms"),
  /**
   * ICD-10-CM, the code set DSM-5-TR diagnoses are recorded with in the United States.
   */
  ICD_10_CM("icd-10-cm", "http://hl7.org/fhir/sid/icd-10-cm"),
  /**
   * The NUCC Health Care Provider Taxonomy (US); it has codes for licence disciplines and none for
   * "sex therapist".
   */
  NUCC_PROVIDER_TAXONOMY("nucc-provider-taxonomy", "http://nucc.org/provider-taxonomy");

  private final String id;
  private final String uri;

  CodeSystem(String id, String uri) {
    this.id = id;
    this.uri = uri;
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
}
