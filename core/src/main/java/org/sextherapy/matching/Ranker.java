package org.sextherapy.matching;

import java.time.LocalDate;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.internal.Checks;
import org.sextherapy.matching.internal.PackedDirectory;
import org.sextherapy.matching.internal.Query;

/**
 * A matcher's ranking over one directory on one date, for an application that ranks many
 * requests and explains only the matches it keeps, such as batch assignment: {@link #rank} gives a
 * request's best therapists as directory positions and scores without building a {@link Match}
 * for each, and {@link #explain} builds the match of one position when it is kept. Both ask the
 * same compiled query that {@link Matcher#match} asks, so the ranking, the scores, the tie-break
 * and the explanations are the matcher's own: {@code rank(request, k)} lists exactly the
 * therapists, in the order and with the scores, of {@code match(request, directory, date, k)},
 * and {@code explain} returns exactly the match that lists for that therapist.
 *
 * <p>A position is a therapist's place in the directory's own order (from 0 to {@link #size()}
 * less one), which is not the order the profiles were given; {@link #therapistId} names it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranker {

  private final PackedDirectory directory;
  private final long[] available;
  private final MatchPolicy policy;
  private final EthicsReview review;
  private final LocalDate date;

  Ranker(PackedDirectory directory, long[] available, MatchPolicy policy,
      EthicsReview review, LocalDate date) {
    this.directory = directory;
    this.available = available;
    this.policy = policy;
    this.review = review;
    this.date = date;
  }

  /**
   * Returns the ranking of a matcher (its policy and ethics review) over a directory on a date.
   *
   * @param matcher the matcher, never null
   * @param directory the directory, never null
   * @param date the session date, never null
   * @return the ranker, never null
   */
  public static Ranker of(Matcher matcher, TherapistDirectory directory, LocalDate date) {
    Checks.require(matcher != null, "matcher", "must not be null");
    Checks.require(directory != null, "directory", "must not be null");
    Checks.require(date != null, "date", "must not be null");
    return new Ranker(directory.packed(), directory.available(), matcher.policy(),
        matcher.ethicsReview(), date);
  }

  /**
   * Ranks a request's best therapists, as {@link Matcher#match} with the same k ranks them, without
   * explanations.
   *
   * @param request the client's request, never null
   * @param k how many to rank at most, at least 1
   * @return the ranking, never null
   * @throws org.sextherapy.InvalidValueException naming the field if the request is null or k
   *     is below 1
   */
  public Ranking rank(ClientRequest request, int k) {
    Checks.require(request != null, "request", "must not be null");
    Checks.require(k >= 1, "k", "must be at least 1");
    return query(request).rank(k, Ranking::new);
  }

  /**
   * Explains the match of a request with the therapist at a directory position, exactly as
   * {@link Matcher#match} returns it.
   *
   * @param request the client's request, never null
   * @param position a position that {@link #rank} returned for this request
   * @return the match, never null
   * @throws org.sextherapy.InvalidValueException naming the field if the request is null, the
   *     position is out of range, or the therapist there is not eligible for the request
   */
  public Match explain(ClientRequest request, int position) {
    Checks.require(request != null, "request", "must not be null");
    Checks.require(position >= 0 && position < directory.size(), "position", "must be in range");
    Query query = query(request);
    Checks.require(query.firstFailing(position) < 0, "position",
        "must be a therapist eligible for the request");
    return query.explainMatch(position);
  }

  /**
   * Returns how many therapists the directory holds; positions run from 0 to this less one.
   *
   * @return zero or more
   */
  public int size() {
    return directory.size();
  }

  /**
   * Returns the id of the therapist at a directory position.
   *
   * @param position the position, from 0 to {@link #size()} less one
   * @return the id, never null
   * @throws IllegalArgumentException if the position is out of range
   */
  public String therapistId(int position) {
    Checks.require(position >= 0 && position < directory.size(), "position", "must be in range");
    return directory.id(position);
  }

  private Query query(ClientRequest request) {
    return new Query(directory, available, request, date, policy, review);
  }
}
