package org.sextherapy.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.VerificationResult;

/**
 * The FHIR resources one therapist profile is written as: a Practitioner, the PractitionerRole
 * that links it to its practice locations, one Location per practice location, and one
 * VerificationResult per licence verified with its issuing board.
 *
 * <p>The HAPI resources are mutable objects: this holder hands out the ones it was given.
 *
 * @param practitioner the Practitioner, never null
 * @param role the PractitionerRole, never null
 * @param locations the Locations, in the profile's order, never null
 * @param verifications the VerificationResults, in the order of the licences, never null
 */
public record TherapistResources(Practitioner practitioner, PractitionerRole role,
    List<Location> locations, List<VerificationResult> verifications) {

  /**
   * Creates the holder.
   *
   * @param practitioner the Practitioner, never null
   * @param role the PractitionerRole, never null
   * @param locations the Locations, never null
   * @param verifications the VerificationResults, never null
   */
  public TherapistResources {
    Objects.requireNonNull(practitioner, "practitioner");
    Objects.requireNonNull(role, "role");
    locations = List.copyOf(locations);
    verifications = List.copyOf(verifications);
  }

  /**
   * Returns every resource, supporting ones first: the Locations, the role, the
   * VerificationResults, then the Practitioner, the order a streaming reader needs.
   *
   * @return the resources, never null
   */
  public List<Resource> all() {
    List<Resource> all = new ArrayList<>(locations.size() + verifications.size() + 2);
    all.addAll(locations);
    all.add(role);
    all.addAll(verifications);
    all.add(practitioner);
    return all;
  }

  @Override
  public String toString() {
    return "TherapistResources{" + ResourceNames.of(practitioner) + ", "
        + locations.size() + " locations, " + verifications.size() + " verifications}";
  }
}
