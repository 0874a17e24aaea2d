package org.sextherapy.matching.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.AuthorisationGap;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.session.Delivery;

/**
 * The authorisation family of one query: where the client will be (the session jurisdictions), by
 * which deliveries, and whether a profile's compiled grants and practice locations authorise it
 * there on the session date. {@link org.sextherapy.authorisation.PracticeAuthorisation} decided the
 * grants when the directory was built; this class only reads them: by telehealth, a grant covering
 * every session jurisdiction; in person, a practice location lying in all of them with a grant
 * there.
 *
 * <p>Immutable once built; read by several scanning threads at once.
 */
// Enum sets are packed as bit sets at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
final class Places {

  private final PackedDirectory d;
  /** The session date. */
  private final LocalDate date;
  /** The session date's epoch day, exact: grants compare it unrounded. */
  private final long day;
  /** The flag sets of the telehealth deliveries the client accepts. */
  private final int[] teleSets;
  /** Whether the client accepts in-person sessions. */
  private final boolean inPerson;
  /** Whether the client accepts video sessions. */
  private final boolean video;
  /** The session jurisdictions, each once, in the request's order. */
  private final Jurisdiction[] places;
  /** For each place, the grant keys that authorise telehealth there. */
  private final long[][] teleGrants;
  /** For each place, the practice jurisdictions it covers. */
  private final long[][] locationsIn;
  /** For each place, the signature sets of which a profile must be in one. */
  final int[][] signatureSets;
  /** The directory's verdicts for this situation, shared with other queries from it. */
  private final AuthorisationVerdicts.InSituation verdicts;

  Places(PackedDirectory d, ClientRequest request, LocalDate date) {
    this.d = d;
    this.date = date;
    this.day = date.toEpochDay();
    this.teleSets = request.deliveries().stream().filter(Delivery::isTelehealth)
        .mapToInt(delivery -> PackedDirectory.DELIVERY_SET + delivery.ordinal()).toArray();
    this.inPerson = request.deliveries().contains(Delivery.IN_PERSON);
    this.video = request.deliveries().contains(Delivery.VIDEO);
    this.places = request.sessionJurisdictions().toArray(new Jurisdiction[0]);
    this.teleGrants = new long[places.length][];
    this.locationsIn = new long[places.length][];
    this.signatureSets = new int[places.length][];
    for (int s = 0; s < places.length; s++) {
      PackedDirectory.JurisdictionPlan plan = d.plan(places[s]);
      teleGrants[s] = plan.teleGrants;
      locationsIn[s] = plan.locationsIn;
      int signatureMask = (teleSets.length > 0 ? plan.teleSignature : 0)
          | (inPerson ? plan.inPersonSignature : 0);
      signatureSets[s] = new int[Integer.bitCount(signatureMask)];
      for (int b = 0, k = 0; b < PackedDirectory.SIGNATURES; b++) {
        if ((signatureMask & (1 << b)) != 0) {
          signatureSets[s][k++] = b * d.words;
        }
      }
    }
    int teleMask = 0;
    for (int set : teleSets) {
      teleMask |= 1 << (set - PackedDirectory.DELIVERY_SET);
    }
    this.verdicts = d.authorisations.in(Set.copyOf(Arrays.asList(places)), teleMask, inPerson,
        day);
  }

  /** Tells whether a profile offers a telehealth delivery the client accepts. */
  boolean telehealth(int i) {
    for (int set : teleSets) {
      if (d.in(set, i)) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether the client accepts in-person sessions and the profile offers them. */
  boolean inPerson(int i) {
    return inPerson && d.in(PackedDirectory.DELIVERY_SET + Delivery.IN_PERSON.ordinal(), i);
  }

  /**
   * Tells whether the client accepts video sessions, the profile offers them, and the profile is
   * authorised by telehealth in every session jurisdiction on the day.
   */
  boolean videoEverywhere(int i) {
    if (!video || !d.in(PackedDirectory.DELIVERY_SET + Delivery.VIDEO.ordinal(), i)) {
      return false;
    }
    for (int s = 0; s < places.length; s++) {
      if (firstTeleGrant(i, s) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the candidates of word w that could be seen in person: the client accepts in-person
   * sessions and they offer them.
   */
  long inPerson(int w, long candidates) {
    return inPerson
        ? candidates & d.flagSets[(PackedDirectory.DELIVERY_SET + Delivery.IN_PERSON.ordinal())
            * d.words + w]
        : 0;
  }

  private static boolean bit(long[] bits, int index) {
    return (bits[index >>> 6] & (1L << index)) != 0;
  }

  /**
   * Tells whether a profile is authorised in every session jurisdiction: by telehealth in each, or
   * in person at one practice location that lies in all of them. Decided once per situation
   * ({@link AuthorisationVerdicts}).
   */
  boolean authorised(int i) {
    long bit = 1L << i;
    if ((verdicts.known(i >>> 6) & bit) != 0) {
      return (verdicts.authorised(i >>> 6) & bit) != 0;
    }
    boolean authorised = decide(i);
    verdicts.record(i, authorised);
    return authorised;
  }

  /**
   * Returns which candidates of word w are {@linkplain #authorised(int) authorised}, deciding those
   * without a verdict yet.
   */
  long authorised(int w, long candidates) {
    long unknown = candidates & ~verdicts.known(w);
    while (unknown != 0) {
      int i = (w << 6) + Long.numberOfTrailingZeros(unknown);
      unknown &= unknown - 1;
      verdicts.record(i, decide(i));
    }
    return candidates & verdicts.authorised(w);
  }

  /** Decides {@link #authorised(int)} from the profile's grants and practice locations. */
  private boolean decide(int i) {
    if (telehealth(i)) {
      boolean everywhere = true;
      for (int s = 0; s < places.length && everywhere; s++) {
        everywhere = firstTeleGrant(i, s) >= 0;
      }
      if (everywhere) {
        return true;
      }
    }
    return firstOpenInPerson(i, ANY) >= 0;
  }

  /** Returns the blob position of the first grant authorising telehealth in place s, or -1. */
  private int firstTeleGrant(int i, int s) {
    int[] blob = d.blob;
    long[] grants = teleGrants[s];
    int end = d.blobStart[i + 1];
    for (int q = d.blobStart[i]; q < end && PackedDirectory.isGrant(blob[q]); q = d.next(q)) {
      if (bit(grants, PackedDirectory.payload(blob[q])) && d.grantValidOn(q, day)) {
        return q;
      }
    }
    return -1;
  }

  /**
   * Returns the blob position of the first grant authorising in-person sessions at a practice
   * jurisdiction on the day, or -1.
   */
  private int firstGrantAt(int i, int jurisdiction) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int words = d.jurisdictionWords;
    for (int q = d.blobStart[i]; q < end && PackedDirectory.isGrant(blob[q]); q = d.next(q)) {
      if ((d.inPersonCovers[PackedDirectory.payload(blob[q]) * words + (jurisdiction >>> 6)]
          & (1L << jurisdiction)) != 0 && d.grantValidOn(q, day)) {
        return q;
      }
    }
    return -1;
  }

  /**
   * A test of one of a profile's practice locations, which a criterion hands to
   * {@link #firstOpenInPerson}. Criteria keep one instance per query, so that the walk allocates
   * nothing per profile.
   */
  @FunctionalInterface
  interface LocationTest {
    /**
     * Tests one location.
     *
     * @param i the profile's index
     * @param ordinal the location's position in the profile's list of practice locations
     * @param q the location's blob entry ({@link PackedDirectory#LOCATION} or
     *     {@link PackedDirectory#LOCATION_AT}, whose next two ints are its coordinates)
     * @return whether the location is the one sought
     */
    boolean test(int i, int ordinal, int q);
  }

  /** The test that every location passes. */
  private static final LocationTest ANY = (i, ordinal, q) -> true;

  /**
   * Returns the first practice location, in the profile's order, that the client can attend in
   * person and that passes a test, or -1. This is the one owner of "a location the client can
   * attend in person", which the authorisation, distance, insurance, access and sign-language
   * families all read: the client accepts in-person sessions and the profile offers them, the
   * location lies in every session jurisdiction, and a grant valid on the session date authorises
   * in-person practice there. The test sees only such locations, in order; one that never accepts
   * visits them all.
   *
   * @param i the profile's index
   * @param test the test, never null
   * @return the location's ordinal in the profile's list, or -1
   */
  int firstOpenInPerson(int i, LocationTest test) {
    return inPerson(i) ? firstLocation(i, locationsIn, test) : -1;
  }

  /**
   * Returns the first practice location that lies in every one of some places, has an in-person
   * grant valid on the day and passes a test, or -1.
   */
  private int firstLocation(int i, long[][] within, LocationTest test) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int ordinal = 0;
    for (int q = d.afterGrants(i); q < end; q = d.next(q), ordinal++) {
      int kind = PackedDirectory.kind(blob[q]);
      if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
        break;
      }
      int jurisdiction = PackedDirectory.payload(blob[q]);
      if (in(within, jurisdiction) && firstGrantAt(i, jurisdiction) >= 0
          && test.test(i, ordinal, q)) {
        return ordinal;
      }
    }
    return -1;
  }

  /** Tells whether a practice jurisdiction lies in each of some places. */
  private static boolean in(long[][] within, int jurisdiction) {
    for (long[] in : within) {
      if (!bit(in, jurisdiction)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first session jurisdiction in which a profile is authorised for no delivery both
   * sides accept: no telehealth grant there, and no practice location there with an in-person
   * grant.
   *
   * @param i the profile's index
   * @return the place, or null if the profile has some authorisation in every place
   */
  @Nullable Jurisdiction withoutAuthorisation(int i) {
    for (int s = 0; s < places.length; s++) {
      if (telehealth(i) && firstTeleGrant(i, s) >= 0) {
        continue;
      }
      if (inPerson(i) && firstLocation(i, new long[][] {locationsIn[s]}, ANY) >= 0) {
        continue;
      }
      return places[s];
    }
    return null;
  }

  /**
   * Says why a profile that is not {@linkplain #authorised(int) authorised} is not, from the same
   * grants and practice locations: the first place {@link #withoutAuthorisation} finds, the
   * deliveries a grant authorises there ({@link PackedDirectory#authorisedDeliveries}), and from
   * those, the gap. In that place no telehealth delivery both sides accept is authorised (or
   * {@link #withoutAuthorisation} would have passed it), so when a delivery both accept is
   * authorised there it is in person, and then no practice location lies in the place: a grant
   * covering the place covers every jurisdiction the place covers.
   *
   * @param i the index of a profile that is not authorised
   * @return why, never null
   */
  Unauthorised unauthorised(int i) {
    Jurisdiction place = withoutAuthorisation(i);
    Set<Delivery> both = bothAccept(i);
    // Sessions in person only, for participants in places that no one practice can lie in
    // (partners in two states): no office and no licence would help, so name no place.
    boolean inPersonOnly = both.equals(EnumSet.of(Delivery.IN_PERSON));
    if (place == null || (inPersonOnly && places.length > 1 && !onePracticeCanServeAll())) {
      return new Unauthorised(AuthorisationGap.NO_DELIVERY_FOR_EVERY_PLACE, null, Set.of(),
          List.of());
    }
    Set<Delivery> authorised = d.authorisedDeliveries(i, place, date);
    AuthorisationGap gap;
    if (authorised.isEmpty()) {
      gap = AuthorisationGap.NO_BASIS;
    } else if (Collections.disjoint(authorised, both)) {
      gap = AuthorisationGap.OTHER_DELIVERIES_ONLY;
    } else {
      gap = AuthorisationGap.NO_PRACTICE_LOCATION;
    }
    return new Unauthorised(gap, place, authorised, d.missingBases(i, place, both, date));
  }

  /**
   * Tells whether one practice could lie in every session place: one of them is covered by all
   * (a couple in {@code US} and {@code US-CA} can meet in California; one in two states cannot).
   */
  private boolean onePracticeCanServeAll() {
    for (Jurisdiction candidate : places) {
      boolean coveredByAll = true;
      for (Jurisdiction place : places) {
        coveredByAll &= place.covers(candidate);
      }
      if (coveredByAll) {
        return true;
      }
    }
    return false;
  }

  /** Returns the deliveries the client accepts and the profile offers. */
  private Set<Delivery> bothAccept(int i) {
    Set<Delivery> both = EnumSet.noneOf(Delivery.class);
    if (inPerson(i)) {
      both.add(Delivery.IN_PERSON);
    }
    for (int set : teleSets) {
      if (d.in(set, i)) {
        both.add(Delivery.values()[set - PackedDirectory.DELIVERY_SET]);
      }
    }
    return both;
  }

  /**
   * Explains an eligible profile's authorisation: in person, the practice location and the basis
   * there; by telehealth, the basis in each session jurisdiction. A basis already named is not
   * named again: a licence that authorises both video and the practice in the same state is one
   * reason, after the practice it authorises.
   */
  void explain(int i, List<Reason> reasons) {
    int location = firstOpenInPerson(i, ANY);
    if (location >= 0) {
      int jurisdiction = PackedDirectory.payload(d.blob[d.location(i, location)]);
      Jurisdiction at = d.jurisdictions[jurisdiction];
      reasons.add(Reason.of(ReasonCode.PRACTICES_IN, at.code(), 0));
      int grant = firstGrantAt(i, jurisdiction);
      reasons.add(basisReason(d.grants[PackedDirectory.payload(d.blob[grant])], at));
    }
    if (telehealth(i)) {
      int[] found = new int[places.length];
      boolean everywhere = true;
      for (int s = 0; s < places.length && everywhere; s++) {
        found[s] = firstTeleGrant(i, s);
        everywhere = found[s] >= 0;
      }
      if (everywhere) {
        for (int s = 0; s < places.length; s++) {
          Reason reason = basisReason(d.grants[PackedDirectory.payload(d.blob[found[s]])],
              places[s]);
          if (!reasons.contains(reason)) {
            reasons.add(reason);
          }
        }
      }
    }
  }

  /** Returns the reason naming what an authorisation in a place rests on. */
  static Reason basisReason(Grant grant, Jurisdiction place) {
    Basis basis = grant.basis();
    return switch (basis.kind()) {
      case LICENCE -> Reason.of(ReasonCode.LICENSED_IN, basis.authority(), 0);
      case REGISTRATION -> Reason.of(ReasonCode.REGISTERED_WITH, basis.authority(), 0);
      case COMPACT_PRIVILEGE ->
          Reason.of(ReasonCode.COMPACT_PRIVILEGE, basis.authority() + ":" + place.code(), 0);
    };
  }
}
