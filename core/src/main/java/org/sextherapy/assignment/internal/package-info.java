/**
 * Batch assignment internals: the primitive candidate table, the minimum-cost-flow solver over it
 * (successive shortest paths) and the first-come baseline. Not exported and not part of the API.
 */
@NullMarked
package org.sextherapy.assignment.internal;

import org.jspecify.annotations.NullMarked;
