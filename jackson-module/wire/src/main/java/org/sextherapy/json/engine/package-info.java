/**
 * The reading and writing engine of the wire format, free of Jackson: shapes of objects, lists,
 * sets, unions, references, enumerated and scalar values, read and written through the small
 * {@link org.sextherapy.json.engine.JsonInput} and {@link org.sextherapy.json.engine.JsonOutput}
 * interfaces that each binding adapts its parser and generator to. Not API: exported only to the
 * two bindings. It depends on the vocabulary of {@code org.sextherapy.json} (exception, kinds,
 * options), never on the per-domain tables or the bindings.
 */
@NullMarked
package org.sextherapy.json.engine;

import org.jspecify.annotations.NullMarked;
