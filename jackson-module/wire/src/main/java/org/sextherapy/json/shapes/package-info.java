/**
 * The per-domain tables of the wire format: for each value type of the model, its properties,
 * their shapes and how a value is built from them (through the model's public builders, so every
 * invariant runs). Not API: exported only to the two bindings.
 */
@NullMarked
package org.sextherapy.json.shapes;

import org.jspecify.annotations.NullMarked;
