/**
 * What qualifies a therapist: licences, interstate compact privileges, certifications and training.
 *
 * <p>A <em>licence</em> is the legal right to practise psychotherapy, issued per jurisdiction and by
 * discipline, with a number, a status and a period. A <em>certification</em> is an issuer-scoped,
 * time-bounded qualification on top of a licence: the same title can come from different issuers, so
 * a certification always names its issuer. Certification of sex therapists is not standardised
 * (GoodTherapy, Sex Therapy); only Florida regulates the title "sex therapist" (Fla. Admin. Code 64B4-7.004). AASECT
 * certifies four disciplines (CST, CSC, CSE and supervisor), each renewed every 3 years with 20 CE
 * credits and continuous membership (aasect.org certification requirements).
 */
@NullMarked
@DomainStyle
package org.sextherapy.qualification;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
