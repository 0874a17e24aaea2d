package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A directory of therapist profiles compiled into packed primitive arrays, so that a query scans
 * bit sets and columns of ints instead of object graphs.
 *
 * <p>First, bit sets over the profiles, {@link #words} longs each, so that a query tests 64
 * profiles at once for what most profiles fail:
 * <ul>
 *   <li>{@link #initialAvailability}: the profiles accepting new clients with an open place;</li>
 *   <li>{@link #flagSets}: one set per value of each enumerated attribute family (session format,
 *       delivery, population served, gender term), each family's sets sized from its enum, and one
 *       for offering a sliding scale: adding a value to one of those enums adds a set and never
 *       changes the layout of another family;</li>
 *   <li>{@link #levelSets}: two sets per concern of the directory's concern dictionary, the low and
 *       the high bit of the declared expertise level (0 none, 1 general, 2 experienced, 3
 *       specialist);</li>
 *   <li>{@link #signatureSets}: {@value #SIGNATURES} sets; a profile is in set {@code id} modulo
 *       {@value #SIGNATURES} for the authority (jurisdiction or compact) of each of its grants and
 *       for each of its practice jurisdictions, so that a query rejects a profile that cannot be
 *       authorised in a session jurisdiction without reading its blob.</li>
 * </ul>
 *
 * <p>Then one column entry per profile, read only for the few profiles that pass those sets:
 * <ul>
 *   <li>{@link #experience}: years of post-degree experience, one unsigned byte (saturating at
 *       {@link #EXPERIENCE_MAX});</li>
 *   <li>{@link #confirmedDay}: the epoch day (UTC) on which availability was last confirmed, or
 *       {@link #NEVER_CONFIRMED};</li>
 *   <li>{@link #languages}: one bit per primary language subtag of the (alphabetical) language
 *       dictionary, {@link #languageStride} ints per profile;</li>
 *   <li>{@link #fee}: per session format ({@link #FORMATS} entries per profile), the rank of the
 *       (currency, lowest fee for the format) pair among the directory's distinct pairs, sorted by
 *       currency code then amount, or none without a fee for the format ({@link FeeRanks}, two
 *       bytes an entry unless the directory has more than 65,534 pairs): a fee preference becomes a
 *       range of ranks for the request's format, compared exactly;</li>
 *   <li>{@link #tagMask}: one bit for each of the (at most 32) most frequent tags: payers,
 *       modality ids, and the disclosed identity, values and location access of {@link ValueTags};
 *       rarer ones are blob entries. A payer tag only says that the profile participates in a
 *       network of the payer: whether it covers the client is then decided on the profile by
 *       {@code InsuranceAcceptance};</li>
 *   <li>{@link #blobStart}: where the profile's variable-length entries start in {@link #blob}; they
 *       end where the next profile's start.</li>
 * </ul>
 *
 * <p>A blob entry starts with an int holding its kind in the top three bits and a dictionary index
 * below. In order: the profile's grants as {@link PracticeAuthorisation#grants} lists them
 * ({@link #GRANT}: the index of the grant's key, that is its scope, deliveries and basis; then its
 * first and last day in one int, as day offsets from {@link #GRANT_BASE_DAY}; or
 * {@link #GRANT_WIDE} for a grant whose days do not fit those offsets, with its first and last
 * epoch day as longs); practice locations in profile order ({@link #LOCATION}:
 * jurisdiction, or {@link #LOCATION_AT}: jurisdiction then latitude and longitude as float bits);
 * sex-therapist certifications ({@link #CERTIFICATION}: credential; then the first and last day of
 * one period in which it is current among the certifications held, one entry per such period);
 * then rare tags ({@link #TAG}). A certification's days are epoch days saturated to the int range
 * (years beyond about 5,800,000 compare as that limit); an open end is {@link Integer#MAX_VALUE}.
 * A grant's days are never rounded: whether it authorises a session decides who may see a
 * client.
 *
 * <p>Measured outcomes are packed apart, in {@link OutcomeColumns}, and read only for profiles that
 * pass every filter.
 *
 * <p>No profile object is needed to answer a query. Beside the columns above: the ids, one byte per
 * character ({@link IdColumn}), for the tie-break, the matches and finding a profile by id through
 * an open-addressing table of profile indexes keyed by {@link String#hashCode()} of the id; per
 * profile, what the standard profile rules of the ethics review find in it over the calendar
 * ({@link EthicsVerdicts}), from which a new date's verdicts are decided in bulk; the disciplines
 * the therapist holds credentials in ({@link #DISCIPLINE_SET}), to name the bases a place would
 * have accepted; and, as shared or small objects, the exact coordinates, location networks,
 * network participations and fee currency a reason names ({@link Particulars}). A directory built
 * from a list also keeps the list's profiles, in {@link EthicsVerdicts}, for a caller's review with
 * profile rules of its own. {@link DirectoryBuilder} compiles the arrays.
 *
 * <p>This class is immutable and thread-safe.
 */
// Enum sets are packed as bit sets at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
public final class PackedDirectory {

  /** The most years of experience the packed column holds: one unsigned byte. */
  static final int EXPERIENCE_MAX = 255;

  static final int KIND_SHIFT = 29;
  static final int PAYLOAD = (1 << KIND_SHIFT) - 1;
  /**
   * A grant whose first and last day are packed in the int after its key as offsets from
   * {@link #GRANT_BASE_DAY}: the first day in the high 16 bits, the last in the low 16 bits,
   * {@link #GRANT_OPEN} for no end. Two ints instead of three: densely licensed directories hold
   * several grants per therapist, and this is what keeps their hot path within its budget.
   */
  static final int GRANT = 0;
  /**
   * A grant whose days do not fit {@link #GRANT}'s offsets: its first and last epoch day follow as
   * longs, two ints each, high half first, {@link Long#MAX_VALUE} for no end, so that no date the
   * model holds is rounded.
   */
  static final int GRANT_WIDE = 1;
  static final int LOCATION = 2;
  static final int LOCATION_AT = 3;
  static final int CERTIFICATION = 4;
  static final int TAG = 5;
  /** How many ints an entry of each kind takes, by kind. */
  private static final int[] WIDTH = {2, 5, 1, 3, 3, 1};

  /**
   * The epoch day from which {@link #GRANT} entries count their days: 1950-01-01, so that the
   * offsets up to {@link #GRANT_OPEN} - 1 reach 2129-06-05. A grant starting before it or ending
   * after that is packed as {@link #GRANT_WIDE}.
   */
  static final long GRANT_BASE_DAY = LocalDate.of(1950, 1, 1).toEpochDay();
  /** The offset of a {@link #GRANT} entry's last day that stands for no end. */
  static final int GRANT_OPEN = 0xFFFF;
  /** The last epoch day of a grant without end, as {@link #packGrant} takes it. */
  static final long NO_END = Long.MAX_VALUE;

  static final int OPEN_END = Integer.MAX_VALUE;
  /** The confirmation day of a profile whose availability was never confirmed. */
  static final int NEVER_CONFIRMED = Integer.MIN_VALUE;

  /*
   * The flag sets, one family after the other, each family one set per constant of its enum, at
   * the constant's ordinal: the layout follows the enums, so a new constant needs no change here.
   */
  static final int FORMAT_SET = 0;
  static final int DELIVERY_SET = FORMAT_SET + SessionFormat.values().length;
  static final int POPULATION_SET = DELIVERY_SET + Delivery.values().length;
  static final int GENDER_SET = POPULATION_SET + Population.values().length;
  /** The number of session formats: fee entries per profile. */
  static final int FORMATS = SessionFormat.values().length;
  /** Whether a sliding scale is offered, per format (this set plus the format's ordinal). */
  static final int SLIDING_SCALE_SET = GENDER_SET + GenderTerm.values().length;
  /** Whether the therapist gives superbills for out-of-network claims. */
  static final int SUPERBILL_SET = SLIDING_SCALE_SET + FORMATS;
  /**
   * The disciplines the therapist holds a licence or registration in, one set per constant: what
   * a place would have accepted from them, when they are not authorised there.
   */
  static final int DISCIPLINE_SET = SUPERBILL_SET + 1;
  static final int FLAG_SETS = DISCIPLINE_SET + Discipline.values().length;
  static final int ADOLESCENTS_SET = POPULATION_SET + Population.ADOLESCENTS.ordinal();
  static final int CHILDREN_SET = POPULATION_SET + Population.CHILDREN.ordinal();
  static final int SIGNATURES = 32;
  static final int TAG_BITS = 32;

  private static final int JURISDICTION_PLANS = 4096;

  static final Comparator<Currency> CURRENCY_ORDER =
      Comparator.comparing(Currency::getCurrencyCode);

  private final int n;
  final IdColumn ids;
  private final int[] idTable;
  private final Particulars[] particulars;
  /** How many distinct {@link Schedule}s the particulars share: their numbers are below it. */
  final int schedules;
  /**
   * Per profile, the number of its {@link Schedule} or a mark ({@link Schedule#column}): what the
   * time family reads instead of the particulars.
   */
  final char[] scheduleColumn;

  final Map<String, Integer> concernIndex;
  final String[] languageDictionary;
  final Map<String, Integer> languageIndex;
  final int languageStride;
  final Jurisdiction[] jurisdictions;
  final InterstateCompact[] compacts;
  final Grant[] grants;
  final int[] grantAuthority;
  final String[] credentials;
  final String[] tagNames;
  final Map<String, Integer> tagIndex;
  final int[] tagBit;
  final Currency[] currencies;
  final int[] currencyStart;
  final BigDecimal[] feeValues;

  final int jurisdictionWords;
  final long[] inPersonCovers;

  final int words;
  final long[] initialAvailability;
  final long[] flagSets;
  final long[] levelSets;
  final long[] signatureSets;
  final byte[] experience;
  final int[] confirmedDay;
  final int[] languages;
  final FeeRanks fee;
  final int[] tagMask;
  final int[] blobStart;
  final int[] blob;

  final OutcomeColumns outcomes;
  /** The request-independent score bounds per block of 64 profiles. */
  final ScoreBounds bounds;

  final EthicsVerdicts verdicts;
  /** The authorisation verdicts of the situations queried most recently. */
  final AuthorisationVerdicts authorisations;
  private final PracticeAuthorisation authorisation;
  /** The time family's decisions per schedule, shared by queries asking the same windows. */
  final OverlapDecisions overlaps = new OverlapDecisions();
  private final ConcurrentHashMap<Jurisdiction, JurisdictionPlan> plans =
      new ConcurrentHashMap<>();

  PackedDirectory(PracticeAuthorisation authorisation, int n, IdColumn ids, int[] idTable,
      Particulars[] particulars, int schedules, EthicsVerdicts verdicts, Dictionaries d,
      long[] initialAvailability, long[] flagSets, long[] levelSets, long[] signatureSets,
      byte[] experience, int[] confirmedDay, int[] languages, FeeRanks fee, int[] tagMask,
      int[] blobStart, int[] blob, OutcomeColumns outcomes) {
    this.n = n;
    this.ids = ids;
    this.idTable = idTable;
    this.particulars = particulars;
    this.schedules = schedules;
    this.scheduleColumn = Schedule.column(particulars);
    this.concernIndex = d.concernIndex;
    this.languageDictionary = d.languageDictionary;
    this.languageIndex = d.languageIndex;
    this.languageStride = d.languageStride;
    this.jurisdictions = d.jurisdictions;
    this.compacts = d.compacts;
    this.grants = d.grants;
    this.grantAuthority = d.grantAuthority;
    this.credentials = d.credentials;
    this.tagNames = d.tagNames;
    this.tagIndex = d.tagIndex;
    this.tagBit = d.tagBit;
    this.currencies = d.currencies;
    this.currencyStart = d.currencyStart;
    this.feeValues = d.feeValues;
    this.jurisdictionWords = d.jurisdictionWords;
    this.inPersonCovers = d.inPersonCovers;
    this.words = words(n);
    this.initialAvailability = initialAvailability;
    this.flagSets = flagSets;
    this.levelSets = levelSets;
    this.signatureSets = signatureSets;
    this.experience = experience;
    this.confirmedDay = confirmedDay;
    this.languages = languages;
    this.fee = fee;
    this.tagMask = tagMask;
    this.blobStart = blobStart;
    this.blob = blob;
    this.outcomes = outcomes;
    this.bounds = ScoreBounds.of(n, experience, confirmedDay, blobStart, blob, outcomes,
        d.concernIndex);
    this.verdicts = verdicts;
    this.authorisations = new AuthorisationVerdicts(n, this::grantChanges);
    this.authorisation = authorisation;
  }

  /**
   * Compiles a directory from a list, keeping the list's profiles for reviews with profile rules of
   * their own. The common fork-join pool compiles large directories in parallel.
   *
   * @param profiles the profiles, never null, ids unique
   * @param authorisation the rules whose grants are compiled, never null
   * @return the compiled directory, never null
   * @throws IllegalArgumentException if two profiles share an id
   */
  public static PackedDirectory build(List<TherapistProfile> profiles,
      PracticeAuthorisation authorisation) {
    return DirectoryBuilder.build(profiles, authorisation);
  }

  /**
   * Starts compiling a directory from profiles given one at a time, none of which is kept once
   * packed unless asked.
   *
   * @param authorisation the rules whose grants are compiled, never null
   * @param keepProfiles whether to keep every profile, for reviews with profile rules of their own
   * @return the compiler, never null
   */
  public static Compiler compiler(PracticeAuthorisation authorisation, boolean keepProfiles) {
    return new Compiler(new DirectoryBuilder(authorisation, keepProfiles));
  }

  /** Compiles a directory from profiles given one at a time. Not thread-safe. */
  public static final class Compiler {
    private final DirectoryBuilder builder;

    private Compiler(DirectoryBuilder builder) {
      this.builder = builder;
    }

    /**
     * Packs a profile; it is not kept unless asked.
     *
     * @param profile the profile, never null
     * @throws IllegalArgumentException if the directory would hold more than 100,000,000
     *     profiles
     */
    public void add(TherapistProfile profile) {
      builder.add(profile);
    }

    /**
     * Compiles the directory from the profiles added.
     *
     * @return the compiled directory, never null
     * @throws IllegalArgumentException if two profiles share an id, naming the later one's index
     */
    public PackedDirectory build() {
      return builder.build();
    }
  }

  /**
   * Returns the availability bits as the profiles state them: accepting new clients with at least
   * one open place.
   *
   * @return a new bitset, one bit per profile
   */
  public long[] availability() {
    return initialAvailability.clone();
  }

  /** Returns how many longs a bit set over n profiles takes. */
  static int words(int n) {
    return (n + 63) >>> 6;
  }

  static int tableSize(int n) {
    return Integer.highestOneBit(Math.max(4, n) * 2 - 1) * 2;
  }

  static int spread(int hash) {
    return hash * 0x9E3779B9 ^ (hash >>> 16);
  }

  /** Returns the value of a key known to be in a dictionary. */
  static <K, V> V at(Map<K, V> dictionary, K key) {
    return Objects.requireNonNull(dictionary.get(key), "dictionary entry");
  }

  static int entry(int kind, int payload) {
    return kind << KIND_SHIFT | payload;
  }

  /** Returns the kind of a blob entry. */
  static int kind(int entry) {
    return entry >>> KIND_SHIFT;
  }

  /** Returns the dictionary index of a blob entry. */
  static int payload(int entry) {
    return entry & PAYLOAD;
  }

  /** Returns how many ints a blob entry of a kind takes. */
  static int width(int kind) {
    return WIDTH[kind];
  }

  /** Returns the blob position of the entry after the one at q. */
  int next(int q) {
    return q + WIDTH[kind(blob[q])];
  }

  /** Tells whether a blob entry is a grant, packed either way. */
  static boolean isGrant(int entry) {
    return kind(entry) <= GRANT_WIDE;
  }

  /**
   * Appends a grant's entry: {@link #GRANT} when both its days lie within the offsets from
   * {@link #GRANT_BASE_DAY} (its end may be open), else {@link #GRANT_WIDE}.
   *
   * @param out the blob or a chunk's record
   * @param key the index of the grant's key
   * @param from the grant's first epoch day
   * @param until its last epoch day, or {@link #NO_END}
   */
  static void packGrant(DirectoryBuilder.IntList out, int key, long from, long until) {
    if (offsetFits(from) && (until == NO_END || offsetFits(until))) {
      out.add(entry(GRANT, key));
      int last = until == NO_END ? GRANT_OPEN : (int) (until - GRANT_BASE_DAY);
      out.add((int) (from - GRANT_BASE_DAY) << 16 | last);
    } else {
      out.add(entry(GRANT_WIDE, key));
      out.add((int) (from >>> 32));
      out.add((int) from);
      out.add((int) (until >>> 32));
      out.add((int) until);
    }
  }

  private static boolean offsetFits(long day) {
    long offset = day - GRANT_BASE_DAY;
    return offset >= 0 && offset < GRANT_OPEN;
  }

  /**
   * Tells whether the grant entry at q, packed either way, covers a day: from its first day to
   * its last, both included, as {@link Grant#isValidOn(LocalDate)} says of the grant it was
   * compiled from. A {@link #GRANT} entry compares the day's offset from {@link #GRANT_BASE_DAY}
   * clamped to -1 below (a day before the base, which no such grant covers) and to
   * {@link #GRANT_OPEN} above (a day past the last offset, which only a grant without end covers,
   * as all of them start earlier), so the answer is exact for every day.
   *
   * @param q the grant's position in the blob
   * @param epochDay the day, as {@link LocalDate#toEpochDay()} gives it, not rounded
   * @return whether the grant is valid on the day
   */
  boolean grantValidOn(int q, long epochDay) {
    if (kind(blob[q]) == GRANT) {
      int days = blob[q + 1];
      long offset = Math.max(-1L, Math.min(GRANT_OPEN, epochDay - GRANT_BASE_DAY));
      return days >>> 16 <= offset && offset <= (days & GRANT_OPEN);
    }
    return grantFrom(q) <= epochDay && epochDay <= grantUntil(q);
  }

  /** Returns the first epoch day of the grant entry at q, packed either way. */
  long grantFrom(int q) {
    return kind(blob[q]) == GRANT ? GRANT_BASE_DAY + (blob[q + 1] >>> 16)
        : (long) blob[q + 1] << 32 | (blob[q + 2] & 0xFFFF_FFFFL);
  }

  /** Returns the last epoch day of the grant entry at q, packed either way, or {@link #NO_END}. */
  long grantUntil(int q) {
    if (kind(blob[q]) == GRANT) {
      int last = blob[q + 1] & GRANT_OPEN;
      return last == GRANT_OPEN ? NO_END : GRANT_BASE_DAY + last;
    }
    return (long) blob[q + 3] << 32 | (blob[q + 4] & 0xFFFF_FFFFL);
  }

  /**
   * Returns the days on which each profile's grants start and the days after they end, with the
   * profile's index: the only days on which whether it is authorised somewhere can change
   * ({@link Places} reads nothing else dated).
   */
  ChangeDays grantChanges() {
    ChangeDays.Builder changes = new ChangeDays.Builder();
    for (int i = 0; i < n; i++) {
      for (int q = blobStart[i], end = blobStart[i + 1]; q < end && isGrant(blob[q]);
          q = next(q)) {
        changes.add(grantFrom(q), i);
        long until = grantUntil(q);
        if (until != NO_END) {
          changes.add(until + 1, i);
        }
      }
    }
    return changes.build();
  }

  /** Tells whether the certification period at q covers a day. */
  boolean validOn(int q, int day) {
    return blob[q + 1] <= day && day <= blob[q + 2];
  }

  /** Returns the blob position of a profile's first entry after its grants. */
  int afterGrants(int i) {
    int end = blobStart[i + 1];
    int q = blobStart[i];
    while (q < end && isGrant(blob[q])) {
      q = next(q);
    }
    return q;
  }

  /**
   * Tells whether a profile is in a flag set.
   *
   * @param set the set, such as {@code GENDER_SET + term.ordinal()}
   * @param i the profile's index
   * @return whether its bit is set
   */
  boolean in(int set, int i) {
    return (flagSets[set * words + (i >>> 6)] & (1L << i)) != 0;
  }

  /** Returns the years of experience of a profile, saturated at {@link #EXPERIENCE_MAX}. */
  int experienceYears(int i) {
    return experience[i] & 0xFF;
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
   * Returns the query plan for a session jurisdiction: which grant keys cover it for telehealth, and
   * which practice jurisdictions lie in it.
   *
   * @param session the session jurisdiction, never null
   * @return the plan, never null
   */
  JurisdictionPlan plan(Jurisdiction session) {
    JurisdictionPlan plan = plans.get(session);
    if (plan != null) {
      return plan;
    }
    long[] tele = new long[Math.max(1, (grants.length + 63) >>> 6)];
    long[] in = new long[jurisdictionWords];
    int teleSignature = 0;
    for (int g = 0; g < grants.length; g++) {
      if (grants[g].telehealth() && grants[g].covers(session)) {
        tele[g >>> 6] |= 1L << g;
        teleSignature |= 1 << (grantAuthority[g] % SIGNATURES);
      }
    }
    int inPersonSignature = 0;
    for (int x = 0; x < jurisdictions.length; x++) {
      if (session.covers(jurisdictions[x])) {
        in[x >>> 6] |= 1L << x;
        inPersonSignature |= 1 << (x % SIGNATURES);
      }
    }
    plan = new JurisdictionPlan(tele, in, teleSignature, inPersonSignature);
    if (plans.size() < JURISDICTION_PLANS) {
      plans.putIfAbsent(session, plan);
    }
    return plan;
  }

  /**
   * Returns the rules whose grants the directory compiled.
   *
   * @return the rules, never null
   */
  public PracticeAuthorisation authorisation() {
    return authorisation;
  }

  /**
   * Returns the id of a profile.
   *
   * @param index from 0 to {@link #size()} - 1
   * @return the id, never null
   */
  public String id(int index) {
    return ids.id(index);
  }

  /** Returns what a query reads of a profile beyond the packed columns. */
  Particulars particulars(int index) {
    return particulars[index];
  }

  /** Returns the blob entry of the practice location at an ordinal of a profile's list. */
  int location(int index, int ordinal) {
    int q = afterGrants(index);
    for (int l = 0; l < ordinal; l++) {
      q = next(q);
    }
    return q;
  }

  /** Returns the jurisdiction of the practice location at an ordinal of a profile's list. */
  Jurisdiction locationJurisdiction(int index, int ordinal) {
    return jurisdictions[payload(blob[location(index, ordinal)])];
  }

  /**
   * Returns the deliveries for which one of a profile's grants authorises sessions in a place on a
   * date: for each delivery, whether {@link PracticeAuthorisation#decide} finds a basis, read from
   * the grants it compiled (a grant covering the place, allowing the delivery and valid on the day
   * as its packed days say). In person, this says nothing of practice locations, which
   * {@link Places} asks besides.
   *
   * @param index the profile's index
   * @param place the place, never null
   * @param date the session date, never null
   * @return the deliveries, in declaration order, possibly empty, never null
   */
  public Set<Delivery> authorisedDeliveries(int index, Jurisdiction place, LocalDate date) {
    long day = date.toEpochDay();
    Set<Delivery> authorised = EnumSet.noneOf(Delivery.class);
    for (int q = blobStart[index]; q < blobStart[index + 1] && isGrant(blob[q]); q = next(q)) {
      Grant grant = grants[payload(blob[q])];
      if (grant.covers(place) && grantValidOn(q, day)) {
        for (Delivery delivery : Delivery.values()) {
          if (grant.allows(delivery)) {
            authorised.add(delivery);
          }
        }
      }
    }
    return authorised;
  }

  /**
   * Returns the bases a place would have accepted from a therapist whose credentials authorise no
   * session there on a date by one of some deliveries, as {@link PracticeAuthorisation#decide}
   * reports them for that delivery: empty when a grant authorises each of them. The bases a place
   * accepts do not depend on the delivery; whether a grant already authorises does (a PSYPACT APIT
   * authorises video, not in-person sessions).
   *
   * @param index the profile's index
   * @param place the place, never null
   * @param deliveries the deliveries asked about, never null
   * @param date the session date, never null
   * @return the bases, never null
   */
  public List<Basis> missingBases(int index, Jurisdiction place, Set<Delivery> deliveries,
      LocalDate date) {
    if (authorisedDeliveries(index, place, date).containsAll(deliveries)) {
      return List.of();
    }
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    for (Discipline discipline : Discipline.values()) {
      if (in(DISCIPLINE_SET + discipline.ordinal(), index)) {
        disciplines.add(discipline);
      }
    }
    return authorisation.accepted(place, disciplines);
  }

  /**
   * Returns the number of profiles.
   *
   * @return zero or more
   */
  public int size() {
    return n;
  }

  /**
   * Returns the index of a therapist.
   *
   * @param therapistId the id, never null
   * @return the index, or -1 if absent
   */
  public int indexOf(String therapistId) {
    int mask = idTable.length - 1;
    for (int slot = spread(therapistId.hashCode()) & mask; idTable[slot] >= 0;
        slot = (slot + 1) & mask) {
      if (ids.is(idTable[slot], therapistId)) {
        return idTable[slot];
      }
    }
    return -1;
  }

  /**
   * Returns the bytes of the packed arrays a query reads (bit sets, columns, blob and score
   * bounds), excluding the
   * retained profile objects, the id table, the dictionaries and the availability bits.
   *
   * @return bytes
   */
  public long columnBytes() {
    return 8L * (flagSets.length + levelSets.length + signatureSets.length)
        + experience.length + 4L * confirmedDay.length + 4L * languages.length + fee.bytes()
        + 4L * tagMask.length + 2L * scheduleColumn.length
        + 4L * blobStart.length + 4L * blob.length + bounds.bytes();
  }

  /**
   * Returns the bytes of the measured outcomes (per-profile records and the directory's totals),
   * which a query reads only for profiles that pass every filter: zero when no profile has a
   * record.
   *
   * @return bytes
   */
  public long outcomeBytes() {
    return outcomes.bytes() + bounds.outcomeBytes();
  }

  /**
   * Returns the bytes of the id table, coverage tables, ethics findings and cached ethics and
   * authorisation verdicts.
   *
   * @return bytes
   */
  public long sharedBytes() {
    return 4L * idTable.length + 8L * inPersonCovers.length + 4L * tagBit.length
        + verdicts.bytes() + authorisations.bytes();
  }

  /**
   * Returns the bytes of the columns a query reads beside the scanned ones: the packed ids, the id
   * table and the ethics findings. The particulars kept as objects are not counted.
   *
   * @return bytes
   */
  public long sideBytes() {
    return ids.bytes() + 4L * idTable.length + verdicts.columnBytes();
  }

  /** Which grant keys and practice jurisdictions serve one session jurisdiction. */
  static final class JurisdictionPlan {
    final long[] teleGrants;
    final long[] locationsIn;
    final int teleSignature;
    final int inPersonSignature;

    JurisdictionPlan(long[] teleGrants, long[] locationsIn, int teleSignature,
        int inPersonSignature) {
      this.teleGrants = teleGrants;
      this.locationsIn = locationsIn;
      this.teleSignature = teleSignature;
      this.inPersonSignature = inPersonSignature;
    }
  }

  /** The global dictionaries: every id a packed column or blob entry refers to. */
  static final class Dictionaries {
    final Map<String, Integer> concernIndex;
    final String[] languageDictionary;
    final Map<String, Integer> languageIndex;
    final int languageStride;
    final Jurisdiction[] jurisdictions;
    final Map<Jurisdiction, Integer> jurisdictionIndex;
    final InterstateCompact[] compacts;
    final Map<InterstateCompact, Integer> compactIndex;
    final Grant[] grants;
    final Map<DirectoryBuilder.GrantKey, Integer> grantIndex;
    final int[] grantAuthority;
    final String[] credentials;
    final Map<String, Integer> credentialIndex;
    final String[] tagNames;
    final Map<String, Integer> tagIndex;
    final int[] tagBit;
    final Currency[] currencies;
    final int[] currencyStart;
    final BigDecimal[] feeValues;
    final int jurisdictionWords;
    final long[] inPersonCovers;

    Dictionaries(String[] concerns, String[] languages, Jurisdiction[] jurisdictions,
        InterstateCompact[] compacts, DirectoryBuilder.GrantKey[] grantKeys, String[] credentials,
        SortedMap<String, int[]> tagCounts,
        SortedMap<Currency, ? extends SortedSet<BigDecimal>> fees) {
      this.concernIndex = indexOf(concerns);
      this.languageDictionary = languages;
      this.languageIndex = indexOf(languages);
      this.languageStride = Math.max(1, (languages.length + 31) / 32);
      this.jurisdictions = jurisdictions;
      this.jurisdictionIndex = indexOf(jurisdictions);
      this.compacts = compacts;
      this.compactIndex = indexOf(compacts);
      this.credentials = credentials;
      this.credentialIndex = indexOf(credentials);
      this.tagNames = tagCounts.keySet().toArray(new String[0]);
      this.tagIndex = indexOf(tagNames);
      this.tagBit = frequentTagBits(tagCounts, tagNames);
      this.currencies = fees.keySet().toArray(new Currency[0]);
      this.currencyStart = new int[currencies.length + 1];
      List<BigDecimal> values = new ArrayList<>();
      for (int c = 0; c < currencies.length; c++) {
        currencyStart[c] = values.size();
        values.addAll(at(fees, currencies[c]));
      }
      currencyStart[currencies.length] = values.size();
      this.feeValues = values.toArray(new BigDecimal[0]);
      this.jurisdictionWords = Math.max(1, (jurisdictions.length + 63) >>> 6);
      this.grants = new Grant[grantKeys.length];
      this.grantIndex = indexOf(grantKeys);
      this.grantAuthority = new int[grantKeys.length];
      this.inPersonCovers = new long[grantKeys.length * jurisdictionWords];
      for (int g = 0; g < grantKeys.length; g++) {
        Grant grant = grantKeys[g].grant;
        grants[g] = grant;
        Optional<Jurisdiction> scope = grant.jurisdiction();
        grantAuthority[g] = scope.isPresent() ? at(jurisdictionIndex, scope.get())
            : jurisdictions.length + at(compactIndex, grant.compact().orElseThrow());
        if (grant.inPerson()) {
          for (int x = 0; x < jurisdictions.length; x++) {
            if (grant.covers(jurisdictions[x])) {
              inPersonCovers[g * jurisdictionWords + (x >>> 6)] |= 1L << x;
            }
          }
        }
      }
    }

    private static <T> Map<T, Integer> indexOf(T[] names) {
      Map<T, Integer> index = new HashMap<>();
      for (T name : names) {
        index.put(name, index.size());
      }
      return index;
    }

    /** Gives the {@value #TAG_BITS} most used tags a bit each, by count then name. */
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
  }
}
