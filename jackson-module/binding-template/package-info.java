/**
 * ${binding.name} support for the sextherapy model: {@link ${binding.package}.SexTherapyJson}, the
 * strict reader and writer of the wire format, and {@link ${binding.package}.SexTherapyModule}
 * for a mapper of your own. The wire format itself (documents, options, limits, the exception of
 * a failed read) is in {@code org.sextherapy.json}, shared by the Jackson 2 and Jackson 3
 * bindings.
 */
@NullMarked
package ${binding.package};

import org.jspecify.annotations.NullMarked;
