package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sextherapy.InvalidValueException;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.ethics.ProfileFindings;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;

/**
 * Compiles profiles into a {@link PackedDirectory} with one traversal of the object graphs, keeping
 * no profile once it is packed (unless asked to keep them for reviews with profile rules of their
 * own).
 *
 * <p>Profiles are packed in chunks of {@value #CHUNK} (a multiple of 64, so that chunks never share
 * a word of a bitset). Each chunk reads its profiles once, writing what needs no dictionary
 * (formats, deliveries, populations, gender terms, disciplines, experience, availability, the id,
 * the ethics findings, the particulars a query reads as objects, the outcome records) into its
 * own columns and everything else into a chunk-local record with chunk-local dictionary ids; then
 * its profiles may be dropped. Profiles given one by one ({@link #add}) are buffered until a chunk
 * is full, which is then packed on the common fork-join pool while the caller reads the next
 * ones, with at most as many chunks packing at once as the pool has threads, so at most a few chunks of profile
 * objects are alive at any time. A list ({@link #build(List, PracticeAuthorisation)}) is packed
 * chunk by chunk in parallel. When every profile is in, the chunk dictionaries are merged and
 * sorted into the global ones, and a second parallel pass, over the records only, rewrites local
 * ids into global ones. Within a chunk, profiles are packed in {@link ScanOrder}, so that the
 * scan's blocks of 64 hold therapists of like standing and its score bounds skip whole blocks; no
 * answer depends on a profile's position. The result does not depend on the order of the profiles,
 * on whether they came as a list or one by one, or on the number of threads.
 */
// Enum sets are packed as bit masks at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
final class DirectoryBuilder {

  static final int CHUNK = 16_384;
  /** The most profiles a directory holds: its columns are indexed by int. */
  static final int MAX_PROFILES = 100_000_000;

  private final PracticeAuthorisation authorisation;
  private final boolean keepProfiles;
  /** The chunks packed or packing, in order. */
  private final List<ForkJoinTask<Chunk>> chunks = new ArrayList<>();
  private final int inFlight = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
  private TherapistProfile[] buffer = new TherapistProfile[CHUNK];
  private int buffered;
  private int n;
  private int joined;
  private List<TherapistProfile> kept = new ArrayList<>();
  /** Shares equal particulars between profiles while the directory is built. */
  private final Particulars.Interner interner = new Particulars.Interner();

  /**
   * Starts an empty directory.
   *
   * @param authorisation the rules whose grants are compiled, never null
   * @param keepProfiles whether to keep every profile, for reviews with profile rules of their own
   */
  DirectoryBuilder(PracticeAuthorisation authorisation, boolean keepProfiles) {
    this.authorisation = authorisation;
    this.keepProfiles = keepProfiles;
  }

  /**
   * Compiles a directory from a list, chunks in parallel, keeping the list's profiles.
   *
   * @param profiles the profiles, never null, ids unique
   * @param authorisation the rules whose grants are compiled, never null
   * @return the compiled directory, never null
   * @throws IllegalArgumentException if two profiles share an id, or there are more than
   *     {@value #MAX_PROFILES}
   */
  static PackedDirectory build(List<TherapistProfile> profiles,
      PracticeAuthorisation authorisation) {
    DirectoryBuilder builder = new DirectoryBuilder(authorisation, true);
    TherapistProfile[] all = profiles.toArray(new TherapistProfile[0]);
    require(all.length);
    builder.n = all.length;
    builder.kept = Arrays.asList(all);
    int count = (all.length + CHUNK - 1) / CHUNK;
    Chunk[] read = IntStream.range(0, count).parallel()
        .mapToObj(c -> builder.read(all, c * CHUNK, Math.min(all.length, (c + 1) * CHUNK)))
        .toArray(Chunk[]::new);
    return builder.assemble(read);
  }

  private static void require(int count) {
    if (count > MAX_PROFILES) {
      throw new InvalidValueException("profiles", "must be at most " + MAX_PROFILES);
    }
  }

  /**
   * Adds a profile, packing a chunk when it is full.
   *
   * @param profile the profile, never null
   * @throws InvalidValueException naming the field "profiles" if the directory already holds
   *     {@value #MAX_PROFILES}
   */
  void add(TherapistProfile profile) {
    Objects.requireNonNull(profile, "profile");
    require(n + 1);
    buffer[buffered++] = profile;
    n++;
    if (keepProfiles) {
      kept.add(profile);
    }
    if (buffered == CHUNK) {
      submit();
    }
  }

  /** Packs the buffered profiles on the pool, first waiting while too many chunks are packing. */
  private void submit() {
    TherapistProfile[] full = buffer;
    int size = buffered;
    buffer = new TherapistProfile[CHUNK];
    buffered = 0;
    while (chunks.size() - joined >= inFlight) {
      chunks.get(joined++).join();
    }
    // A finished task keeps its callable: empty the buffer, so the chunk's profiles can go.
    chunks.add(ForkJoinTask.adapt(() -> {
      Chunk chunk = read(full, 0, size);
      Arrays.fill(full, null);
      return chunk;
    }).fork());
  }

  /**
   * Packs what is left and compiles the directory.
   *
   * @return the compiled directory, never null
   * @throws IllegalArgumentException if two profiles share an id
   */
  PackedDirectory build() {
    if (buffered > 0) {
      submit();
    }
    buffer = new TherapistProfile[0];
    Chunk[] read = new Chunk[chunks.size()];
    for (int c = 0; c < read.length; c++) {
      read[c] = chunks.get(c).join();
    }
    chunks.clear();
    return assemble(read);
  }

  /**
   * Ids in order of first use within one chunk, with how often each was used.
   *
   * <p>A small direct-mapped cache keyed by the identity of the object a key was read from (a
   * shared {@code Locale}, {@code ConcernType}, {@code Jurisdiction} or {@code FeeSchedule}) skips
   * computing and hashing the key when profiles share such objects, as they usually do.
   */
  private static final class LocalDictionary<K> {
    private static final int CACHE = 256;
    final Map<K, Integer> ids = new HashMap<>();
    final List<K> keys = new ArrayList<>();
    int[] counts = new int[16];
    private final Object[] cachedSources = new Object[CACHE];
    private final int[] cachedIds = new int[CACHE];

    /** Returns the id of the key read from a source object, or -1 if the source is not cached. */
    int cached(Object source) {
      int slot = System.identityHashCode(source) & (CACHE - 1);
      if (cachedSources[slot] == source) {
        int id = cachedIds[slot];
        counts[id]++;
        return id;
      }
      return -1;
    }

    /** Returns the id of a key read from a source object, remembering the source. */
    int id(Object source, K key) {
      int id = id(key);
      int slot = System.identityHashCode(source) & (CACHE - 1);
      cachedSources[slot] = source;
      cachedIds[slot] = id;
      return id;
    }

    int id(K key) {
      Integer id = ids.get(key);
      if (id == null) {
        id = keys.size();
        ids.put(key, id);
        keys.add(key);
        if (id == counts.length) {
          counts = Arrays.copyOf(counts, id * 2);
        }
      }
      counts[id]++;
      return id;
    }
  }

  /** A fee as a chunk sees it: a currency and a lowest amount. */
  private static final class Fee {
    final Currency currency;
    final BigDecimal amount;

    Fee(Currency currency, BigDecimal amount) {
      this.currency = currency;
      this.amount = amount;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Fee fee && fee.currency.equals(currency)
          && fee.amount.equals(amount);
    }

    @Override
    public int hashCode() {
      return currency.hashCode() * 31 + amount.hashCode();
    }
  }

  /**
   * What a grant says apart from its days: its scope, its deliveries and its basis. Profiles share
   * few distinct keys, so the blob refers to a key and the query decides coverage once per key.
   * The grant it was first read from answers for all (only its days differ from the others').
   */
  static final class GrantKey implements Comparable<GrantKey> {
    final Grant grant;
    private final @Nullable Jurisdiction jurisdiction;
    private final @Nullable InterstateCompact compact;
    private final Basis basis;
    private final int deliveries;

    GrantKey(Grant grant) {
      this.grant = grant;
      this.jurisdiction = grant.jurisdiction().orElse(null);
      this.compact = grant.compact().orElse(null);
      this.basis = grant.basis();
      this.deliveries = (grant.telehealth() ? 1 : 0) | (grant.inPerson() ? 2 : 0);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      if (!(other instanceof GrantKey key)) {
        return false;
      }
      return deliveries == key.deliveries && basis.equals(key.basis)
          && Objects.equals(jurisdiction, key.jurisdiction) && Objects.equals(compact, key.compact);
    }

    @Override
    public int hashCode() {
      return Objects.hash(jurisdiction, compact, basis, deliveries);
    }

    @Override
    public int compareTo(GrantKey other) {
      return ORDER.compare(this, other);
    }

    private static final Comparator<InterstateCompact> COMPACT_ORDER =
        Comparator.comparing(InterstateCompact::id)
            .thenComparing(c -> new TreeSet<>(c.members()).toString())
            .thenComparing(c -> c.operationalFrom().map(LocalDate::toString).orElse(""));

    private static final Comparator<GrantKey> ORDER = Comparator
        .comparing((GrantKey k) -> k.jurisdiction == null ? "" : k.jurisdiction.code())
        .thenComparing(k -> k.compact, Comparator.nullsFirst(COMPACT_ORDER))
        .thenComparing(k -> k.basis.kind())
        .thenComparing(k -> k.basis.authority())
        .thenComparingInt(k -> k.deliveries);
  }

  /** What one chunk read from its profiles. */
  private static final class Chunk {
    final int size;
    final int words;
    final byte[] experience;
    final int[] confirmedDay;
    final long[] available;
    final long[] flagSets;
    final int[] idHash;
    final ByteList idBytes = new ByteList(CHUNK * 12);
    final int[] idEnd;
    final Particulars[] particulars;
    final EthicsVerdicts.Part ethics;
    final OutcomeColumns.Part outcomes;
    final LocalDictionary<String> concerns = new LocalDictionary<>();
    final LocalDictionary<String> languages = new LocalDictionary<>();
    final LocalDictionary<Jurisdiction> jurisdictions = new LocalDictionary<>();
    final LocalDictionary<GrantKey> grants = new LocalDictionary<>();
    final LocalDictionary<String> credentials = new LocalDictionary<>();
    final LocalDictionary<String> insurers = new LocalDictionary<>();
    final LocalDictionary<String> modalities = new LocalDictionary<>();
    /** Value and access tags ({@link ValueTags}), by their full tag name. */
    final LocalDictionary<String> values = new LocalDictionary<>();
    final LocalDictionary<Fee> fees = new LocalDictionary<>();
    final IntList records = new IntList(CHUNK * 32);
    /** For each packed position, the position given, within the chunk ({@link ScanOrder}). */
    final int[] order;

    Chunk(int[] order) {
      this.order = order;
      this.size = order.length;
      this.words = PackedDirectory.words(size);
      this.experience = new byte[size];
      this.confirmedDay = new int[size];
      this.available = new long[words];
      this.flagSets = new long[PackedDirectory.FLAG_SETS * words];
      this.idHash = new int[size];
      this.idEnd = new int[size];
      this.particulars = new Particulars[size];
      this.ethics = new EthicsVerdicts.Part(size);
      this.outcomes = new OutcomeColumns.Part(size);
    }
  }

  /** Joins the chunks' columns, merges their dictionaries and rewrites their records. */
  private PackedDirectory assemble(Chunk[] read) {
    int count = read.length;
    int words = PackedDirectory.words(n);
    byte[] experience = new byte[n];
    int[] confirmedDay = new int[n];
    long[] available = new long[words];
    long[] flagSets = new long[PackedDirectory.FLAG_SETS * words];
    int[] idHash = new int[n];
    int[] idStart = new int[n + 1];
    Particulars[] particulars = new Particulars[n];
    long idLength = 0;
    for (Chunk chunk : read) {
      idLength += chunk.idBytes.size;
    }
    byte[] ids = new byte[Math.toIntExact(idLength)];
    int idAt = 0;
    for (int c = 0; c < count; c++) {
      Chunk chunk = read[c];
      int base = c * CHUNK;
      System.arraycopy(chunk.experience, 0, experience, base, chunk.size);
      System.arraycopy(chunk.confirmedDay, 0, confirmedDay, base, chunk.size);
      System.arraycopy(chunk.available, 0, available, base >>> 6, chunk.words);
      for (int set = 0; set < PackedDirectory.FLAG_SETS; set++) {
        System.arraycopy(chunk.flagSets, set * chunk.words, flagSets, set * words + (base >>> 6),
            chunk.words);
      }
      System.arraycopy(chunk.idHash, 0, idHash, base, chunk.size);
      System.arraycopy(chunk.particulars, 0, particulars, base, chunk.size);
      System.arraycopy(chunk.idBytes.values, 0, ids, idAt, chunk.idBytes.size);
      for (int j = 0; j < chunk.size; j++) {
        idStart[base + j + 1] = idAt + chunk.idEnd[j];
      }
      idAt += chunk.idBytes.size;
    }
    IdColumn idColumn = new IdColumn(ids, idStart);
    int[] idTable = idTable(idHash, idColumn, read);
    EthicsVerdicts.Part[] ethicsParts = new EthicsVerdicts.Part[count];
    OutcomeColumns.Part[] outcomeParts = new OutcomeColumns.Part[count];
    for (int c = 0; c < count; c++) {
      ethicsParts[c] = read[c].ethics;
      outcomeParts[c] = read[c].outcomes;
    }
    EthicsVerdicts verdicts = EthicsVerdicts.of(ethicsParts, CHUNK, n,
        keepProfiles ? keptInPackedOrder(read) : null);
    kept = new ArrayList<>();
    OutcomeColumns outcomes = OutcomeColumns.of(outcomeParts, CHUNK, n);

    TreeSet<String> concernNames = new TreeSet<>();
    TreeSet<String> languageNames = new TreeSet<>();
    TreeSet<Jurisdiction> jurisdictionSet = new TreeSet<>();
    TreeSet<InterstateCompact> compactSet = new TreeSet<>(GrantKey.COMPACT_ORDER);
    TreeSet<GrantKey> grantSet = new TreeSet<>();
    TreeSet<String> credentialNames = new TreeSet<>();
    TreeMap<String, int[]> tagCounts = new TreeMap<>();
    TreeMap<Currency, TreeSet<BigDecimal>> feeSets =
        new TreeMap<>(PackedDirectory.CURRENCY_ORDER);
    for (Chunk chunk : read) {
      concernNames.addAll(chunk.concerns.keys);
      languageNames.addAll(chunk.languages.keys);
      jurisdictionSet.addAll(chunk.jurisdictions.keys);
      for (GrantKey key : chunk.grants.keys) {
        grantSet.add(key);
        key.grant.jurisdiction().ifPresent(jurisdictionSet::add);
        key.grant.compact().ifPresent(compactSet::add);
      }
      credentialNames.addAll(chunk.credentials.keys);
      count(tagCounts, chunk.insurers, payer -> payer);
      count(tagCounts, chunk.modalities, Tags::modality);
      count(tagCounts, chunk.values, name -> name);
      for (Fee fee : chunk.fees.keys) {
        feeSets.computeIfAbsent(fee.currency, c -> new TreeSet<>()).add(fee.amount);
      }
    }
    PackedDirectory.Dictionaries dictionaries = new PackedDirectory.Dictionaries(
        concernNames.toArray(new String[0]), languageNames.toArray(new String[0]),
        jurisdictionSet.toArray(new Jurisdiction[0]), compactSet.toArray(new InterstateCompact[0]),
        grantSet.toArray(new GrantKey[0]), credentialNames.toArray(new String[0]), tagCounts,
        feeSets);

    int languageStride = dictionaries.languageStride;
    long[] levelSets = new long[2 * concernNames.size() * words];
    long[] signatureSets = new long[PackedDirectory.SIGNATURES * words];
    int[] languages = new int[n * languageStride];
    FeeRanks fee = new FeeRanks(n * PackedDirectory.FORMATS, dictionaries.feeValues.length);
    int[] tagMask = new int[n];
    int[] blobStart = new int[n + 1];
    IntList[] parts = IntStream.range(0, count).parallel()
        .mapToObj(c -> remap(c, read[c], dictionaries, levelSets, signatureSets, languages, fee,
            tagMask, blobStart))
        .toArray(IntList[]::new);
    int[] partStart = new int[count + 1];
    for (int c = 0; c < count; c++) {
      partStart[c + 1] = partStart[c] + parts[c].size;
    }
    int[] blob = new int[partStart[count]];
    IntStream.range(0, count).parallel().forEach(c -> {
      System.arraycopy(parts[c].values, 0, blob, partStart[c], parts[c].size);
      for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
        blobStart[i] += partStart[c];
      }
    });
    blobStart[n] = blob.length;
    return new PackedDirectory(authorisation, n, idColumn, idTable, particulars,
        interner.schedules.size(), verdicts,
        dictionaries, available, flagSets, levelSets, signatureSets, experience, confirmedDay,
        languages, fee, tagMask, blobStart, blob, outcomes);
  }

  private static <K> void count(Map<String, int[]> counts, LocalDictionary<K> local,
      java.util.function.Function<K, String> name) {
    for (int id = 0; id < local.keys.size(); id++) {
      counts.computeIfAbsent(name.apply(local.keys.get(id)), k -> new int[1])[0] +=
          local.counts[id];
    }
  }

  /** Returns the kept profiles at their packed positions. */
  private TherapistProfile[] keptInPackedOrder(Chunk[] read) {
    TherapistProfile[] packed = new TherapistProfile[n];
    for (int c = 0; c < read.length; c++) {
      int base = c * CHUNK;
      for (int j = 0; j < read[c].size; j++) {
        packed[base + j] = kept.get(base + read[c].order[j]);
      }
    }
    return packed;
  }

  /**
   * Builds the open-addressing table from id hash to profile index, refusing a repeated id. Profiles
   * are inserted in the order given (not the packed one), so the error names the later of two
   * profiles sharing an id, by its index in the order given, never by the id.
   */
  private int[] idTable(int[] idHash, IdColumn ids, Chunk[] read) {
    int[] table = new int[PackedDirectory.tableSize(n)];
    Arrays.fill(table, -1);
    int mask = table.length - 1;
    for (int c = 0; c < read.length; c++) {
      int base = c * CHUNK;
      int[] packedAt = new int[read[c].size];
      for (int j = 0; j < packedAt.length; j++) {
        packedAt[read[c].order[j]] = j;
      }
      for (int given = 0; given < packedAt.length; given++) {
        int i = base + packedAt[given];
        int slot = PackedDirectory.spread(idHash[i]) & mask;
        while (table[slot] >= 0) {
          int other = table[slot];
          if (idHash[other] == idHash[i] && ids.same(other, i)) {
            throw new InvalidValueException("profiles[" + (base + given) + "].id",
                "must be unique in the directory");
          }
          slot = (slot + 1) & mask;
        }
        table[slot] = i;
      }
    }
    return table;
  }

  // ------------------------------------------------------------------ first pass: objects

  /** Packs profiles {@code from} to {@code to} of an array, which may then be dropped. */
  private Chunk read(TherapistProfile[] profiles, int from, int to) {
    Chunk chunk = new Chunk(ScanOrder.of(profiles, from, to));
    int words = chunk.words;
    long[] flagSets = chunk.flagSets;
    for (int i = 0; i < chunk.size; i++) {
      TherapistProfile p = profiles[from + chunk.order[i]];
      String id = p.id();
      chunk.idHash[i] = id.hashCode();
      for (int k = 0; k < id.length(); k++) {
        chunk.idBytes.add((byte) id.charAt(k));
      }
      chunk.idEnd[i] = chunk.idBytes.size;
      long bit = 1L << i;
      int word = i >>> 6;
      if (p.acceptingNewClients() && p.openCapacity() > 0) {
        chunk.available[word] |= bit;
      }
      Set<SessionFormat> formats = p.formats();
      for (SessionFormat format : FORMATS) {
        if (formats.contains(format)) {
          flagSets[(PackedDirectory.FORMAT_SET + format.ordinal()) * words + word] |= bit;
        }
      }
      Set<Delivery> deliveries = p.deliveries();
      for (Delivery delivery : DELIVERIES) {
        if (deliveries.contains(delivery)) {
          flagSets[(PackedDirectory.DELIVERY_SET + delivery.ordinal()) * words + word] |= bit;
        }
      }
      Set<Population> populations = p.populations();
      for (Population population : POPULATIONS) {
        if (populations.contains(population)) {
          flagSets[(PackedDirectory.POPULATION_SET + population.ordinal()) * words + word] |= bit;
        }
      }
      Optional<GenderIdentity> gender = p.gender();
      if (gender.isPresent()) {
        Set<GenderTerm> terms = gender.get().terms();
        for (GenderTerm term : GENDER_TERMS) {
          if (terms.contains(term)) {
            flagSets[(PackedDirectory.GENDER_SET + term.ordinal()) * words + word] |= bit;
          }
        }
      }
      Optional<FeeSchedule> fees = p.fees();
      if (fees.isPresent()) {
        for (SessionFee fee : fees.get().sessionFees()) {
          if (fee.slidingScale().isPresent()) {
            flagSets[(PackedDirectory.SLIDING_SCALE_SET + fee.format().ordinal()) * words + word]
                |= bit;
          }
        }
        if (fees.get().superbills()) {
          flagSets[PackedDirectory.SUPERBILL_SET * words + word] |= bit;
        }
      }
      for (Discipline discipline : PracticeAuthorisation.disciplines(p)) {
        flagSets[(PackedDirectory.DISCIPLINE_SET + discipline.ordinal()) * words + word] |= bit;
      }
      Optional<TrainingRecord> training = p.training();
      int years = training.isPresent() ? training.get().postDegreeExperienceYears() : 0;
      chunk.experience[i] = (byte) Math.min(Math.max(years, 0), PackedDirectory.EXPERIENCE_MAX);
      Optional<Instant> confirmed = p.availabilityConfirmedAt();
      chunk.confirmedDay[i] = confirmed.isPresent()
          ? Math.max(PackedDirectory.NEVER_CONFIRMED + 1,
              PackedDirectory.day(LocalDate.ofInstant(confirmed.get(), ZoneOffset.UTC)))
          : PackedDirectory.NEVER_CONFIRMED;
      chunk.particulars[i] = Particulars.of(p, interner);
      chunk.ethics.add(i, ProfileFindings.of(p));
      chunk.outcomes.add(i, p);
      record(p, chunk, authorisation);
    }
    return chunk;
  }

  // Membership is tested per constant rather than iterating the sets, to allocate nothing.
  private static final SessionFormat[] FORMATS = SessionFormat.values();
  private static final Delivery[] DELIVERIES = Delivery.values();
  private static final Population[] POPULATIONS = Population.values();
  private static final GenderTerm[] GENDER_TERMS = GenderTerm.values();

  /**
   * Appends one profile's record: expertise (count, then local concern id times 4 plus level),
   * languages (count, ids), per session format the local fee id or -1, payer tags (count, ids),
   * modalities (count, ids), value and access tags (count, ids), then the blob entries with local
   * ids (count of ints, ints).
   */
  private static void record(TherapistProfile p, Chunk chunk,
      PracticeAuthorisation authorisation) {
    IntList out = chunk.records;
    List<Expertise> expertise = p.expertise();
    out.add(expertise.size());
    for (int e = 0; e < expertise.size(); e++) {
      Expertise x = expertise.get(e);
      ConcernType concern = x.concern();
      int id = chunk.concerns.cached(concern);
      out.add((id >= 0 ? id : chunk.concerns.id(concern, concern.id())) * 4
          + x.level().ordinal() + 1);
    }
    out.add(p.languages().size());
    for (Locale language : p.languages()) {
      int id = chunk.languages.cached(language);
      out.add(id >= 0 ? id : chunk.languages.id(language, language.getLanguage()));
    }
    Optional<FeeSchedule> fees = p.fees();
    for (SessionFormat format : FORMATS) {
      Optional<BigDecimal> lowest = fees.isPresent() ? fees.get().lowestFeeFor(format)
          : Optional.empty();
      out.add(lowest.isPresent() ? chunk.fees.id(new Fee(fees.get().currency(), lowest.get()))
          : -1);
    }
    List<NetworkParticipation> networks = p.networks();
    Set<String> payers = new TreeSet<>();
    for (NetworkParticipation network : networks) {
      payers.add(Tags.payer(network.payer()));
    }
    out.add(payers.size());
    for (String payer : payers) {
      out.add(chunk.insurers.id(payer));
    }
    List<Modality> modalities = p.modalities();
    out.add(modalities.size());
    for (int m = 0; m < modalities.size(); m++) {
      Modality modality = modalities.get(m);
      int id = chunk.modalities.cached(modality);
      out.add(id >= 0 ? id : chunk.modalities.id(modality, modality.id()));
    }
    Set<String> values = ValueTags.of(p);
    out.add(values.size());
    for (String tag : values) {
      out.add(chunk.values.id(tag));
    }

    int countAt = out.size;
    out.add(0);
    // The owner's grants, compiled as they are: no authorisation rule is decided here.
    for (Grant grant : authorisation.grants(p)) {
      Optional<LocalDate> until = grant.validUntil();
      PackedDirectory.packGrant(out, chunk.grants.id(new GrantKey(grant)),
          grant.validFrom().toEpochDay(),
          until.isPresent() ? until.get().toEpochDay() : PackedDirectory.NO_END);
    }
    List<PracticeLocation> locations = p.locations();
    for (int l = 0; l < locations.size(); l++) {
      PracticeLocation location = locations.get(l);
      int jurisdiction = jurisdiction(chunk, location.jurisdiction());
      Optional<Coordinates> at = location.coordinates();
      if (at.isPresent()) {
        out.add(PackedDirectory.entry(PackedDirectory.LOCATION_AT, jurisdiction));
        out.add(Float.floatToRawIntBits((float) at.get().latitude()));
        out.add(Float.floatToRawIntBits((float) at.get().longitude()));
      } else {
        out.add(PackedDirectory.entry(PackedDirectory.LOCATION, jurisdiction));
      }
    }
    List<Certification> certifications = p.certifications();
    for (int k = 0; k < certifications.size(); k++) {
      Certification certification = certifications.get(k);
      if (certification.credential().kind() == CredentialKind.SEX_THERAPIST) {
        int[] current = currentDays(certification, certifications);
        if (current.length > 0) {
          Credential credential = certification.credential();
          int id = chunk.credentials.cached(credential);
          id = id >= 0 ? id : chunk.credentials.id(credential, credential.qualifiedId());
          for (int at = 0; at < current.length; at += 2) {
            out.add(PackedDirectory.entry(PackedDirectory.CERTIFICATION, id));
            out.add(current[at]);
            out.add(current[at + 1]);
          }
        }
      }
    }
    out.values[countAt] = out.size - countAt - 1;
  }

  /**
   * Returns the days on which a certification is current among those held with it, as
   * {@link Certification#statusOn(java.time.LocalDate, List)} judges it, as pairs of first and last
   * day: its own period, cut to the periods in which a certification of the credential it
   * {@linkplain Credential#requiresCurrent() rests on} is current. The chain is finite, since a
   * required credential is nested inside the one requiring it.
   */
  private static int[] currentDays(Certification certification, List<Certification> held) {
    if (!canBeCurrent(certification)) {
      return new int[0];
    }
    int from = PackedDirectory.day(certification.issued());
    int until = lastCurrentDay(certification);
    Optional<Credential> required = certification.credential().requiresCurrent();
    if (required.isEmpty()) {
      return new int[] {from, until};
    }
    String requiredId = required.get().qualifiedId();
    int[] out = new int[0];
    for (int h = 0; h < held.size(); h++) {
      Certification other = held.get(h);
      if (other.credential().qualifiedId().equals(requiredId)) {
        int[] base = currentDays(other, held);
        for (int at = 0; at < base.length; at += 2) {
          int start = Math.max(from, base[at]);
          int end = Math.min(until, base[at + 1]);
          if (start <= end) {
            out = Arrays.copyOf(out, out.length + 2);
            out[out.length - 2] = start;
            out[out.length - 1] = end;
          }
        }
      }
    }
    return out;
  }

  private static int jurisdiction(Chunk chunk, Jurisdiction jurisdiction) {
    int id = chunk.jurisdictions.cached(jurisdiction);
    return id >= 0 ? id : chunk.jurisdictions.id(jurisdiction, jurisdiction);
  }

  /** Returns the epoch day of an end date, or an open end; without boxing. */
  private static int day(Optional<LocalDate> end) {
    return end.isPresent() ? PackedDirectory.day(end.get()) : PackedDirectory.OPEN_END;
  }

  /**
   * Tells whether a certification is ever current: not when a required membership has lapsed
   * ({@link Certification#statusOn(java.time.LocalDate)}).
   */
  private static boolean canBeCurrent(Certification certification) {
    return certification.membershipCurrent() || !certification.credential().issuer().renewalRule()
        .map(RenewalRule::membershipRequired).orElse(false);
  }

  /**
   * Returns the last day a certification is current, as
   * {@link Certification#statusOn(java.time.LocalDate)} judges it; a last day beyond the calendar
   * is an open end.
   */
  private static int lastCurrentDay(Certification certification) {
    try {
      return day(certification.lastValidDay());
    } catch (DateTimeException | ArithmeticException beyondCalendar) {
      return PackedDirectory.OPEN_END;
    }
  }

  // ------------------------------------------------------------------ second pass: records

  private static <K> int[] toGlobal(LocalDictionary<K> local, Map<K, Integer> global) {
    int[] map = new int[local.keys.size()];
    for (int id = 0; id < map.length; id++) {
      map[id] = PackedDirectory.at(global, local.keys.get(id));
    }
    return map;
  }

  private IntList remap(int c, Chunk chunk, PackedDirectory.Dictionaries d, long[] levelSets,
      long[] signatureSets, int[] languages, FeeRanks fee, int[] tagMask, int[] blobStart) {
    int words = PackedDirectory.words(n);
    int[] concern = toGlobal(chunk.concerns, d.concernIndex);
    int[] language = toGlobal(chunk.languages, d.languageIndex);
    int[] jurisdiction = toGlobal(chunk.jurisdictions, d.jurisdictionIndex);
    int[] grant = toGlobal(chunk.grants, d.grantIndex);
    int[] credential = toGlobal(chunk.credentials, d.credentialIndex);
    int[] insurer = new int[chunk.insurers.keys.size()];
    for (int id = 0; id < insurer.length; id++) {
      insurer[id] = PackedDirectory.at(d.tagIndex, chunk.insurers.keys.get(id));
    }
    int[] modality = new int[chunk.modalities.keys.size()];
    for (int id = 0; id < modality.length; id++) {
      modality[id] = PackedDirectory.at(d.tagIndex, Tags.modality(chunk.modalities.keys.get(id)));
    }
    int[] value = new int[chunk.values.keys.size()];
    for (int id = 0; id < value.length; id++) {
      value[id] = PackedDirectory.at(d.tagIndex, chunk.values.keys.get(id));
    }
    int[] feeRank = new int[chunk.fees.keys.size()];
    for (int id = 0; id < feeRank.length; id++) {
      Fee f = chunk.fees.keys.get(id);
      int currency = Arrays.binarySearch(d.currencies, f.currency, PackedDirectory.CURRENCY_ORDER);
      feeRank[id] = Arrays.binarySearch(d.feeValues, d.currencyStart[currency],
          d.currencyStart[currency + 1], f.amount);
    }
    int[] r = chunk.records.values;
    int q = 0;
    IntList out = new IntList(CHUNK * 10);
    int[] rare = new int[8];
    for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
      blobStart[i] = out.size;
      long bit = 1L << i;
      int word = i >>> 6;
      for (int e = r[q++]; e > 0; e--) {
        int g = concern[r[q] >>> 2];
        int level = r[q++] & 3;
        if ((level & 1) != 0) {
          levelSets[2 * g * words + word] |= bit;
        }
        if ((level & 2) != 0) {
          levelSets[(2 * g + 1) * words + word] |= bit;
        }
      }
      for (int l = r[q++]; l > 0; l--) {
        int g = language[r[q++]];
        languages[i * d.languageStride + (g >>> 5)] |= 1 << (g & 31);
      }
      for (int format = 0; format < PackedDirectory.FORMATS; format++) {
        int localFee = r[q++];
        fee.set(i * PackedDirectory.FORMATS + format,
            localFee < 0 ? FeeRanks.NONE : feeRank[localFee]);
      }
      int mask = 0;
      int rares = 0;
      for (int pass = 0; pass < 3; pass++) {
        int[] tags = pass == 0 ? insurer : pass == 1 ? modality : value;
        for (int t = r[q++]; t > 0; t--) {
          int tag = tags[r[q++]];
          if (d.tagBit[tag] >= 0) {
            mask |= 1 << d.tagBit[tag];
          } else {
            if (rares == rare.length) {
              rare = Arrays.copyOf(rare, rares * 2);
            }
            rare[rares++] = tag;
          }
        }
      }
      tagMask[i] = mask;
      int signature = 0;
      int end = q + 1 + r[q];
      q++;
      while (q < end) {
        int kind = r[q] >>> PackedDirectory.KIND_SHIFT;
        int local = r[q] & PackedDirectory.PAYLOAD;
        int global;
        if (kind == PackedDirectory.GRANT || kind == PackedDirectory.GRANT_WIDE) {
          global = grant[local];
          signature |= 1 << (d.grantAuthority[global] % PackedDirectory.SIGNATURES);
        } else if (kind == PackedDirectory.CERTIFICATION) {
          global = credential[local];
        } else {
          global = jurisdiction[local];
          signature |= 1 << (global % PackedDirectory.SIGNATURES);
        }
        out.add(PackedDirectory.entry(kind, global));
        int width = PackedDirectory.width(kind);
        for (int w = 1; w < width; w++) {
          out.add(r[q + w]);
        }
        q += width;
      }
      for (int t = 0; t < rares; t++) {
        out.add(PackedDirectory.entry(PackedDirectory.TAG, rare[t]));
      }
      for (int b = 0; b < PackedDirectory.SIGNATURES; b++) {
        if ((signature & (1 << b)) != 0) {
          signatureSets[b * words + word] |= bit;
        }
      }
    }
    return out;
  }

  /** A growable byte array. */
  static final class ByteList {
    byte[] values;
    int size;

    ByteList(int capacity) {
      values = new byte[Math.max(16, capacity)];
    }

    void add(byte value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length + (values.length >> 1));
      }
      values[size++] = value;
    }
  }

  /** A growable int array. */
  static final class IntList {
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
  }
}
