package org.sextherapy.fhir;

import java.util.Objects;

/**
 * One thing the reader could not map: in which resource ({@code Practitioner/Counselor}), at which
 * FHIR path ({@code Practitioner.qualification[0].code}), and of what kind. A finding holds ids,
 * paths and kinds only, never a value read from the input.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource as {@code Type/id}, never null
 * @param path the FHIR path of the element, never null
 * @param kind what could not be mapped, never null
 */
public record Finding(String resource, String path, FindingKind kind) {

  /**
   * Creates a finding.
   *
   * @param resource the resource as {@code Type/id} ({@code Type/(not a FHIR id)} when the
   *     document's id is not a FHIR id, which is not repeated), never null
   * @param path the FHIR path of the element, never null
   * @param kind what could not be mapped, never null
   */
  public Finding {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return kind.id() + " at " + resource + " " + path;
  }
}
