/**
 * The JSON wire format of the sextherapy model, as its two bindings share it: the documents
 * ({@link org.sextherapy.json.JsonDocument}, with their JSON Schemas), the options and reading
 * limits, the one exception a read throws and its kinds, and {@link org.sextherapy.json.JsonCodec},
 * the interface both bindings' {@code SexTherapyJson} implement. None of it depends on Jackson:
 * use it through {@code sextherapy-jackson} (Jackson 2) or {@code sextherapy-jackson3}
 * (Jackson 3).
 */
@NullMarked
package org.sextherapy.json;

import org.jspecify.annotations.NullMarked;
