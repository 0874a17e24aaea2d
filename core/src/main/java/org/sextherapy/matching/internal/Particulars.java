package org.sextherapy.matching.internal;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.session.Availability;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The few parts of a profile that a query reads beyond the packed columns, and only for profiles
 * that passed the packed filters: the exact coordinates of each practice location (for distances,
 * the packed floats being approximate), the networks each location names, the network
 * participations the insurance decision weighs, the fees' currency that names a superbill, the
 * access features and sign languages of each location, the languages worked in, and the stated
 * availability, whose {@link Schedule} the time preference weighs. The directory keeps these
 * instead of the whole profile. Equal values are shared across profiles ({@link Interner}): a
 * participation list, a list of location networks or an availability is usually one of a few.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Particulars {

  /** One instance of each distinct value met while a directory is built. Thread-safe. */
  static final class Interner {
    private final Map<Object, Object> values = new ConcurrentHashMap<>();
    /** The distinct schedules of the directory's availabilities, numbered. */
    final Schedule.Table schedules = new Schedule.Table();

    /** Returns the instance equal to a value that was met first. */
    @SuppressWarnings("unchecked") // the map holds each value under itself
    <T> T intern(T value) {
      return (T) values.computeIfAbsent(value, v -> v);
    }
  }

  final List<NetworkParticipation> networks;
  /** Latitude and longitude of each location, NaN for a location without coordinates. */
  private final double[] coordinates;
  private final List<Set<NetworkId>> locationNetworks;
  private final List<Set<AccessFeature>> locationAccess;
  private final List<Set<Locale>> locationSignLanguages;
  /**
   * The languages the therapist works in ({@link TherapistProfile#languagesWorkedIn()}).
   */
  private final Set<Locale> worksIn;
  private final @Nullable Currency currency;
  private final @Nullable Availability availability;
  /** The schedule of {@link #availability}, shared with every profile that has the same. */
  private final @Nullable Schedule schedule;

  private Particulars(List<NetworkParticipation> networks, double[] coordinates,
      List<Set<NetworkId>> locationNetworks, List<Set<AccessFeature>> locationAccess,
      List<Set<Locale>> locationSignLanguages, Set<Locale> worksIn, @Nullable Currency currency,
      @Nullable Availability availability, @Nullable Schedule schedule) {
    this.networks = networks;
    this.coordinates = coordinates;
    this.locationNetworks = locationNetworks;
    this.locationAccess = locationAccess;
    this.locationSignLanguages = locationSignLanguages;
    this.worksIn = worksIn;
    this.currency = currency;
    this.availability = availability;
    this.schedule = schedule;
  }

  /** Returns what a query reads of a profile beyond the packed columns. */
  static Particulars of(TherapistProfile profile, Interner interner) {
    Optional<FeeSchedule> fees = profile.fees();
    Currency currency = fees.isPresent() ? fees.get().currency() : null;
    // Shared like the other values: most therapists state one of a few weekly patterns in one of
    // a few zones, and an availability's zone, hours and their sets cost ~110 bytes a copy.
    Availability availability = profile.availability().map(interner::intern).orElse(null);
    List<PracticeLocation> locations = profile.locations();
    List<NetworkParticipation> networks = profile.networks();
    double[] coordinates = new double[2 * locations.size()];
    List<Set<NetworkId>> locationNetworks = new ArrayList<>(locations.size());
    List<Set<AccessFeature>> locationAccess = new ArrayList<>(locations.size());
    List<Set<Locale>> locationSignLanguages = new ArrayList<>(locations.size());
    for (int l = 0; l < locations.size(); l++) {
      PracticeLocation location = locations.get(l);
      Optional<Coordinates> at = location.coordinates();
      coordinates[2 * l] = at.isPresent() ? at.get().latitude() : Double.NaN;
      coordinates[2 * l + 1] = at.isPresent() ? at.get().longitude() : Double.NaN;
      locationNetworks.add(location.networks());
      locationAccess.add(location.access());
      locationSignLanguages.add(location.signLanguages());
    }
    return new Particulars(interner.intern(List.copyOf(networks)), coordinates,
        interner.intern(List.copyOf(locationNetworks)), interner.intern(List.copyOf(locationAccess)),
        interner.intern(List.copyOf(locationSignLanguages)), interner.intern(Set.copyOf(profile.languagesWorkedIn())),
        currency, availability,
        availability == null ? null : interner.schedules.of(availability));
  }

  /** Returns the coordinates of the location at an ordinal of the profile's list. */
  Optional<Coordinates> coordinates(int ordinal) {
    double latitude = coordinates[2 * ordinal];
    return Double.isNaN(latitude) ? Optional.empty()
        : Optional.of(Coordinates.of(latitude, coordinates[2 * ordinal + 1]));
  }

  /** Returns the networks the location at an ordinal of the profile's list names. */
  Set<NetworkId> networksAt(int ordinal) {
    return locationNetworks.get(ordinal);
  }

  /** Returns the access features of the location at an ordinal of the profile's list. */
  Set<AccessFeature> accessAt(int ordinal) {
    return locationAccess.get(ordinal);
  }

  /** Returns the sign languages of the location at an ordinal of the profile's list. */
  Set<Locale> signLanguagesAt(int ordinal) {
    return locationSignLanguages.get(ordinal);
  }

  /** Returns the languages the therapist works in ({@link TherapistProfile#languagesWorkedIn()}). */
  Set<Locale> languagesWorkedIn() {
    return worksIn;
  }

  /** Returns the therapist's stated availability. */
  Optional<Availability> availability() {
    return Optional.ofNullable(availability);
  }

  /** Returns the schedule of the therapist's stated availability, or null without one. */
  @Nullable Schedule schedule() {
    return schedule;
  }

  /** Returns the code of the fees' currency, or "" without fees. */
  String currencyCode() {
    return currency == null ? "" : currency.getCurrencyCode();
  }
}
