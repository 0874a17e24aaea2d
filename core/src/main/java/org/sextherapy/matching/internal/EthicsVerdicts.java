package org.sextherapy.matching.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The ethics gate's verdicts on a directory's profiles, one packed pair of bitsets per session date.
 *
 * <p>The review depends on the date (a certification or licence is judged on it) while the index is
 * built once, so verdicts are evaluated lazily: the first query on a date that finds a profile
 * otherwise eligible asks {@link EthicsGate} and records the verdict in two bits (known, admitted);
 * later queries on that date read the bits. Writes are atomic bitwise ORs of a verdict that is the
 * same whoever computes it, so concurrent queries may at worst evaluate one profile twice. The
 * {@value #DATES} most recently used dates are kept.
 *
 * <p>This class is thread-safe.
 */
public final class EthicsVerdicts {

  /** How many dates are cached. */
  static final int DATES = 16;

  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final TherapistProfile[] profiles;
  private final Map<LocalDate, OnDate> byDate = new LinkedHashMap<>(DATES * 2, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<LocalDate, OnDate> eldest) {
      return size() > DATES;
    }
  };

  EthicsVerdicts(TherapistProfile[] profiles) {
    this.profiles = profiles;
  }

  /**
   * Returns the verdicts on a date.
   *
   * @param date the session date, never null
   * @return the verdicts, never null
   */
  public OnDate on(LocalDate date) {
    synchronized (byDate) {
      OnDate verdicts = byDate.get(date);
      if (verdicts == null) {
        verdicts = new OnDate(profiles, date);
        byDate.put(date, verdicts);
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

  /** The verdicts on one date. This class is thread-safe. */
  public static final class OnDate {
    private final TherapistProfile[] profiles;
    private final LocalDate date;
    private final long[] known;
    private final long[] admitted;

    OnDate(TherapistProfile[] profiles, LocalDate date) {
      this.profiles = profiles;
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
      boolean admits = EthicsGate.admits(profiles[index], date);
      if (admits) {
        WORDS.getAndBitwiseOr(admitted, word, bit);
      }
      WORDS.getAndBitwiseOr(known, word, bit);
      return admits;
    }
  }
}
