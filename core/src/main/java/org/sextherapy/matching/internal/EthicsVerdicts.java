package org.sextherapy.matching.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.ethics.ProfileFindings;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The ethics gate's verdicts on a directory's profiles, one bitset per ethics review and session
 * date, and the findings they are computed from.
 *
 * <p>The verdict depends on the review (the caller's, {@code Matcher#withEthicsReview}) and on the
 * date, while the directory is built once. So the directory keeps, for every profile, what the
 * standard profile rules find in it on every date ({@link ProfileFindings}, computed once when the
 * profile is packed, by the rules' own checks): {@link #ruleSets}, one bitset per standard profile
 * rule, holds the profiles whose first period breaches it; the few profiles whose findings change
 * with the date (a certification issued, lapsing, or resting on a licence that lapses) are listed
 * in {@link #datedIndex}, with the first day and the breaches of each of their periods. A review
 * whose profile checks are all standard ones ({@link ProfileFindings#decide}) is then decided on a
 * new date in bulk: the rule sets of the rules it counts as errors are OR-ed word by word, and the
 * dated profiles are looked up one by one, in parallel on the common fork-join pool for large
 * directories. A review with a profile rule of its own can only run on the whole profile: it is
 * asked lazily, profile by profile, on the profiles the directory kept for it
 * ({@code TherapistDirectory.Builder#keepProfiles()}, and always when built from a list), and a
 * directory that kept none refuses such a review. A review is keyed by identity: reviews are
 * immutable, and two equal-looking reviews with different application checks must never share
 * verdicts. The {@value #DATES} most recently used (review, date) pairs are kept.
 *
 * <p>A new date is decided from the cached one of the same review with the fewest changes in
 * between, when there is one: its verdicts are copied and only the dated profiles with a period
 * starting between the two dates are decided again ({@link #changes}), by the same look-up as the
 * bulk decision. Every other profile's findings are the same on both dates, so its verdict is
 * too. A new date then costs a copy of the verdicts and a look-up per change, not a pass over
 * every profile's findings.
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
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && key.review == review && key.date.equals(date);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(review) * 31 + date.hashCode();
    }
  }

  /** How many (review, date) pairs are cached. */
  static final int DATES = 16;
  /** How many standard profile rules the findings hold. */
  static final int RULES = ProfileFindings.rules().size();
  /** Profiles per task when deciding a date in parallel: a multiple of 64. */
  private static final int SPLIT = 1 << 16;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final int n;
  private final int words;
  final long[] ruleSets;
  final int[] datedIndex;
  final int[] datedStart;
  final int[] datedDay;
  final int[] datedBreaches;
  /** The first days of the dated profiles' later periods, with their index in {@link #datedIndex}. */
  final ChangeDays changes;
  private final TherapistProfile @Nullable [] profiles;
  private final Map<Key, OnDate> byDate = new LinkedHashMap<>(DATES * 2, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, OnDate> eldest) {
      return size() > DATES;
    }
  };

  private EthicsVerdicts(int n, long[] ruleSets, int[] datedIndex, int[] datedStart,
      int[] datedDay, int[] datedBreaches, TherapistProfile @Nullable [] profiles) {
    this.n = n;
    this.words = PackedDirectory.words(n);
    this.ruleSets = ruleSets;
    this.datedIndex = datedIndex;
    this.datedStart = datedStart;
    this.datedDay = datedDay;
    this.datedBreaches = datedBreaches;
    this.profiles = profiles;
    ChangeDays.Builder periods = new ChangeDays.Builder();
    for (int j = 0; j < datedIndex.length; j++) {
      for (int p = datedStart[j] + 1; p < datedStart[j + 1]; p++) {
        periods.add(datedDay[p], j);
      }
    }
    this.changes = periods.build();
  }

  /** The findings of one chunk of profiles, indexed within the chunk, as they are packed. */
  static final class Part {
    private final int words;
    final long[] ruleSets;
    private final DirectoryBuilder.IntList dated = new DirectoryBuilder.IntList(64);
    private final DirectoryBuilder.IntList periods = new DirectoryBuilder.IntList(64);
    private final DirectoryBuilder.IntList days = new DirectoryBuilder.IntList(128);
    private final DirectoryBuilder.IntList breaches = new DirectoryBuilder.IntList(128);

    Part(int size) {
      this.words = PackedDirectory.words(size);
      this.ruleSets = new long[RULES * words];
    }

    /** Records the findings of the profile at an index within the chunk. */
    void add(int local, ProfileFindings findings) {
      int first = findings.breaches(0);
      for (int r = 0; r < RULES; r++) {
        if ((first & (1 << r)) != 0) {
          ruleSets[r * words + (local >>> 6)] |= 1L << local;
        }
      }
      if (findings.periods() > 1) {
        dated.add(local);
        periods.add(findings.periods());
        for (int p = 0; p < findings.periods(); p++) {
          days.add(p == 0 ? Integer.MIN_VALUE : saturate(findings.firstDay(p)));
          breaches.add(findings.breaches(p));
        }
      }
    }

    private static int saturate(long day) {
      return (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, day));
    }
  }

  /**
   * Joins the chunks' findings.
   *
   * @param parts the chunks' findings, chunk c holding profiles from c times {@code chunk}
   * @param chunk the profiles per chunk, a multiple of 64
   * @param n the number of profiles
   * @param profiles the profiles kept for reviews with profile rules of their own, or null
   */
  static EthicsVerdicts of(Part[] parts, int chunk, int n,
      TherapistProfile @Nullable [] profiles) {
    int words = PackedDirectory.words(n);
    long[] ruleSets = new long[RULES * words];
    int dated = 0;
    int entries = 0;
    for (Part part : parts) {
      dated += part.dated.size;
      entries += part.days.size;
    }
    int[] datedIndex = new int[dated];
    int[] datedStart = new int[dated + 1];
    int[] datedDay = new int[entries];
    int[] datedBreaches = new int[entries];
    int j = 0;
    int e = 0;
    for (int c = 0; c < parts.length; c++) {
      Part part = parts[c];
      int base = c * chunk;
      for (int r = 0; r < RULES; r++) {
        System.arraycopy(part.ruleSets, r * part.words, ruleSets, r * words + (base >>> 6),
            part.words);
      }
      int q = 0;
      for (int k = 0; k < part.dated.size; k++) {
        datedIndex[j] = base + part.dated.values[k];
        datedStart[j++] = e;
        for (int p = part.periods.values[k]; p > 0; p--) {
          datedDay[e] = part.days.values[q];
          datedBreaches[e++] = part.breaches.values[q++];
        }
      }
    }
    datedStart[dated] = e;
    return new EthicsVerdicts(n, ruleSets, datedIndex, datedStart, datedDay, datedBreaches,
        profiles);
  }

  /**
   * Returns the verdicts of a review on a date, deciding every profile at once when the review's
   * profile checks are all standard ones.
   *
   * @param review the caller's review, never null
   * @param date the session date, never null
   * @return the verdicts, never null
   * @throws IllegalArgumentException if the review has a profile rule of its own and the directory
   *     kept no profiles to run it on
   */
  public OnDate on(EthicsReview review, LocalDate date) {
    Key key = new Key(review, date);
    int day = PackedDirectory.day(date);
    long @Nullable [] closest = null;
    int closestDay = day;
    synchronized (byDate) {
      OnDate verdicts = byDate.get(key);
      if (verdicts != null) {
        return verdicts;
      }
      if (!ProfileFindings.decide(review)) {
        verdicts = new OnDate(keptProfiles(), review, date);
        byDate.put(key, verdicts);
        return verdicts;
      }
      int fewest = Integer.MAX_VALUE;
      for (Map.Entry<Key, OnDate> entry : byDate.entrySet()) {
        long[] decided = entry.getValue().decidedInBulk();
        if (entry.getKey().review == review && decided != null) {
          int from = PackedDirectory.day(entry.getKey().date);
          int count = changes.countBetween(from, day);
          if (count < fewest) {
            fewest = count;
            closest = decided;
            closestDay = from;
          }
        }
      }
    }
    // Carried over or decided in bulk, outside the lock: other queries go on meanwhile.
    int errors = ProfileFindings.errors(review);
    OnDate verdicts = new OnDate(closest == null ? decide(errors, day)
        : carried(closest, closestDay, errors, day));
    synchronized (byDate) {
      OnDate raced = byDate.putIfAbsent(key, verdicts);
      return raced != null ? raced : verdicts;
    }
  }

  /**
   * Returns the verdicts of one day carried to another: the dated profiles with a period starting
   * in between decided again, every other verdict copied.
   */
  private long[] carried(long[] from, int fromDay, int errors, int day) {
    long[] admitted = from.clone();
    changes.forEachBetween(fromDay, day, j -> {
      int i = datedIndex[j];
      if (admitsDated(j, errors, day)) {
        admitted[i >>> 6] |= 1L << i;
      } else {
        admitted[i >>> 6] &= ~(1L << i);
      }
    });
    return admitted;
  }

  /** Tells whether the dated profile at j of {@link #datedIndex} is admitted on a day. */
  private boolean admitsDated(int j, int errors, int day) {
    int period = datedStart[j + 1] - 1;
    while (period > datedStart[j] && datedDay[period] > day) {
      period--;
    }
    return (datedBreaches[period] & errors) == 0;
  }

  private TherapistProfile[] keptProfiles() {
    if (profiles == null) {
      throw new IllegalArgumentException("review has a profile rule of its own, which runs on the"
          + " whole profile: build the directory from a list, or with keepProfiles()");
    }
    return profiles;
  }

  /** Decides every profile on a day: admitted unless a rule counted as an error is breached. */
  private long[] decide(int errors, int day) {
    long[] admitted = new long[words];
    int tasks = (n + SPLIT - 1) / SPLIT;
    IntStream range = IntStream.range(0, tasks);
    (tasks > 1 ? range.parallel() : range).forEach(t -> {
      int from = t * SPLIT;
      int to = Math.min(n, from + SPLIT);
      decide(errors, day, from, to, admitted);
    });
    return admitted;
  }

  /** Decides profiles from (a multiple of 64) to; writes only their words. */
  private void decide(int errors, int day, int from, int to, long[] admitted) {
    int fromWord = from >>> 6;
    int toWord = PackedDirectory.words(to);
    for (int w = fromWord; w < toWord; w++) {
      int size = Math.min(64, to - (w << 6));
      long valid = size == 64 ? -1L : (1L << size) - 1;
      long breached = 0;
      for (int r = 0; r < RULES; r++) {
        if ((errors & (1 << r)) != 0) {
          breached |= ruleSets[r * words + w];
        }
      }
      admitted[w] = valid & ~breached;
    }
    int j = lowerBound(datedIndex, from);
    for (; j < datedIndex.length && datedIndex[j] < to; j++) {
      int i = datedIndex[j];
      long bit = 1L << i;
      if (admitsDated(j, errors, day)) {
        admitted[i >>> 6] |= bit;
      } else {
        admitted[i >>> 6] &= ~bit;
      }
    }
  }

  private static int lowerBound(int[] sorted, int key) {
    int found = Arrays.binarySearch(sorted, key);
    return found >= 0 ? found : -found - 1;
  }

  /**
   * Returns how many bytes the findings and the cached verdicts take.
   *
   * @return bytes
   */
  long bytes() {
    synchronized (byDate) {
      return columnBytes() + byDate.size() * 2L * 8L * words;
    }
  }

  /** Returns how many bytes the findings and their change days take. */
  long columnBytes() {
    return 8L * ruleSets.length + 4L * (datedIndex.length + datedStart.length + datedDay.length
        + datedBreaches.length) + changes.bytes();
  }

  /** The verdicts of one review on one date. This class is thread-safe. */
  public static final class OnDate {
    private final TherapistProfile @Nullable [] profiles;
    private final @Nullable EthicsReview review;
    private final @Nullable LocalDate date;
    private final long @Nullable [] known;
    private final long[] admitted;

    /** Returns the verdicts when they were decided for every profile at once, else null. */
    long @Nullable [] decidedInBulk() {
      return known == null ? admitted : null;
    }

    /** Verdicts decided for every profile at once. */
    OnDate(long[] admitted) {
      this.profiles = null;
      this.review = null;
      this.date = null;
      this.known = null;
      this.admitted = admitted;
    }

    /** Verdicts of a review with profile rules of its own, asked profile by profile. */
    OnDate(TherapistProfile[] profiles, EthicsReview review, LocalDate date) {
      this.profiles = profiles;
      this.review = review;
      this.date = date;
      this.known = new long[PackedDirectory.words(profiles.length)];
      this.admitted = new long[PackedDirectory.words(profiles.length)];
    }

    /**
     * Returns which of some profiles of word w the ethics gate {@linkplain #admits(int) admits}:
     * a word of the verdicts when they were decided for every profile at once, else each asked in
     * turn.
     *
     * @param w a word of the directory's bit sets
     * @param candidates the profiles of that word in question, as a bit mask
     * @return the candidates admitted
     */
    long admits(int w, long candidates) {
      if (known == null) {
        return candidates & (long) WORDS.getAcquire(admitted, w);
      }
      long admits = 0;
      for (long rest = candidates; rest != 0; rest &= rest - 1) {
        int i = (w << 6) + Long.numberOfTrailingZeros(rest);
        if (admits(i)) {
          admits |= 1L << i;
        }
      }
      return admits;
    }

    /**
     * Tells whether the ethics gate admits a profile, asking the review the first time when it has
     * profile rules of its own.
     *
     * @param index the profile's index in the directory
     * @return whether the profile is admitted
     */
    public boolean admits(int index) {
      int word = index >>> 6;
      long bit = 1L << index;
      long[] asked = known;
      if (asked == null || ((long) WORDS.getAcquire(asked, word) & bit) != 0) {
        return ((long) WORDS.getAcquire(admitted, word) & bit) != 0;
      }
      boolean admits = EthicsGate.admits(Objects.requireNonNull(review),
          Objects.requireNonNull(profiles)[index],
          Objects.requireNonNull(date));
      if (admits) {
        WORDS.getAndBitwiseOr(admitted, word, bit);
      }
      WORDS.getAndBitwiseOr(asked, word, bit);
      return admits;
    }
  }
}
