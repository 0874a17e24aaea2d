/**
 * Matching: ranking the therapists of a directory for one client's request, fast, explained and
 * fair.
 *
 * <p>A {@link org.sextherapy.matching.TherapistDirectory} is compiled once from the directory's
 * therapist profiles and shared by every thread; a {@link org.sextherapy.matching.Matcher} ranks it
 * for a {@link org.sextherapy.client.ClientRequest} on a date under a
 * {@link org.sextherapy.matching.MatchPolicy} and returns a
 * {@link org.sextherapy.matching.MatchResult}: the best matches with the
 * {@link org.sextherapy.matching.Reason}s that add up to each score, and how many therapists each
 * {@link org.sextherapy.matching.HardConstraint} excluded.
 *
 * <p>Hard constraints come from licensing law (PSYPACT Compact, Art. II "Receiving State",
 * psypact.gov), the ethical rules of {@link org.sextherapy.ethics.EthicalRules} and what
 * directories filter on: a therapist is offered only where they are authorised to practise on the
 * session date, only for concerns they declare expertise in, only to a minor if they serve
 * adolescents, only when every preference the client marked as required is met, and never when the
 * ethics review finds an error in their profile. Ranking puts competence for the client's concerns
 * first (declared expertise, blended with the therapist's measured outcomes where the directory
 * holds {@link org.sextherapy.outcome.OutcomeRecord}s), as the evidence suggests (Swift et al.
 * 2018, doi:10.1002/jclp.22680; Constantino et al. 2021, doi:10.1001/jamapsychiatry.2021.1221),
 * then the client's preferences, then small signals.
 * Results hold ids and codes only, never a client's data (ethical rule 9).
 */
@NullMarked
@DomainStyle
package org.sextherapy.matching;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
