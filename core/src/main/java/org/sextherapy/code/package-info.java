/**
 * Codes from the classification systems the library refers to (ICD-11, ICD-10-CM as used by
 * DSM-5-TR, and the NUCC health care provider taxonomy), held in one catalogue with their system and
 * how certain the library's sources are of each.
 *
 * <p>The library never needs a code to work: concerns, licences and rules are defined without them,
 * and many concerns that bring people to sex therapy have no diagnostic code at all.
 */
@NullMarked
@DomainStyle
package org.sextherapy.code;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
