package org.sextherapy.matching;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.authorisation.Authorisation;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.location.Jurisdiction;

/**
 * Why one therapist was or was not offered for a request: the first {@link HardConstraint} they
 * fail, in the order the matcher applies them (the one {@link MatchResult#excludedBy} counts them
 * under), and for {@link HardConstraint#AUTHORISATION} the session jurisdiction where they had no
 * authorisation and the bases that place would have accepted.
 *
 * <p>It holds ids and codes only, never the client's data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class Exclusion {

  /** The most missing bases an exclusion may list: as many as an authorisation may. */
  public static final int MAX_MISSING = Authorisation.MAX_MISSING;

  Exclusion() {}

  static Exclusion of(Optional<HardConstraint> constraint, Optional<Jurisdiction> place,
      List<Basis> missing) {
    return ImmutableExclusion.of(constraint, place, missing);
  }

  /**
   * Returns the first hard constraint the therapist fails.
   *
   * @return the constraint, or empty when the therapist meets them all (is eligible)
   */
  @Value.Parameter
  public abstract Optional<HardConstraint> constraint();

  /**
   * Returns, for an exclusion under {@link HardConstraint#AUTHORISATION}, the first session
   * jurisdiction in which the therapist is authorised for no delivery both sides accept.
   *
   * @return the place, or empty for another constraint, or when the therapist is authorised in
   *     each place by itself but by no one delivery in all of them (video in one state, in person
   *     only in the other)
   */
  @Value.Parameter
  public abstract Optional<Jurisdiction> place();

  /**
   * Returns the bases that place would have accepted for the disciplines the therapist holds
   * credentials in, as {@link org.sextherapy.authorisation.Authorisation#missing()} gives them:
   * {@code licence(US-NJ)}, or {@code registration(COSRT)} in the UK.
   *
   * @return the missing bases, empty unless {@link #place()} is present, never null
   */
  @Value.Parameter
  public abstract List<Basis> missing();

  /**
   * Tells whether the therapist meets every hard constraint.
   *
   * @return whether no constraint excludes them
   */
  public final boolean isEligible() {
    return constraint().isEmpty();
  }

  @Override
  public String toString() {
    return "Exclusion{" + constraint().map(HardConstraint::id).orElse("eligible")
        + place().map(p -> ", no basis in " + p + ", missing " + missing()).orElse("") + "}";
  }

  @Value.Check
  final void checkSizes() {
    Checks.maxItems(missing(), MAX_MISSING, "missing");
  }
}
