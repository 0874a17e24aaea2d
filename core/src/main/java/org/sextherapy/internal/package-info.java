/**
 * Implementation details shared by the model packages; not exported and not part of the API.
 */
@NullMarked
package org.sextherapy.internal;

import org.jspecify.annotations.NullMarked;
