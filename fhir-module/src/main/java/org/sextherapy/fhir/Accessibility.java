package org.sextherapy.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
import org.sextherapy.location.AccessFeature;

/**
 * The accessibility codes of NDH and Plan-Net and the model's {@link AccessFeature}s, one mapping
 * that the reader and the writer share.
 *
 * <p>NDH's {@code base-ext-accessibility} (on Location and Practitioner) binds its value,
 * extensibly, to HL7 Terminology's code system
 * {@value #CARE_SERVICE_ACCESSIBILITY}
 * (https://terminology.hl7.org/CodeSystem-care-service-accessibility.html); Plan-Net's
 * {@code accessibility} (on Location) to {@value #PLAN_NET_ACCESSIBILITY}
 * (https://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem-AccessibilityCS.html), a copy of the
 * same seven codes with the same definitions (NDH's ConceptMap {@code PlanNetToNdhAccessibility}
 * maps each to itself as {@code equal}). Either system is read in either extension.
 *
 * <p>A code is read as a feature only where its published definition implies the feature:
 *
 * <ul>
 *   <li>{@code adacomp}, "ADA compliant: provides access which complies with the Americans with
 *       Disabilities Act and/or amendments": {@link AccessFeature#STEP_FREE_ACCESS}. The 2010 ADA
 *       Standards for Accessible Design require an accessible route from the site's arrival points
 *       to an accessible entrance and to the spaces used (s. 206.2), which has no steps: changes in
 *       level are ramps, elevators or platform lifts (s. 303, 402); the exception for small
 *       private buildings without an elevator does not cover the professional office of a health
 *       care provider (s. 206.2.3, exception 1;
 *       https://www.ada.gov/law-and-regs/design-standards/2010-stds/). Not implied: an accessible
 *       toilet (s. 213 applies only where toilets are provided), a hearing loop (assistive
 *       listening systems, s. 219, are required in assembly areas, not in a therapy room), an
 *       interpreter (the ADA's duty to provide auxiliary aids, 28 CFR 36.303, is the provider's
 *       whether or not the code is published, and is met by other means too).</li>
 *   <li>{@code handiaccess}, "handicap accessible: provides access to persons with disabilities":
 *       {@link AccessFeature#STEP_FREE_ACCESS}, since premises a wheelchair user cannot enter do
 *       not provide access to persons with disabilities. Nothing more is implied: the code names
 *       no toilet, hearing loop or interpreter.</li>
 *   <li>{@code cultcomp} (services that meet social, cultural and linguistic needs),
 *       {@code pubtrans} (reachable by public transport), {@code anssrvc} (an answering service),
 *       {@code cognitive} and {@code mobility} ("provides services for" cognitively or mobility
 *       impaired persons: whom the services are for, not what the premises have; a service for
 *       mobility impaired persons may be a home visit): no feature of the model, so they are
 *       reported as {@code not-in-model}.</li>
 * </ul>
 *
 * <p>Writing goes the other way: {@link AccessFeature#STEP_FREE_ACCESS} is written as
 * {@code handiaccess}, the code that claims least ({@code adacomp} would claim compliance with the
 * whole ADA, which step-free access alone is not); the other features have no code and travel in
 * the library's {@link SexTherapyExtensions#ACCESS}.
 */
final class Accessibility {

  /** HL7 Terminology's Care Service Accessibility, the code system NDH uses. */
  static final String CARE_SERVICE_ACCESSIBILITY =
      "http://terminology.hl7.org/CodeSystem/care-service-accessibility";
  /** Plan-Net's copy of {@link #CARE_SERVICE_ACCESSIBILITY}. */
  static final String PLAN_NET_ACCESSIBILITY =
      "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/AccessibilityCS";

  private Accessibility() {}

  /** What an accessibility value says, as far as the model can hold it; in order of precedence. */
  enum Meaning {
    /** A code of either system whose definition implies {@link AccessFeature#STEP_FREE_ACCESS}. */
    STEP_FREE,
    /** A code of either system with no feature in the model. */
    NOT_IN_MODEL,
    /** A code that is not in either system, though the coding names one of them. */
    UNKNOWN_CODE,
    /** No coding of either system: another system (the binding is extensible) or text only. */
    OTHER
  }

  /**
   * Reads one accessibility value. Its codings should be translations of one concept; where they
   * disagree, the first meaning in {@link Meaning}'s order stands (a feature before a code the
   * model does not hold, before an unknown code).
   */
  static Meaning read(CodeableConcept value) {
    Meaning meaning = Meaning.OTHER;
    for (Coding coding : value.getCoding()) {
      String system = coding.getSystem();
      if (CARE_SERVICE_ACCESSIBILITY.equals(system) || PLAN_NET_ACCESSIBILITY.equals(system)) {
        Meaning said = meaning(coding.getCode());
        if (said.compareTo(meaning) < 0) {
          meaning = said;
        }
      }
    }
    return meaning;
  }

  private static Meaning meaning(@Nullable String code) {
    if (code == null) {
      return Meaning.UNKNOWN_CODE;
    }
    return switch (code) {
      case "adacomp", "handiaccess" -> Meaning.STEP_FREE;
      case "cultcomp", "pubtrans", "anssrvc", "cognitive", "mobility" -> Meaning.NOT_IN_MODEL;
      default -> Meaning.UNKNOWN_CODE;
    };
  }

  /**
   * Returns the NDH coding a feature is written as, or empty for a feature that no code of
   * {@value #CARE_SERVICE_ACCESSIBILITY} implies.
   */
  static Optional<Coding> coding(AccessFeature feature) {
    return switch (feature) {
      case STEP_FREE_ACCESS -> Optional.of(
          new Coding(CARE_SERVICE_ACCESSIBILITY, "handiaccess", "handicap accessible"));
      case ACCESSIBLE_TOILET, HEARING_LOOP, INTERPRETER_AVAILABLE -> Optional.empty();
    };
  }
}
