package org.sextherapy.matching.internal;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The few parts of a profile that a query reads as objects, and only for profiles that passed the
 * packed filters: the practice locations (exact coordinates for distances, the networks each
 * names), the network participations the insurance decision weighs, and the fees' currency that
 * names a superbill. The directory keeps these instead of the whole profile; a profile with none
 * of them shares one empty instance, and profiles with only a currency share one per currency.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Particulars {

  static final Particulars NONE = new Particulars(List.of(), List.of(), null);
  private static final Map<Currency, Particulars> BY_CURRENCY = new ConcurrentHashMap<>();

  final List<PracticeLocation> locations;
  final List<NetworkParticipation> networks;
  private final @Nullable Currency currency;

  private Particulars(List<PracticeLocation> locations, List<NetworkParticipation> networks,
      @Nullable Currency currency) {
    this.locations = locations;
    this.networks = networks;
    this.currency = currency;
  }

  /** Returns what a query reads of a profile as objects. */
  static Particulars of(TherapistProfile profile) {
    Optional<FeeSchedule> fees = profile.fees();
    Currency currency = fees.isPresent() ? fees.get().currency() : null;
    List<PracticeLocation> locations = profile.locations();
    List<NetworkParticipation> networks = profile.networks();
    if (locations.isEmpty() && networks.isEmpty()) {
      return currency == null ? NONE
          : BY_CURRENCY.computeIfAbsent(currency, c -> new Particulars(List.of(), List.of(), c));
    }
    return new Particulars(locations, networks, currency);
  }

  /** Returns the code of the fees' currency, or "" without fees. */
  String currencyCode() {
    return currency == null ? "" : currency.getCurrencyCode();
  }
}
