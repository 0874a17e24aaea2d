/**
 * Paying for therapy through a third party: payers (insurers and public programmes such as
 * Medicare and Medicaid), their plans and provider networks, a therapist's participation in a
 * network, and a client's coverage.
 *
 * <p>Every payer, plan and network is named by an id the caller supplies (a Plan-Net or NDH
 * {@code Organization} or {@code InsurancePlan} id, a payer's own code): the library never interprets
 * the id, it only compares ids. A therapist is in-network where they participate in a network of the
 * client's plan (HL7 Da Vinci PDex Plan-Net, "Network",
 * https://hl7.org/fhir/us/davinci-pdex-plan-net/). {@link org.sextherapy.insurance.InsuranceAcceptance}
 * is the one place that decides whether a therapist's participation covers a client's insurance.
 */
@NullMarked
@DomainStyle
package org.sextherapy.insurance;

import org.jspecify.annotations.NullMarked;
import org.sextherapy.internal.DomainStyle;
