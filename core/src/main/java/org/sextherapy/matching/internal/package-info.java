/**
 * The packed directory index and the scan behind {@link org.sextherapy.matching.Matcher}; not
 * exported and not part of the API.
 */
@NullMarked
package org.sextherapy.matching.internal;

import org.jspecify.annotations.NullMarked;
