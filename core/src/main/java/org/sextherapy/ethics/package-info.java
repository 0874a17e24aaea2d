/**
 * The ethics of sex therapy as rules that code can check: a catalogue of
 * {@linkplain org.sextherapy.ethics.EthicalRule ethical rules} and the
 * {@linkplain org.sextherapy.ethics.EthicsReview ethics review} that applies them to therapist
 * profiles, session plans, client requests and proposed matches.
 *
 * <p>The standard rules ({@link org.sextherapy.ethics.EthicalRules#standard()}) follow the nine
 * ethical-practice rules of the library, drawn from GoodTherapy (Sex Therapy), the AASECT Code of
 * Conduct, the AASECT and APA positions on conversion practices and ICD-11: no change or denial of
 * identity (1), identity is never a concern (2), sessions are verbal (3), no sexual contact with a
 * client (4), exercises are invitations (5), honest credentials and competence (6), minors (7),
 * non-pathologising (8) and confidentiality (9). An application adds its own rules (a clinic
 * policy) beside them and may choose severities, but rules 1 to 5 can never be switched off or
 * weakened.
 *
 * <p>A review returns a {@link org.sextherapy.validation.ValidationResult} listing each breach with
 * the rule's id, the JSON path of the offending field, a severity and a message made of ids, codes,
 * enum ids and field names only, never a client's words (rule 9). A review never throws on a value
 * that can be constructed.
 */
@NullMarked
@DomainStyle
package org.sextherapy.ethics;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
