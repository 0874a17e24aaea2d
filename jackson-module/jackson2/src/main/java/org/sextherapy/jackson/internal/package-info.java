/**
 * The Jackson 2 side of the binding: the parser and generator adapted to the wire format's
 * engine, and the databind serializers and deserializers over its shapes. Not API.
 */
@NullMarked
package org.sextherapy.jackson.internal;

import org.jspecify.annotations.NullMarked;
