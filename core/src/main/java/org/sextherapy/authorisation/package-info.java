/**
 * Authorisation to practise: may this therapist see this client, physically in this place, on this
 * date, in this way (in person, by video or by phone)?
 *
 * <p>{@link org.sextherapy.authorisation.PracticeAuthorisation} is the one owner of the answer. It
 * reads a profile's licences, register entries and interstate compact privileges, turns each into
 * the {@link org.sextherapy.authorisation.Grant}s it gives (where, by which deliveries, on which
 * days), and answers with the {@link org.sextherapy.authorisation.Basis} it used. Which licences and
 * registers count in a place is the place's {@link org.sextherapy.authorisation.LicensingPolicy}:
 * states and provinces license in the United States and Canada, Ahpra registers nationally in
 * Australia, and in the UK counselling and psychotherapy have no statutory licence, so accredited
 * registers count. The validator, the matcher and the caseload assigner all ask it.
 */
@NullMarked
@DomainStyle
package org.sextherapy.authorisation;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
