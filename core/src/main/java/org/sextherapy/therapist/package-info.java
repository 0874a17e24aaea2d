/**
 * A therapist's directory profile: who they are, what they are qualified and competent in, whom they
 * serve, how they work, what they charge and whether they are taking new clients.
 *
 * <p>A sex therapist is a psychologist, therapist, social worker or physician with training in human
 * sexuality (GoodTherapy, Sex Therapy). Directories filter on concern, modality, format, client
 * age, fee and insurance, delivery, location, therapist gender and identity, language, affirming
 * populations, availability, experience and credential (such as Psychology Today's and AASECT's
 * directories).
 */
@NullMarked
@DomainStyle
package org.sextherapy.therapist;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
