package org.sextherapy.matching;

import java.time.LocalDate;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.internal.Query;

/**
 * Finds the therapists of a directory best suited to one client's request on the session date.
 *
 * <p><b>Hard constraints.</b> A therapist is offered only if they meet every
 * {@link HardConstraint}, checked in the order that enum declares: accepting new clients with an
 * open place; serving adolescents when a participant is a minor (ethical rule 7); declared expertise
 * in at least one of the client's concerns (ethical rule 6, competence); the format asked for; one of
 * the deliveries the client accepts; authorisation where the client will physically be on the
 * session date for at least one delivery both accept; every
 * preference the client marked as required; and the ethics gate, which never lets through a profile
 * whose ethics review on the date holds an error.
 *
 * <p>Authorisation is decided by {@link org.sextherapy.authorisation.PracticeAuthorisation}, whose
 * grants the directory compiled: the therapist must be authorised in every jurisdiction a
 * participant will be in during sessions ({@link ClientRequest#sessionJurisdictions()}), for one
 * delivery both accept. By telehealth, a grant that allows telehealth must cover each of them on the
 * date; in person, a practice location must lie in all of them, with a grant that allows in-person
 * sessions covering it on the date. Each match names the basis in each place
 * ({@link ReasonCode#LICENSED_IN}, {@link ReasonCode#REGISTERED_WITH},
 * {@link ReasonCode#COMPACT_PRIVILEGE}).
 *
 * <p><b>Required preferences.</b> Language compares primary language subtags (Brazilian Portuguese
 * meets Portuguese). A certified sex therapist holds a certification of kind
 * {@link org.sextherapy.qualification.CredentialKind#SEX_THERAPIST} that is current on the date
 * among those they hold ({@link org.sextherapy.qualification.Certification#statusOn(LocalDate,
 * java.util.List)}: one resting on a credential that is not current is not current either). A
 * fee preference is met when the therapist's fees are in the same currency and their
 * {@link org.sextherapy.therapist.FeeSchedule#lowestFee()} is at most the maximum. A distance
 * preference asks for in-person sessions: it is met by a practice location, open to the client as
 * above, with coordinates within the distance, so a required distance also requires that the client
 * accepts in-person sessions and that the therapist offers them.
 *
 * <p><b>Score.</b> Eligible therapists are ranked by whole points under the {@link MatchPolicy}:
 * competence for the client's concerns first (each distinct concern counted once, at the highest
 * priority the request gives it), then each preferred preference met, then a current sex-therapist
 * certification and years of experience. Each match carries the {@link Reason}s for its score, whose
 * points add up to it exactly; explanations are built for the returned matches only.
 *
 * <p><b>Ties and determinism.</b> Matches are ordered by score, then by a stable hash of the request
 * id and the therapist id (64-bit FNV-1a over the two ids' UTF-16 code units with a separator,
 * finalised by MurmurHash3's {@code fmix64}, compared unsigned), then by therapist id. Equally
 * suited therapists therefore share the top places across requests instead of the lowest id always
 * winning, while the same request on the same directory, in any order, always gives the same result.
 *
 * <p><b>Scale.</b> A query scans the directory's packed arrays once; with a
 * {@linkplain #withParallelism(int) parallelism} above 1, a large directory is split into that many
 * ranges scanned at once on the common fork-join pool. Memory allocated per query grows with k and
 * the size of the request, not with the directory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Matcher {

  private static final Matcher STANDARD = new Matcher(MatchPolicy.defaults(), 1);

  private final MatchPolicy policy;
  private final int parallelism;

  private Matcher(MatchPolicy policy, int parallelism) {
    this.policy = policy;
    this.parallelism = parallelism;
  }

  /**
   * Returns a matcher with the default policy that scans on the calling thread.
   *
   * @return the matcher, never null
   */
  public static Matcher standard() {
    return STANDARD;
  }

  /**
   * Returns a matcher with a policy that scans on the calling thread.
   *
   * @param policy the weights, never null
   * @return the matcher, never null
   */
  public static Matcher of(MatchPolicy policy) {
    return new Matcher(policy, 1);
  }

  /**
   * Returns a matcher like this one that splits a large directory into up to {@code parallelism}
   * ranges scanned at once, one on the calling thread and the others on the common fork-join pool.
   * Results are the same whatever the parallelism; directories of fewer than 16,384 therapists per
   * range are not split.
   *
   * @param parallelism how many ranges to scan at once, at least 1
   * @return the matcher, never null
   * @throws IllegalArgumentException if the parallelism is below 1
   */
  public Matcher withParallelism(int parallelism) {
    Checks.require(parallelism >= 1, "parallelism", "must be at least 1");
    return new Matcher(policy, parallelism);
  }

  /**
   * Returns the policy.
   *
   * @return the policy, never null
   */
  public MatchPolicy policy() {
    return policy;
  }

  /**
   * Returns the parallelism.
   *
   * @return at least 1
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Finds the best therapists for a request. Never throws on a request, directory or date that can
   * be constructed: an incomplete request (no concern, no delivery) simply matches nobody, and the
   * result says which constraint excluded whom.
   *
   * @param request the client's request, never null
   * @param directory the directory, never null
   * @param date the session date, never null
   * @param k how many matches to return at most, at least 1
   * @return the best k matches, best first, with the exclusion counts, never null
   * @throws IllegalArgumentException if k is below 1
   */
  public MatchResult match(ClientRequest request, TherapistDirectory directory, LocalDate date,
      int k) {
    Checks.require(k >= 1, "k", "must be at least 1");
    return new Query(directory.packed(), directory.available(), request, date, policy)
        .run(k, parallelism);
  }

  @Override
  public String toString() {
    return "Matcher{" + policy + ", parallelism " + parallelism + "}";
  }
}
