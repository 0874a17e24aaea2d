package org.sextherapy.matching.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;

/**
 * A matcher's ranking, for one directory and date, as other packages of the library use it to
 * rank many requests: {@link #rank} gives each request's best therapists as directory positions
 * and scores, without building a {@link Match} for each, and {@link #explain} builds the match of
 * one position when it is kept. Both ask the same compiled query that
 * {@link Matcher#match} asks ({@link Query}), so the ranking, the scores, the tie-break and the
 * explanations are the matcher's own.
 *
 * <p>Not part of the API: this package is not exported. It reaches the directory's packed index
 * through {@link Access}, which {@link TherapistDirectory} installs when it is loaded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ranker {

  private static volatile @Nullable Access access;

  private final PackedDirectory directory;
  private final long[] available;
  private final MatchPolicy policy;
  private final EthicsReview review;
  private final LocalDate date;

  private Ranker(PackedDirectory directory, long[] available, MatchPolicy policy,
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
    Access installed = access;
    if (installed == null) {
      // A directory instance exists, so its class is initialised and has installed the access.
      throw new IllegalStateException("TherapistDirectory has not installed its access");
    }
    return new Ranker(installed.packed(directory), installed.available(directory),
        matcher.policy(), matcher.ethicsReview(), date);
  }

  /**
   * Ranks a request's best therapists, as {@link Matcher#match} with the same k ranks them, without
   * explanations.
   *
   * @param request the client's request, never null
   * @param k how many to rank at most, at least 1
   * @return the ranking, never null
   */
  public Ranking rank(ClientRequest request, int k) {
    return query(request).rank(k);
  }

  /**
   * Explains the match of a request with the therapist at a directory position, exactly as
   * {@link Matcher#match} returns it.
   *
   * @param request the client's request, never null
   * @param position a position that {@link #rank} returned for this request
   * @return the match, never null
   */
  public Match explain(ClientRequest request, int position) {
    return query(request).explainMatch(position);
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
   * @param position the position
   * @return the id, never null
   */
  public String id(int position) {
    return directory.id(position);
  }

  private Query query(ClientRequest request) {
    return new Query(directory, available, request, date, policy, review);
  }

  /**
   * Installs the directory's access, once, from {@link TherapistDirectory}'s class initialiser.
   *
   * @param installed the access, never null
   * @throws IllegalStateException if an access is already installed
   */
  public static synchronized void install(Access installed) {
    if (access != null) {
      throw new IllegalStateException("the directory access is already installed");
    }
    access = installed;
  }

  /**
   * How this package reads a {@link TherapistDirectory}'s packed index and availability, which its
   * public API does not show: implemented by the directory itself, the only place that may.
   */
  public abstract static class Access {
    /** For {@link TherapistDirectory} only. */
    protected Access() {}

    /**
     * Returns a directory's packed index.
     *
     * @param directory the directory, never null
     * @return its packed index, never null
     */
    protected abstract PackedDirectory packed(TherapistDirectory directory);

    /**
     * Returns a directory's availability bits.
     *
     * @param directory the directory, never null
     * @return its availability bits, never null; not to be changed
     */
    protected abstract long[] available(TherapistDirectory directory);
  }
}
