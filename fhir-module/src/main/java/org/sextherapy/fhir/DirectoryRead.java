package org.sextherapy.fhir;

import java.util.List;
import org.sextherapy.therapist.TherapistProfile;

/**
 * What was read from a FHIR directory: one {@link TherapistRead} per Practitioner that makes a
 * profile, and every {@link Finding}, per input resource, of what could not be mapped.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param therapists one entry per Practitioner read, in input order, never null
 * @param findings every finding, of every resource: the supporting resources', each
 *     therapist's, then those only known at the end (dangling references), never null
 */
public record DirectoryRead(List<TherapistRead> therapists, List<Finding> findings) {

  /**
   * Creates a read.
   *
   * @param therapists the therapists, never null
   * @param findings the findings, never null
   */
  public DirectoryRead {
    therapists = List.copyOf(therapists);
    findings = List.copyOf(findings);
  }

  /**
   * Returns the profiles, in input order.
   *
   * @return the profiles, never null
   */
  public List<TherapistProfile> profiles() {
    return therapists.stream().map(TherapistRead::profile).toList();
  }

  /**
   * Returns the findings about one resource.
   *
   * @param resource the resource as {@code Type/id}, never null
   * @return its findings, never null
   */
  public List<Finding> findingsFor(String resource) {
    return findings.stream().filter(f -> f.resource().equals(resource)).toList();
  }

  @Override
  public String toString() {
    return "DirectoryRead{" + therapists.size() + " therapists, " + findings.size()
        + " findings}";
  }
}
