package org.sextherapy.qualification;

import java.time.Period;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * How an issuer keeps a certification current: the length of a certification cycle, the continuing
 * education credits needed to renew, and whether lapsed membership lapses the certification.
 *
 * <p>AASECT: every certification lasts 3 years, renewal needs 20 AASECT CE credits in the cycle and
 * continuous membership, and a membership lapse lapses the certification (aasect.org certification
 * requirements; GoodTherapy, Sex Therapy, also says AASECT certification is renewed every three
 * years).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class RenewalRule {

  RenewalRule() {}

  /**
   * Creates a renewal rule.
   *
   * @param cycle how long a certification lasts before renewal, positive, never null
   * @param requiredCeCredits the continuing-education credits needed in a cycle, zero or more
   * @param membershipRequired whether the certification lapses with membership of the issuer
   * @return the rule, never null
   * @throws IllegalArgumentException if the cycle is not positive or the credits negative
   */
  public static RenewalRule of(Period cycle, int requiredCeCredits, boolean membershipRequired) {
    return ImmutableRenewalRule.of(cycle, requiredCeCredits, membershipRequired);
  }

  /**
   * Returns how long a certification lasts before it must be renewed.
   *
   * @return a positive period, never null
   */
  @Value.Parameter
  public abstract Period cycle();

  /**
   * Returns the continuing-education credits needed in one cycle to renew.
   *
   * @return zero or more
   */
  @Value.Parameter
  public abstract int requiredCeCredits();

  /**
   * Tells whether the certification lapses when membership of the issuer lapses.
   *
   * @return whether continuous membership is required
   */
  @Value.Parameter
  public abstract boolean membershipRequired();

  @Value.Check
  final void check() {
    Checks.require(!cycle().isNegative() && !cycle().isZero(), "cycle", "must be positive");
    Checks.nonNegative(requiredCeCredits(), "requiredCeCredits");
  }
}
