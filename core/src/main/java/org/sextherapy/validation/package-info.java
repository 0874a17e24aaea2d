/**
 * Validation: judging model values on a date, returning every problem found instead of throwing.
 *
 * <p>Following libphonenumber, building an impossible value throws, while asking whether a possible
 * value is complete, current and consistent returns a {@link org.sextherapy.validation.ValidationResult}
 * listing each {@link org.sextherapy.validation.Violation} with a stable rule id, the JSON path of the
 * offending field, a severity and a message. Messages hold ids, codes and field names only, never a
 * client's data (ethical rule 9). Validators take the date they judge on; they never read the system
 * clock.
 */
@NullMarked
@DomainStyle
package org.sextherapy.validation;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
