/**
 * Measured outcomes: what therapists have achieved with the clients they treated, per concern, as
 * measured on a standard outcome measure at the start and the end of each course of therapy.
 *
 * <p>An {@link org.sextherapy.outcome.OutcomeMeasure} names a standard measure with its
 * reliability and normative standard deviation, from which a change between two scores is judged
 * reliable or not (Jacobson and Truax 1991, doi:10.1037/0022-006X.59.1.12). An
 * {@link org.sextherapy.outcome.OutcomeLedger} takes completed courses
 * ({@link org.sextherapy.outcome.CourseOutcome}, client data that never prints) and returns
 * {@link org.sextherapy.outcome.OutcomeRecord}s: per therapist and concern, how many courses were
 * measured and how many ended in reliable improvement or reliable deterioration. A therapist profile
 * carries records only, never a client's scores.
 *
 * <p>Why: a randomised trial matched clients to therapists on their measured outcomes per problem
 * domain (sexual functioning among them) and improved outcomes over assignment as usual (Constantino
 * et al., JAMA Psychiatry 2021;78(9):960-969, doi:10.1001/jamapsychiatry.2021.1221), and therapists
 * were no better than chance at predicting their own measured strengths per domain (Constantino et
 * al., J Consult Clin Psychol 2023;91(8):474, doi:10.1037/ccp0000813).
 */
@NullMarked
@DomainStyle
package org.sextherapy.outcome;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
