package org.sextherapy.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Preference;
import org.sextherapy.client.Strength;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.matching.HardConstraint;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Ranking;
import org.sextherapy.matching.Reason;
import org.sextherapy.matching.ReasonCode;

/**
 * One request compiled against one packed directory, and the scan that answers it.
 *
 * <p>The scan visits every profile once and applies the hard constraints in the order
 * {@link HardConstraint} declares, stopping at the first that fails and counting it; a profile that
 * passes them all is scored and offered to a bounded heap of the best k. Scoring and explanation are
 * one method, so the reasons of a returned match add up to exactly the score it was ranked by.
 * Explanations are built only for the k returned.
 *
 * <p>This class orchestrates; each attribute family's filter and score sit in their own class:
 * {@link Places} (authorisation where the client will be), {@link Competence} (concerns and
 * measured outcomes), and one {@link Criterion} per preference ({@link Criterion#compile} maps each
 * preference kind to its family).
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
  private static final int COMPETENCE = HardConstraint.COMPETENCE.ordinal();
  private static final int FORMAT = HardConstraint.FORMAT.ordinal();
  private static final int DELIVERY = HardConstraint.DELIVERY.ordinal();
  private static final int AUTHORISATION = HardConstraint.AUTHORISATION.ordinal();
  private static final int ETHICS = HardConstraint.ETHICS.ordinal();
  private static final int DETERIORATION = HardConstraint.MEASURED_DETERIORATION.ordinal();
  private static final int STALE = HardConstraint.AVAILABILITY_CONFIRMED.ordinal();

  /** Below this many profiles per range, a scan is not split. */
  static final int MIN_RANGE = 16_384;

  private final PackedDirectory d;
  private final long[] available;
  private final EthicsVerdicts.OnDate verdicts;
  /**
   * The ordinal of the constraint under which the review refuses the request (safeguarding, or
   * guardian consent), or -1: a refused request matches nobody, every profile counted there.
   */
  private final int refusal;
  private final long requestState;
  private final int day;
  private final boolean adolescent;
  private final boolean child;
  private final int formatSet;
  private final int[] deliverySets;

  private final Places places;
  private final Competence competence;
  private final Freshness freshness;
  private final boolean excludeDeterioration;

  private final Criterion[] required;
  private final Criterion[] preferred;
  private final long preferencePoints;
  /** The most a profile can earn from the preferred preferences: each met at full points. */
  private final long preferencesCeiling;
  private final long certificationPoints;
  private final long pointsPerYear;
  private final int yearsCounted;
  private final ScoreBounds bounds;
  /** Whether the policy's prior is strong enough for the shrunk outcome bounds. */
  private final boolean shrunk;

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
    HardConstraint refusal = EthicsGate.refusal(review, request, date);
    this.refusal = refusal == null ? -1 : refusal.ordinal();
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
    this.formatSet = (PackedDirectory.FORMAT_SET + request.format().ordinal()) * directory.words;
    this.deliverySets = request.deliveries().stream()
        .mapToInt(delivery -> (PackedDirectory.DELIVERY_SET + delivery.ordinal()) * directory.words)
        .toArray();
    this.places = new Places(directory, request, date);
    this.competence = new Competence(directory, request, policy);
    this.freshness = new Freshness(directory, day, policy);
    this.excludeDeterioration = policy.excludeCredibleDeterioration();

    List<Criterion> requiredList = new ArrayList<>();
    List<Criterion> preferredList = new ArrayList<>();
    for (Preference preference : request.preferences()) {
      Criterion criterion = Criterion.compile(preference, directory, places, day, date,
          request.format(), policy);
      (preference.strength() == Strength.REQUIRED ? requiredList : preferredList).add(criterion);
    }
    requiredList.sort(Comparator.comparing(p -> p.kind));
    this.required = requiredList.toArray(new Criterion[0]);
    this.preferred = preferredList.toArray(new Criterion[0]);
    this.preferencePoints = policy.preferencePoints();
    // Every family earns at most the preference points (Criterion#points).
    this.preferencesCeiling = preferred.length * preferencePoints;
    this.certificationPoints = policy.certificationPoints();
    this.pointsPerYear = policy.pointsPerExperienceYear();
    this.yearsCounted = policy.experienceYearsCounted();
    this.bounds = directory.bounds;
    this.shrunk = ScoreBounds.shrinks(policy);
  }

  /**
   * Runs the query.
   *
   * @param k how many matches to return at most, at least 1
   * @param parallelism how many ranges to scan at once on the common fork-join pool, at least 1
   * @return the result, never null
   */
  public MatchResult run(int k, int parallelism) {
    return run(k, parallelism, true);
  }

  /**
   * Runs the query scoring every eligible profile, without the score bounds: the reference that the
   * tests hold the bounded scan to, and the benchmark's same-run comparison. Returns exactly what
   * {@link #run} returns.
   *
   * @param k how many matches to return at most, at least 1
   * @param parallelism how many ranges to scan at once on the common fork-join pool, at least 1
   * @return the result, never null
   */
  public MatchResult runScoringEveryone(int k, int parallelism) {
    return run(k, parallelism, false);
  }

  /**
   * Ranks without explaining: the k best eligible profiles and their scores, best first, exactly
   * as {@link #run} ranks them (the same bounded scan, in one range), with how many profiles are
   * eligible and how many the availability constraint excluded. Builds no {@link Match}, no
   * reason and no id: for a caller that ranks many requests and explains only the few matches it
   * keeps ({@link #explainMatch}).
   *
   * @param k how many profiles to rank at most, at least 1
   * @param factory makes the ranking from the scan's result, never null
   * @return the ranking, never null
   */
  public Ranking rank(int k, RankingFactory factory) {
    int n = d.size();
    TopK top = new TopK(Math.max(1, Math.min(k, n)), requestState, d);
    int[] counts = new int[CONSTRAINTS];
    if (refusal >= 0) {
      counts[refusal] = n;
    } else {
      scan(0, n, top, counts, true);
    }
    long[] scores = new long[top.size];
    int[] best = top.drainBestFirst(scores);
    int excluded = 0;
    for (int count : counts) {
      excluded += count;
    }
    return factory.create(best, scores, n - excluded, counts[AVAILABILITY]);
  }

  /**
   * Explains an eligible profile's match: the {@link Match} that {@link #run} returns for it, with
   * its reasons (authorisation first) adding up to its score.
   *
   * @param i the position of a profile that passes every hard constraint for this request
   * @return the match, never null
   */
  public Match explainMatch(int i) {
    List<Reason> reasons = new ArrayList<>();
    long score = explain(i, reasons);
    return Match.of(d.id(i), score, reasons);
  }

  private MatchResult run(int k, int parallelism, boolean bounded) {
    return runInRanges(k, Math.max(1, Math.min(parallelism, d.size() / MIN_RANGE)), bounded);
  }

  /**
   * Runs the query split in a given number of ranges, however small the directory: {@link #run}
   * splits only large directories, and the tests split small ones to hold a split scan, whose
   * ranges share their bar, to the scan that scores everyone.
   *
   * @param k how many matches to return at most, at least 1
   * @param ranges how many ranges, at least 1
   * @param bounded whether the score bounds apply
   * @return the result, never null
   */
  MatchResult runInRanges(int k, int ranges, boolean bounded) {
    int n = d.size();
    int capacity = Math.max(1, Math.min(k, n));
    // The ranges of a bounded scan share their bar (see TopK); the merge below needs none.
    AtomicLong bar = bounded && ranges > 1 ? new AtomicLong(Long.MIN_VALUE) : null;
    TopK top = new TopK(capacity, requestState, d, bar);
    int[] counts = new int[CONSTRAINTS];
    if (refusal >= 0) {
      counts[refusal] = n;
    } else if (ranges == 1) {
      scan(0, n, top, counts, bounded);
    } else {
      List<ForkJoinTask<Range>> forked = new ArrayList<>(ranges - 1);
      for (int r = 1; r < ranges; r++) {
        int from = boundary(n, r, ranges);
        int to = boundary(n, r + 1, ranges);
        forked.add(ForkJoinTask.adapt(() -> scanRange(from, to, capacity, bounded, bar)).fork());
      }
      scan(0, boundary(n, 1, ranges), top, counts, bounded);
      TopK merged = new TopK(capacity, requestState, d);
      merged.addAll(top);
      top = merged;
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
    for (int i : best) {
      matches.add(explainMatch(i));
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

  private Range scanRange(int from, int to, int capacity, boolean bounded,
      @Nullable AtomicLong bar) {
    Range range = new Range(new TopK(capacity, requestState, d, bar), new int[CONSTRAINTS]);
    scan(from, to, range.top, range.counts, bounded);
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
   * are counted with bit counts; then the full authorisation check on the date (cached per
   * situation), required preferences, freshness, deterioration and the ethics gate are asked a
   * word at a time too, each reading a bit set where its rule is one. The scan that scores
   * everyone asks those last constraints one profile at a time, as {@link #firstFailing} does.
   *
   * <p>When bounded, scoring follows the best candidates, not the directory. Once the heap holds k
   * candidates, the worst of them is a bar that a candidate must at least reach (an equal score may
   * still win on the tie-break, so only a bound strictly below the bar rules a candidate out), and
   * every part of the score has an upper bound that is cheaper than the part itself:
   * <ol>
   *   <li>per word of 64 profiles, from the candidates' bits and the directory's per-block maxima
   *       ({@link ScoreBounds}): the highest level declared per concern, the most the block's
   *       best outcome record can earn of the measured share, the block's most experience and
   *       latest confirmation, any certification, and each preferred criterion's
   *       {@link Criterion#most}, over the word's eligible candidates. A word below the bar is
   *       not scored at all. Its exclusions were counted before the bound was asked, a word at a
   *       time ({@link #eligibleAfterAuthorisation}), so every exclusion is counted exactly as
   *       without bounds, and a word the bound skips costs a few bit operations, not a look-up
   *       per candidate. The directory packs therapists of like standing in the same blocks
   *       ({@link ScanOrder}), so that these bounds are close to what a block's best earns;</li>
   *   <li>per group of a word's candidates that declare the same expertise levels in the
   *       request's concerns and are alike in having outcome records and a certification: the
   *       same bound with those levels' points and that signal ({@link #reaching}); a group below
   *       the bar is not scored;</li>
   *   <li>per profile that passes every constraint, before any outcome record is read: its declared
   *       competence, experience and freshness exactly, the certification signal if it holds any
   *       certification, per measured concern what its best outcome record in that concern's
   *       group can earn ({@link ScoreBounds#excessOf}), and each preferred family's bound for
   *       the profile alone; then, if it has outcome
   *       records, the same with its competence scored exactly.</li>
   * </ol>
   * With the scan split in ranges, the ranges share their bar ({@link TopK}).
   * Scores are exact integers, so each bound is exact arithmetic, and a candidate is skipped only
   * when it provably cannot enter the k best: the heap ends with exactly the candidates (and the
   * order) of a scan that scores everyone, since the k best under a total order do not depend on
   * which worse candidates were offered.
   */
  void scan(int from, int to, TopK top, int[] counts, boolean bounded) {
    final long[] available = this.available;
    final long[] flagSets = d.flagSets;
    final long[] signatureSets = d.signatureSets;
    final int words = d.words;
    final int adolescentsSet = PackedDirectory.ADOLESCENTS_SET * words;
    final int childrenSet = PackedDirectory.CHILDREN_SET * words;
    final int[] deliverySets = this.deliverySets;
    final int[][] jurisdictionSets = places.signatureSets;
    final long[] scratch = new long[competence.scratchSize()];
    for (int base = from; base < to; base += 64) {
      int w = base >>> 6;
      int size = Math.min(64, to - base);
      long valid = size == 64 ? -1L : (1L << size) - 1;
      long passed = available[w] & valid;
      long adolescents = adolescent ? flagSets[adolescentsSet + w] : -1L;
      long children = child ? flagSets[childrenSet + w] : -1L;
      long competent = competence.competent(w);
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
      if (passed == 0) {
        continue;
      }
      long authorised = places.authorised(w, passed);
      counts[AUTHORISATION] += Long.bitCount(passed & ~authorised);
      passed = authorised;
      if (passed == 0) {
        continue;
      }
      if (!bounded) {
        scoreEveryone(base, passed, top, counts);
        continue;
      }
      long eligible = eligibleAfterAuthorisation(w, passed, counts);
      if (eligible == 0) {
        continue;
      }
      // What a candidate of the word can earn from freshness and preferences at most, which
      // competenceIfMayEnter asks before its own: unbounded until the word's bounds are computed.
      long wordRest = UNBOUNDED;
      // Until a bar is known every candidate enters.
      if (top.barKnown()) {
        // The block's own bounds first, with every concern at its best and every preference met:
        // a word far below the bar is skipped before any level set or preference column is read.
        long fresh = freshness.most(bounds.confirmedDay[w]);
        long experienced = experienceMost(w);
        long rest = blockMost(w, eligible, experienced, fresh);
        int excess = bounds.excessOfBlock(w, shrunk);
        if (!top.admits(competence.ceiling(excess) + rest + preferencesCeiling)) {
          continue;
        }
        long most = competence.most(w, eligible, bounds.measured[w], excess) + rest;
        if (!top.admits(most + preferencesCeiling)) {
          continue;
        }
        long preferences = preferencesMost(w, eligible);
        if (!top.admits(most + preferences)) {
          continue;
        }
        wordRest = fresh + preferences;
        eligible = reaching(w, eligible, experienced + wordRest, top.bar(), scratch);
        if (eligible == 0) {
          continue;
        }
      }
      boolean barKnown = top.barKnown();
      while (eligible != 0) {
        int i = base + Long.numberOfTrailingZeros(eligible);
        eligible &= eligible - 1;
        if (!barKnown) {
          top.offer(score(i, null), i);
          barKnown = top.barKnown();
        } else {
          long competencePoints = competenceIfMayEnter(i, top, wordRest);
          if (competencePoints != CANNOT_ENTER) {
            top.offer(scoreWith(i, competencePoints, null), i);
          }
        }
      }
    }
  }

  /**
   * Returns which authorised candidates of word w pass the remaining constraints, counting each
   * one that does not under the first it fails: {@link #firstFailingAfterAuthorisation} for the 64
   * profiles of a word at once. Each constraint in turn removes from the candidates those it
   * excludes, so a candidate is counted under the first it fails, in the same order; each
   * constraint's word-wide test ({@link Criterion#met(int, long)},
   * {@link Freshness#excludes(int, long)}, {@link Competence#deteriorating(int, long, long)},
   * {@link EthicsVerdicts.OnDate#admits(int, long)}) asks the same rule as its test of one
   * profile, reading a bit set where the rule is one. The scan that scores everyone keeps the test
   * of one profile at a time, so the property tests hold this one to it.
   */
  private long eligibleAfterAuthorisation(int w, long authorised, int[] counts) {
    long eligible = authorised;
    for (Criterion criterion : required) {
      long met = criterion.met(w, eligible) & eligible;
      counts[criterion.constraint] += Long.bitCount(eligible & ~met);
      eligible = met;
    }
    if (eligible != 0) {
      long stale = freshness.excludes(w, eligible);
      counts[STALE] += Long.bitCount(stale);
      eligible &= ~stale;
    }
    if (excludeDeterioration && eligible != 0) {
      long deteriorating = competence.deteriorating(w, eligible, bounds.measured[w]);
      counts[DETERIORATION] += Long.bitCount(deteriorating);
      eligible &= ~deteriorating;
    }
    if (eligible != 0) {
      long admitted = verdicts.admits(w, eligible);
      counts[ETHICS] += Long.bitCount(eligible & ~admitted);
      eligible = admitted;
    }
    return eligible;
  }

  /** Scores every eligible candidate of a word and offers it: the scan without bounds. */
  private void scoreEveryone(int base, long candidates, TopK top, int[] counts) {
    while (candidates != 0) {
      int i = base + Long.numberOfTrailingZeros(candidates);
      candidates &= candidates - 1;
      int failed = firstFailingAfterAuthorisation(i);
      if (failed >= 0) {
        counts[failed]++;
      } else {
        top.offer(score(i, null), i);
      }
    }
  }

  /** Returns the most experience points a profile of block w earns. */
  private long experienceMost(int w) {
    return Math.min(bounds.experienceYears(w), yearsCounted) * pointsPerYear;
  }

  /**
   * Returns an upper bound of the score, without competence and preferences, of every candidate
   * of word w, from the block's request-independent bounds (see {@link #scan}): experience, the
   * certification signal and freshness. The scan computes the block's experience and freshness
   * bounds once per word, for this bound, the level split and the candidates' first bound.
   *
   * @param experienced the block's experience bound ({@link #experienceMost})
   * @param fresh the block's freshness bound ({@link Freshness#most} of its latest confirmation)
   */
  private long blockMost(int w, long candidates, long experienced, long fresh) {
    return experienced + ((bounds.certified[w] & candidates) != 0 ? certificationPoints : 0)
        + fresh;
  }

  /**
   * Returns which of some eligible candidates of word w may reach the bar, by a bound tighter than
   * the word's ({@link #scan}): the candidates are split by the expertise levels they declare, and
   * within each combination by whether they have outcome records and whether they hold a
   * certification ({@link ScoreBounds}; {@link Competence#reaching}); experience, freshness and
   * preferences are bounded as for the word ({@link #blockMost}).
   *
   * @param rest an upper bound of what the candidates earn from experience, freshness and
   *     preferences met
   * @param bar the lowest score that may still enter the k best
   * @param scratch scratch for {@link Competence#reaching}
   */
  private long reaching(int w, long candidates, long rest, long bar, long[] scratch) {
    return competence.reaching(w, candidates, bounds.measured[w], bounds.certified[w],
        certificationPoints, bounds.excessOfBlock(w, shrunk), bar - rest, scratch);
  }

  /** Returns an upper bound of what the candidates of word w earn from preferences met. */
  private long preferencesMost(int w, long candidates) {
    long most = 0;
    for (Criterion p : preferred) {
      most += p.most(w, candidates, preferencePoints);
    }
    return most;
  }

  /**
   * A bound of a word's freshness and preferences that rules nothing out, for a word whose bounds
   * were not computed because no bar was known yet: far above any score, and far enough below
   * {@link Long#MAX_VALUE} that adding a profile's points cannot overflow.
   */
  private static final long UNBOUNDED = Long.MAX_VALUE / 4;

  /** What {@link #competenceIfMayEnter} returns for a profile that cannot enter. */
  private static final long CANNOT_ENTER = -1;

  /**
   * Tells whether an eligible profile could still enter the k best (see {@link #scan}): first
   * without reading its outcome records, with the word's bounds of freshness and preferences
   * ({@code wordRest}, which cost nothing more per candidate); then with its own freshness and
   * each preferred family's bound for the profile alone ({@link Criterion#most} of one candidate:
   * a bit or a column entry for most families); then, for a profile that has records, with its
   * competence scored exactly. Each bound is at least the next, so each rules out only profiles
   * the next would: the word's bounds hold for each of its candidates, and most of the candidates
   * the level split lets through fall short already of the first (on the dense benchmark data the
   * split leaves about three candidates for each that may enter).
   *
   * @param wordRest an upper bound of what the profile earns from freshness and preferences: the
   *     block's latest confirmation's freshness ({@link Freshness#most}) plus the word's bound of
   *     the preferences met ({@link #preferencesMost}), or {@link #UNBOUNDED}
   * @return the profile's competence points, exactly, if it may enter; else {@link #CANNOT_ENTER}
   */
  private long competenceIfMayEnter(int i, TopK top, long wordRest) {
    int w = i >>> 6;
    long bit = 1L << i;
    boolean recorded = (bounds.measured[w] & bit) != 0;
    long own = experience(i) + ((bounds.certified[w] & bit) != 0 ? certificationPoints : 0);
    // Exact for a profile without records ({@link Competence#most(int, boolean)}).
    long competent = competence.most(i, recorded);
    if (!top.admits(competent + own + wordRest)) {
      return CANNOT_ENTER;
    }
    long rest = own + freshness.score(i, null) + preferencesMost(w, bit);
    if (!top.admits(competent + rest)) {
      return CANNOT_ENTER;
    }
    if (recorded) {
      competent = competence.score(i, null);
      if (!top.admits(competent + rest)) {
        return CANNOT_ENTER;
      }
    }
    return competent;
  }

  /**
   * Returns the first hard constraint that a profile passing the scan's bit sets fails, one
   * profile at a time: authorisation on the date, required preferences, the freshness limit,
   * measured deterioration, the ethics gate.
   */
  private int firstFailingAfterTheSets(int i) {
    return places.authorised(i) ? firstFailingAfterAuthorisation(i) : AUTHORISATION;
  }

  /**
   * Returns the first hard constraint that an authorised profile fails: required preferences, the
   * freshness limit, measured deterioration, the ethics gate; or -1.
   */
  private int firstFailingAfterAuthorisation(int i) {
    for (Criterion criterion : required) {
      if (!criterion.met(i)) {
        return criterion.constraint;
      }
    }
    if (freshness.excludes(i)) {
      return STALE;
    }
    if (excludeDeterioration && competence.deteriorating(i)) {
      return DETERIORATION;
    }
    return verdicts.admits(i) ? -1 : ETHICS;
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
    if (refusal >= 0) {
      return refusal;
    }
    if ((available[w] & bit) == 0) {
      return AVAILABILITY;
    }
    if (adolescent && !d.in(PackedDirectory.ADOLESCENTS_SET, i)) {
      return ADOLESCENTS;
    }
    if (child && !d.in(PackedDirectory.CHILDREN_SET, i)) {
      return CHILDREN;
    }
    if ((competence.competent(w) & bit) == 0) {
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
    return firstFailingAfterTheSets(i);
  }

  /**
   * Says why a profile that {@link #firstFailing} excludes under
   * {@link HardConstraint#AUTHORISATION} is not authorised: the first session jurisdiction in
   * which it is authorised for no delivery both sides accept (no telehealth grant there, and no
   * practice location there with an in-person grant), the deliveries it is authorised for there,
   * the bases missing, and the {@link org.sextherapy.matching.AuthorisationGap} they amount to.
   *
   * @param i the profile's index
   * @return why, never null
   */
  public Unauthorised unauthorised(int i) {
    return places.unauthorised(i);
  }

  /** Returns the experience points of a profile: the last part of its score. */
  private long experience(int i) {
    return Math.min(d.experienceYears(i), yearsCounted) * pointsPerYear;
  }

  /**
   * Scores an eligible profile and, when asked, explains the score: competence, preferences met,
   * the certification signal, experience, freshness.
   *
   * @param i the profile's index
   * @param reasons receives the reasons, or null when only the score is wanted
   * @return the score
   */
  private long score(int i, @Nullable List<Reason> reasons) {
    return scoreWith(i, competence.score(i, reasons), reasons);
  }

  /**
   * Scores an eligible profile whose competence points are known (and, when explaining, already
   * explained): adds the preferences met, the certification signal, experience and freshness.
   */
  private long scoreWith(int i, long competent, @Nullable List<Reason> reasons) {
    long score = competent;
    for (Criterion p : preferred) {
      if (p.met(i)) {
        long points = p.points(i, preferencePoints);
        score += points;
        if (reasons != null) {
          reasons.add(Reason.of(p.reason(i), p.argument(i), points));
        }
      }
    }
    if (certificationPoints > 0 || reasons != null) {
      int q = CertificationCriterion.firstCurrent(d, i, day);
      if (q >= 0) {
        score += certificationPoints;
        if (reasons != null) {
          reasons.add(Reason.of(ReasonCode.CURRENT_CERTIFICATION,
              CertificationCriterion.credential(d, q), certificationPoints));
        }
      }
    }
    int years = Math.min(d.experienceYears(i), yearsCounted);
    if (years > 0) {
      long points = years * pointsPerYear;
      score += points;
      if (reasons != null) {
        reasons.add(Reason.of(ReasonCode.EXPERIENCE, Integer.toString(years), points));
      }
    }
    long fresh = freshness.score(i, reasons);
    if (reasons != null) {
      // Only explanations read the profile's particulars: scoring alone stays on the columns.
      TimeCriterion.explainOpening(d.particulars(i).availability(), reasons);
    }
    return score + fresh;
  }

  /** Explains an eligible profile's score: authorisation first, then the scored reasons. */
  private long explain(int i, List<Reason> reasons) {
    places.explain(i, reasons);
    return score(i, reasons);
  }
}
