package org.sextherapy.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;
import org.sextherapy.authorisation.Authorisation;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.session.Delivery;

/**
 * Why one therapist was or was not offered for a request: the first {@link HardConstraint} they
 * fail, in the order the matcher applies them (the one {@link MatchResult#excludedBy} counts them
 * under), and for {@link HardConstraint#AUTHORISATION} why: the {@link AuthorisationGap}, the
 * session jurisdiction where they had no authorisation for a delivery both sides accept, the
 * deliveries they are authorised for there, and the bases that place would have accepted.
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

  /** The most authorised deliveries an exclusion may list: each delivery once. */
  public static final int MAX_AUTHORISED_DELIVERIES = Delivery.values().length;

  Exclusion() {}

  /** An eligible therapist's, or one excluded under a constraint other than authorisation. */
  static Exclusion of(Optional<HardConstraint> constraint) {
    return ImmutableExclusion.of(constraint, Optional.empty(), Optional.empty(), Set.of(),
        List.of());
  }

  /** One excluded under {@link HardConstraint#AUTHORISATION}. */
  static Exclusion unauthorised(AuthorisationGap gap, Optional<Jurisdiction> place,
      Set<Delivery> authorisedDeliveries, List<Basis> missing) {
    return ImmutableExclusion.of(Optional.of(HardConstraint.AUTHORISATION), Optional.of(gap),
        place, authorisedDeliveries, missing);
  }

  /**
   * Returns the first hard constraint the therapist fails.
   *
   * @return the constraint, or empty when the therapist meets them all (is eligible)
   */
  @Value.Parameter
  public abstract Optional<HardConstraint> constraint();

  /**
   * Returns, for an exclusion under {@link HardConstraint#AUTHORISATION}, why the therapist is not
   * authorised: which of the ways that constraint can fail. Code that acts on it should switch
   * over every {@link AuthorisationGap} constant.
   *
   * @return the gap, present exactly when {@link #constraint()} is
   *     {@link HardConstraint#AUTHORISATION}
   */
  @Value.Parameter
  public abstract Optional<AuthorisationGap> authorisationGap();

  /**
   * Returns, for an exclusion under {@link HardConstraint#AUTHORISATION}, the first session
   * jurisdiction in which the therapist is authorised for no delivery both sides accept.
   *
   * @return the place, or empty for another constraint, or when the therapist is authorised in
   *     each place by itself but by no one delivery in all of them
   *     ({@link AuthorisationGap#NO_DELIVERY_FOR_EVERY_PLACE}: video in one state, in person only
   *     in the other)
   */
  @Value.Parameter
  public abstract Optional<Jurisdiction> place();

  /**
   * Returns the deliveries for which one of the therapist's credentials authorises sessions in
   * {@link #place()} on the session date, whether or not the client accepts them or the therapist
   * offers them: exactly those for which
   * {@link org.sextherapy.authorisation.PracticeAuthorisation#decide} finds a basis there. A
   * PSYPACT APIT gives {@code [video, phone]}; a licence of the place all three. In person, a
   * practice location in the place is needed besides
   * ({@link AuthorisationGap#NO_PRACTICE_LOCATION}).
   *
   * @return the deliveries in declaration order, at most {@link #MAX_AUTHORISED_DELIVERIES}, empty
   *     unless {@link #place()} is present, never null
   */
  @Value.Parameter
  public abstract Set<Delivery> authorisedDeliveries();

  /**
   * Returns the bases that place would have accepted for the disciplines the therapist holds
   * credentials in, as {@link org.sextherapy.authorisation.Authorisation#missing()} gives them
   * for a delivery both sides accept that none of the therapist's credentials authorises there:
   * {@code licence(US-NJ)}, or {@code registration(COSRT)} in the UK. Empty when every delivery
   * both accept is authorised there: then what is missing is a practice location in the place
   * ({@link AuthorisationGap#NO_PRACTICE_LOCATION} for a client who accepts in-person sessions
   * only; with telehealth accepted too, the bases listed would authorise it instead).
   *
   * @return the missing bases, at most {@link #MAX_MISSING}, empty unless {@link #place()} is
   *     present, never null
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

  /**
   * Returns the constraint's id, then for authorisation the gap's id, the place, the deliveries
   * authorised there and the missing bases: {@code Exclusion{authorisation, other-deliveries-only
   * in US-NJ, authorised [video, phone], missing [licence(US-NJ)]}}. Ids and codes only.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Exclusion{")
        .append(constraint().map(HardConstraint::id).orElse("eligible"));
    authorisationGap().ifPresent(gap -> out.append(", ").append(gap.id()));
    place().ifPresent(p -> out.append(" in ").append(p.code()).append(", authorised ")
        .append(authorisedDeliveries().stream().map(Delivery::id).toList())
        .append(", missing ").append(missing()));
    return out.append('}').toString();
  }

  @Value.Check
  final void check() {
    Checks.maxItems(authorisedDeliveries(), MAX_AUTHORISED_DELIVERIES, "authorisedDeliveries");
    Checks.maxItems(missing(), MAX_MISSING, "missing");
    Checks.require(authorisationGap().isPresent()
            == constraint().equals(Optional.of(HardConstraint.AUTHORISATION)),
        "authorisationGap", "must be present exactly for the authorisation constraint");
    Checks.require(place().isPresent() || (authorisedDeliveries().isEmpty() && missing().isEmpty()),
        "place", "must be present when deliveries or bases are named");
    Checks.require(place().isPresent() == authorisationGap()
            .filter(gap -> gap != AuthorisationGap.NO_DELIVERY_FOR_EVERY_PLACE).isPresent(),
        "place", "must be present exactly for a gap in one place");
  }
}
