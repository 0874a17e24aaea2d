/**
 * Jackson 2 support for the sextherapy model: serializers, deserializers and a
 * Jackson {@code Module} that teach {@code ObjectMapper} how to read and write
 * the immutable value types of the core module as JSON.
 */
@NullMarked
package org.sextherapy.jackson;

import org.jspecify.annotations.NullMarked;
