package org.sextherapy.fhir;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.Resource;

/**
 * How findings and {@code toString()} name a resource: {@code Type/id}, as a FHIR reference does.
 * An id that is not a FHIR id (the R4 {@code id} datatype,
 * https://hl7.org/fhir/R4/datatypes.html#id: 1 to 64 letters, digits, {@code -} and {@code .}) is
 * not repeated, since it may be any text the document held; the resource is then named
 * {@code Type/(not a FHIR id)}.
 */
final class ResourceNames {

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private ResourceNames() {}

  /** Returns a resource's name, such as {@code Practitioner/p1}. */
  static String of(Resource resource) {
    return of(resource.fhirType(), resource.getIdElement().getIdPart());
  }

  /** Returns the name of a resource of a type with an id as the document gave it, or none. */
  static String of(String type, @Nullable String id) {
    return type + "/" + (id != null && FHIR_ID.matcher(id).matches() ? id : "(not a FHIR id)");
  }
}
