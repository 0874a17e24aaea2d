package org.sextherapy.matching.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.AuthorisationGap;
import org.sextherapy.session.Delivery;

/**
 * Why a profile is not authorised to see a client, as {@link Places#unauthorised} finds it from
 * the same grants and practice locations that excluded it: what
 * {@link org.sextherapy.matching.Exclusion} reports under
 * {@link org.sextherapy.matching.HardConstraint#AUTHORISATION}.
 *
 * @param gap which way the constraint failed, never null
 * @param place the first session jurisdiction with no authorisation for a delivery both sides
 *     accept, or null for {@link AuthorisationGap#NO_DELIVERY_FOR_EVERY_PLACE}
 * @param authorisedDeliveries the deliveries a grant authorises in the place, empty without one,
 *     never null
 * @param missing the bases the place would accept for a delivery both accept that no grant
 *     authorises there, empty when grants authorise each of them, never null
 */
public record Unauthorised(AuthorisationGap gap, @Nullable Jurisdiction place,
    Set<Delivery> authorisedDeliveries, List<Basis> missing) {}
