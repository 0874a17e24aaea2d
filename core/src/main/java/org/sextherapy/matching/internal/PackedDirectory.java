package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;

/**
 * A directory of therapist profiles compiled into packed primitive arrays, one entry per profile, so
 * that a query scans columns of ints and longs instead of object graphs.
 *
 * <p>Per profile, in profile order:
 * <ul>
 *   <li>{@link #flags}: formats, deliveries, populations, gender terms, whether a sliding scale is
 *       offered, and years of experience (saturating at {@link #EXPERIENCE_MAX});</li>
 *   <li>{@link #expertise}: two bits per concern of the directory's concern dictionary (0 none, 1
 *       general, 2 experienced, 3 specialist), {@link #concernStride} longs per profile;</li>
 *   <li>{@link #languages}: one bit per primary language subtag of the (alphabetical) language
 *       dictionary, {@link #languageStride} ints per profile;</li>
 *   <li>{@link #fee}: the rank of the (currency, lowest fee) pair among the directory's distinct
 *       pairs, sorted by currency code then amount, or -1 without fees: a fee preference becomes a
 *       range of ranks, compared exactly;</li>
 *   <li>{@link #tagMask}: one bit for each of the (at most 32) most frequent insurers and modality
 *       ids; rarer ones are blob entries;</li>
 *   <li>{@link #blobStart}: where the profile's variable-length entries start in {@link #blob}; they
 *       end where the next profile's start.</li>
 * </ul>
 *
 * <p>A blob entry starts with an int holding its kind in the top three bits and a dictionary index
 * below. In order: active licences ({@link #LICENCE}: jurisdiction; then the first and last valid
 * epoch day) and compact privileges ({@link #PRIVILEGE}: compact; then the days on which both the
 * privilege and an active home licence in one of the compact's disciplines are valid, one entry per
 * such home licence), in profile order; practice locations in profile order ({@link #LOCATION}:
 * jurisdiction, or {@link #LOCATION_AT}: jurisdiction then latitude and longitude as float bits);
 * sex-therapist certifications that can be current ({@link #CERTIFICATION}: credential; then the
 * first and last current day); then rare tags ({@link #TAG}). Days are epoch days saturated to the
 * int range (years beyond about 5,800,000 compare as that limit); an open end is
 * {@link Integer#MAX_VALUE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PackedDirectory {

  static final int FORMAT_SHIFT = 0;
  static final int DELIVERY_SHIFT = FORMAT_SHIFT + SessionFormat.values().length;
  static final int POPULATION_SHIFT = DELIVERY_SHIFT + Delivery.values().length;
  static final int GENDER_SHIFT = POPULATION_SHIFT + Population.values().length;
  static final int SLIDING_SCALE_BIT = 1 << (GENDER_SHIFT + GenderTerm.values().length);
  static final int EXPERIENCE_SHIFT = GENDER_SHIFT + GenderTerm.values().length + 1;
  static final int EXPERIENCE_MAX = (int) ((1L << (32 - EXPERIENCE_SHIFT)) - 1);

  static final int KIND_SHIFT = 29;
  static final int PAYLOAD = (1 << KIND_SHIFT) - 1;
  static final int LICENCE = 0;
  static final int PRIVILEGE = 1;
  static final int LOCATION = 2;
  static final int LOCATION_AT = 3;
  static final int CERTIFICATION = 4;
  static final int TAG = 5;

  static final int OPEN_END = Integer.MAX_VALUE;
  static final int TAG_BITS = 32;

  private static final int JURISDICTION_PLANS = 4096;

  final TherapistProfile[] profiles;
  final Map<String, Integer> indexById;

  final Map<String, Integer> concernIndex;
  final int concernStride;
  final String[] languageDictionary;
  final Map<String, Integer> languageIndex;
  final int languageStride;
  final Jurisdiction[] jurisdictions;
  final InterstateCompact[] compacts;
  final String[] credentials;
  final String[] tagNames;
  final Map<String, Integer> tagIndex;
  final int[] tagBit;
  final Currency[] currencies;
  final int[] currencyStart;
  final BigDecimal[] feeValues;

  final int jurisdictionWords;
  final long[] authorityCovers;

  final int[] flags;
  final long[] expertise;
  final int[] languages;
  final int[] fee;
  final int[] tagMask;
  final int[] blobStart;
  final int[] blob;

  final EthicsVerdicts verdicts;
  private final ConcurrentHashMap<Jurisdiction, JurisdictionPlan> plans =
      new ConcurrentHashMap<>();

  private PackedDirectory(List<TherapistProfile> list) {
    int n = list.size();
    profiles = list.toArray(new TherapistProfile[0]);
    indexById = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      if (indexById.putIfAbsent(profiles[i].id(), i) != null) {
        throw new IllegalArgumentException("profiles[" + i + "].id must be unique in the directory");
      }
    }

    Dictionaries d = new Dictionaries();
    for (TherapistProfile p : profiles) {
      d.collect(p);
    }
    concernIndex = indexOf(d.concerns);
    concernStride = Math.max(1, (concernIndex.size() + 31) / 32);
    languageDictionary = d.languages.toArray(new String[0]);
    languageIndex = indexOf(d.languages);
    languageStride = Math.max(1, (languageIndex.size() + 31) / 32);
    jurisdictions = d.jurisdictions.keySet().toArray(new Jurisdiction[0]);
    for (int j = 0; j < jurisdictions.length; j++) {
      d.jurisdictions.put(jurisdictions[j], j);
    }
    compacts = d.compacts.keySet().toArray(new InterstateCompact[0]);
    credentials = d.credentials.keySet().toArray(new String[0]);
    tagNames = d.tagCounts.keySet().toArray(new String[0]);
    tagIndex = indexOf(d.tagCounts.keySet());
    tagBit = frequentTagBits(d.tagCounts, tagNames);
    currencies = d.fees.keySet().toArray(new Currency[0]);
    currencyStart = new int[currencies.length + 1];
    List<BigDecimal> values = new ArrayList<>();
    for (int c = 0; c < currencies.length; c++) {
      currencyStart[c] = values.size();
      values.addAll(d.fees.get(currencies[c]));
    }
    currencyStart[currencies.length] = values.size();
    feeValues = values.toArray(new BigDecimal[0]);

    jurisdictionWords = Math.max(1, (jurisdictions.length + 63) >>> 6);
    authorityCovers = new long[(jurisdictions.length + compacts.length) * jurisdictionWords];
    for (int a = 0; a < jurisdictions.length + compacts.length; a++) {
      for (int x = 0; x < jurisdictions.length; x++) {
        boolean covers = a < jurisdictions.length ? jurisdictions[a].covers(jurisdictions[x])
            : compacts[a - jurisdictions.length].hasMemberCovering(jurisdictions[x]);
        if (covers) {
          authorityCovers[a * jurisdictionWords + (x >>> 6)] |= 1L << x;
        }
      }
    }

    flags = new int[n];
    expertise = new long[n * concernStride];
    languages = new int[n * languageStride];
    fee = new int[n];
    tagMask = new int[n];
    blobStart = new int[n + 1];
    IntList out = new IntList(n * 12);
    for (int i = 0; i < n; i++) {
      blobStart[i] = out.size;
      encode(i, profiles[i], d, out);
    }
    blobStart[n] = out.size;
    blob = out.toArray();
    verdicts = new EthicsVerdicts(profiles);
  }

  /**
   * Compiles a directory.
   *
   * @param profiles the profiles, never null, ids unique
   * @return the compiled directory, never null
   * @throws IllegalArgumentException if two profiles share an id
   */
  public static PackedDirectory build(List<TherapistProfile> profiles) {
    return new PackedDirectory(profiles);
  }

  private static Map<String, Integer> indexOf(Iterable<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (String name : names) {
      index.put(name, index.size());
    }
    return index;
  }

  private static int[] frequentTagBits(Map<String, int[]> counts, String[] names) {
    Integer[] order = new Integer[names.length];
    for (int t = 0; t < names.length; t++) {
      order[t] = t;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(t -> -at(counts, names[t])[0])
        .thenComparing(t -> names[t]));
    int[] bits = new int[names.length];
    Arrays.fill(bits, -1);
    for (int r = 0; r < Math.min(TAG_BITS, order.length); r++) {
      bits[order[r]] = r;
    }
    return bits;
  }

  private void encode(int i, TherapistProfile p, Dictionaries d, IntList out) {
    int f = 0;
    for (SessionFormat format : p.formats()) {
      f |= 1 << (FORMAT_SHIFT + format.ordinal());
    }
    for (Delivery delivery : p.deliveries()) {
      f |= 1 << (DELIVERY_SHIFT + delivery.ordinal());
    }
    for (Population population : p.populations()) {
      f |= 1 << (POPULATION_SHIFT + population.ordinal());
    }
    Optional<GenderIdentity> gender = p.gender();
    if (gender.isPresent()) {
      for (GenderTerm term : gender.get().terms()) {
        f |= 1 << (GENDER_SHIFT + term.ordinal());
      }
    }
    Optional<FeeSchedule> fees = p.fees();
    if (fees.isPresent() && fees.get().slidingScale().isPresent()) {
      f |= SLIDING_SCALE_BIT;
    }
    int years = p.training().map(t -> t.postDegreeExperienceYears()).orElse(0);
    f |= Math.min(Math.max(years, 0), EXPERIENCE_MAX) << EXPERIENCE_SHIFT;
    flags[i] = f;

    for (Expertise e : p.expertise()) {
      int c = at(concernIndex, e.concern().id());
      expertise[i * concernStride + (c >>> 5)] |= (long) (e.level().ordinal() + 1) << ((c & 31) * 2);
    }
    for (Locale language : p.languages()) {
      int l = at(languageIndex, language.getLanguage());
      languages[i * languageStride + (l >>> 5)] |= 1 << (l & 31);
    }
    if (fees.isPresent()) {
      Currency currency = fees.get().currency();
      int c = Arrays.binarySearch(currencies, currency, CURRENCY_ORDER);
      int at = Arrays.binarySearch(feeValues, currencyStart[c], currencyStart[c + 1],
          fees.get().lowestFee());
      fee[i] = at;
    } else {
      fee[i] = -1;
    }

    for (Licence licence : p.licences()) {
      if (licence.status() == LicenceStatus.ACTIVE) {
        out.add(entry(LICENCE, at(d.jurisdictions, licence.jurisdiction())));
        out.add(day(licence.validFrom()));
        out.add(licence.validUntil().map(PackedDirectory::day).orElse(OPEN_END));
      }
    }
    for (CompactPrivilege privilege : p.compactPrivileges()) {
      int compact = at(d.compacts, privilege.compact());
      for (Licence home : p.licences()) {
        if (home.status() == LicenceStatus.ACTIVE
            && privilege.compact().disciplines().contains(home.discipline())
            && home.jurisdiction().covers(privilege.homeJurisdiction())) {
          int from = Math.max(day(privilege.validFrom()), day(home.validFrom()));
          int until = Math.min(privilege.validUntil().map(PackedDirectory::day).orElse(OPEN_END),
              home.validUntil().map(PackedDirectory::day).orElse(OPEN_END));
          if (from <= until) {
            out.add(entry(PRIVILEGE, compact));
            out.add(from);
            out.add(until);
          }
        }
      }
    }
    for (PracticeLocation location : p.locations()) {
      int j = at(d.jurisdictions, location.jurisdiction());
      Optional<Coordinates> at = location.coordinates();
      if (at.isPresent()) {
        out.add(entry(LOCATION_AT, j));
        out.add(Float.floatToRawIntBits((float) at.get().latitude()));
        out.add(Float.floatToRawIntBits((float) at.get().longitude()));
      } else {
        out.add(entry(LOCATION, j));
      }
    }
    for (Certification certification : p.certifications()) {
      if (certification.credential().kind() == CredentialKind.SEX_THERAPIST
          && canBeCurrent(certification)) {
        out.add(entry(CERTIFICATION, at(d.credentials, certification.credential().qualifiedId())));
        out.add(day(certification.issued()));
        out.add(lastCurrentDay(certification));
      }
    }
    int mask = 0;
    for (String insurer : p.insurers()) {
      mask = tag(mask, Tags.insurer(insurer), out);
    }
    for (Modality modality : p.modalities()) {
      mask = tag(mask, Tags.modality(modality.id()), out);
    }
    tagMask[i] = mask;
  }

  private int tag(int mask, String name, IntList out) {
    int t = at(tagIndex, name);
    if (tagBit[t] >= 0) {
      return mask | 1 << tagBit[t];
    }
    out.add(entry(TAG, t));
    return mask;
  }

  /**
   * Tells whether a certification is ever current: not when a required membership has lapsed
   * ({@link Certification#statusOn(LocalDate)}).
   */
  private static boolean canBeCurrent(Certification certification) {
    return certification.membershipCurrent() || !certification.credential().issuer().renewalRule()
        .map(RenewalRule::membershipRequired).orElse(false);
  }

  /**
   * Returns the last day a certification is current, as {@link Certification#statusOn(LocalDate)}
   * judges it; a last day beyond the calendar is an open end.
   */
  private static int lastCurrentDay(Certification certification) {
    try {
      return certification.lastValidDay().map(PackedDirectory::day).orElse(OPEN_END);
    } catch (DateTimeException | ArithmeticException beyondCalendar) {
      return OPEN_END;
    }
  }

  /** Returns the value of a key known to be in a dictionary. */
  static <K, V> V at(Map<K, V> dictionary, K key) {
    return Objects.requireNonNull(dictionary.get(key), "dictionary entry");
  }

  static int entry(int kind, int payload) {
    return kind << KIND_SHIFT | payload;
  }

  /**
   * Returns a date as an epoch day saturated to the int range, leaving {@link #OPEN_END} above all.
   *
   * @param date the date, never null
   * @return the day
   */
  static int day(LocalDate date) {
    long day = date.toEpochDay();
    return (int) Math.max(Integer.MIN_VALUE, Math.min(OPEN_END - 1L, day));
  }

  /**
   * Returns the query plan for a session jurisdiction: which authorities (licence jurisdictions,
   * then compacts) cover it for telehealth, and which practice jurisdictions lie in it.
   *
   * @param session the session jurisdiction, never null
   * @return the plan, never null
   */
  JurisdictionPlan plan(Jurisdiction session) {
    JurisdictionPlan plan = plans.get(session);
    if (plan != null) {
      return plan;
    }
    int authorities = jurisdictions.length + compacts.length;
    long[] tele = new long[Math.max(1, (authorities + 63) >>> 6)];
    long[] in = new long[jurisdictionWords];
    for (int a = 0; a < authorities; a++) {
      boolean covers = a < jurisdictions.length ? jurisdictions[a].covers(session)
          : compacts[a - jurisdictions.length].hasMemberCovering(session);
      if (covers) {
        tele[a >>> 6] |= 1L << a;
      }
    }
    for (int x = 0; x < jurisdictions.length; x++) {
      if (session.covers(jurisdictions[x])) {
        in[x >>> 6] |= 1L << x;
      }
    }
    plan = new JurisdictionPlan(tele, in);
    if (plans.size() < JURISDICTION_PLANS) {
      plans.putIfAbsent(session, plan);
    }
    return plan;
  }

  /**
   * Returns the number of profiles.
   *
   * @return zero or more
   */
  public int size() {
    return profiles.length;
  }

  /**
   * Returns the index of a therapist.
   *
   * @param therapistId the id, never null
   * @return the index, or -1 if absent
   */
  public int indexOf(String therapistId) {
    Integer index = indexById.get(therapistId);
    return index == null ? -1 : index;
  }

  /**
   * Returns the bytes of the packed arrays a query reads per profile (columns and blob), excluding
   * the retained profile objects, the dictionaries and the availability bits.
   *
   * @return bytes
   */
  public long columnBytes() {
    return 4L * flags.length + 8L * expertise.length + 4L * languages.length + 4L * fee.length
        + 4L * tagMask.length + 4L * blobStart.length + 4L * blob.length;
  }

  /**
   * Returns the bytes of the dictionaries, coverage tables and cached ethics verdicts.
   *
   * @return bytes
   */
  public long sharedBytes() {
    return 8L * authorityCovers.length + 4L * tagBit.length + verdicts.bytes();
  }

  /** Which authorities and practice jurisdictions serve one session jurisdiction. */
  static final class JurisdictionPlan {
    final long[] teleAuthorities;
    final long[] locationsIn;

    JurisdictionPlan(long[] teleAuthorities, long[] locationsIn) {
      this.teleAuthorities = teleAuthorities;
      this.locationsIn = locationsIn;
    }
  }

  static final Comparator<Currency> CURRENCY_ORDER =
      Comparator.comparing(Currency::getCurrencyCode);

  /** The dictionaries gathered in a first pass over the profiles. */
  private static final class Dictionaries {
    final TreeSet<String> concerns = new TreeSet<>();
    final TreeSet<String> languages = new TreeSet<>();
    final TreeMap<Jurisdiction, Integer> jurisdictions = new TreeMap<>();
    final Map<InterstateCompact, Integer> compacts = new java.util.LinkedHashMap<>();
    final Map<String, Integer> credentials = new java.util.LinkedHashMap<>();
    final TreeMap<String, int[]> tagCounts = new TreeMap<>();
    final TreeMap<Currency, TreeSet<BigDecimal>> fees = new TreeMap<>(CURRENCY_ORDER);

    void collect(TherapistProfile p) {
      for (Expertise e : p.expertise()) {
        concerns.add(e.concern().id());
      }
      for (Locale language : p.languages()) {
        languages.add(language.getLanguage());
      }
      for (Licence licence : p.licences()) {
        jurisdictions.put(licence.jurisdiction(), 0);
      }
      for (PracticeLocation location : p.locations()) {
        jurisdictions.put(location.jurisdiction(), 0);
      }
      for (CompactPrivilege privilege : p.compactPrivileges()) {
        compacts.putIfAbsent(privilege.compact(), compacts.size());
      }
      for (Certification certification : p.certifications()) {
        if (certification.credential().kind() == CredentialKind.SEX_THERAPIST) {
          credentials.putIfAbsent(certification.credential().qualifiedId(), credentials.size());
        }
      }
      for (String insurer : p.insurers()) {
        tagCounts.computeIfAbsent(Tags.insurer(insurer), k -> new int[1])[0]++;
      }
      for (Modality modality : p.modalities()) {
        tagCounts.computeIfAbsent(Tags.modality(modality.id()), k -> new int[1])[0]++;
      }
      p.fees().ifPresent(schedule -> fees.computeIfAbsent(schedule.currency(),
          c -> new TreeSet<>()).add(schedule.lowestFee()));
    }
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values;
    int size;

    IntList(int capacity) {
      values = new int[Math.max(16, capacity)];
    }

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1));
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
