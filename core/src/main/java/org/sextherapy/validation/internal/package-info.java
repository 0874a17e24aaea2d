/**
 * Validation internals: the collector of violations that the validators share. Not exported and
 * not part of the API.
 */
@NullMarked
package org.sextherapy.validation.internal;

import org.jspecify.annotations.NullMarked;
