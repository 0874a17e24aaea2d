package org.sextherapy.fhir;

import java.util.List;
import java.util.Objects;
import org.sextherapy.therapist.TherapistProfile;

/**
 * One Practitioner read from a directory: the profile built from it and its roles, the licences
 * it claims without publishing them in full, and what could not be mapped from the Practitioner
 * and its PractitionerRoles.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param profile the profile, never null
 * @param licenceClaims licences the directory claims without a number or start date, never null
 * @param findings what could not be mapped from the Practitioner and its roles, never null
 */
public record TherapistRead(TherapistProfile profile, List<LicenceClaim> licenceClaims,
    List<Finding> findings) {

  /**
   * Creates a read.
   *
   * @param profile the profile, never null
   * @param licenceClaims the claims, never null
   * @param findings the findings, never null
   */
  public TherapistRead {
    Objects.requireNonNull(profile, "profile");
    licenceClaims = List.copyOf(licenceClaims);
    findings = List.copyOf(findings);
  }

  @Override
  public String toString() {
    return "TherapistRead{" + profile.id() + ", " + licenceClaims.size() + " claims, "
        + findings.size() + " findings}";
  }
}
