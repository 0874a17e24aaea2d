/**
 * Batch assignment: a waiting list of clients placed with therapists who each have a few open
 * places, all at once, so that the clinic as a whole gets the best matches its places allow.
 *
 * <p>Working down a waiting list first come, first served gives each client the best therapist
 * still free when their turn comes, and so spends the places of the most sought-after therapists
 * on whoever happens to ask first. A {@link org.sextherapy.assignment.CaseloadAssigner} instead
 * chooses all placements together: it asks the {@link org.sextherapy.matching.Matcher} for each
 * client's best eligible therapists (the same hard constraints, scores and explanations as one-client
 * matching), then places clients so that the total match score is as high as the open places
 * allow, as a minimum-cost flow (the primal-dual algorithm, the library's own). An
 * {@link org.sextherapy.assignment.AssignmentPolicy} sets how many therapists are considered per
 * client, how much waiting raises a client's priority, and whether to spread clients across
 * therapists. The {@link org.sextherapy.assignment.Assignment} names each client's
 * {@link org.sextherapy.assignment.Placement} (a therapist with the match explanation, or an
 * {@link org.sextherapy.assignment.UnassignedReason}) and each therapist's
 * {@link org.sextherapy.assignment.TherapistLoad}.
 *
 * <p>Results hold ids, scores, reason codes and counts only, never a client's data (ethical rule 9;
 * GDPR Art. 9).
 */
@NullMarked
@DomainStyle
package org.sextherapy.assignment;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
