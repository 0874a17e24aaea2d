package org.sextherapy.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** URLs and codes of FHIR, NDH and Plan-Net that reading and writing share. */
final class FhirTerms {

  static final String NUCC = "http://nucc.org/provider-taxonomy";
  static final String BCP47 = "urn:ietf:bcp:47";
  static final String USPS = "https://www.usps.com/";
  static final String ISO_3166 = "urn:iso:std:iso:3166";
  static final String ISO_3166_2 = "urn:iso:std:iso:3166:-2";
  /** FHIR's organization types (https://terminology.hl7.org/CodeSystem-organization-type.html). */
  static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

  /** VerificationResult.validationType (https://hl7.org/fhir/R4/verificationresult.html). */
  static final String VALIDATION_TYPE = "http://terminology.hl7.org/CodeSystem/validation-type";
  /** VerificationResult.primarySource.type. */
  static final String PRIMARY_SOURCE_TYPE =
      "http://terminology.hl7.org/CodeSystem/primary-source-type";
  /** VerificationResult.primarySource.validationStatus. */
  static final String VALIDATION_STATUS =
      "http://terminology.hl7.org/CodeSystem/validation-status";

  static final String NDH = "http://hl7.org/fhir/us/ndh/StructureDefinition/";
  static final String PLAN_NET =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/";

  /** NDH: status and jurisdiction of a qualification (sub-extensions status, whereValid). */
  static final String NDH_QUALIFICATION = NDH + "base-ext-practitioner-qualification-scope";
  /** Plan-Net's equivalent of {@link #NDH_QUALIFICATION}. */
  static final String PLAN_NET_QUALIFICATION = PLAN_NET + "practitioner-qualification";
  static final String NDH_DELIVERY_METHOD = NDH + "base-ext-delivery-method";
  static final String PLAN_NET_DELIVERY_METHOD = PLAN_NET + "delivery-method";
  static final String NDH_NETWORK = NDH + "base-ext-network-reference";
  static final String PLAN_NET_NETWORK = PLAN_NET + "network-reference";
  static final String NDH_NEW_PATIENTS = NDH + "base-ext-newpatients";
  static final String PLAN_NET_NEW_PATIENTS = PLAN_NET + "newpatients";
  static final String NDH_ACCESSIBILITY = NDH + "base-ext-accessibility";
  static final String PLAN_NET_ACCESSIBILITY = PLAN_NET + "accessibility";
  static final String NDH_VERIFICATION_STATUS = NDH + "base-ext-verification-status";
  /** NDH: proficiency in a {@code Practitioner.communication} language (ILR speaking scale). */
  static final String NDH_PROFICIENCY = NDH + "base-ext-communication-proficiency";
  /** Plan-Net's equivalent of {@link #NDH_PROFICIENCY} (its LanguageProficiencyCS). */
  static final String PLAN_NET_PROFICIENCY = PLAN_NET + "communication-proficiency";
  /** Plan-Net's language proficiency codes (00 to 50, after the ILR scale). */
  static final String PLAN_NET_LANGUAGE_PROFICIENCY =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/LanguageProficiencyCS";
  /** HL7 Terminology's ILR speaking skill scale ({@code Level 0} to {@code Level 5}). */
  static final String ILR_SPEAKING_SKILL =
      "http://terminology.hl7.org/CodeSystem/ILRSpeakingSkillScale";
  static final String PLAN_NET_AVAILABLE_TIME = PLAN_NET + "contactpoint-availabletime";

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private FhirTerms() {}

  /**
   * Returns a FHIR resource id for a raw id: itself when it is a valid FHIR id (letters, digits,
   * '-' and '.', at most 64), otherwise a stable digest of it. The profile's own id travels in
   * {@code Practitioner.identifier} either way.
   */
  static String fhirId(String raw) {
    if (FHIR_ID.matcher(raw).matches()) {
      return raw;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(raw.getBytes(StandardCharsets.UTF_8));
      return "st-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must ship SHA-256 (java.security.MessageDigest).
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
