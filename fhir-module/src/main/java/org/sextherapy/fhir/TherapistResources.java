package org.sextherapy.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resources one therapist profile is written as: a Practitioner, the PractitionerRole
 * that links it to its practice locations, and one Location per practice location.
 *
 * <p>The HAPI resources are mutable objects: this holder hands out the ones it was given.
 *
 * @param practitioner the Practitioner, never null
 * @param role the PractitionerRole, never null
 * @param locations the Locations, in the profile's order, never null
 */
public record TherapistResources(Practitioner practitioner, PractitionerRole role,
    List<Location> locations) {

  /**
   * Creates the holder.
   *
   * @param practitioner the Practitioner, never null
   * @param role the PractitionerRole, never null
   * @param locations the Locations, never null
   */
  public TherapistResources {
    Objects.requireNonNull(practitioner, "practitioner");
    Objects.requireNonNull(role, "role");
    locations = List.copyOf(locations);
  }

  /**
   * Returns every resource, supporting ones first: the Locations, the role, then the
   * Practitioner, the order a streaming reader needs.
   *
   * @return the resources, never null
   */
  public List<Resource> all() {
    List<Resource> all = new ArrayList<>(locations.size() + 2);
    all.addAll(locations);
    all.add(role);
    all.add(practitioner);
    return all;
  }

  @Override
  public String toString() {
    return "TherapistResources{Practitioner/" + practitioner.getIdPart() + ", "
        + locations.size() + " locations}";
  }
}
