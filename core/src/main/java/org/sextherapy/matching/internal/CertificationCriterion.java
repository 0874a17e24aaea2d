package org.sextherapy.matching.internal;

import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.PreferenceKind;

/**
 * The certification family: a sex-therapist certification current on the session date, as the
 * directory packed its periods ({@link org.sextherapy.qualification.Certification#standingOn}
 * decided them when it was built). It answers both the client's preference for a certified sex
 * therapist and the policy's small certification signal ({@link #firstCurrent}).
 */
final class CertificationCriterion extends Criterion {

  private final PackedDirectory d;
  private final int day;

  CertificationCriterion(CertifiedSexTherapistPreference preference, PackedDirectory d, int day) {
    super(preference.kind());
    this.d = d;
    this.day = day;
  }

  /**
   * Returns the blob position of a profile's first sex-therapist certification current on a day,
   * or -1. A profile that holds no certification current on any day
   * ({@link ScoreBounds#certified}) is answered from that bit without reading its blob, whose
   * grants it would otherwise walk past: the matcher asks this of every candidate it scores.
   */
  static int firstCurrent(PackedDirectory d, int i, int day) {
    if ((d.bounds.certified[i >>> 6] & 1L << i) == 0) {
      return -1;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = d.afterGrants(i); q < end; q = d.next(q)) {
      int kind = PackedDirectory.kind(blob[q]);
      if (kind == PackedDirectory.CERTIFICATION && d.validOn(q, day)) {
        return q;
      }
      if (kind == PackedDirectory.TAG) {
        break;
      }
    }
    return -1;
  }

  /** Returns the qualified id of the credential of the certification at blob position q. */
  static String credential(PackedDirectory d, int q) {
    return d.credentials[PackedDirectory.payload(d.blob[q])];
  }

  @Override
  boolean met(int i) {
    return firstCurrent(d, i, day) >= 0;
  }

  /**
   * Only the profiles holding a certification current on some day ({@link ScoreBounds#certified})
   * can hold one current on the session date: the others are ruled out from that bit set, and the
   * rest are read one at a time.
   */
  @Override
  long met(int w, long candidates) {
    return eachMet(w, candidates & d.bounds.certified[w]);
  }

  /** Zero when no candidate holds a sex-therapist certification current on any day. */
  @Override
  long most(int w, long candidates, long preferencePoints) {
    return (d.bounds.certified[w] & candidates) != 0 ? preferencePoints : 0;
  }

  @Override
  String argument(int i) {
    return credential(d, firstCurrent(d, i, day));
  }
}
