/**
 * Gender identity in a person's own words, for honouring preferences only.
 *
 * <p>Some people prefer a therapist of the same gender, and some non-cisgender people prefer one
 * experienced with non-cisgender clients (GoodTherapy, Sex Therapy): these are preferences to
 * honour. A person's gender identity, trans, non-binary or intersex status is never itself a
 * concern and never causes a concern to be added or inferred (ethical rule 2). FHIR's
 * administrative {@code Practitioner.gender} cannot express gender identity, so this is its own
 * concept.
 */
@NullMarked
@DomainStyle
package org.sextherapy.identity;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
