package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.session.SessionFormat;

/**
 * The fee family, for the request's session format: a maximum fee in a currency, compared exactly
 * as a range of ranks of the directory's (currency, lowest fee for the format) pairs, and a sliding
 * scale for the format, a flag set per format. A couple's budget is never compared with an
 * individual fee.
 */
// A profile's fee entries are per format, at the format's ordinal
@SuppressWarnings("EnumOrdinal")
final class FeeCriteria {

  private FeeCriteria() {}

  /** Returns the currency code of a profile's fees; the profile has a fee for the format. */
  static String currency(PackedDirectory d, int i, SessionFormat format) {
    int code = d.fee.get(i * PackedDirectory.FORMATS + format.ordinal());
    int c = 0;
    while (d.currencyStart[c + 1] <= code) {
      c++;
    }
    return d.currencies[c].getCurrencyCode();
  }

  /** A lowest fee at most the client's maximum, in the client's currency. */
  static final class Maximum extends Criterion {
    private final PackedDirectory d;
    private final String currency;
    /** The request's format, as the offset of its entry in a profile's fee entries. */
    private final int format;
    private int from;
    private int to;

    Maximum(FeePreference preference, PackedDirectory d, SessionFormat format) {
      super(PreferenceKind.FEE);
      this.d = d;
      this.format = format.ordinal();
      this.currency = preference.currency().getCurrencyCode();
      int c = Arrays.binarySearch(d.currencies, preference.currency(),
          PackedDirectory.CURRENCY_ORDER);
      if (c >= 0) {
        from = d.currencyStart[c];
        to = upperBound(d.feeValues, d.currencyStart[c], d.currencyStart[c + 1],
            preference.maximumFee());
      }
    }

    private static int upperBound(BigDecimal[] values, int from, int to, BigDecimal max) {
      int low = from;
      int high = to;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (values[mid].compareTo(max) <= 0) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    @Override
    boolean met(int i) {
      int rank = d.fee.get(i * PackedDirectory.FORMATS + format);
      return rank >= from && rank < to;
    }

    /** Zero when no candidate's fee is within the maximum: the fee column, read per candidate. */
    @Override
    long most(int w, long candidates, long preferencePoints) {
      return anyMet(w, candidates) ? preferencePoints : 0;
    }

    @Override
    String argument(int i) {
      return currency;
    }
  }

  /**
   * A sliding scale offered for the request's format; the reason names the currency of the
   * profile's fees.
   */
  static final class SlidingScale extends Criterion {
    private final PackedDirectory d;
    private final SessionFormat format;
    private final int set;

    SlidingScale(SlidingScalePreference preference, PackedDirectory d, SessionFormat format) {
      super(preference.kind());
      this.d = d;
      this.format = format;
      this.set = PackedDirectory.SLIDING_SCALE_SET + format.ordinal();
    }

    @Override
    boolean met(int i) {
      return d.in(set, i);
    }

    /** Read from the format's sliding-scale flag set, 64 profiles at a time. */
    @Override
    long met(int w, long candidates) {
      return d.flagSets[set * d.words + w] & candidates;
    }

    /** Zero when no candidate offers a sliding scale for the format. */
    @Override
    long most(int w, long candidates, long preferencePoints) {
      return (d.flagSets[set * d.words + w] & candidates) != 0 ? preferencePoints : 0;
    }

    @Override
    String argument(int i) {
      return currency(d, i, format);
    }
  }
}
