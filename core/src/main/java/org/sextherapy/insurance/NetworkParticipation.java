package org.sextherapy.insurance;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;

/**
 * A therapist's participation in one payer's provider network ("in-network", "on the panel"): the
 * payer, the network, the plans it covers when the therapist is contracted for only some of the
 * plans that use the network, whether the therapist takes new patients through it, and whether the
 * participation covers telehealth sessions. Where the therapist is in-network in person is said per
 * practice location ({@link org.sextherapy.location.PracticeLocation#networks()}), as a directory's
 * {@code PractitionerRole} lists its networks per location (HL7 Da Vinci PDex Plan-Net,
 * https://hl7.org/fhir/us/davinci-pdex-plan-net/).
 *
 * <p>For a public programme without networks (Medicare fee-for-service enrolment), the caller names
 * the enrolment itself as the network, such as {@code "us-medicare-ffs"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class NetworkParticipation {

  /** The most plans a participation may be limited to ({@link Limits#MAX_PLANS}). */
  public static final int MAX_PLANS = Limits.MAX_PLANS;

  NetworkParticipation() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableNetworkParticipation.builder();
  }

  /**
   * Creates a participation in every plan of a network, in person only (at the practice locations
   * that name the network), without a per-network acceptance status.
   *
   * @param payer the payer the network belongs to, never null
   * @param network the network, never null
   * @return the participation, never null
   */
  public static NetworkParticipation of(Payer payer, NetworkId network) {
    return builder().payer(payer).network(network).build();
  }

  /**
   * Returns the payer the network belongs to.
   *
   * @return the payer, never null
   */
  public abstract Payer payer();

  /**
   * Returns the network.
   *
   * @return the network, never null
   */
  public abstract NetworkId network();

  /**
   * Returns the plans the participation covers, when the therapist is contracted for only some of
   * the plans that use the network.
   *
   * @return the plans; empty means every plan that uses the network
   */
  public abstract Set<PlanId> plans();

  /**
   * Returns whether the therapist takes new patients through this network (NDH {@code newpatients}
   * extension with its {@code fromnetwork}).
   *
   * @return the acceptance, or empty when only the profile's overall acceptance is known
   */
  public abstract Optional<PatientAcceptance> acceptance();

  /**
   * Tells whether the participation covers telehealth sessions as well as in-person ones.
   *
   * @return whether it does; false unless set
   */
  @Value.Default
  public boolean telehealth() {
    return false;
  }

  /**
   * Tells whether the participation covers a plan.
   *
   * @param plan the client's plan, or empty when the client named none; never null
   * @return true when the participation names no plans, or names this one
   */
  public final boolean covers(Optional<PlanId> plan) {
    return plans().isEmpty() || plan.isEmpty() || plans().contains(plan.get());
  }

  @Value.Check
  final void check() {
    Checks.maxItems(plans(), MAX_PLANS, "plans");
  }

  @Override
  public String toString() {
    return "NetworkParticipation{" + network() + "}";
  }

  /** Builds a {@link NetworkParticipation}; the payer and network are required. */
  public interface Builder {
    /**
     * Sets the payer.
     *
     * @param payer never null
     * @return this builder
     */
    Builder payer(Payer payer);

    /**
     * Sets the network.
     *
     * @param network never null
     * @return this builder
     */
    Builder network(NetworkId network);

    /**
     * Adds plans the participation is limited to.
     *
     * @param plans never null
     * @return this builder
     */
    Builder addPlans(PlanId... plans);

    /**
     * Adds plans the participation is limited to.
     *
     * @param plans never null
     * @return this builder
     */
    Builder addAllPlans(Iterable<? extends PlanId> plans);

    /**
     * Sets whether new patients are taken through the network.
     *
     * @param acceptance never null
     * @return this builder
     */
    Builder acceptance(PatientAcceptance acceptance);

    /**
     * Sets whether new patients are taken through the network, or unknown.
     *
     * @param acceptance never null, possibly empty
     * @return this builder
     */
    Builder acceptance(Optional<? extends PatientAcceptance> acceptance);

    /**
     * Sets whether the participation covers telehealth sessions.
     *
     * @param telehealth whether it does
     * @return this builder
     */
    Builder telehealth(boolean telehealth);

    /**
     * Builds the participation.
     *
     * @return the participation, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the payer or
     *     network is missing
     * @throws org.sextherapy.InvalidValueException if a limit is exceeded; the message names the field
     */
    NetworkParticipation build();
  }
}
