package org.sextherapy.fhir;

/**
 * Thrown when input is not well-formed FHIR R4 JSON: not JSON, an unknown element, a value of the
 * wrong type, a resource type that is not a resource. The message names the FHIR path (or line
 * of an NDJSON stream) and never repeats a value from the input.
 *
 * <p>Well-formed FHIR that does not map to a profile is never an exception: it is a
 * {@link Finding}.
 */
public final class FhirReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Where the input is malformed, as {@link #path()} returns it. */
  private final String path;

  FhirReadException(String path, String detail) {
    super("malformed FHIR at " + path + ": " + detail, null, false, true);
    this.path = path;
  }

  /**
   * Returns where the input is malformed: a FHIR path such as {@code Practitioner.qualification},
   * prefixed with the NDJSON line when read from a stream.
   *
   * @return the path, never null
   */
  public String path() {
    return path;
  }
}
