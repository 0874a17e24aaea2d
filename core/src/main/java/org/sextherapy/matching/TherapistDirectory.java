package org.sextherapy.matching;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Counts;
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
 * profiles, as {@link #packedBytes()} reports. Beside them the directory keeps the ids packed one
 * byte per character, what the ethics review finds in each profile (below), and, as objects, only
 * the practice locations, network participations and fee currency that reasons name
 * ({@link #sideBytes()} counts the columns). Measured outcomes are packed apart
 * ({@link #outcomeBytes()}), with the directory's reliable-improvement and reliable-deterioration
 * rates per concern and measure, which the matcher ranks therapists against.
 *
 * <p><b>Retention.</b> A directory built from a {@link Stream}, an {@link Iterator} or a
 * {@link Builder} keeps no profile: each is packed as it arrives, in chunks of 16,384, and then
 * dropped, so a directory of millions of therapists can be built from a streaming reader in a heap
 * that could never hold their profiles. A directory built from a {@link List} keeps the list's
 * profiles (which its caller holds anyway), and so does a builder told to
 * {@linkplain Builder#keepProfiles() keep them}: only a caller's ethics review with a profile rule
 * of its own needs them (below). Either way the results are the same.
 *
 * <p>Whether a therapist is accepting new clients changes more often than the rest of a profile:
 * {@link #withAvailability(String, boolean, int)} returns a directory with one therapist's
 * availability changed, sharing everything else, without rebuilding.
 *
 * <p><b>The ethics review on each date.</b> Licences, compact privileges and certifications are
 * judged on the session date of each query, and so is the ethics review that gates every match.
 * When a profile is packed, the standard profile rules are run on it once over the whole calendar
 * ({@link org.sextherapy.ethics.ProfileFindings}: their findings change only on the days a
 * certification or a grant starts or ends), and the directory keeps which rules each profile
 * breaches in each period. The first query with a review on a new date then decides every profile
 * at once from those findings, with the severities the review chose, by bitwise operations and a
 * look-up per profile whose findings change with the date, in parallel for large directories; the
 * verdicts are kept for that date (for the 16 most recently used review and date pairs) and shared
 * with the directories derived by {@link #withAvailability(String, boolean, int)}. A review with a
 * profile rule of its own ({@link org.sextherapy.ethics.EthicsReview#withRule}) is arbitrary code
 * on the whole profile: it is asked lazily, profile by profile, the first time a query on a date
 * finds a profile otherwise eligible, on the kept profiles; a directory that kept none refuses
 * such a review with an {@link IllegalArgumentException}. Dates are compared exactly between the
 * years -5,000,000 and 5,000,000.
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
    Objects.requireNonNull(profiles, "profiles");
    Objects.requireNonNull(authorisation, "authorisation");
    PackedDirectory packed = PackedDirectory.build(profiles, authorisation);
    return new TherapistDirectory(packed, packed.availability());
  }

  /**
   * Compiles a directory from profiles read one at a time, such as a streaming JSON reader's,
   * keeping none of them: each is packed as it arrives and then dropped. The same profiles in any
   * order, or as a list, give the same results.
   *
   * @param profiles the profiles, never null, ids unique; consumed
   * @return the directory, never null
   * @throws IllegalArgumentException if two profiles share an id (naming the later one's position,
   *     counted from 0, never the id), or there are more than 100,000,000
   */
  public static TherapistDirectory of(Iterator<? extends TherapistProfile> profiles) {
    return builder().addAll(profiles).build();
  }

  /**
   * Compiles a directory from a stream of profiles, keeping none of them, as
   * {@link #of(Iterator)} does. The stream is consumed in its encounter order on the calling
   * thread.
   *
   * @param profiles the profiles, never null, ids unique; consumed
   * @return the directory, never null
   * @throws IllegalArgumentException if two profiles share an id, or there are more than
   *     100,000,000
   */
  public static TherapistDirectory of(Stream<? extends TherapistProfile> profiles) {
    Objects.requireNonNull(profiles, "profiles");
    return of(profiles.iterator());
  }

  /**
   * Starts a directory authorised under the standard rules, built from profiles added one at a
   * time and kept by none.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return builder(PracticeAuthorisation.standard());
  }

  /**
   * Starts a directory whose therapists are authorised under a caller's rules, built from profiles
   * added one at a time and kept by none.
   *
   * @param authorisation the rules whose grants the directory compiles, never null
   * @return a new builder, never null
   */
  public static Builder builder(PracticeAuthorisation authorisation) {
    return new Builder(Objects.requireNonNull(authorisation, "authorisation"));
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
   * Returns the bytes of the columns a query reads beside the scanned ones: the ids, packed one
   * byte per character, the table that finds a therapist by id, and what the ethics review's
   * standard profile rules find in each profile over time. The cached verdicts, the locations,
   * networks and currencies kept as objects, and the profiles a directory built from a list keeps
   * are not included.
   *
   * @return bytes
   */
  public long sideBytes() {
    return packed.sideBytes();
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
    return "TherapistDirectory{" + Counts.of(size(), "therapist", "therapists") + "}";
  }

  /**
   * Builds a directory from profiles added one at a time: each is packed into the directory's
   * columns as it arrives (in chunks of 16,384, packed on the common fork-join pool while the next
   * ones are added) and then dropped, unless the builder is told to {@linkplain #keepProfiles()
   * keep them}. A builder builds one directory and is not thread-safe.
   */
  public static final class Builder {
    private final PracticeAuthorisation authorisation;
    private boolean keepProfiles;
    private PackedDirectory.@Nullable Compiler compiler;
    private boolean built;

    private Builder(PracticeAuthorisation authorisation) {
      this.authorisation = authorisation;
    }

    /**
     * Keeps every profile added, so that an ethics review with a profile rule of its own can gate
     * the directory; it costs the profiles' memory. Call it before adding a profile.
     *
     * @return this builder
     * @throws IllegalStateException if a profile was already added or the directory built
     */
    public Builder keepProfiles() {
      if (compiler != null || built) {
        throw new IllegalStateException("keepProfiles must be called before adding profiles");
      }
      keepProfiles = true;
      return this;
    }

    private PackedDirectory.Compiler compiler() {
      if (built) {
        throw new IllegalStateException("the directory was already built");
      }
      PackedDirectory.Compiler current = compiler;
      if (current == null) {
        current = PackedDirectory.compiler(authorisation, keepProfiles);
        compiler = current;
      }
      return current;
    }

    /**
     * Packs a profile into the directory.
     *
     * @param profile the profile, never null
     * @return this builder
     * @throws IllegalArgumentException if the directory would hold more than 100,000,000
     *     profiles
     * @throws IllegalStateException if the directory was already built
     */
    public Builder add(TherapistProfile profile) {
      Checks.require(profile != null, "profile", "must not be null");
      compiler().add(profile);
      return this;
    }

    /**
     * Packs every remaining profile of an iterator into the directory.
     *
     * @param profiles the profiles, never null; consumed
     * @return this builder
     * @throws IllegalArgumentException if a profile is null, or the directory would hold more
     *     than 100,000,000 profiles
     * @throws IllegalStateException if the directory was already built
     */
    public Builder addAll(Iterator<? extends TherapistProfile> profiles) {
      Objects.requireNonNull(profiles, "profiles");
      PackedDirectory.Compiler into = compiler();
      while (profiles.hasNext()) {
        TherapistProfile profile = profiles.next();
        Checks.require(profile != null, "profiles", "must not hold null");
        into.add(profile);
      }
      return this;
    }

    /**
     * Compiles the directory from the profiles added.
     *
     * @return the directory, never null
     * @throws IllegalArgumentException if two profiles share an id, naming the later one's
     *     position in the order added (counted from 0), never the id
     * @throws IllegalStateException if the directory was already built
     */
    public TherapistDirectory build() {
      PackedDirectory packed = compiler().build();
      built = true;
      compiler = null;
      return new TherapistDirectory(packed, packed.availability());
    }

    @Override
    public String toString() {
      return "TherapistDirectory.Builder{" + (keepProfiles ? "keeping profiles" : "streaming")
          + "}";
    }
  }
}
