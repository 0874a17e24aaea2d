package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.SlidingScalePreference;

/**
 * The fee family: a maximum fee in a currency, compared exactly as a range of ranks of the
 * directory's (currency, lowest fee) pairs, and a sliding scale, a flag set.
 */
final class FeeCriteria {

  private FeeCriteria() {}

  /** Returns the currency code of a profile's fees; the profile has fees. */
  static String currency(PackedDirectory d, int i) {
    int code = d.fee[i];
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
    private int from;
    private int to;

    Maximum(FeePreference preference, PackedDirectory d) {
      super(PreferenceKind.FEE);
      this.d = d;
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
      return d.fee[i] >= from && d.fee[i] < to;
    }

    @Override
    String argument(int i) {
      return currency;
    }
  }

  /** A sliding scale offered; the reason names the currency of the profile's fees. */
  static final class SlidingScale extends Criterion {
    private final PackedDirectory d;

    SlidingScale(SlidingScalePreference preference, PackedDirectory d) {
      super(preference.kind());
      this.d = d;
    }

    @Override
    boolean met(int i) {
      return d.in(PackedDirectory.SLIDING_SCALE_SET, i);
    }

    @Override
    String argument(int i) {
      return currency(d, i);
    }
  }
}
