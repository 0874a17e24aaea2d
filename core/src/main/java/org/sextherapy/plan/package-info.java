/**
 * Session plans: the sessions planned with a client, their goals and in-session activities, and the
 * exercises suggested for between sessions.
 *
 * <p>Sessions are strictly instructive and verbal; exercises that involve physical contact happen
 * outside the session; sex therapy never involves sex with the therapist or being made to have sexual
 * contact with anyone; a therapist may encourage exercises with a partner, but a person is never made
 * to do them (GoodTherapy, Sex Therapy; AASECT Code of Conduct). A plan records enough for the
 * ethics review to judge all of that. Goals and notes are client data: {@code toString()} shows ids
 * and counts only.
 */
@NullMarked
@DomainStyle
package org.sextherapy.plan;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
