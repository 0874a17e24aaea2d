package org.sextherapy.matching.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;
import org.sextherapy.authorisation.Basis;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;
import org.sextherapy.outcome.OutcomeRates;
import org.sextherapy.session.Delivery;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.Population;

/**
 * One request compiled against one packed directory, and the scan that answers it.
 *
 * <p>The scan visits every profile once and applies the hard constraints in the order
 * {@link HardConstraint} declares, stopping at the first that fails and counting it; a profile that
 * passes them all is scored and offered to a bounded heap of the best k. Scoring and explanation are
 * one method, so the reasons of a returned match add up to exactly the score it was ranked by.
 * Explanations are built only for the k returned. Measured outcomes are read, from
 * {@link OutcomeColumns}, only for profiles that pass every filter.
 *
 * <p>A query is immutable once built and may be scanned by several threads at once, each over its own
 * range with its own heap and counters.
 */
// Enum sets are packed as bit masks at each constant's ordinal, built and read within one run
@SuppressWarnings("EnumOrdinal")
public final class Query {

  private static final int CONSTRAINTS = HardConstraint.values().length;
  private static final int AVAILABILITY = HardConstraint.AVAILABILITY.ordinal();
  private static final int ADOLESCENTS = HardConstraint.ADOLESCENTS.ordinal();
  private static final int CHILDREN = HardConstraint.CHILDREN.ordinal();
  private static final int SAFEGUARDING = HardConstraint.SAFEGUARDING.ordinal();
  private static final int COMPETENCE = HardConstraint.COMPETENCE.ordinal();
  private static final int FORMAT = HardConstraint.FORMAT.ordinal();
  private static final int DELIVERY = HardConstraint.DELIVERY.ordinal();
  private static final int AUTHORISATION = HardConstraint.AUTHORISATION.ordinal();
  private static final int ETHICS = HardConstraint.ETHICS.ordinal();
  private static final int DETERIORATION = HardConstraint.MEASURED_DETERIORATION.ordinal();
  private static final int IN_PERSON_BIT =
      1 << (PackedDirectory.DELIVERY_SHIFT + Delivery.IN_PERSON.ordinal());

  /** Below this many profiles per range, a scan is not split. */
  static final int MIN_RANGE = 16_384;

  /** How far an approximate distance may be from the exact one, in kilometres. */
  static final double DISTANCE_SLACK_KM = 0.05;
  private static final double EARTH_RADIUS_KM = 6371.0088;
  private static final GenderTerm[] GENDER_TERMS = GenderTerm.values();
  private static final Population[] POPULATIONS = Population.values();

  private final PackedDirectory d;
  private final long[] available;
  private final EthicsVerdicts.OnDate verdicts;
  /** Whether the review's safeguarding rules refuse the request: it then matches nobody. */
  private final boolean refused;
  private final long requestState;
  private final int day;
  private final boolean adolescent;
  private final boolean child;
  private final int teleBits;
  private final int inPersonBit;
  /** The video delivery bit when the request accepts video, else 0. */
  private final int videoBit;
  /** The session jurisdictions, each once, in the request's order. */
  private final Jurisdiction[] places;
  /** For each place, the grant keys that authorise telehealth there. */
  private final long[][] teleGrants;
  /** For each place, the practice jurisdictions it covers. */
  private final long[][] locationsIn;

  private final int concerns;
  private final int[] concernSet;
  private final long[] concernPoints;
  private final String[] concernIds;
  /** Per concern: whether the directory has measured it, so its points are blended. */
  private final boolean[] measured;
  /** Per concern: the measured share, priority weight x specialist points x weight percentage. */
  private final long[] measuredShare;
  /** Per outcome key of the directory: the concern it belongs to, or -1. */
  private final int[] keySlot;
  private final OutcomeColumns outcomes;
  private final int outcomeSpan;
  private final int outcomePrior;
  private final boolean excludeDeterioration;
  private final int formatSet;
  private final int[] deliverySets;
  /** For each place, the signature sets of which a profile must be in one. */
  private final int[][] signatureSets;

  private final Pref[] required;
  private final Pref[] preferred;
  private final long preferencePoints;
  private final long certificationPoints;
  private final long pointsPerYear;
  private final int yearsCounted;
  /** The most a profile can earn beyond competence and experience: preferences and certification. */
  private final long optionalPoints;

  /**
   * Compiles a request against a directory.
   *
   * @param directory the packed directory, never null
   * @param available the availability bits of the directory's profiles, never null
   * @param request the request, never null
   * @param date the session date, never null
   * @param policy the weights, never null
   * @param review the caller's ethics review, the gate, never null
   */
  public Query(PackedDirectory directory, long[] available, ClientRequest request, LocalDate date,
      MatchPolicy policy, EthicsReview review) {
    this.d = directory;
    this.available = available;
    this.verdicts = directory.verdicts.on(review, date);
    this.refused = EthicsGate.refuses(review, request, date);
    this.requestState = TieBreak.requestState(request.id());
    this.day = PackedDirectory.day(date);
    boolean anyAdolescent = false;
    boolean anyChild = false;
    for (Participant participant : request.participants()) {
      anyAdolescent |= participant.ageBracket() == AgeBracket.ADOLESCENT;
      anyChild |= participant.ageBracket() == AgeBracket.CHILD;
    }
    this.adolescent = anyAdolescent;
    this.child = anyChild;
    int accepted = 0;
    int tele = 0;
    for (Delivery delivery : request.deliveries()) {
      int bit = 1 << (PackedDirectory.DELIVERY_SHIFT + delivery.ordinal());
      accepted |= bit;
      if (delivery.isTelehealth()) {
        tele |= bit;
      }
    }
    this.teleBits = tele;
    this.inPersonBit = accepted & IN_PERSON_BIT;
    this.videoBit = accepted & (1 << (PackedDirectory.DELIVERY_SHIFT + Delivery.VIDEO.ordinal()));
    this.places = request.sessionJurisdictions().toArray(new Jurisdiction[0]);
    this.teleGrants = new long[places.length][];
    this.locationsIn = new long[places.length][];
    this.signatureSets = new int[places.length][];
    for (int s = 0; s < places.length; s++) {
      PackedDirectory.JurisdictionPlan plan = directory.plan(places[s]);
      teleGrants[s] = plan.teleGrants;
      locationsIn[s] = plan.locationsIn;
      int signatureMask = (tele != 0 ? plan.teleSignature : 0)
          | (inPersonBit != 0 ? plan.inPersonSignature : 0);
      signatureSets[s] = new int[Integer.bitCount(signatureMask)];
      for (int b = 0, k = 0; b < PackedDirectory.SIGNATURES; b++) {
        if ((signatureMask & (1 << b)) != 0) {
          signatureSets[s][k++] = b * directory.words;
        }
      }
    }
    this.formatSet = request.format().ordinal() * directory.words;
    this.deliverySets = request.deliveries().stream()
        .mapToInt(delivery -> (PackedDirectory.DELIVERY_SET + delivery.ordinal()) * directory.words)
        .toArray();

    Map<String, Integer> weights = new LinkedHashMap<>();
    for (RequestedConcern concern : request.concerns()) {
      if (directory.concernIndex.containsKey(concern.concern().id())) {
        weights.merge(concern.concern().id(), concern.priority().weight(), Math::max);
      }
    }
    int words = directory.words;
    this.concerns = weights.size();
    this.concernSet = new int[concerns];
    this.concernPoints = new long[concerns * 4];
    this.concernIds = new String[concerns];
    this.outcomes = directory.outcomes;
    this.measured = new boolean[concerns];
    this.measuredShare = new long[concerns];
    this.keySlot = new int[outcomes.keyConcern.length];
    Arrays.fill(keySlot, -1);
    int weight = policy.measuredOutcomeWeightPercent();
    int c = 0;
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      int index = PackedDirectory.at(directory.concernIndex, entry.getKey());
      concernIds[c] = entry.getKey();
      concernSet[c] = 2 * index * words;
      int[] keys = outcomes.keysOfConcern.get(entry.getKey());
      measured[c] = keys != null;
      if (keys != null) {
        for (int key : keys) {
          keySlot[key] = c;
        }
      }
      measuredShare[c] = (long) entry.getValue() * policy.specialistExpertisePoints() * weight;
      for (ExpertiseLevel level : ExpertiseLevel.values()) {
        long points = (long) entry.getValue() * policy.pointsFor(level);
        concernPoints[c * 4 + level.ordinal() + 1] =
            measured[c] ? points * (100 - weight) / 100 : points;
      }
      c++;
    }
    this.outcomeSpan = policy.outcomeSpanPercent();
    this.outcomePrior = policy.outcomePriorCourses();
    this.excludeDeterioration = policy.excludeCredibleDeterioration();

    List<Pref> requiredList = new ArrayList<>();
    List<Pref> preferredList = new ArrayList<>();
    for (Preference preference : request.preferences()) {
      Pref pref = compile(preference);
      (preference.strength() == Strength.REQUIRED ? requiredList : preferredList).add(pref);
    }
    requiredList.sort(Comparator.comparing(p -> p.kind));
    this.required = requiredList.toArray(new Pref[0]);
    this.preferred = preferredList.toArray(new Pref[0]);
    this.preferencePoints = policy.preferencePoints();
    this.certificationPoints = policy.certificationPoints();
    this.pointsPerYear = policy.pointsPerExperienceYear();
    this.yearsCounted = policy.experienceYearsCounted();
    this.optionalPoints = preferred.length * preferencePoints + certificationPoints;
  }

  private Pref compile(Preference preference) {
    Pref p = new Pref(preference.kind(),
        HardConstraint.requiring(preference.kind()).ordinal());
    if (preference instanceof TherapistGenderPreference gender) {
      for (GenderTerm term : gender.acceptable()) {
        p.flagMask |= 1 << (PackedDirectory.GENDER_SHIFT + term.ordinal());
      }
    } else if (preference instanceof PopulationPreference populations) {
      for (Population population : populations.populations()) {
        p.flagMask |= 1 << (PackedDirectory.POPULATION_SHIFT + population.ordinal());
      }
    } else if (preference instanceof LanguagePreference languages) {
      p.languageMask = new int[d.languageStride];
      for (Locale language : languages.languages()) {
        Integer l = d.languageIndex.get(language.getLanguage());
        if (l != null) {
          p.languageMask[l >>> 5] |= 1 << (l & 31);
        }
      }
    } else if (preference instanceof InPersonDistancePreference distance) {
      p.from = distance.from();
      p.maxKm = distance.maximumKm();
    } else if (preference instanceof FeePreference fee) {
      p.argument = fee.currency().getCurrencyCode();
      int currency = Arrays.binarySearch(d.currencies, fee.currency(),
          PackedDirectory.CURRENCY_ORDER);
      if (currency >= 0) {
        p.feeFrom = d.currencyStart[currency];
        p.feeTo = upperBound(d.feeValues, d.currencyStart[currency],
            d.currencyStart[currency + 1], fee.maximumFee());
      }
    } else if (preference instanceof InsurancePreference insurance) {
      tags(p, List.of(Tags.insurer(insurance.insurer())));
    } else if (preference instanceof ModalityPreference modalities) {
      List<String> names = new ArrayList<>();
      for (String id : new TreeSet<>(modalities.modalityIds())) {
        names.add(Tags.modality(id));
      }
      tags(p, names);
    } else if (preference instanceof RaceOrEthnicityPreference race) {
      tags(p, ValueTags.accepted(race));
    } else if (preference instanceof LgbtqIdentityPreference lgbtq) {
      tags(p, ValueTags.accepted(lgbtq));
    } else if (preference instanceof FaithPreference faith) {
      tags(p, ValueTags.accepted(faith));
    } else if (preference instanceof PracticeCompetencePreference competence) {
      tags(p, ValueTags.accepted(competence));
    } else if (preference instanceof AccessPreference access) {
      p.feature = access.feature();
      tags(p, List.of(ValueTags.access(access.feature())));
    } else if (preference instanceof SignLanguagePreference sign) {
      List<Locale> wanted = new ArrayList<>(sign.signLanguages());
      wanted.sort(Comparator.comparing(Locale::toLanguageTag));
      p.signLanguages = wanted.toArray(new Locale[0]);
      List<String> names = new ArrayList<>();
      p.languageMask = new int[d.languageStride];
      for (Locale language : wanted) {
        names.add(ValueTags.sign(language));
        Integer l = d.languageIndex.get(language.getLanguage());
        if (l != null) {
          p.languageMask[l >>> 5] |= 1 << (l & 31);
        }
      }
      tags(p, names);
    }
    return p;
  }

  private void tags(Pref p, List<String> names) {
    p.tagNames = new String[names.size()];
    p.tags = new int[names.size()];
    List<Integer> rare = new ArrayList<>();
    for (int t = 0; t < names.size(); t++) {
      String name = names.get(t);
      p.tagNames[t] = name.substring(2);
      Integer index = d.tagIndex.get(name);
      p.tags[t] = index == null ? -1 : index;
      if (index != null) {
        if (d.tagBit[index] >= 0) {
          p.tagMask |= 1 << d.tagBit[index];
        } else {
          rare.add(index);
        }
      }
    }
    p.rareTags = rare.stream().mapToInt(Integer::intValue).sorted().toArray();
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

  /**
   * Runs the query.
   *
   * @param k how many matches to return at most, at least 1
   * @param parallelism how many ranges to scan at once on the common fork-join pool, at least 1
   * @return the result, never null
   */
  public MatchResult run(int k, int parallelism) {
    int n = d.size();
    int capacity = Math.max(1, Math.min(k, n));
    int ranges = Math.max(1, Math.min(parallelism, n / MIN_RANGE));
    TopK top = new TopK(capacity, requestState, d);
    int[] counts = new int[CONSTRAINTS];
    if (refused) {
      counts[SAFEGUARDING] = n;
    } else if (ranges == 1) {
      scan(0, n, top, counts);
    } else {
      List<ForkJoinTask<Range>> forked = new ArrayList<>(ranges - 1);
      for (int r = 1; r < ranges; r++) {
        int from = boundary(n, r, ranges);
        int to = boundary(n, r + 1, ranges);
        forked.add(ForkJoinTask.adapt(() -> scanRange(from, to, capacity)).fork());
      }
      scan(0, boundary(n, 1, ranges), top, counts);
      for (ForkJoinTask<Range> task : forked) {
        Range range = task.join();
        top.addAll(range.top);
        for (int c = 0; c < CONSTRAINTS; c++) {
          counts[c] += range.counts[c];
        }
      }
    }
    long[] scores = new long[top.size];
    int[] best = top.drainBestFirst(scores);
    List<Match> matches = new ArrayList<>(best.length);
    for (int r = 0; r < best.length; r++) {
      int i = best[r];
      List<Reason> reasons = new ArrayList<>();
      long score = explain(i, reasons);
      matches.add(Match.of(d.profiles[i].id(), score, reasons));
    }
    Map<HardConstraint, Integer> excluded = new EnumMap<>(HardConstraint.class);
    for (HardConstraint constraint : HardConstraint.values()) {
      excluded.put(constraint, counts[constraint.ordinal()]);
    }
    return MatchResult.of(matches, n, excluded);
  }

  /** Returns where range r of a split starts: a multiple of 64, or n for the end. */
  private static int boundary(int n, int r, int ranges) {
    return r == ranges ? n : (int) ((long) n * r / ranges) & ~63;
  }

  private Range scanRange(int from, int to, int capacity) {
    Range range = new Range(new TopK(capacity, requestState, d), new int[CONSTRAINTS]);
    scan(from, to, range.top, range.counts);
    return range;
  }

  /** The result of scanning one range. */
  private static final class Range {
    final TopK top;
    final int[] counts;

    Range(TopK top, int[] counts) {
      this.top = top;
      this.counts = counts;
    }
  }

  /**
   * Scans profiles {@code from} (a multiple of 64) to {@code to}, 64 at a time: the cheap
   * constraints (availability, adolescents, competence, format, delivery, and a necessary condition
   * for authorisation: in every session jurisdiction, a grant or practice jurisdiction that could
   * serve it, from the signature sets) are a few words of the directory's bit sets, exclusions
   * are counted with bit counts, and only the profiles that pass them all go on, one by one, to the
   * full authorisation check on the date, required preferences and the ethics gate. A profile
   * that passes them all is scored in full only if its competence and experience plus every
   * optional point could still reach the k best.
   */
  private void scan(int from, int to, TopK top, int[] counts) {
    final long[] available = this.available;
    final long[] flagSets = d.flagSets;
    final long[] levelSets = d.levelSets;
    final long[] signatureSets = d.signatureSets;
    final int words = d.words;
    final int adolescentsSet = PackedDirectory.ADOLESCENTS_SET * words;
    final int childrenSet = PackedDirectory.CHILDREN_SET * words;
    final int[] concernSet = this.concernSet;
    final int[] deliverySets = this.deliverySets;
    final int[][] jurisdictionSets = this.signatureSets;
    for (int base = from; base < to; base += 64) {
      int w = base >>> 6;
      int size = Math.min(64, to - base);
      long valid = size == 64 ? -1L : (1L << size) - 1;
      long passed = available[w] & valid;
      long adolescents = adolescent ? flagSets[adolescentsSet + w] : -1L;
      long children = child ? flagSets[childrenSet + w] : -1L;
      long competent = 0;
      for (int set : concernSet) {
        competent |= levelSets[set + w] | levelSets[set + words + w];
      }
      long format = flagSets[formatSet + w];
      long delivery = 0;
      for (int set : deliverySets) {
        delivery |= flagSets[set + w];
      }
      long jurisdiction = -1L;
      for (int[] sets : jurisdictionSets) {
        long any = 0;
        for (int set : sets) {
          any |= signatureSets[set + w];
        }
        jurisdiction &= any;
      }
      counts[AVAILABILITY] += Long.bitCount(valid & ~passed);
      counts[ADOLESCENTS] += Long.bitCount(passed & ~adolescents);
      passed &= adolescents;
      counts[CHILDREN] += Long.bitCount(passed & ~children);
      passed &= children;
      counts[COMPETENCE] += Long.bitCount(passed & ~competent);
      passed &= competent;
      counts[FORMAT] += Long.bitCount(passed & ~format);
      passed &= format;
      counts[DELIVERY] += Long.bitCount(passed & ~delivery);
      passed &= delivery;
      counts[AUTHORISATION] += Long.bitCount(passed & ~jurisdiction);
      passed &= jurisdiction;
      while (passed != 0) {
        int i = base + Long.numberOfTrailingZeros(passed);
        passed &= passed - 1;
        int f = d.flags[i];
        if (!authorised(i, f)) {
          counts[AUTHORISATION]++;
          continue;
        }
        int failed = firstFailingRequirement(i, f);
        if (failed >= 0) {
          counts[failed]++;
          continue;
        }
        if (excludeDeterioration && firstDeteriorating(i) >= 0) {
          counts[DETERIORATION]++;
          continue;
        }
        if (!verdicts.admits(i)) {
          counts[ETHICS]++;
          continue;
        }
        if (top.admits(competence(i) + experience(f) + optionalPoints)) {
          top.offer(score(i, f, null), i);
        }
      }
    }
  }

  /**
   * Returns the first hard constraint one profile fails, by the same tests as {@link #scan} in the
   * same order, one bit at a time: the scan's word-wide tests are restated here because the scan
   * must stay branch-light; the matcher's property test checks both against the reference.
   *
   * @param i the profile's index
   * @return the ordinal of the {@link HardConstraint}, or -1 when the profile is eligible
   */
  public int firstFailing(int i) {
    int w = i >>> 6;
    long bit = 1L << i;
    int words = d.words;
    if (refused) {
      return SAFEGUARDING;
    }
    if ((available[w] & bit) == 0) {
      return AVAILABILITY;
    }
    if (adolescent && (d.flagSets[PackedDirectory.ADOLESCENTS_SET * words + w] & bit) == 0) {
      return ADOLESCENTS;
    }
    if (child && (d.flagSets[PackedDirectory.CHILDREN_SET * words + w] & bit) == 0) {
      return CHILDREN;
    }
    long competent = 0;
    for (int set : concernSet) {
      competent |= d.levelSets[set + w] | d.levelSets[set + words + w];
    }
    if ((competent & bit) == 0) {
      return COMPETENCE;
    }
    if ((d.flagSets[formatSet + w] & bit) == 0) {
      return FORMAT;
    }
    long delivery = 0;
    for (int set : deliverySets) {
      delivery |= d.flagSets[set + w];
    }
    if ((delivery & bit) == 0) {
      return DELIVERY;
    }
    int f = d.flags[i];
    if (!authorised(i, f)) {
      return AUTHORISATION;
    }
    int failed = firstFailingRequirement(i, f);
    if (failed >= 0) {
      return failed;
    }
    if (excludeDeterioration && firstDeteriorating(i) >= 0) {
      return DETERIORATION;
    }
    return verdicts.admits(i) ? -1 : ETHICS;
  }

  /**
   * Returns the first session jurisdiction in which a profile is authorised for no delivery both
   * sides accept: no telehealth grant there, and no practice location there with an in-person
   * grant.
   *
   * @param i the profile's index
   * @return the place, or null if the profile has some authorisation in every place
   */
  public @Nullable Jurisdiction placeWithoutAuthorisation(int i) {
    int f = d.flags[i];
    for (int s = 0; s < places.length; s++) {
      if ((f & teleBits) != 0 && firstTeleGrant(i, s) >= 0) {
        continue;
      }
      if ((f & inPersonBit) != 0 && hasPracticeAuthorisedIn(i, s)) {
        continue;
      }
      return places[s];
    }
    return null;
  }

  /** Tells whether a practice location in place s has an in-person grant on the day. */
  private boolean hasPracticeAuthorisedIn(int i, int s) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = locationsStart(i); q < end; q = next(blob, q)) {
      int kind = kind(blob[q]);
      if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
        break;
      }
      int jurisdiction = payload(blob[q]);
      if (bit(locationsIn[s], jurisdiction) && firstGrantAt(i, jurisdiction) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the competence points of a profile, declared and measured: the first part of its
   * score. Outcome records are read here, for profiles that passed every filter only.
   */
  private long competence(int i) {
    long points = 0;
    int w = i >>> 6;
    int words = d.words;
    for (int c = 0; c < concerns; c++) {
      int level = ((int) (d.levelSets[concernSet[c] + w] >>> i) & 1)
          | ((int) (d.levelSets[concernSet[c] + words + w] >>> i) & 1) << 1;
      points += concernPoints[c * 4 + level];
      if (level != 0 && measured[c]) {
        points += measuredPoints(c, record(i, c));
      }
    }
    return points;
  }

  /** Returns where a profile's record for a concern of the request starts, or -1. */
  private int record(int i, int c) {
    if (!measured[c]) {
      return -1;
    }
    int[] data = outcomes.data;
    for (int q = outcomes.start[i]; q < outcomes.start[i + 1]; q += OutcomeColumns.WIDTH) {
      if (keySlot[data[q]] == c) {
        return q;
      }
    }
    return -1;
  }

  /** Returns the measured points for a concern, from a record or, without one, the neutral half. */
  private long measuredPoints(int c, int q) {
    if (q < 0) {
      return OutcomeScore.neutral(measuredShare[c]);
    }
    int[] data = outcomes.data;
    int key = data[q];
    return OutcomeScore.points(measuredShare[c], outcomeSpan, outcomePrior, data[q + 1],
        data[q + 2], outcomes.courses[key], outcomes.improved[key]);
  }

  /** Tells whether the record at q shows reliable deterioration credibly above the directory's. */
  private boolean deteriorating(int q) {
    int[] data = outcomes.data;
    int key = data[q];
    return OutcomeRates.crediblyAbove(data[q + 3], data[q + 1], outcomes.deteriorated[key],
        outcomes.courses[key], outcomePrior);
  }

  /**
   * Returns the first concern of the request, declared by the profile, for which its reliable
   * deterioration is credibly above the directory's, or -1.
   */
  private int firstDeteriorating(int i) {
    if (!outcomes.any()) {
      return -1;
    }
    int w = i >>> 6;
    for (int c = 0; c < concerns; c++) {
      long declared = d.levelSets[concernSet[c] + w] | d.levelSets[concernSet[c] + d.words + w];
      if ((declared >>> i & 1) != 0) {
        int q = record(i, c);
        if (q >= 0 && deteriorating(q)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Returns the experience points of a profile: the last part of its score. */
  private long experience(int f) {
    return Math.min(f >>> PackedDirectory.EXPERIENCE_SHIFT, yearsCounted) * pointsPerYear;
  }

  private int firstFailingRequirement(int i, int f) {
    for (Pref p : required) {
      if (!met(p, i, f)) {
        return p.constraint;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- authorisation

  private static int kind(int entry) {
    return entry >>> PackedDirectory.KIND_SHIFT;
  }

  private static int payload(int entry) {
    return entry & PackedDirectory.PAYLOAD;
  }

  private static int next(int[] blob, int q) {
    int kind = kind(blob[q]);
    return kind == PackedDirectory.LOCATION || kind == PackedDirectory.TAG ? q + 1 : q + 3;
  }

  private boolean validOnDay(int[] blob, int q) {
    return blob[q + 1] <= day && day <= blob[q + 2];
  }

  private static boolean bit(long[] bits, int index) {
    return (bits[index >>> 6] & (1L << index)) != 0;
  }

  /**
   * Tells whether a profile is authorised in every session jurisdiction: by telehealth in each, or
   * in person at one practice location that lies in all of them.
   */
  private boolean authorised(int i, int f) {
    if ((f & teleBits) != 0) {
      boolean everywhere = true;
      for (int s = 0; s < places.length && everywhere; s++) {
        everywhere = firstTeleGrant(i, s) >= 0;
      }
      if (everywhere) {
        return true;
      }
    }
    return (f & inPersonBit) != 0 && firstPracticeLocation(i) >= 0;
  }

  /** Returns the blob position of the first grant authorising telehealth in place s, or -1. */
  private int firstTeleGrant(int i, int s) {
    int[] blob = d.blob;
    long[] grants = teleGrants[s];
    int end = d.blobStart[i + 1];
    for (int q = d.blobStart[i]; q < end && kind(blob[q]) == PackedDirectory.GRANT; q += 3) {
      if (bit(grants, payload(blob[q])) && validOnDay(blob, q)) {
        return q;
      }
    }
    return -1;
  }

  /**
   * Returns the blob position of the first grant authorising in-person sessions at a practice
   * jurisdiction on the day, or -1.
   */
  private int firstGrantAt(int i, int jurisdiction) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int words = d.jurisdictionWords;
    for (int q = d.blobStart[i]; q < end && kind(blob[q]) == PackedDirectory.GRANT; q += 3) {
      if ((d.inPersonCovers[payload(blob[q]) * words + (jurisdiction >>> 6)]
          & (1L << jurisdiction)) != 0 && validOnDay(blob, q)) {
        return q;
      }
    }
    return -1;
  }

  /** Tells whether a practice jurisdiction lies in every session jurisdiction. */
  private boolean inEveryPlace(int jurisdiction) {
    for (long[] in : locationsIn) {
      if (!bit(in, jurisdiction)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the blob position of the first location after the grants. */
  private int locationsStart(int i) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int q = d.blobStart[i];
    while (q < end && kind(blob[q]) == PackedDirectory.GRANT) {
      q += 3;
    }
    return q;
  }

  /** Returns the blob position of the first practice location open to the client, or -1. */
  private int firstPracticeLocation(int i) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = locationsStart(i); q < end; q = next(blob, q)) {
      int kind = kind(blob[q]);
      if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
        break;
      }
      int jurisdiction = payload(blob[q]);
      if (inEveryPlace(jurisdiction) && firstGrantAt(i, jurisdiction) >= 0) {
        return q;
      }
    }
    return -1;
  }

  /**
   * Returns the ordinal (in the profile's list) of the first practice location open to the client
   * within the distance, or -1.
   */
  private int firstLocationWithin(Pref p, int i, int f) {
    if ((f & inPersonBit) == 0) {
      return -1;
    }
    Coordinates from = p.from;
    if (from == null) {
      return -1;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int ordinal = 0;
    for (int q = locationsStart(i); q < end; q = next(blob, q), ordinal++) {
      int kind = kind(blob[q]);
      if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
        break;
      }
      int jurisdiction = payload(blob[q]);
      if (kind == PackedDirectory.LOCATION_AT && inEveryPlace(jurisdiction)
          && within(p, i, ordinal, Float.intBitsToFloat(blob[q + 1]),
              Float.intBitsToFloat(blob[q + 2]))
          && firstGrantAt(i, jurisdiction) >= 0) {
        return ordinal;
      }
    }
    return -1;
  }

  /**
   * Tells whether a location lies within the preferred distance: approximately from the packed
   * float coordinates, and exactly, as {@link Coordinates#distanceKm(Coordinates)} computes it,
   * when the approximation is too close to the limit to tell.
   */
  private boolean within(Pref p, int i, int ordinal, float latitude, float longitude) {
    Coordinates from = p.from;
    if (from == null) {
      return false;
    }
    double approximate = haversineKm(from.latitude(), from.longitude(), latitude, longitude);
    if (approximate < p.maxKm - DISTANCE_SLACK_KM) {
      return true;
    }
    if (approximate > p.maxKm + DISTANCE_SLACK_KM) {
      return false;
    }
    return d.profiles[i].locations().get(ordinal).coordinates()
        .map(at -> from.distanceKm(at) <= p.maxKm).orElse(false);
  }

  static double haversineKm(double latitude1, double longitude1, double latitude2,
      double longitude2) {
    double lat1 = Math.toRadians(latitude1);
    double lat2 = Math.toRadians(latitude2);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(longitude2 - longitude1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  // ---------------------------------------------------------------- preferences

  /** Returns the blob position of the first sex-therapist certification current on the day. */
  private int firstCurrentCertification(int i) {
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = locationsStart(i); q < end; q = next(blob, q)) {
      int kind = kind(blob[q]);
      if (kind == PackedDirectory.CERTIFICATION && validOnDay(blob, q)) {
        return q;
      }
      if (kind == PackedDirectory.TAG) {
        break;
      }
    }
    return -1;
  }

  private boolean hasTag(int i, int tag) {
    int bit = d.tagBit[tag];
    if (bit >= 0) {
      return (d.tagMask[i] & (1 << bit)) != 0;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = locationsStart(i); q < end; q = next(blob, q)) {
      if (blob[q] == PackedDirectory.entry(PackedDirectory.TAG, tag)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasRareTag(int i, int[] rare) {
    if (rare.length == 0) {
      return false;
    }
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    for (int q = locationsStart(i); q < end; q = next(blob, q)) {
      if (kind(blob[q]) == PackedDirectory.TAG
          && Arrays.binarySearch(rare, payload(blob[q])) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean met(Pref p, int i, int f) {
    return switch (p.kind) {
      case THERAPIST_GENDER, POPULATION -> (f & p.flagMask) != 0;
      case LANGUAGE -> firstLanguage(p, i) >= 0;
      case CERTIFIED_SEX_THERAPIST -> firstCurrentCertification(i) >= 0;
      case IN_PERSON_DISTANCE -> firstLocationWithin(p, i, f) >= 0;
      case FEE -> d.fee[i] >= p.feeFrom && d.fee[i] < p.feeTo;
      case SLIDING_SCALE ->
          (d.flagSets[PackedDirectory.SLIDING_SCALE_SET * d.words + (i >>> 6)] & (1L << i)) != 0;
      case INSURANCE, MODALITY, RACE_OR_ETHNICITY, LGBTQ_IDENTITY, FAITH, PRACTICE_COMPETENCE ->
          hasAnyTag(p, i);
      case ACCESS -> hasAnyTag(p, i) && firstAccessLocation(p, i, f) >= 0;
      case SIGN_LANGUAGE -> signLanguageArgument(p, i, f) != null;
    };
  }

  private boolean hasAnyTag(Pref p, int i) {
    return (d.tagMask[i] & p.tagMask) != 0 || hasRareTag(i, p.rareTags);
  }

  /**
   * Returns the ordinal (in the profile's list) of the first practice location open to the client
   * in person that has the access feature, or -1: the client accepts in-person sessions, the
   * therapist offers them, the location lies in every session jurisdiction and the therapist is
   * authorised there on the day. The feature is read from the location itself, for profiles whose
   * tags say some location has it.
   */
  private int firstAccessLocation(Pref p, int i, int f) {
    AccessFeature feature = p.feature;
    if ((f & inPersonBit) == 0 || feature == null) {
      return -1;
    }
    List<PracticeLocation> locations = d.profiles[i].locations();
    int[] blob = d.blob;
    int end = d.blobStart[i + 1];
    int ordinal = 0;
    for (int q = locationsStart(i); q < end; q = next(blob, q), ordinal++) {
      int kind = kind(blob[q]);
      if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
        break;
      }
      int jurisdiction = payload(blob[q]);
      if (inEveryPlace(jurisdiction) && locations.get(ordinal).access().contains(feature)
          && firstGrantAt(i, jurisdiction) >= 0) {
        return ordinal;
      }
    }
    return -1;
  }

  /**
   * Returns the argument of a met sign-language preference ({@code tag:in-person} or
   * {@code tag:video}), or null when it is not met. In person first: the first practice location,
   * in profile order, open to the client in person (as for access) that lists a wanted sign
   * language, the first of them in tag order. Then by video: the client and the therapist accept
   * video, the therapist is authorised by telehealth in every session jurisdiction, and works in a
   * wanted sign language (among the profile's languages, or listed by any of their locations),
   * the first in tag order.
   */
  private @Nullable String signLanguageArgument(Pref p, int i, int f) {
    Locale[] wanted = p.signLanguages;
    boolean tagged = hasAnyTag(p, i);
    if (tagged && (f & inPersonBit) != 0) {
      List<PracticeLocation> locations = d.profiles[i].locations();
      int[] blob = d.blob;
      int end = d.blobStart[i + 1];
      int ordinal = 0;
      for (int q = locationsStart(i); q < end; q = next(blob, q), ordinal++) {
        int kind = kind(blob[q]);
        if (kind != PackedDirectory.LOCATION && kind != PackedDirectory.LOCATION_AT) {
          break;
        }
        int jurisdiction = payload(blob[q]);
        if (inEveryPlace(jurisdiction) && firstGrantAt(i, jurisdiction) >= 0) {
          for (Locale language : wanted) {
            if (locations.get(ordinal).signLanguages().contains(language)) {
              return language.toLanguageTag() + ":" + Delivery.IN_PERSON.id();
            }
          }
        }
      }
    }
    if ((f & videoBit) == 0 || !(tagged || speaksAny(p, i))) {
      return null;
    }
    for (int s = 0; s < places.length; s++) {
      if (firstTeleGrant(i, s) < 0) {
        return null;
      }
    }
    for (Locale language : wanted) {
      if (d.profiles[i].worksInSignLanguage(language)) {
        return language.toLanguageTag() + ":" + Delivery.VIDEO.id();
      }
    }
    return null;
  }

  /** Tells whether the profile speaks the primary language of a wanted sign language. */
  private boolean speaksAny(Pref p, int i) {
    int base = i * d.languageStride;
    for (int w = 0; w < p.languageMask.length; w++) {
      if ((d.languages[base + w] & p.languageMask[w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the index in the language dictionary of the first preferred language spoken, or -1. */
  private int firstLanguage(Pref p, int i) {
    int base = i * d.languageStride;
    for (int w = 0; w < p.languageMask.length; w++) {
      int common = d.languages[base + w] & p.languageMask[w];
      if (common != 0) {
        return w * 32 + Integer.numberOfTrailingZeros(common);
      }
    }
    return -1;
  }

  /** Returns the argument of a met preference's reason. */
  private String argument(Pref p, int i, int f) {
    return switch (p.kind) {
      case THERAPIST_GENDER -> GENDER_TERMS[Integer.numberOfTrailingZeros(
          (f & p.flagMask) >>> PackedDirectory.GENDER_SHIFT)].id();
      case POPULATION -> POPULATIONS[Integer.numberOfTrailingZeros(
          (f & p.flagMask) >>> PackedDirectory.POPULATION_SHIFT)].id();
      case LANGUAGE -> d.languageDictionary[firstLanguage(p, i)];
      case CERTIFIED_SEX_THERAPIST -> d.credentials[payload(d.blob[firstCurrentCertification(i)])];
      case IN_PERSON_DISTANCE ->
          d.profiles[i].locations().get(firstLocationWithin(p, i, f)).jurisdiction().code();
      case FEE -> p.argument;
      case SLIDING_SCALE -> feeCurrency(i);
      case INSURANCE, MODALITY, PRACTICE_COMPETENCE -> firstTagName(p, i);
      case RACE_OR_ETHNICITY -> "raceOrEthnicity";
      case LGBTQ_IDENTITY -> "lgbtqIdentity";
      case FAITH -> ValueTags.faithArgument(firstTagName(p, i));
      case ACCESS -> {
        AccessFeature feature = p.feature;
        int ordinal = firstAccessLocation(p, i, f);
        yield (feature == null ? "" : feature.id()) + ":"
            + d.profiles[i].locations().get(ordinal).jurisdiction().code();
      }
      case SIGN_LANGUAGE -> {
        String argument = signLanguageArgument(p, i, f);
        yield argument == null ? "" : argument;
      }
    };
  }

  /** Returns the first of a preference's tags, in name order, that a profile has. */
  private String firstTagName(Pref p, int i) {
    for (int t = 0; t < p.tags.length; t++) {
      if (p.tags[t] >= 0 && hasTag(i, p.tags[t])) {
        return p.tagNames[t];
      }
    }
    return p.tagNames[0];
  }

  private String feeCurrency(int i) {
    int code = d.fee[i];
    int c = 0;
    while (d.currencyStart[c + 1] <= code) {
      c++;
    }
    return d.currencies[c].getCurrencyCode();
  }

  // ---------------------------------------------------------------- scoring

  /**
   * Scores an eligible profile and, when asked, explains the score.
   *
   * @param i the profile's index
   * @param f the profile's flags
   * @param reasons receives the reasons, or null when only the score is wanted
   * @return the score
   */
  private long score(int i, int f, @Nullable List<Reason> reasons) {
    long score = 0;
    int w = i >>> 6;
    int words = d.words;
    for (int c = 0; c < concerns; c++) {
      int level = ((int) (d.levelSets[concernSet[c] + w] >>> i) & 1)
          | ((int) (d.levelSets[concernSet[c] + words + w] >>> i) & 1) << 1;
      if (level != 0) {
        long points = concernPoints[c * 4 + level];
        score += points;
        if (reasons != null) {
          reasons.add(Reason.of(ReasonCode.COVERS_CONCERN, concernIds[c], points));
        }
        if (measured[c]) {
          int q = record(i, c);
          long outcome = measuredPoints(c, q);
          score += outcome;
          if (reasons != null) {
            int courses = q < 0 ? 0 : outcomes.data[q + 1];
            reasons.add(Reason.of(ReasonCode.MEASURED_OUTCOMES, concernIds[c], courses, outcome));
            if (q >= 0 && deteriorating(q)) {
              reasons.add(Reason.of(ReasonCode.MEASURED_DETERIORATION, concernIds[c], courses, 0));
            }
          }
        }
      }
    }
    for (Pref p : preferred) {
      if (met(p, i, f)) {
        score += preferencePoints;
        if (reasons != null) {
          reasons.add(Reason.of(p.reason(), argument(p, i, f), preferencePoints));
        }
      }
    }
    if (certificationPoints > 0 || reasons != null) {
      int q = firstCurrentCertification(i);
      if (q >= 0) {
        score += certificationPoints;
        if (reasons != null) {
          reasons.add(Reason.of(ReasonCode.CURRENT_CERTIFICATION,
              d.credentials[payload(d.blob[q])], certificationPoints));
        }
      }
    }
    int years = Math.min(f >>> PackedDirectory.EXPERIENCE_SHIFT, yearsCounted);
    if (years > 0) {
      long points = years * pointsPerYear;
      score += points;
      if (reasons != null) {
        reasons.add(Reason.of(ReasonCode.EXPERIENCE, Integer.toString(years), points));
      }
    }
    return score;
  }

  /**
   * Explains an eligible profile's score: authorisation first (by telehealth, the basis in each
   * session jurisdiction; in person, the practice location and the basis there), then the scored
   * reasons.
   */
  private long explain(int i, List<Reason> reasons) {
    int f = d.flags[i];
    if ((f & teleBits) != 0) {
      int[] found = new int[places.length];
      boolean everywhere = true;
      for (int s = 0; s < places.length && everywhere; s++) {
        found[s] = firstTeleGrant(i, s);
        everywhere = found[s] >= 0;
      }
      if (everywhere) {
        for (int s = 0; s < places.length; s++) {
          reasons.add(basisReason(d.grants[payload(d.blob[found[s]])], places[s]));
        }
      }
    }
    if ((f & inPersonBit) != 0) {
      int q = firstPracticeLocation(i);
      if (q >= 0) {
        Jurisdiction at = d.jurisdictions[payload(d.blob[q])];
        reasons.add(Reason.of(ReasonCode.PRACTICES_IN, at.code(), 0));
        int grant = firstGrantAt(i, payload(d.blob[q]));
        reasons.add(basisReason(d.grants[payload(d.blob[grant])], at));
      }
    }
    return score(i, f, reasons);
  }

  /** Returns the reason naming what an authorisation in a place rests on. */
  static Reason basisReason(Grant grant, Jurisdiction place) {
    Basis basis = grant.basis();
    return switch (basis.kind()) {
      case LICENCE -> Reason.of(ReasonCode.LICENSED_IN, basis.authority(), 0);
      case REGISTRATION -> Reason.of(ReasonCode.REGISTERED_WITH, basis.authority(), 0);
      case COMPACT_PRIVILEGE ->
          Reason.of(ReasonCode.COMPACT_PRIVILEGE, basis.authority() + ":" + place.code(), 0);
    };
  }

  /** A compiled preference. */
  private static final class Pref {
    final PreferenceKind kind;
    final int constraint;
    int flagMask;
    int[] languageMask = new int[0];
    int feeFrom;
    int feeTo;
    String argument = "";
    int tagMask;
    int[] tags = new int[0];
    String[] tagNames = new String[0];
    int[] rareTags = new int[0];
    @Nullable Coordinates from;
    double maxKm;
    @Nullable AccessFeature feature;
    Locale[] signLanguages = new Locale[0];

    Pref(PreferenceKind kind, int constraint) {
      this.kind = kind;
      this.constraint = constraint;
    }

    ReasonCode reason() {
      return ReasonCode.preferring(kind);
    }
  }
}
