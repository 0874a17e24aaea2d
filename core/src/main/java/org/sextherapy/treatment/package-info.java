/**
 * What therapy aims at, in structured form: an {@link org.sextherapy.treatment.Aim} is a
 * {@link org.sextherapy.treatment.Focus} (what it is about) with an
 * {@link org.sextherapy.treatment.Intent} (what it tries to do about it). Goals of a session plan and
 * the modalities a therapist offers carry aims.
 *
 * <p>Structure is what lets the ethics rules judge aims without being dodged by wording: an aim to
 * change, suppress or deny a person's sexual orientation, gender identity or gender expression is a
 * conversion practice whatever it is called (ethical rule 1; AASECT 2017 and APA 2021 positions).
 */
@NullMarked
@DomainStyle
package org.sextherapy.treatment;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
