/**
 * The ${binding.name} side of the binding: the parser and generator adapted to the wire format's
 * engine, and the databind serializers and deserializers over its shapes. Not API.
 */
@NullMarked
package ${binding.package}.internal;

import org.jspecify.annotations.NullMarked;
