/**
 * A client's request for a sex therapist: who takes part, where they will be during sessions, the
 * concerns they bring, how they want to meet, and their preferences.
 *
 * <p>Sexual-health data is special-category data (GDPR Art. 9; HIPAA minimum necessary). The types
 * here hold it, so their {@code toString()} shows ids and counts only, and nothing in the library
 * writes their content into a message, an exception or a result (ethical rule 9).
 *
 * <p>Preferences are honoured as the client states them: each is either
 * {@link org.sextherapy.client.Strength#REQUIRED} (a therapist who does not meet it is not offered)
 * or {@link org.sextherapy.client.Strength#PREFERRED} (it raises the rank). Accommodating preferences
 * lowers dropout and modestly improves outcomes (meta-analysis, d about 0.3: Swift et al. 2018,
 * doi:10.1002/jclp.22680).
 */
@NullMarked
@DomainStyle
package org.sextherapy.client;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
