package org.sextherapy.matching;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.internal.PackedDirectory;
import org.sextherapy.matching.internal.Query;
import org.sextherapy.matching.internal.Unauthorised;

/**
 * Finds the therapists of a directory best suited to one client's request on the session date.
 *
 * <p><b>Hard constraints.</b> A therapist is offered only if they meet every
 * {@link HardConstraint}, checked in the order that enum declares: accepting new clients with an
 * open place; serving adolescents when a participant is a minor (ethical rule 7); declared expertise
 * in at least one of the client's concerns (ethical rule 6, competence); the format asked for; one of
 * the deliveries the client accepts; authorisation where the client will physically be on the
 * session date for at least one delivery both accept; every
 * preference the client marked as required; under a policy that
 * {@linkplain MatchPolicy#excludeCredibleDeterioration() asks for it}, no reliable-deterioration
 * rate credibly above the directory's for a concern of the client's; and the ethics gate, which
 * never lets through a profile whose ethics review on the date holds an error.
 *
 * <p><b>The gate belongs to the caller.</b> The ethics review used as the gate is
 * {@link EthicsReview#standard()} unless the caller gives its own with
 * {@link #withEthicsReview(EthicsReview)}, such as a clinic's review that makes the wording of rule
 * 1 an error or adds its own profile rules. A review can never switch off or weaken rules 1 to 5 or
 * the safeguarding rules, so no review lets through what the standard one keeps out on those
 * rules. The gate judges each profile once per review and session date and remembers the verdict
 * with the directory. Before any therapist is looked at, the request itself is put to the review's
 * safeguarding rules ({@link EthicsReview#refusesToMatch(ClientRequest, LocalDate)}): a request that
 * breaches one (a partner-format request with a child, or mixing an adult and a minor) matches
 * nobody, and every therapist is counted under {@link HardConstraint#SAFEGUARDING}. Then to its
 * guardian-consent rule ({@link EthicsReview#refusesForGuardianConsent(ClientRequest, LocalDate)}):
 * a request with a participant under 18 who cannot consent alone and whose guardian consent is
 * not recorded, or refused, matches nobody either, every therapist counted under
 * {@link HardConstraint#GUARDIAN_CONSENT}; consent recorded as pending is matched.
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
 * {@link org.sextherapy.therapist.FeeSchedule#lowestFeeFor lowest fee for the request's format}
 * is at most the maximum; an insurance preference as
 * {@link org.sextherapy.insurance.InsuranceAcceptance} decides. A distance
 * preference asks for in-person sessions: it is met by a practice location, open to the client as
 * above, with coordinates within the distance, so a required distance also requires that the client
 * accepts in-person sessions and that the therapist offers them.
 *
 * <p><b>Score.</b> Eligible therapists are ranked by whole points under the {@link MatchPolicy}:
 * competence for the client's concerns first (each distinct concern counted once, at the highest
 * priority the request gives it; declared expertise blended with measured outcomes where the
 * directory has any, as {@link MatchPolicy} describes), then each preferred preference met, then a current sex-therapist
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

  private static final Matcher STANDARD =
      new Matcher(MatchPolicy.defaults(), 1, EthicsReview.standard());

  private final MatchPolicy policy;
  private final int parallelism;
  private final EthicsReview review;

  private Matcher(MatchPolicy policy, int parallelism, EthicsReview review) {
    this.policy = policy;
    this.parallelism = parallelism;
    this.review = review;
  }

  /**
   * Returns a matcher with the default policy and the standard ethics review that scans on the
   * calling thread.
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
    Objects.requireNonNull(policy, "policy");
    return new Matcher(policy, 1, EthicsReview.standard());
  }

  /**
   * Returns a matcher like this one whose ethics gate is the caller's review: a profile is offered
   * only when this review finds no error in it on the session date, and a request is matched only
   * when this review's safeguarding rules find no error in it. Rules 1 to 5 and the safeguarding
   * rules cannot be switched off or weakened in any review, so a caller can make the gate stricter,
   * never laxer on them.
   *
   * @param review the review to gate with, never null
   * @return the matcher, never null
   */
  public Matcher withEthicsReview(EthicsReview review) {
    return new Matcher(policy, parallelism, review);
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
    return new Matcher(policy, parallelism, review);
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
   * Returns the ethics review used as the gate.
   *
   * @return the review, {@link EthicsReview#standard()} unless the caller gave another, never null
   */
  public EthicsReview ethicsReview() {
    return review;
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
    return new Query(directory.packed(), directory.available(), request, date, policy, review)
        .run(k, parallelism);
  }

  /**
   * Says why one therapist of a directory was or was not offered for a request: the first hard
   * constraint they fail (the one {@link MatchResult#excludedBy} counted them under) and, when it
   * is {@link HardConstraint#AUTHORISATION}, why, from the same grants and practice locations
   * that excluded them: the {@link AuthorisationGap} (no basis in the place; a basis only for
   * deliveries not both sides accept, such as a PSYPACT APIT for in-person sessions; a basis for
   * in-person sessions but no practice location in the place; or no one delivery for every
   * place), the first session jurisdiction where they had no authorisation for a delivery both
   * accept, the deliveries they are authorised for there, and the bases it would have accepted.
   * Never throws on values that can be constructed and a therapist the directory holds.
   *
   * @param request the client's request, never null
   * @param directory the directory, never null
   * @param therapistId the therapist's id, never null
   * @param date the session date, never null
   * @return the exclusion, eligible when no constraint excludes the therapist, never null
   * @throws IllegalArgumentException if the directory does not hold the therapist
   */
  public Exclusion whyNot(ClientRequest request, TherapistDirectory directory, String therapistId,
      LocalDate date) {
    PackedDirectory packed = directory.packed();
    int i = packed.indexOf(therapistId);
    Checks.require(i >= 0, "therapistId", "must be in the directory");
    Query query = new Query(packed, directory.available(), request, date, policy, review);
    int failed = query.firstFailing(i);
    if (failed < 0) {
      return Exclusion.of(Optional.empty());
    }
    // the packed query reports the failed constraint by its ordinal
    @SuppressWarnings("EnumOrdinal")
    HardConstraint constraint = HardConstraint.values()[failed];
    if (constraint != HardConstraint.AUTHORISATION) {
      return Exclusion.of(Optional.of(constraint));
    }
    // Why, from the grants and practice locations that excluded the therapist.
    Unauthorised why = query.unauthorised(i);
    return Exclusion.unauthorised(why.gap(), Optional.ofNullable(why.place()),
        why.authorisedDeliveries(), why.missing());
  }

  @Override
  public String toString() {
    return "Matcher{" + policy + ", parallelism " + parallelism + ", " + review + "}";
  }
}
