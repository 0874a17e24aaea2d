/**
 * HL7 FHIR R4 provider directories in and out of {@link org.sextherapy.therapist.TherapistProfile}:
 * the US National Directory of Healthcare Providers and Services (NDH) and the Da Vinci PDex
 * Plan-Net formats (https://hl7.org/fhir/us/ndh/, https://hl7.org/fhir/us/davinci-pdex-plan-net/).
 *
 * <p>{@link org.sextherapy.fhir.FhirDirectoryReader} builds profiles from a Bundle, an NDJSON bulk
 * export or HAPI FHIR resource objects and reports, per resource and FHIR path, what it could not
 * map; {@link org.sextherapy.fhir.FhirDirectoryWriter} writes a profile as a Practitioner, a
 * PractitionerRole and Locations. What FHIR has no element for travels in the extensions of
 * {@link org.sextherapy.fhir.SexTherapyExtensions}.
 */
@NullMarked
package org.sextherapy.fhir;

import org.jspecify.annotations.NullMarked;
