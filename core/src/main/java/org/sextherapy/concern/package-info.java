/**
 * Concerns: what a person or couple brings to sex therapy.
 *
 * <p>A concern is not a diagnosis. A diagnosis is a clinical judgement that needs frequency,
 * several months' duration and clinically significant distress; many concerns that bring people to
 * sex therapy (intimacy after infidelity, a disparity in sex drives, intimacy after having children)
 * have no diagnostic code at all. {@link org.sextherapy.concern.ConcernCatalogue#standard()} covers
 * the eight common concerns named by GoodTherapy (Sex Therapy) and the others of ICD-11 chapter 17
 * and clinical practice (ICD-11 MMS, icd.who.int); applications add their own.
 *
 * <p>A person's gender identity, being trans, non-binary or intersex, and sexual orientation are
 * never concern types: GoodTherapy's overview warns that an ethical therapist does not assume a
 * non-binary, trans or intersex person's concern is related to their identity, and ICD-11 removed
 * sexual orientation categories. Exploring one's own identity or orientation, at the person's own
 * request, is a support-only category ({@link
 * org.sextherapy.concern.ConcernCategory#IDENTITY_EXPLORATION}).
 */
@NullMarked
@DomainStyle
package org.sextherapy.concern;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
