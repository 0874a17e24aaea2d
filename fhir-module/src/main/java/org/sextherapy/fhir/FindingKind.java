package org.sextherapy.fhir;

import org.sextherapy.Identified;

/**
 * What the reader could not map from a FHIR resource into a therapist profile. Every kind is a
 * fact about the source, never a guess: the reader leaves the value out and says why.
 */
public enum FindingKind implements Identified {
  /**
   * A qualification's NUCC provider-taxonomy code files the practitioner under no licence the
   * library models ({@code Discipline.forTaxonomy} is empty: a physician specialty, a school social
   * worker, a neurologist), so no licence is read from it.
   */
  UNKNOWN_TAXONOMY("unknown-taxonomy"),
  /** A qualification is coded in a system the reader does not map (such as a v2-0360 degree). */
  UNMAPPED_QUALIFICATION("unmapped-qualification"),
  /** A licence names no jurisdiction it is valid in ({@code whereValid}), so it is left out. */
  MISSING_JURISDICTION("missing-jurisdiction"),
  /**
   * A value is present but not valid: a jurisdiction, language, coordinate or code; a network
   * without the payer it is part of; a network reference to an Organization that is not a
   * network; new patients stated for a network the practitioner's roles do not name; an
   * accessibility code its code system does not have, or an accessibility or proficiency that is
   * not a CodeableConcept.
   */
  INVALID_VALUE("invalid-value"),
  /**
   * The sources of one licence field disagree: the library's {@code licence-status} and NDH's or
   * Plan-Net's scope {@code status} (read to the NDH code the library's status writes as:
   * suspended and expired are NDH's {@code inactive}), two scopes' {@code whereValid} places, the
   * codings of one {@code whereValid}, the disciplines of a qualification's codes, or its
   * identifiers' values. Never the more permissive reading: the status read is the most
   * restrictive one stated (revoked, suspended, expired, inactive, active, in that order), the
   * places read are those every scope names, and a discipline or number that disagrees is not
   * read. One finding at each disagreeing source's path.
   */
  CONFLICTING_VALUES("conflicting-values"),
  /**
   * An extension that its definition allows once is repeated (a second {@code status} in a
   * qualification scope, a second scope of one URL, a second {@code title}, time zone or
   * {@code concern}): reported at the second occurrence. An extension read for a single value is
   * then not read, since which occurrence was meant is not guessed; a licence's status and scope
   * are read in every occurrence under the conflict rule ({@link #CONFLICTING_VALUES}).
   */
  REPEATED_ELEMENT("repeated-element"),
  /** A licence gives no status, or one (pending, issued in error, unknown) that is no licence. */
  UNMAPPED_LICENCE_STATUS("unmapped-licence-status"),
  /**
   * A licence gives no number or no start date: it is returned as a {@link LicenceClaim} for the
   * application to complete, never as a licence.
   */
  INCOMPLETE_LICENCE("incomplete-licence"),
  /**
   * A role publishes hours ({@code availableTime}) or openings without a time zone: FHIR R4
   * times are local and NDH gives no zone, so they cannot be placed, and the reader does not guess
   * one from an address (a US state may span two zones). The zone travels in the FHIR extensions
   * pack's {@code timezone} extension on the PractitionerRole.
   */
  MISSING_TIME_ZONE("missing-time-zone"),
  /** A reference points to a resource that is not in the input. */
  DANGLING_REFERENCE("dangling-reference"),
  /**
   * A PractitionerRole says it is not active ({@code active} false): the practitioner no longer
   * practises in it, so nothing it says is read.
   */
  INACTIVE_ROLE("inactive-role"),
  /**
   * A VerificationResult says that checking a Practitioner's credentials with their primary
   * source failed ({@code val-fail}, {@code reval-fail}, or a primary source's
   * {@code validationStatus} {@code failed}). The licences are read as the directory publishes
   * them and never as verified: the application should check them with the issuing board.
   */
  FAILED_VERIFICATION("failed-verification"),
  /** A PractitionerRole names no practitioner, so nothing it says belongs to a profile. */
  ROLE_WITHOUT_PRACTITIONER("role-without-practitioner"),
  /**
   * A PractitionerRole came after its Practitioner in a stream, so it was read too late for the
   * profile; bulk exports are read with supporting resources first.
   */
  ROLE_AFTER_PRACTITIONER("role-after-practitioner"),
  /**
   * A Location, HealthcareService or network Organization a role names came after the
   * Practitioner in a stream, so it was read too late for the profile.
   */
  READ_AFTER_PRACTITIONER("read-after-practitioner"),
  /** A virtual-delivery modality (web, app, TDD) that is neither video nor phone. */
  UNMAPPED_DELIVERY("unmapped-delivery"),
  /** A concern, population, format, credential, compact or modality id the reader does not know. */
  UNKNOWN_ID("unknown-id"),
  /**
   * An element the model does not hold: the opening hours of a Location or HealthcareService
   * (the premises' or the service's, not the therapist's), a role's {@code notAvailable} and
   * {@code availabilityExceptions}, a second role's hours in another time zone; NDH's overall
   * verification status of a practitioner, and verifications of anything but a licence (a role,
   * an address, an identifier, a degree, a practitioner as a whole) or not made with the primary
   * source (attested, in process); acceptance of new patients stated for every network at once on a Location or
   * HealthcareService, or stated differently for one network at different places; the end of a
   * role that names a network (a participation has no end date in the model); and
   * InsurancePlans (a plan describes a client's coverage, not a therapist); an NDH or Plan-Net
   * accessibility code that implies no access feature of the model (public transit, an answering
   * service, cultural competence, services for cognitively or mobility impaired persons) or a
   * code of another system, and accessibility stated for a practitioner rather than a location; a
   * communication language stated below professional proficiency (ILR level 3), which is left
   * out of the languages the therapist works in, or a proficiency the reader does not know; and
   * every other extension of a Practitioner, PractitionerRole, Location or HealthcareService that
   * the reader does not read, once per URL.
   */
  NOT_IN_MODEL("not-in-model"),
  /** A resource type that does not describe a therapist (Endpoint, OrganizationAffiliation). */
  IGNORED_RESOURCE("ignored-resource"),
  /** A Practitioner whose id, name or extensions do not make a valid profile. */
  INVALID_PROFILE("invalid-profile");

  private final String id;

  FindingKind(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
