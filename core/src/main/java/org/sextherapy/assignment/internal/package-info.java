/**
 * Batch assignment internals: the primitive candidate table, the minimum-cost-flow solver over it
 * (primal-dual, with node potentials) and the first-come baseline. Not exported and not part of
 * the API.
 */
@NullMarked
package org.sextherapy.assignment.internal;

import org.jspecify.annotations.NullMarked;
