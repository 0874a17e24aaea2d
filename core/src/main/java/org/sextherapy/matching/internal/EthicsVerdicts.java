package org.sextherapy.matching.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The ethics gate's verdicts on a directory's profiles, one packed pair of bitsets per ethics review
 * and session date.
 *
 * <p>The verdict depends on the review (the caller's, {@code Matcher#withEthicsReview}) and on the
 * date (a certification or licence is judged on it) while the index is built once, so verdicts are
 * evaluated lazily: the first query with a review on a date that finds a profile otherwise eligible
 * asks {@link EthicsGate} and records the verdict in two bits (known, admitted); later queries with
 * the same review on that date read the bits. A review is keyed by identity: reviews are immutable,
 * and two equal-looking reviews with different application checks must never share verdicts. Writes
 * are atomic bitwise ORs of a verdict that is the same whoever computes it, so concurrent queries
 * may at worst evaluate one profile twice. The {@value #DATES} most recently used (review, date)
 * pairs are kept.
 *
 * <p>This class is thread-safe.
 */
public final class EthicsVerdicts {

  /** A review, compared by identity, and a date. */
  private static final class Key {
    final EthicsReview review;
    final LocalDate date;

    Key(EthicsReview review, LocalDate date) {
      this.review = review;
      this.date = date;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.review == review && key.date.equals(date);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(review) * 31 + date.hashCode();
    }
  }

  /** How many (review, date) pairs are cached. */
  static final int DATES = 16;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final TherapistProfile[] profiles;
  private final Map<Key, OnDate> byDate = new LinkedHashMap<>(DATES * 2, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, OnDate> eldest) {
      return size() > DATES;
    }
  };

  EthicsVerdicts(TherapistProfile[] profiles) {
    this.profiles = profiles;
  }

  /**
   * Returns the verdicts of a review on a date.
   *
   * @param review the caller's review, never null
   * @param date the session date, never null
   * @return the verdicts, never null
   */
  public OnDate on(EthicsReview review, LocalDate date) {
    Key key = new Key(review, date);
    synchronized (byDate) {
      OnDate verdicts = byDate.get(key);
      if (verdicts == null) {
        verdicts = new OnDate(profiles, review, date);
        byDate.put(key, verdicts);
      }
      return verdicts;
    }
  }

  /**
   * Returns how many bytes the cached verdicts take.
   *
   * @return bytes
   */
  long bytes() {
    synchronized (byDate) {
      return byDate.size() * 2L * 8L * words(profiles.length);
    }
  }

  private static int words(int n) {
    return (n + 63) >>> 6;
  }

  /** The verdicts of one review on one date. This class is thread-safe. */
  public static final class OnDate {
    private final TherapistProfile[] profiles;
    private final EthicsReview review;
    private final LocalDate date;
    private final long[] known;
    private final long[] admitted;

    OnDate(TherapistProfile[] profiles, EthicsReview review, LocalDate date) {
      this.profiles = profiles;
      this.review = review;
      this.date = date;
      this.known = new long[words(profiles.length)];
      this.admitted = new long[words(profiles.length)];
    }

    /**
     * Tells whether the ethics gate admits a profile, asking the review the first time.
     *
     * @param index the profile's index in the directory
     * @return whether the profile is admitted
     */
    public boolean admits(int index) {
      int word = index >>> 6;
      long bit = 1L << index;
      if (((long) WORDS.getAcquire(known, word) & bit) != 0) {
        return ((long) WORDS.getAcquire(admitted, word) & bit) != 0;
      }
      boolean admits = EthicsGate.admits(review, profiles[index], date);
      if (admits) {
        WORDS.getAndBitwiseOr(admitted, word, bit);
      }
      WORDS.getAndBitwiseOr(known, word, bit);
      return admits;
    }
  }
}
