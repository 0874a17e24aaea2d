package org.sextherapy.matching.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sextherapy.location.Jurisdiction;

/**
 * Whether each profile is authorised to see a client, remembered per situation: the session
 * jurisdictions, the telehealth deliveries the client accepts, whether they accept in-person
 * sessions, and the session date. That is all {@link Places#authorised} depends on, and requests
 * for today from the same places share it, so a directory serving them decides each profile's
 * authorisation once instead of once per request.
 *
 * <p>A verdict is two bits (known, authorised), recorded the first time a query needs it: written
 * by atomic bitwise ORs of a verdict that is the same whoever computes it, so concurrent queries
 * may at worst decide one profile twice. Once known, the scan reads the verdicts of 64 profiles at
 * once, which is what lets it count the exclusions of a block that the score bounds skip without
 * reading a profile. The most recently used situations are kept, two bits per profile each: as
 * many as fit in {@value #BUDGET_BYTES} bytes, between {@value #MIN_SITUATIONS} and
 * {@value #MAX_SITUATIONS} (a directory answering requests from 25 places with three choices of
 * delivery meets 75 situations a day).
 *
 * <p>A situation met on a new date starts from the verdicts of the same situation on a cached
 * date, when there is one: only the profiles with a grant starting or ending between the two dates
 * ({@link ChangeDays}) lose their verdict, to be decided again when a query needs it; every other
 * profile's verdict is the same on both dates, since nothing {@link Places#authorised} reads of
 * it differs. So the first query on a new date decides as few profiles as a query on a cached one,
 * plus those whose grants changed. The cached date with the fewest changes in between is chosen,
 * and none when the changes outnumber the profiles (deciding afresh is then as cheap).
 *
 * <p>This class is thread-safe.
 */
final class AuthorisationVerdicts {

  /** How many bytes the cached situations may take, unless that is fewer than the minimum. */
  static final long BUDGET_BYTES = 64L << 20;
  /** The fewest situations cached, whatever the directory's size. */
  static final int MIN_SITUATIONS = 16;
  /** The most situations cached. */
  static final int MAX_SITUATIONS = 1024;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  /** A situation: everything {@link Places#authorised} reads from the request and the date. */
  private static final class Situation {
    final Set<Jurisdiction> places;
    final int teleSets;
    final boolean inPerson;
    final long day;

    Situation(Set<Jurisdiction> places, int teleSets, boolean inPerson, long day) {
      this.places = places;
      this.teleSets = teleSets;
      this.inPerson = inPerson;
      this.day = day;
    }

    /** Tells whether another situation differs from this one in its day at most. */
    boolean sameButDay(Situation other) {
      return other.teleSets == teleSets && other.inPerson == inPerson
          && other.places.equals(places);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Situation s && s.places.equals(places) && s.teleSets == teleSets
          && s.inPerson == inPerson && s.day == day;
    }

    @Override
    public int hashCode() {
      return ((places.hashCode() * 31 + teleSets) * 31 + Boolean.hashCode(inPerson)) * 31 + Long.hashCode(day);
    }
  }

  private final int n;
  private final int words;
  private final int situations;
  private final Map<Situation, InSituation> bySituation;
  private final Supplier<ChangeDays> changeSource;
  private volatile @Nullable ChangeDays changes;

  /**
   * Starts with no verdicts.
   *
   * @param profiles how many profiles the directory holds
   * @param changes computes the days on which each profile's grants start and end, the first time
   *     verdicts are carried to a new date
   */
  AuthorisationVerdicts(int profiles, Supplier<ChangeDays> changes) {
    this.n = profiles;
    this.changeSource = changes;
    this.words = PackedDirectory.words(profiles);
    this.situations = (int) Math.max(MIN_SITUATIONS,
        Math.min(MAX_SITUATIONS, BUDGET_BYTES / (16L * Math.max(1, words))));
    this.bySituation = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<Situation, InSituation> eldest) {
        return size() > situations;
      }
    };
  }

  /**
   * Returns the verdicts of one situation.
   *
   * @param places the session jurisdictions, never null
   * @param teleSets a bit per telehealth delivery the client accepts, at its flag set's offset
   * @param inPerson whether the client accepts in-person sessions
   * @param day the session date's epoch day
   * @return the verdicts, never null
   */
  InSituation in(Set<Jurisdiction> places, int teleSets, boolean inPerson, long day) {
    Situation key = new Situation(places, teleSets, inPerson, day);
    List<Situation> otherDays = new ArrayList<>();
    List<InSituation> theirVerdicts = new ArrayList<>();
    synchronized (bySituation) {
      InSituation cached = bySituation.get(key);
      if (cached != null) {
        return cached;
      }
      for (Map.Entry<Situation, InSituation> entry : bySituation.entrySet()) {
        if (entry.getKey().sameButDay(key)) {
          otherDays.add(entry.getKey());
          theirVerdicts.add(entry.getValue());
        }
      }
    }
    // Carried over or fresh, outside the lock: other queries go on meanwhile.
    InSituation verdicts = otherDays.isEmpty() ? new InSituation(words)
        : carried(otherDays, theirVerdicts, day);
    synchronized (bySituation) {
      InSituation raced = bySituation.putIfAbsent(key, verdicts);
      return raced != null ? raced : verdicts;
    }
  }

  /**
   * Returns the verdicts of the cached day with the fewest grant changes before the new day,
   * without the verdicts of the profiles whose grants change in between; or fresh verdicts when
   * the changes outnumber the profiles.
   */
  private InSituation carried(List<Situation> otherDays, List<InSituation> theirVerdicts,
      long day) {
    ChangeDays changes = changes();
    int closest = 0;
    int fewest = Integer.MAX_VALUE;
    for (int s = 0; s < otherDays.size(); s++) {
      int count = changes.countBetween(otherDays.get(s).day, day);
      if (count < fewest) {
        fewest = count;
        closest = s;
      }
    }
    if (fewest > n) {
      return new InSituation(words);
    }
    InSituation from = theirVerdicts.get(closest);
    long[] known = new long[words];
    long[] authorised = new long[words];
    for (int w = 0; w < words; w++) {
      // Known first: a profile's authorised bit is written before its known bit.
      long k = from.known(w);
      known[w] = k;
      authorised[w] = from.authorised(w) & k;
    }
    changes.forEachBetween(otherDays.get(closest).day, day, i -> {
      long clear = ~(1L << i);
      known[i >>> 6] &= clear;
      authorised[i >>> 6] &= clear;
    });
    return new InSituation(known, authorised);
  }

  /** Returns the grant changes, computing them the first time. */
  private ChangeDays changes() {
    ChangeDays computed = changes;
    if (computed == null) {
      synchronized (changeSource) {
        computed = changes;
        if (computed == null) {
          computed = changeSource.get();
          changes = computed;
        }
      }
    }
    return computed;
  }

  /** Returns how many bytes the cached verdicts and the grant changes take. */
  long bytes() {
    ChangeDays computed = changes;
    synchronized (bySituation) {
      return bySituation.size() * 2L * 8L * words + (computed == null ? 0 : computed.bytes());
    }
  }

  /** The verdicts of one situation. This class is thread-safe. */
  static final class InSituation {
    private final long[] known;
    private final long[] authorised;

    InSituation(int words) {
      this(new long[words], new long[words]);
    }

    /** Verdicts carried from another day; the arrays are not shared. */
    InSituation(long[] known, long[] authorised) {
      this.known = known;
      this.authorised = authorised;
    }

    /** Returns which profiles of word w have a verdict. */
    long known(int w) {
      return (long) WORDS.getAcquire(known, w);
    }

    /** Returns which profiles of word w are authorised, among those {@linkplain #known known}. */
    long authorised(int w) {
      return (long) WORDS.getAcquire(authorised, w);
    }

    /** Records a profile's verdict: the authorised bit first, so a known bit is never ahead. */
    void record(int i, boolean isAuthorised) {
      int w = i >>> 6;
      long bit = 1L << i;
      if (isAuthorised) {
        WORDS.getAndBitwiseOr(authorised, w, bit);
      }
      WORDS.getAndBitwiseOr(known, w, bit);
    }
  }
}
