/**
 * Jackson 3 support for the sextherapy model: {@link org.sextherapy.jackson3.SexTherapyJson}, the
 * strict reader and writer of the wire format, and {@link org.sextherapy.jackson3.SexTherapyModule}
 * for a mapper of your own. The wire format itself (documents, options, limits, the exception of
 * a failed read) is in {@code org.sextherapy.json}, shared with the Jackson 3 binding.
 */
@NullMarked
package org.sextherapy.jackson3;

import org.jspecify.annotations.NullMarked;
