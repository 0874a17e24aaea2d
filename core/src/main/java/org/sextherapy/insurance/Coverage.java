package org.sextherapy.insurance;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;

/**
 * A client's insurance, as ids only: the payer, the plan if known, and the networks the plan uses
 * (as the caller's plan directory, such as a Plan-Net {@code InsurancePlan.network}, lists them).
 * Whether someone is insured, and by a public programme, is the client's data: this type's
 * {@code toString()} shows none of it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Coverage {

  /** The most networks a coverage may name ({@link Limits#MAX_NETWORKS}). */
  public static final int MAX_NETWORKS = Limits.MAX_NETWORKS;

  Coverage() {}

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return ImmutableCoverage.builder();
  }

  /**
   * Creates a coverage with a payer only: any network of the payer will do.
   *
   * @param payer the payer, never null
   * @return the coverage, never null
   */
  public static Coverage of(Payer payer) {
    return builder().payer(payer).build();
  }

  /**
   * Returns the payer.
   *
   * @return the payer, never null
   */
  public abstract Payer payer();

  /**
   * Returns the client's plan.
   *
   * @return the plan, or empty when not known
   */
  public abstract Optional<PlanId> plan();

  /**
   * Returns the networks the client's plan uses.
   *
   * @return the networks; empty means any network of the payer
   */
  public abstract Set<NetworkId> networks();

  @Value.Check
  final void check() {
    Checks.maxItems(networks(), MAX_NETWORKS, "networks");
  }

  @Override
  public String toString() {
    return "Coverage{}";
  }

  /** Builds a {@link Coverage}; the payer is required. */
  public interface Builder {
    /**
     * Sets the payer.
     *
     * @param payer never null
     * @return this builder
     */
    Builder payer(Payer payer);

    /**
     * Sets the plan.
     *
     * @param plan never null
     * @return this builder
     */
    Builder plan(PlanId plan);

    /**
     * Sets the plan, or none.
     *
     * @param plan never null, possibly empty
     * @return this builder
     */
    Builder plan(Optional<? extends PlanId> plan);

    /**
     * Adds networks the plan uses.
     *
     * @param networks never null
     * @return this builder
     */
    Builder addNetworks(NetworkId... networks);

    /**
     * Adds networks the plan uses.
     *
     * @param networks never null
     * @return this builder
     */
    Builder addAllNetworks(Iterable<? extends NetworkId> networks);

    /**
     * Builds the coverage.
     *
     * @return the coverage, never null
     * @throws org.sextherapy.InvalidValueException naming the first missing field if the payer is
     *     missing
     * @throws org.sextherapy.InvalidValueException if a limit is exceeded; the message names the field
     */
    Coverage build();
  }
}
