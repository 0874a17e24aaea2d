package org.sextherapy.matching;

import java.util.List;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.internal.PackedDirectory;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A directory of therapists, compiled once for matching and shared by every thread that matches
 * against it.
 *
 * <p>Building a directory packs each profile's matching data (formats, deliveries, populations,
 * gender terms, expertise per concern, languages, fees, insurers, modalities, the grants of
 * authorisation to practise that {@link PracticeAuthorisation} derives from licences, registrations
 * and compact privileges, practice locations and sex-therapist certifications) into primitive arrays, so a query
 * scans columns of numbers instead of object graphs: under 64 bytes per profile for typical
 * profiles, as {@link #packedBytes()} reports. The profiles themselves are kept to name reasons and
 * for the ethics review. Measured outcomes are packed apart ({@link #outcomeBytes()}), with the
 * directory's reliable-improvement and reliable-deterioration rates per concern and measure, which
 * the matcher ranks therapists against.
 *
 * <p>Whether a therapist is accepting new clients changes more often than the rest of a profile:
 * {@link #withAvailability(String, boolean, int)} returns a directory with one therapist's
 * availability changed, sharing everything else, without rebuilding.
 *
 * <p>Licences, compact privileges and certifications are judged on the session date of each query.
 * The ethics review, which also depends on the date, is asked lazily: the first query on a date that
 * finds a therapist otherwise eligible asks it, and the verdict is kept for that date (for the 16
 * most recently used dates) and shared with the directories derived by
 * {@link #withAvailability(String, boolean, int)}. Dates are compared exactly between the years
 * -5,000,000 and 5,000,000.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TherapistDirectory {

  private final PackedDirectory packed;
  private final long[] available;

  private TherapistDirectory(PackedDirectory packed, long[] available) {
    this.packed = packed;
    this.available = available;
  }

  /**
   * Compiles a directory from therapist profiles. The order of the profiles does not matter: the
   * same profiles in any order give the same results.
   *
   * @param profiles the profiles, never null, possibly empty, ids unique
   * @return the directory, never null
   * @throws IllegalArgumentException if two profiles share an id
   */
  public static TherapistDirectory of(List<TherapistProfile> profiles) {
    return of(profiles, PracticeAuthorisation.standard());
  }

  /**
   * Compiles a directory whose therapists are authorised under a caller's rules, such as a
   * {@link org.sextherapy.authorisation.LicensingPolicy} with an extra country.
   *
   * @param profiles the profiles, never null, possibly empty, ids unique
   * @param authorisation the rules whose grants the directory compiles, never null
   * @return the directory, never null
   * @throws IllegalArgumentException if two profiles share an id
   */
  public static TherapistDirectory of(List<TherapistProfile> profiles,
      PracticeAuthorisation authorisation) {
    PackedDirectory packed = PackedDirectory.build(profiles, authorisation);
    return new TherapistDirectory(packed, packed.availability());
  }

  /**
   * Returns how many therapists the directory holds.
   *
   * @return zero or more
   */
  public int size() {
    return packed.size();
  }

  /**
   * Tells whether the directory holds a therapist.
   *
   * @param therapistId the therapist's id, never null
   * @return whether a profile has that id
   */
  public boolean contains(String therapistId) {
    return packed.indexOf(therapistId) >= 0;
  }

  /**
   * Tells whether a therapist is accepting new clients with at least one open place, as matching
   * sees it.
   *
   * @param therapistId the therapist's id, never null
   * @return whether the therapist is available; false if the directory does not hold them
   */
  public boolean isAvailable(String therapistId) {
    int index = packed.indexOf(therapistId);
    return index >= 0 && (available[index >>> 6] & (1L << index)) != 0;
  }

  /**
   * Returns a directory in which one therapist's availability is changed, sharing everything else
   * with this one. Only whether the therapist is accepting new clients with at least one open place
   * matters to matching. This directory is unchanged.
   *
   * @param therapistId the therapist's id, never null
   * @param acceptingNewClients whether the therapist is accepting new clients
   * @param openCapacity how many new clients they can take, zero or more
   * @return the changed directory, never null
   * @throws IllegalArgumentException if the directory does not hold the therapist, or the capacity
   *     is negative
   */
  public TherapistDirectory withAvailability(String therapistId, boolean acceptingNewClients,
      int openCapacity) {
    Checks.nonNegative(openCapacity, "openCapacity");
    int index = packed.indexOf(therapistId);
    Checks.require(index >= 0, "therapistId", "must be in the directory");
    boolean now = acceptingNewClients && openCapacity > 0;
    if (now == isAvailable(therapistId)) {
      return this;
    }
    long[] changed = available.clone();
    changed[index >>> 6] ^= 1L << index;
    return new TherapistDirectory(packed, changed);
  }

  /**
   * Returns the bytes of the packed arrays a query scans: the per-profile columns, the variable
   * length entries and the availability bits. Divided by {@link #size()}, it is the memory per
   * profile on the matching hot path. The retained profile objects are not included.
   *
   * @return bytes
   */
  public long packedBytes() {
    return packed.columnBytes() + 8L * available.length;
  }

  /**
   * Returns the memory taken by the directory's measured outcomes: each profile's
   * {@link org.sextherapy.therapist.TherapistProfile#outcomes()} records and the directory's totals
   * per concern and measure, computed when the directory was built. A query reads them only for
   * therapists who pass every filter, so they are not part of {@link #packedBytes()}.
   *
   * @return bytes, zero when no profile has a record
   */
  public long outcomeBytes() {
    return packed.outcomeBytes();
  }

  PackedDirectory packed() {
    return packed;
  }

  long[] available() {
    return available;
  }

  @Override
  public String toString() {
    return "TherapistDirectory{" + size() + " therapists}";
  }
}
