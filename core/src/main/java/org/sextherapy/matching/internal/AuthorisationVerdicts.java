package org.sextherapy.matching.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

    @Override
    public boolean equals(Object other) {
      return other instanceof Situation s && s.places.equals(places) && s.teleSets == teleSets
          && s.inPerson == inPerson && s.day == day;
    }

    @Override
    public int hashCode() {
      return ((places.hashCode() * 31 + teleSets) * 31 + Boolean.hashCode(inPerson)) * 31 + Long.hashCode(day);
    }
  }

  private final int words;
  private final int situations;
  private final Map<Situation, InSituation> bySituation;

  AuthorisationVerdicts(int profiles) {
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
    synchronized (bySituation) {
      return bySituation.computeIfAbsent(key, k -> new InSituation(words));
    }
  }

  /** Returns how many bytes the cached verdicts take. */
  long bytes() {
    synchronized (bySituation) {
      return bySituation.size() * 2L * 8L * words;
    }
  }

  /** The verdicts of one situation. This class is thread-safe. */
  static final class InSituation {
    private final long[] known;
    private final long[] authorised;

    InSituation(int words) {
      this.known = new long[words];
      this.authorised = new long[words];
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
