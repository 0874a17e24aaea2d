/**
 * Where therapy happens: jurisdictions (who may authorise a clinician to practise) and practice
 * locations.
 *
 * <p>A clinician must be authorised where the client is physically located at the time of the
 * session, not where the client lives or where the clinician sits (PSYPACT Compact, Art. II
 * "Receiving State", psypact.gov). FHIR's US directory guide carries this as a qualification's
 * {@code whereValid}.
 */
@NullMarked
@DomainStyle
package org.sextherapy.location;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
