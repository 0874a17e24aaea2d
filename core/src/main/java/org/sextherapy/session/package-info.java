/**
 * Sessions: who takes part, how sessions are delivered, how long and how often, and the expected
 * course of therapy.
 *
 * <p>People come to sex therapy alone (single or partnered) or with a romantic partner; sessions are
 * strictly instructive and verbal, often short-term and sometimes longer-term, the plan depending on
 * the person or couple (GoodTherapy, Sex Therapy).
 */
@NullMarked
@DomainStyle
package org.sextherapy.session;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
