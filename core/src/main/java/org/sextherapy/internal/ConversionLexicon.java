package org.sextherapy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How conversion practices are phrased in plain language: the names of the practices, and the
 * ordinary words of goal notes, exercise notes and service descriptions that aim to change,
 * suppress or deny a person's sexual orientation, gender identity or gender expression. Used by
 * ethical rule 1's wording checks; the structured check ({@code Aim#altersIdentity()}) is what
 * cannot be dodged, this catches what the structured aim leaves generic.
 *
 * <p><b>Sources of the phrasings.</b> Practice names: APA resolutions on sexual orientation change
 * efforts and on gender identity change efforts (2021,
 * https://www.apa.org/about/policy/resolution-sexual-orientation-change-efforts.pdf and
 * https://www.apa.org/about/policy/resolution-gender-identity-change-efforts.pdf); AASECT position
 * on reparative therapy (2017, https://www.aasect.org/position-reparative-therapy); UN Independent
 * Expert on SOGI, report on conversion practices (A/HRC/44/53, 2020,
 * https://undocs.org/A/HRC/44/53). Plain-language aims (stop being attracted to the same sex,
 * overcome unwanted same-sex attraction, accept the sex assigned at birth, detransition): the same
 * APA resolutions and the UN report, which quote how practitioners describe their goals, and the
 * APA Task Force report on appropriate therapeutic responses to sexual orientation (2009,
 * https://www.apa.org/pi/lgbc/publications/therapeutic-response.pdf). Each entry's id names its
 * language and family, such as {@code en.orientation.stop-attraction}.
 *
 * <p><b>Renamed practices and programmes.</b> Practices that renamed themselves, with the sources
 * that describe them as change efforts: "Sexual Attraction Fluidity Exploration in Therapy
 * (SAFE-T)" and "therapies that allow for change" (change-allowing), the names the Alliance for
 * Therapeutic Choice adopted in 2016 in place of "reorientation therapy" and "SOCE" for clients
 * with "unwanted same-sex attractions", which it abbreviates SSA (C. Rosik,
 * https://learning.iftcc.org/sexual-attraction-fluidity-exploration-in-therapy-safe-t/);
 * "Journey into Manhood", the weekend of People Can Change for men with "unwanted homosexual
 * attraction" (The Advocate, 2012,
 * http://advocate.com/news/2012/09/12/ex-gay-group-hold-two-events-southern-us-0;
 * https://en.wikipedia.org/wiki/People_Can_Change); "gender exploratory therapy", reported as a
 * rebranded gender identity change effort that aims at desistance (Xtra, 2023,
 * https://xtramagazine.com/health/gender-exploratory-therapy-243833), the kind of therapy that the
 * WPATH Standards of Care, version 8 (2022, doi:10.1080/26895269.2022.2100644), recommend against
 * when it tries to change a person's gender identity. Only the name's adjective "exploratory"
 * is caught: "gender exploration" is also what affirming care does.
 *
 * <p><b>Gender expression and conditioning, session 16.</b> The APA resolution on GICE (2021)
 * and the UN report count efforts to change gender expression: feminine or effeminate behaviour
 * stopped or extinguished, "gender-appropriate" behaviour as an aim, a child named by the sex
 * assigned at birth ("boys", "your son", "tomboys") made "more masculine" or "more feminine", a
 * boy pushed ("encourage", "make", "teach") to "act like a man" or to stop wearing dresses, and a
 * body named by birth ("the body God gave them", "his male body") as the alternative to
 * transition. The APA task force (2009) reviews orgasmic reconditioning, aversion therapy and
 * covert sensitisation among the orientation change efforts; they are caught only with an
 * orientation object ("against same-sex arousal", "towards heterosexual stimuli"), since the same
 * techniques treat paraphilias, smoking and gambling, and "aversion therapy" alone is no longer a
 * practice's name. A trans child ("trans boys"), a pronoun without a pushing verb ("help her sound
 * more feminine", a trans woman's own aim; "help him stop wearing dresses", a client's own), a
 * critique in the third person ("our culture teaches boys to man up", "pressure on boys to act
 * like men") and comfort in a plain "your body" pass.
 *
 * <p><b>What it must not flag.</b> Accepting, exploring, affirming or reducing shame about one's
 * orientation or gender identity is ethical, and so is saying that a practice is not, or is
 * against, conversion therapy, or helping its survivors. So an entry matches only a change,
 * suppression or denial verb followed, with at most a few small words between ("his", "the
 * client's", "unwanted"), by an identity object; and a match is not counted when it is opposed
 * ({@link Opposition}): a negating or opposing word ("not", "never", "against", "survivors of",
 * "ban on", "harmed by") within the {@value #NEGATION_WINDOW} words before it in its own sentence
 * or clause ({@code clauses}: "No shame. Conversion therapy for men" and "Don't wait - cure your
 * homosexuality" are not negated); in every language of the lexicon a negation reaches a match
 * only over the words of its scope (pronouns, auxiliaries, verbs of offering and endorsing: "we
 * do not, and will never, offer conversion therapy", "não oferecemos", "wij bieden geen"), so "No
 * judgement, reparative therapy" and "Sem julgamento, terapia de conversão" are not negated,
 * and "anti" opposes only the name it is joined to ("anti-conversion", not "anti-gay conversion
 * therapy"); a coordinator
 * joining it to an opposed match ("we never practise conversion therapy or any attempt to change
 * orientation"); an opposing word ("survivors", "ban") within the {@value #OPPOSED_AFTER_WINDOW}
 * words after it, or an opposing predicate after it ("conversion therapy is harmful; we are
 * against it", "Conversion therapy? Never here.", "caused me harm", "is not something we
 * treat"), unless the next clause takes it back with a word of disagreement and an offer of
 * "it" ("... is harmful. We disagree and offer it."); or, before a practice's name only, a
 * recovery word ("recover from SOCE", "Hilfe nach Konversionstherapie"). A concessive makes a
 * negation no opposition ("Despite the ban, conversion therapy available"; "despite the ban on
 * conversion therapy" still opposes it), and in English a word of attempt carries a negation
 * only through a small word ("no pressure to change your orientation" is a refusal, "No
 * pressure, reparative therapy" a slogan). The object decides: "healing from conversion therapy"
 * is recovery, "healing from homosexuality" is a conversion aim, caught by an entry that begins
 * at "healing".
 * A negation is spent on the match it opposes, and each opposition discounts only its own match,
 * so an opposing word does not hide a second claim in the same text ("not conversion therapy, but
 * cure homosexuality"; "conversion therapy is harmful, so we help you overcome unwanted SSA").
 * Some entries do not match after or before words that give
 * their words another sense: "SSA" before Social Security words ("SSA disability forms"), "safe
 * T" before testosterone words ("safe T dosing"), "journey into manhood" after a possessive ("on
 * their journey into manhood", a trans man's own).
 *
 * <p><b>Languages.</b> Text is cut into words ({@link Words#folded}: Unicode-normalised, letters
 * and digits, lower-cased with {@link Locale#ROOT}; invisible format characters dropped;
 * diacritics dropped, so "conversion" matches "conversión"; any other character separates), so
 * the matching works for any language written with spaces. Entries are cut and folded the same
 * way. The words are also read respelled ({@link Respellings}): letters spaced out, digits for
 * letters and compounds split by a hyphen are undone where they give a lexicon word, so
 * "c o n v e r s i o n", "convers1on" and "Konversions-Therapie" are caught and "1:1 sessions"
 * or "DSM-5" are not changed. Entries are grouped by language tag. English has names and
 * plain-language aims; German, French, Spanish, Portuguese, Italian, Dutch and Polish have the
 * names of the practices their laws and professional bodies use and the cure, treatment and change
 * of homosexuality in plain words, each with its own negations, opposing predicates, recovery words
 * and coordinators. Adding a language means adding its entries, fillers and {@link Opposition} to
 * {@link #LANGUAGES}, with sources, and phrasings to the test resource.
 *
 * <p>The respelled reading and the {@code SAFE-T}, {@code journey into manhood} and SSA entries
 * are limited to keep ordinary text passing; "SAFE-T therapy" is not caught (it reads as safe
 * testosterone therapy), and "gender exploration" in affirming care is never caught.
 *
 * <p><b>Limits.</b> Wording is read phrase by phrase, not understood: an aim that needs the
 * sentence's sense to be recognised ("help him accept that he is a boy", which is a conversion aim
 * for a trans girl and not for a cis boy) is not caught, and a pronoun standing for an identity
 * ("explore its roots to overcome it") is not followed. The structured aim ({@code
 * Aim#altersIdentity()}) is the check that cannot be dodged; the lexicon is the net under it.
 * Some services are judged by their name, where the text cannot say who asked for them:
 * "detransition coaching" is caught (coaching towards the outcome it names), while support,
 * counselling and care for detransitioners pass; "sexual brokenness" is caught with a service
 * or as what is healed, though the ministries that use it also mean affairs or pornography; the
 * name "sexual identity therapy" passes, aligning an identity with religious values is caught;
 * "watchful waiting" passes, waiting "until gender confusion resolves" is caught. Polish and the
 * plain words of the other languages were written from their sources, not by native speakers.
 * Commas are not read: a slogan that ends in a word of attempt and reaches the match through a
 * small word ("No pressure, therapy to change your orientation") is read as the refusal "no
 * pressure to change" and passes. A reversal of an opposing predicate is read only in English
 * and only in the clause right after it, with "it" or "them" for the practice ("We disagree and
 * offer it"); "Wrong. We still offer it." or naming the practice again in other words is not
 * followed, nor is a reversal in the other languages. A question before a claim that the
 * orientation can be cured ("Can homosexuality be cured? No.") is left out, so "Is
 * homosexuality curable? Yes." passes too. Misspellings are read only from {@link Respellings}'s
 * list. Gender expression is read the same way: a parent's wish described and then declined
 * ("Father wants to make his son more masculine; we work on acceptance") is caught, "help him
 * become more masculine" passes (it is also a trans man's own aim), a gerund critique ("society
 * teaching boys to man up") is caught, and orgasmic reconditioning "towards heterosexual stimuli"
 * is caught even where a heterosexual client's paraphilia is its target.
 *
 * <p>A finding names the entry id, never the text. This class is immutable and thread-safe.
 */
public final class ConversionLexicon {

  /** How many words before a match are searched for a negation. */
  static final int NEGATION_WINDOW = 4;
  /**
   * How many words before a match are searched for a negation when all words between are small
   * words or words of attempt ("interdisant les pratiques visant à modifier").
   */
  static final int BRIDGE_WINDOW = 8;
  /** How many small words may stand between two parts of an entry. */
  static final int MAX_GAP = 4;
  /**
   * How many words before a match a negation reaches over the words of its scope ("No client of
   * ours will ever be pushed to change their gender identity"); any other word stops it first.
   */
  static final int SCOPE_WINDOW = 12;
  /** How many small words may stand between a concessive and its negation ("despite the"). */
  static final int CONCESSIVE_WINDOW = 3;
  /** How many words of the next clause are read for a reversal of an opposing predicate. */
  static final int REVERSAL_WINDOW = 8;
  /** How many words after a match are searched for an opposing word. */
  static final int OPPOSED_AFTER_WINDOW = 2;
  /** How many words after a match are searched for an opposing predicate ("is harmful"). */
  static final int PREDICATE_WINDOW = 6;

  /**
   * One lexicon entry: an id, slots (each a list of alternative word sequences), and the words that
   * must not follow a match, for phrasings whose meaning turns on the next word ("to be straight"
   * is a conversion aim, "to be straight with my partner" is honesty). An entry whose id names a
   * practice ({@code .practice.}) is a practice's name: a recovery word before it ("recover from
   * SOCE", "after conversion therapy") makes it the thing recovered from. An entry may allow fewer
   * small words between its slots than {@value #MAX_GAP}, where a small word would change who does
   * what ("help children desist" is an aim, "help children who desist" is support).
   */
  static final class Entry {
    final String id;
    final String[][][] slots;
    final Set<String> notFollowedBy;
    final List<String[]> notFollowedByPhrases;
    final Set<String> notPrecededBy;
    final boolean practiceName;
    final int maxGap;

    Entry(String id, String[][][] slots, List<String[]> notFollowedBy,
        Set<String> notPrecededBy, int maxGap) {
      this.id = id;
      this.slots = slots;
      Set<String> words = new HashSet<>();
      List<String[]> phrases = new ArrayList<>();
      for (String[] phrase : notFollowedBy) {
        if (phrase.length == 1) {
          words.add(phrase[0]);
        } else {
          phrases.add(phrase);
        }
      }
      this.notFollowedBy = Set.copyOf(words);
      this.notFollowedByPhrases = List.copyOf(phrases);
      this.notPrecededBy = notPrecededBy;
      this.practiceName = id.contains(".practice.");
      this.maxGap = maxGap;
    }
  }

  /**
   * How a language opposes a match, all words folded as the text's are. Before a match, in its
   * own sentence or clause: a negation or opposing word ({@code negations}, "not", "against",
   * "survivors of") within {@value #NEGATION_WINDOW} words, or where the language lists its
   * negations' scope ({@code scope}) a reaching negation over scope words only, within
   * {@value #SCOPE_WINDOW}; "anti" just before it ({@code adjacentOnly}); a negating
   * contraction kept whole ("don't"); a close negation
   * ("without") or, before a practice's name only, a recovery phrase ("recover from", "after",
   * "nach") with nothing but small words between it and the match; or a coordinator ("or", "and",
   * "nor") joining the match, over small words and words of attempt ("any attempt to"), to an
   * earlier match that was itself opposed ("never conversion therapy or any attempt to change
   * orientation"). After a match: an opposing word ({@code opposedAfter}, "survivors", "ban")
   * within {@value #OPPOSED_AFTER_WINDOW} words, or an opposing predicate ("is harmful", "we are
   * against it", "does not work") reached over copulas and small words only ({@code
   * predicateSkips}) within {@value #PREDICATE_WINDOW} words. A negation is no opposition after
   * a concessive ({@code concessives}, "despite the ban, conversion therapy available"), and in
   * English a word of attempt carries a negation only through a small word ({@code
   * linkedAttempts}: "no pressure to change", not "no pressure, reparative therapy"). Each
   * opposition discounts only its
   * own match: another claim in the same text is still read ("not conversion therapy: we help you
   * overcome unwanted same-sex attraction").
   */
  static final class Opposition {
    private Set<String> negations = Set.of();
    private Set<String> contractions = Set.of();
    private List<String[]> closeNegations = List.of();
    private List<String[]> recoveries = List.of();
    private Set<String> coordinators = Set.of();
    private Set<String> conjunctWords = Set.of();
    private Set<String> opposedAfter = Set.of();
    /** The opposing predicates by their first word: each word after a match is looked up once. */
    private Map<String, List<String[]>> predicates = Map.of();
    private Set<String> predicateSkips = Set.of();
    private @Nullable Set<String> reaching;
    private Set<String> scopeWords = Set.of();
    private Set<String> adjacentOnly = Set.of();
    private Set<String> concessives = Set.of();
    private Set<String> linkedAttempts = Set.of();
    private Set<String> disagreements = Set.of();
    private List<String[]> reversingOffers = List.of();

    /**
     * The negations that reach a match over the words of their scope only, and those words: "we
     * do not offer conversion therapy" is negated over "offer", "no judgement, reparative therapy"
     * is not, since "judgement" is outside the scope of "no". A language without them lets its
     * negations reach over any words of the window.
     */
    Opposition scope(String reachingWords, String words) {
      reaching = foldedWords(reachingWords);
      scopeWords = foldedWords(words);
      return this;
    }

    /** Words that oppose a match only just before it: "anti-conversion", not "anti-gay ...". */
    Opposition adjacentOnly(String words) {
      adjacentOnly = foldedWords(words);
      return this;
    }

    /**
     * Words that, a few small words before a negation, make it a concession and not an
     * opposition: "despite the ban, conversion therapy available" offers what "the ban" names.
     * A ban joined to the match ("despite the ban on conversion therapy") still opposes it.
     */
    Opposition concessives(String words) {
      concessives = foldedWords(words);
      return this;
    }

    /**
     * Words of attempt that carry a negation onto a match only through a small word: "no
     * pressure to change your orientation" is a refusal, "No pressure, reparative therapy" a
     * slogan before an offer. Determiners among the words of attempt ("any", "toute") are not
     * among them: "we refuse any conversion therapy".
     */
    Opposition linkedAttempts(String words) {
      linkedAttempts = foldedWords(words);
      return this;
    }

    /**
     * Words of disagreement, and offers of the practice by pronoun, that in the clause after an
     * opposing predicate take it back: "Conversion therapy is harmful. We disagree and offer it."
     */
    Opposition reversals(String disagreementWords, String offerPhrases) {
      disagreements = foldedWords(disagreementWords);
      reversingOffers = phrases(offerPhrases);
      return this;
    }

    /** Words that negate or oppose a match within the window before it: "a b | c". */
    Opposition negations(String words) {
      negations = foldedWords(words);
      return this;
    }

    /** Negating contractions, kept whole: "don't | isn't". */
    Opposition contractions(String words) {
      contractions = Set.of(alternatives(words));
      return this;
    }

    /** Phrases that negate a match with only small words between: "without". */
    Opposition closeNegations(String phrases) {
      closeNegations = phrases(phrases);
      return this;
    }

    /** Phrases that, just before a practice's name, make it what is recovered from. */
    Opposition recoveries(String phrases) {
      recoveries = phrases(phrases);
      return this;
    }

    /** Coordinators, and the words of attempt that may stand between one and a match. */
    Opposition coordination(String coordinatorWords, String attemptWords) {
      coordinators = foldedWords(coordinatorWords);
      conjunctWords = foldedWords(attemptWords);
      return this;
    }

    /** Opposing words just after a match: "survivors | ban". */
    Opposition opposedAfter(String words) {
      opposedAfter = foldedWords(words);
      return this;
    }

    /** Opposing predicates after a match, and the copulas and small words they may follow. */
    Opposition predicates(String phrases, String skips) {
      Map<String, List<String[]>> byFirstWord = new HashMap<>();
      for (String[] phrase : phrases(phrases)) {
        byFirstWord.computeIfAbsent(phrase[0], w -> new ArrayList<>()).add(phrase);
      }
      byFirstWord.replaceAll((w, list) -> List.copyOf(list));
      predicates = Map.copyOf(byFirstWord);
      predicateSkips = foldedWords(skips);
      return this;
    }

    private static List<String[]> phrases(String phrases) {
      List<String[]> out = new ArrayList<>();
      for (String alternative : alternatives(phrases)) {
        out.add(Words.folded(alternative));
      }
      return List.copyOf(out);
    }
  }

  /**
   * The entries, small words ({@code fillers}) and oppositions ({@link Opposition}) of one
   * language.
   */
  static final class Language {
    final String tag;
    final List<Entry> entries;
    final Set<String> fillers;
    final Opposition opposition;
    /**
     * For each word that can begin a match, the indices of the entries whose first slot has an
     * alternative beginning with it, in lexicon order: a text is then read once, each word looked
     * up once, instead of once per entry and alternative (which made the lexicon most of the cost
     * of indexing a large directory).
     */
    private final Map<String, int[]> entriesByFirstWord;

    Language(String tag, List<Entry> entries, String fillers, Opposition opposition) {
      this.tag = tag;
      this.entries = entries;
      this.fillers = foldedWords(fillers);
      this.opposition = opposition;
      Map<String, Set<Integer>> starts = new HashMap<>();
      for (int e = 0; e < entries.size(); e++) {
        for (String[] alternative : entries.get(e).slots[0]) {
          starts.computeIfAbsent(alternative[0], w -> new TreeSet<>()).add(e);
        }
      }
      Map<String, int[]> byFirstWord = new HashMap<>();
      starts.forEach((word, indices) ->
          byFirstWord.put(word, indices.stream().mapToInt(Integer::intValue).toArray()));
      this.entriesByFirstWord = Map.copyOf(byFirstWord);
    }

    /**
     * Returns the index of the first entry, in lexicon order, that matches somewhere in the words
     * without being opposed (the same entry a walk over every entry and then every position
     * finds), or the number of entries if none does. Every match is tried, opposed or not, since an
     * opposed match may oppose a later one joined to it ("not X or Y").
     */
    int firstEntryIn(String[] words, int[] clauseStart) {
      int first = entries.size();
      boolean[] opposedEnd = null;
      // A negation before a match is spent on it: a later match, past the end of the first one
      // it negated, reads negations only from there on ("keine Konversionstherapie, aber Heilung
      // von Homosexualität"), unless it is joined to the first one (coordinated).
      int spentUntil = 0;
      int floorInside = 0;
      for (int start = 0; start < words.length; start++) {
        int[] candidates = entriesByFirstWord.get(words[start]);
        if (candidates == null) {
          continue;
        }
        int negatedHere = -1;
        int recoveredHere = -1;
        for (int c = 0; c < candidates.length; c++) {
          Entry entry = entries.get(candidates[c]);
          if (start > 0 && entry.notPrecededBy.contains(words[start - 1])) {
            continue;
          }
          int end = matchSlot(words, start, entry, 0, this);
          if (end < 0) {
            continue;
          }
          if (negatedHere < 0) {
            int floor = Math.max(start < spentUntil ? floorInside : spentUntil,
                clauseStart[start]);
            negatedHere = negated(words, start, floor, this) ? 2
                : opposedEnd != null && coordinated(words, start, this, opposedEnd) ? 1 : 0;
          }
          if (negatedHere == 2) {
            if (start >= spentUntil) {
              floorInside = spentUntil;
            }
            spentUntil = Math.max(spentUntil, end);
          }
          // a list of names, "we oppose conversion therapy, reparative therapy and SOCE"
          boolean listed = entry.practiceName && opposedEnd != null && opposedEnd[start];
          boolean opposed = negatedHere > 0 || listed || opposedAfter(words, clauseStart, end, this);
          if (!opposed && entry.practiceName) {
            if (recoveredHere < 0) {
              recoveredHere = closeBefore(words, start, clauseStart[start], this,
                  opposition.recoveries) ? 1 : 0;
            }
            opposed = recoveredHere == 1;
          }
          if (opposed) {
            if (opposedEnd == null) {
              opposedEnd = new boolean[words.length + 1];
            }
            opposedEnd[end] = true;
          } else {
            first = Math.min(first, candidates[c]);
          }
        }
      }
      return first;
    }
  }

  // ---------------------------------------------------------------- English

  private static final String ORIENTATION_OBJECTS = "homosexuality | homosexual feelings"
      + " | homosexual urges | homosexual desires | homosexual desire | homosexual tendencies"
      + " | homosexual attraction | homosexual attractions | homosexual thoughts"
      + " | homosexual behaviour | homosexual behavior | homosexual orientation"
      + " | same sex attraction | same sex attractions | same sex desire | same sex desires"
      + " | same sex feelings | same sex urges | same sex tendencies | same sex orientation"
      + " | same gender attraction | same gender attractions | ssa | gay feelings | gay urges"
      + " | gay desires | gay thoughts | gay tendencies | gayness | lesbianism"
      + " | lesbian feelings | lesbian desires | lesbian tendencies | bisexuality"
      + " | bisexual feelings | bisexual urges | bisexual tendencies | sexual orientation"
      + " | attraction to men | attraction to women | attraction to the same sex"
      + " | ssas | same sex fantasies | same sex fantasy | homosexual fantasies"
      + " | homosexual fantasy | gay fantasies | lesbian fantasies | homoerotic fantasies"
      + " | homoerotic desires | homoerotic feelings | same sex arousal | homosexual arousal"
      + " | sexual brokenness | homosexual brokenness | same sex brokenness | broken sexuality"
      + " | sexual and relational brokenness | relational and sexual brokenness";

  /**
   * What "SSA" stands for when it is not same-sex attraction: the US Social Security
   * Administration's benefits and paperwork. An entry ending on "SSA" does not match before them.
   */
  private static final String SSA_OTHER_SENSES = "disability | benefit | benefits | form | forms"
      + " | paperwork | claim | claims | application | applications | letter | letters | appeal"
      + " | appeals | office | offices | number | numbers | card | cards | payment | payments"
      + " | ssi | ssdi | decision | decisions | hearing | hearings | records | determination"
      + " | determinations | retirement | administration | rules | requirements | medicaid"
      + " | medicare | income | check | checks | deposit | deposits | account | accounts";

  /**
   * Nouns that, after "sexual orientation", make it a modifier of what is fought or reduced, not
   * the object: "free from sexual orientation discrimination", "reduce sexual orientation
   * disparities".
   */
  private static final String ORIENTATION_AS_MODIFIER = " | discrimination | bias | biases"
      + " | prejudice | stigma | based | related | harassment | disparities | disparity"
      + " | minority | inequality | inequalities | diversity | hate | microaggressions"
      + " | microaggression | bullying";

  /** The services a renamed practice is offered as ("gender exploratory approach"). */
  private static final String RENAMED_SERVICES = "therapy | therapies | therapist | therapists"
      + " | counselling | counseling | counsellor | counselor | coaching | psychotherapy"
      + " | exploration | explorations | approach | approaches | model | association"
      + " | practitioner | practitioners";

  /**
   * What "T" stands for after "safe" in trans care (testosterone), or in other senses, where
   * "safe T" is not the SAFE-T practice: "safe T injections", "safe T dosing".
   */
  private static final String T_OTHER_SENSES = "injection | injections | injecting | injectable"
      + " | dose | doses | dosing | dosage | level | levels | use | using | gel | gels | therapy"
      + " | treatment | treatments | prescribing | prescription | prescriptions | shirt | shirts"
      + " | cell | cells | count | counts | blocker | blockers | hormone | hormones | patch"
      + " | patches | cream | for | with | and | is | was";

  private static final String GENDER_OBJECTS = "gender identity | gender expression"
      + " | gender confusion | trans identity | transgender identity | transgenderism"
      + " | trans feelings | transgender feelings | cross gender identification"
      + " | cross gender feelings | cross gender behaviour | cross gender behavior"
      + " | desire to transition | wish to transition | desire to be a girl | desire to be a boy"
      + " | desire to be the other sex | desire to be the opposite sex | non binary identity"
      + " | nonbinary identity | gender nonconformity | gender non conformity"
      + " | transgender identification | trans identification | gender brokenness";

  /** Verbs that aim to remove or suppress what follows, for orientation and gender alike. */
  private static final String ELIMINATE = "cure | fix | heal | healing | correct | repair"
      + " | eliminate | eradicate | overcome | overcoming | reverse | get rid of | rid"
      + " | free from | freedom from | deliver from | deliverance from | break free from"
      + " | walk away from | renounce | reduce | decrease | diminish | lessen | minimise"
      + " | minimize | suppress | suppressing | resist | resisting | fight | fighting | combat"
      + " | conquer | defeat | struggle against | resolve | pray away | remove | treat"
      + " | heal from | healing from | healed from | recover from | recovering from | recovery from"
      + " | get over | getting over | grow out of | growing out of | leave behind | leaving behind"
      + " | turn away from | turning away from | escape from | escaping | be delivered from"
      + " | restoration from | restored from | restore from | restoring from | freed from"
      + " | set free from | setting free from | liberated from | liberation from | liberate from"
      + " | released from | come out of | coming out of | walk out of | walking out of";

  /**
   * Orientation only: change verbs, and the managing of attraction that celibacy programmes
   * describe. Not used for gender, where a person's own transition changes their expression.
   */
  private static final String CHANGE_OR_MANAGE = "change | alter | convert | switch | control"
      + " | manage | abstain from acting on | refrain from acting on | stop acting on"
      + " | never act on | not act on | not to act on | avoid acting on | resist acting on";

  private static final String BIRTH_SEX = "sex assigned at birth | assigned sex | birth sex"
      + " | biological sex | natal sex | birth gender | biological gender | god given gender"
      + " | god given sex | gender assigned at birth | assigned gender | sex he was born with"
      + " | sex she was born with | sex they were born with | gender he was born with"
      + " | gender she was born with | born gender | sex at birth";

  /**
   * Orientation named as a condition to be treated or cured: the pathologising nouns only, not
   * "sexual orientation" or "gay men", so "treatment for gay men's sexual health" is not caught.
   */
  private static final String PATHOLOGISED_ORIENTATION = "homosexuality | same sex attraction"
      + " | same sex attractions | ssa | gayness | lesbianism | bisexuality | homosexual feelings"
      + " | homosexual urges | homosexual desires | homosexual tendencies | homosexual attraction"
      + " | homosexual attractions | homosexual orientation | sexual brokenness"
      + " | homosexual brokenness | same sex brokenness";

  /** The orientation as the subject of a claim that it can be cured ("homosexuality can be"). */
  private static final String OBJECT_FIRST_ORIENTATION = PATHOLOGISED_ORIENTATION
      + " | sexual orientation | orientation | same sex desires | same sex feelings"
      + " | gay feelings | gay desires | lesbian feelings | homosexual behaviour"
      + " | homosexual behavior";

  /** The gender identity as the subject of a claim that it can be changed. */
  private static final String OBJECT_FIRST_GENDER = "gender identity | trans identity"
      + " | transgender identity | transgenderism | gender confusion | trans feelings"
      + " | transgender feelings | cross gender identification";

  /** What a change effort claims its object can be made: "healed", "reversed". */
  private static final String CURED = "healed | cured | overcome | changed | reversed"
      + " | corrected | repaired | eliminated | prayed away | undone | conquered | converted"
      + " | reoriented | altered | eradicated | resolved | removed through | defeated";

  /** Words just before a claim that make it a question: "Can homosexuality be cured?". */
  private static final String QUESTION_WORDS = "can | could | is | are | does | do | will"
      + " | would | should | must | may | whether | if";

  /** A gender transition, social or medical, as the object of dissuasion. */
  private static final String TRANSITION = "transition | transitioning | gender transition"
      + " | social transition | medical transition | being trans | being transgender"
      + " | being non binary | being nonbinary | trans identity | transgender identity"
      + " | their transition | his transition | her transition";

  /**
   * The words that make an object the start of a practice's name ("sexual orientation change
   * efforts") or of a teaching about it ("sexual brokenness teachings"): "recovering from gender
   * identity change efforts" is recovery, not an aim.
   */
  private static final String PRACTICE_NAME_TAILS = " | change effort | change efforts"
      + " | change therapy | change therapies | change practices | change programme"
      + " | change program | teaching | teachings | theology | ideology | narrative | narratives"
      + " | message | messages | rhetoric";

  /** Service words that, after a practice's name, make it a practice ("conversion coaching"). */
  private static final String SERVICES = "therapy | therapies | therapist | therapists"
      + " | counselling | counseling | counsellor | counselor | coaching | coach | treatment"
      + " | treatments | program | programme | programs | programmes | ministry | ministries"
      + " | intervention | interventions | psychotherapy | practice | practices | camp | camps"
      + " | retreat | retreats | group | groups";

  /** Gender expression that change efforts stop or extinguish ("effeminate behaviour"). */
  private static final String EXPRESSION_BEHAVIOUR = combine("feminine | effeminate | girlish"
      + " | girly | sissy | tomboyish | tomboy | gender nonconforming | gender non conforming"
      + " | gender atypical | gender variant | cross sex | cross gender", "behaviour"
      + " | behaviours | behavior | behaviors | mannerisms | traits | tendencies | play"
      + " | interests") + " | effeminacy | sissiness | effeminate ways | feminine ways";

  /** Behaviour held to the sex assigned at birth, as an aim ("gender-appropriate play"). */
  private static final String GENDER_APPROPRIATE = combine("gender appropriate"
      + " | gender typical | gender normative | gender conforming | sex appropriate"
      + " | sex typical | sex typed | gender role appropriate | sex role appropriate"
      + " | gender consistent", "behaviour | behaviours | behavior | behaviors | play | toys"
      + " | interests | activities | mannerisms | clothing | dress | roles | identification"
      + " | expression | conduct");

  /**
   * A word just before a child that makes the child trans, whose own expression is affirmed, or
   * the time of a man's own past ("told as boys to man up").
   */
  private static final String NOT_BEFORE_CHILD = "trans | transgender | binary | nonbinary"
      + " | genderqueer | genderfluid | fluid | ftm | mtf | questioning | affirmed | as";

  /** A child named by the sex assigned at birth. */
  private static final String BOYS_BY_BIRTH_SEX = "boy | boys | son | sons | schoolboys"
      + " | grandson | grandsons | nephew | nephews | male child | male children"
      + " | biological boy | biological boys | biological male | biological males | natal male"
      + " | natal males | biologically male children | male born children | sissy boys"
      + " | effeminate boys | effeminate sons | effeminate son | feminine boys | feminine sons";

  private static final String GIRLS_BY_BIRTH_SEX = "girl | girls | daughter | daughters"
      + " | schoolgirls | granddaughter | granddaughters | niece | nieces | female child"
      + " | female children | biological girl | biological girls | biological female"
      + " | biological females | natal female | natal females | tomboy | tomboys"
      + " | tomboyish girl | tomboyish girls | tomboyish daughter | tomboyish daughters";

  /** How a boy is told to be a man, in the clichés the change efforts use. */
  private static final String ACT_LIKE_A_MAN = combine("act | behave | be | dress | walk"
      + " | carry himself", "like a man | like men | like a real man | like real men"
      + " | like a boy | like boys | like a proper boy | like a real boy | like a gentleman")
      + " | be a real man | be real men | be a proper man | be a man | man up";

  private static final String TOWARD_MASCULINE_ONLY = combine("become"
      + " | be | act | behave | grow | dress | look | get | seem | appear", "more masculine"
      + " | more manly | more boyish | less feminine | less effeminate | less girly"
      + " | less girlish | more like a boy | more like other boys");

  private static final String TOWARD_MASCULINE = ACT_LIKE_A_MAN + " | " + TOWARD_MASCULINE_ONLY
      + " | more masculine | more manly | less feminine | less effeminate | less girly";

  private static final String ACT_LIKE_A_LADY = combine("act | behave | be | dress | walk"
      + " | carry herself", "like a lady | like ladies | like a proper lady | like a girl"
      + " | like girls | like a proper girl | like a real girl | like a real woman") + " | be"
      + " a lady | be ladylike | be more ladylike";

  private static final String TOWARD_FEMININE_ONLY = combine("become"
      + " | be | act | behave | grow | dress | look | get | seem | appear", "more feminine"
      + " | more ladylike | more girly | less masculine | less boyish | less butch"
      + " | less tomboyish | more like a girl | more like other girls");

  private static final String TOWARD_FEMININE = ACT_LIKE_A_LADY + " | " + TOWARD_FEMININE_ONLY
      + " | more feminine | more ladylike | less masculine | less boyish | less butch"
      + " | less tomboyish";

  /**
   * Verbs that push a child or client to conform ("encourage him to"), as an offer says them:
   * not the third person of a critique ("our culture teaches boys to man up"), nor "help",
   * which a client's own aim takes ("help him stop wearing dresses in public").
   */
  private static final String PUSH = "encourage | encouraging | make | making | force"
      + " | forcing | get | getting | push | pushing | tell | telling | teach | teaching | train"
      + " | training | coach | coaching | urge | urging | convince | convincing | persuade"
      + " | persuading";

  /** Stopping what a boy wears or plays with. */
  private static final String STOP_WEARING = combine("stop | quit | give up", "wearing"
      + " | playing with | putting on | using");

  /** What a boy is made to stop wearing or playing with ("dresses", "dolls"). */
  private static final String GIRLS_THINGS = "dresses | dress | skirts | skirt | make up"
      + " | makeup | nail polish | lipstick | girls clothes | girls clothing | girl s clothes"
      + " | girl clothes | feminine clothes | feminine clothing | women s clothes | dolls"
      + " | barbies | barbie | high heels | heels";

  /** The conditioning techniques the APA task force (2009) reviews among the SOCE. */
  private static final String CONDITIONING = "orgasmic reconditioning | masturbatory"
      + " reconditioning | aversion therapy | aversion therapies | aversion conditioning"
      + " | aversion treatment | aversion technique | aversion techniques | aversive conditioning"
      + " | aversive therapy | aversive treatment | aversive technique | aversive techniques"
      + " | aversive stimuli | aversive stimulus | shock aversion | electric shock aversion"
      + " | emetic aversion | chemical aversion | covert sensitisation | covert sensitization"
      + " | satiation therapy | electroshock | electric shock | electric shocks"
      + " | shock therapy | conditioning | reconditioning | counterconditioning"
      + " | counter conditioning";

  /** What conditioning aimed at orientation suppresses or builds ("same-sex arousal"). */
  private static final String CONDITIONED_ORIENTATION = combine("same sex | homosexual | gay"
      + " | homoerotic | lesbian", "arousal | attraction | attractions | thoughts | urges"
      + " | fantasies | fantasy | feelings | desires | desire | impulses | stimuli | images"
      + " | pictures | interest | responses | behaviour | behavior")
      + " | homosexuality | lesbianism | bisexuality | ssa | sexual orientation | "
      + combine("heterosexual | opposite sex", "stimuli | images | pictures | arousal"
      + " | fantasies | attraction | interest | responses | pornography | porn")
      + " | heterosexuality | the opposite sex";

  /** A body named by the sex assigned at birth or as given by God. */
  private static final String BODY_BY_BIRTH = "god given body | god given bodies"
      + " | body god gave | bodies god gave | body god has given | body god made"
      + " | body god created | body god designed | body god gave them | body god gave you"
      + " | body they were born with | body he was born with | body she was born with"
      + " | body you were born with | body i was born with | bodies they were born with"
      + " | birth body | natal body | natal bodies | biological body | biological bodies"
      + " | male body | female body | male bodies | female bodies | born body";

  /** A transition as what is pursued instead ("rather than pursue transition"). */
  private static final String TRANSITION_PURSUED = TRANSITION + " | a transition"
      + " | pursue transition | pursuing transition | pursue a transition | pursuing a transition"
      + " | seek transition | seeking transition | undergo transition | undergoing transition"
      + " | medically transition | medically transitioning | socially transition"
      + " | socially transitioning | gender affirming care | gender affirming treatment"
      + " | gender affirming surgery | gender affirming hormones | cross sex hormones"
      + " | puberty blockers | sex reassignment | gender reassignment | sex change"
      + " | transitioning medically | transitioning socially";

  private static final List<Entry> ENGLISH = List.of(
      // Names of practices (APA 2021; AASECT 2017; UN A/HRC/44/53).
      entry("en.practice.conversion-therapy", "conversion therapy | conversion therapies"
          + " | conversion practice | conversion practices | conversion treatment"
          + " | conversion efforts | conversion program | conversion programme"),
      entry("en.practice.reparative-therapy", "reparative therapy | reparative therapies"
          + " | reintegrative therapy | reintegrative therapies | reorientation therapy"
          + " | sexual reorientation | reparative drive theory | reparative drive"),
      entry("en.practice.change-efforts", "sexual orientation change effort"
          + " | sexual orientation change efforts | gender identity change effort"
          + " | gender identity change efforts | soce | soces | gice | sogice"),
      entry("en.practice.ex-gay", "ex gay | exgay | ex gays | ex lgbt | ex lgbtq | ex trans"
          + " | ex transgender | former homosexual | former homosexuals"),
      entry("en.practice.pray-away", "pray the gay away | pray away the gay | pray the trans away"),
      entry("en.practice.gender-critical-therapy", "gender critical", RENAMED_SERVICES),
      // Gender identity change efforts renamed (Xtra 2023; WPATH SOC-8 2022): only the name's
      // adjective "exploratory", never "gender exploration", which affirming care also does.
      entry("en.practice.gender-exploratory", "gender exploratory", RENAMED_SERVICES),
      // Sexual orientation change efforts renamed (Rosik 2016; People Can Change).
      // "safe" as a plain adjective before an initial ("stay safe. T. Smith") is not SAFE-T
      entryNotAfterNorBefore("en.practice.safe-t", "stay | stays | be | feel | feels | feeling"
          + " | keep | keeps | kept | is | are | was | were | remain | remains | very | so | and"
          + " | safe | play | playing", T_OTHER_SENSES, "safe t"
          + " | sexual attraction fluidity exploration | sexual attraction fluidity exploring"),
      entry("en.practice.change-allowing", "change allowing", SERVICES + " | approach"
          + " | approaches | counsel"),
      entryNotAfterNorBefore("en.practice.journey-into-manhood", "a | his | her | their | your"
          + " | my | our | own | whose", "as | after | during | through", "journey into manhood"),
      entry("en.practice.unwanted-attraction", "unwanted same sex attraction"
          + " | unwanted same sex attractions | unwanted homosexual attraction"
          + " | unwanted homosexual attractions | unwanted homosexual feelings"
          + " | unwanted homosexual desires | unwanted gay feelings | unwanted gay desires"
          + " | unwanted transgender feelings | unwanted trans feelings"
          + " | unwanted gender identity"),
      entryNotFollowedBy("en.orientation.unwanted-ssa", SSA_OTHER_SENSES + " | and | or",
          "unwanted | undesired | unwelcome", "ssa | ssas"),
      entryNotFollowedBy("en.orientation.with-ssa", SSA_OTHER_SENSES + " | and | or",
          "men | women | boys | girls | guys | males | females | youth | teens | christians"
              + " | people | persons | clients | individuals | those",
          "with | struggling with | struggle with | struggles with | experiencing | experience"
              + " | experiences | dealing with | deal with | living with | live with | battling"
              + " | battle | have | has | affected by",
          "ssa | ssas"),
      entry("en.practice.named-service", "conversion | reparative | reorientation | ex gay"
          + " | orientation change | sexual orientation change"
          + " | sexual identity change | gender identity change | desistance focused"
          + " | desistance based | desistance oriented | gay cure | gay conversion", SERVICES),
      // "SSA therapy", "same-sex attraction counselling" (Rosik 2016, above, on clients with
      // "unwanted same-sex attractions"); "SSA" is named with a service word, with no word
      // between and no Social Security sense ("SSA office", "SSA program" are not services here)
      entryAdjacent("en.practice.attraction-service", "ssa | ssas | same sex attraction"
          + " | same sex attractions | homosexual attraction | homosexual attractions",
          "therapy | therapies | therapist | therapists | counselling | counseling | counsellor"
              + " | counselor | counsellors | counselors | coaching | coach | coaches"
              + " | psychotherapy | ministry | ministries | retreat | retreats | camp | camps"
              + " | bootcamp"),
      entry("en.practice.cure", "gay cure | gay cures | cure for gay | cure for gays"
          + " | cure for homosexuals | homosexual cure | cure gay | cured gay | cure homosexuals"),
      // Brokenness, restoration and healing framings of orientation, session 15: the ex-gay
      // networks' "sexual and relational brokenness" and "restoring" those "broken by sexual and
      // relational sin especially those impacted by homosexuality" (Restored Hope Network, as
      // profiled by Political Research Associates, 2013,
      // https://politicalresearch.org/2013/04/05/profiles-right-restored-hope-network, and by
      // Focus on the Family's CitizenLink, 2012, which says its members help "men and women with
      // unwanted same-sex attractions",
      // http://www.citizenlink.com/2012/09/21/restored-hope-for-sexually-and-relationally-broken-people/;
      // its "biblical view of sexuality", Ex-Gay Watch, 2012,
      // https://exgaywatch.com/2012/07/restored-hope-network-membership-no-barrier-to-exodus-affiliation-so-far/).
      // "Sexual brokenness" also covers affairs and pornography there; it is caught as the
      // networks' name for what they treat, with a service or as the object of healing.
      entry("en.practice.brokenness", "sexual brokenness | homosexual brokenness"
          + " | same sex brokenness | gender brokenness | sexual and relational brokenness"
          + " | relational and sexual brokenness | broken sexuality", SERVICES
          + " | healing | support | restoration | recovery | course | courses | class | classes"),
      entry("en.orientation.restore", "restore | restores | restored | restoring | restoration"
          + " | restorations", "heterosexuality | heterosexual identity | heterosexual orientation"
          + " | heterosexual attraction | heterosexual attractions | heterosexual desire"
          + " | heterosexual desires | heterosexual wholeness | heterosexual potential"
          + " | heterosexual functioning | biblical sexuality | natural heterosexuality"),
      // Heterosexuality as God's design for everyone, session 16: ex-gay practitioners "blend
      // theological and psychological concepts, theorizing that becoming heterosexual means
      // aligning oneself with a vision of God's design" (Routledge handbook chapter on the ex-gay
      // movement, doi:10.4324/9780203101827.ch12, after Moberly 1983)
      entry("en.orientation.god-given", "god given | god designed | god created | god intended"
          + " | god ordained | god s design for | gods design for | latent", "heterosexuality"
          + " | heterosexual identity | heterosexual nature | heterosexual orientation"
          + " | heterosexual potential | heterosexual design | heterosexual wholeness"
          + " | heterosexual desire | heterosexual desires | heterosexual attraction"
          + " | heterosexual attractions | heterosexual self"),
      entry("en.orientation.restored", "heterosexual restoration | heterosexuality restored"
          + " | restored heterosexuality | orientation restoration"
          + " | sexual orientation restoration | sexual identity restoration"
          + " | gender identity restoration | homosexual healing | same sex attraction healing"
          + " | ssa healing | healing of homosexuality | healing homosexuality"),
      // the person named by a pathologising noun, with no word between: "healing homosexuals";
      // not "healing for gay men after religious trauma"
      entryAdjacent("en.orientation.heal-persons", "heal | healing | healed | cure | curing"
          + " | cured | deliver | delivering | deliverance of | restore | restoring"
          + " | restoration of | repair | repairing | convert | converting",
          "homosexuals | the homosexual | homosexual persons"),
      // A service whose aim is detransition or desistance, session 15 (ILGA World, Curbing
      // Deception, 2020, on practices that "make trans people de-transition",
      // https://ilga.org/Conversion-therapy-report-ILGA-World-Curbing-Deception/): "detransition
      // coaching" coaches towards the outcome its name gives, as "weight-loss coaching" does;
      // support, counselling and care for detransitioners name the client's situation and pass.
      entryAdjacent("en.practice.detransition-service", "detransition | detransitioning"
          + " | desistance | retransition", "coaching | coach | coaches | program | programme"
          + " | programs | programmes | ministry | ministries | camp | camps | retreat | retreats"
          + " | bootcamp | bootcamps"),
      entryAdjacent("en.practice.service-to-detransition", "coaching | coach | program"
          + " | programme | ministry | camp | retreat | bootcamp",
          "to detransition | to desist | for detransition | toward detransition"
              + " | towards detransition | towards desistance | toward desistance"),
      // Orientation: change, suppress, deny (APA 2021 SOCE; APA 2009 task force).
      entryNotFollowedBy("en.orientation.eliminate", SSA_OTHER_SENSES + PRACTICE_NAME_TAILS
          + ORIENTATION_AS_MODIFIER, ELIMINATE, ORIENTATION_OBJECTS),
      entryNotFollowedBy("en.orientation.change", SSA_OTHER_SENSES + ORIENTATION_AS_MODIFIER,
          CHANGE_OR_MANAGE, ORIENTATION_OBJECTS + " | orientation"),
      // The ex-gay claims and clichés, session 16: orientation "can be changed", "walking away
      // from homosexuality", "leaving the gay lifestyle" (B. Prickett, The Promise of "Ex-Gay"
      // Change, https://www.billprickett.com/promise-of-ex-gay-change; the APA task force, 2009,
      // found no evidence that it can be). The object comes first and the verb is passive or an
      // adjective: "homosexuality can be healed", "is curable". Not after a word that makes it a
      // question ("Can homosexuality be cured? No."); "treated" is left out ("was treated as an
      // illness") and "is fixed" too, since "orientation is fixed" says it cannot change.
      entryNotAfterNorBefore("en.orientation.can-be-cured", QUESTION_WORDS,
          "as | like", OBJECT_FIRST_ORIENTATION + " | "
          + OBJECT_FIRST_GENDER, "can be | could be | may be | might be | will be | must be"
          + " | should be | needs to be | need to be | has to be | have to be | ought to be"
          + " | can truly be | can really be | can actually be | can still be | can certainly be"
          + " | can definitely be", CURED + " | fixed"),
      entryNotAfterNorBefore("en.orientation.is-curable", QUESTION_WORDS,
          "as | like", OBJECT_FIRST_ORIENTATION, "is | are | be | being | gets | get"
          + " | getting | is being | are being", CURED + " | curable | treatable | changeable"
          + " | reversible | healable | fixable | overcomable | correctable"),
      // "leave homosexuality behind", "put being gay behind you": what is left is the identity
      entry("en.identity.leave-behind", "leave | leaves | leaving | left | put | puts | putting",
          ORIENTATION_OBJECTS + " | " + GENDER_OBJECTS + " | being gay | being lesbian"
              + " | being bisexual | being trans | being transgender | gay life | gay lifestyle"
              + " | homosexual life | homosexual lifestyle | lesbian lifestyle | lgbt lifestyle"
              + " | lgbtq lifestyle | trans lifestyle | transgender lifestyle | gay identity"
              + " | lesbian identity | bisexual identity", "behind | in the past"),
      entry("en.orientation.stop-attraction", "stop being attracted to"
          + " | stop feeling attracted to | no longer be attracted to | no longer feel attracted to"
          + " | never again be attracted to | lose attraction to | lose the attraction to"
          + " | stop having feelings for | stop desiring | stop fantasizing about"
          + " | stop fantasising about | stop lusting after",
          "same sex | same gender | people of the same sex | members of the same sex"
              + " | other men | other women | persons of the same sex"),
      entry("en.orientation.stop-being", "stop being | no longer be | quit being | cease being"
          + " | stop living as | give up being | leave behind being | no longer",
          "gay | lesbian | bisexual | homosexual | queer"),
      // "not be gay anymore", but not "not be gay enough": the time word carries the aim
      entry("en.identity.not-anymore", "not be | not being | not to be",
          "gay | lesbian | bisexual | homosexual | queer | trans | transgender | non binary"
              + " | nonbinary | genderqueer | gender fluid | genderfluid | agender",
          "anymore | any more | any longer | again"),
      entryNotFollowedBy("en.orientation.treat-as-condition", SSA_OTHER_SENSES,
          "treat | treats | treating | treatment of"
          + " | treatment for | cure | cures | curing | cure for | cure of | cured of | aversion"
          + " | aversive conditioning for | conditioning against | suffering from | suffer from"
          + " | suffers from | afflicted with | struggling with | struggle with | struggles with"
          + " | battling | battle with | wrestling with", PATHOLOGISED_ORIENTATION),
      entry("en.orientation.lifestyle", "leave | leaving | left | exit | exiting | escape"
          + " | escaping | walk away from | walking away from | come out of | coming out of"
          + " | out of | free from | freedom from | abandon | abandoning | give up | giving up"
          + " | turn from | turning from | renounce | renouncing | turn away from"
          + " | turning away from | turned away from | deliverance from | delivered from",
          "gay lifestyle | homosexual lifestyle | lesbian lifestyle | lgbt lifestyle"
              + " | lgbtq lifestyle | transgender lifestyle | trans lifestyle"),
      // Deliverance ministries cast out a "spirit of homosexuality": named as a practice by the
      // UN Independent Expert on SOGI (A/HRC/44/53, 2020, on exorcisms among faith-based
      // conversion practices), session 16's third trial
      // only with the act of casting out, so a survivor "told they had a homosexual spirit" passes
      entry("en.practice.homosexual-spirits", "deliverance from | deliver from | delivered from"
          + " | delivering from | cast out | casting out | cast out of | expel | expelling"
          + " | exorcise | exorcising | exorcism of | freedom from | free from | freed from"
          + " | rebuke | rebuking | bind | binding", "homosexual spirit | homosexual spirits"
          + " | spirit of homosexuality | spirits of homosexuality | demon of homosexuality"
          + " | demons of homosexuality | homosexual demon | homosexual demons | gay demon"
          + " | gay demons | spirit of lesbianism | transgender spirit | spirit of transgenderism"),
      entryNotFollowedBy("en.orientation.be-straight", "with | about | to | up | forward | out"
          + " | acting | passing | presenting"
          + " | talking | answer | answers | shooting | away | razor | line | lines | edge"
          + " | hair | teeth | a | an | the",
          "want to be | wants to be | wanting to be | wanted to be | wish to be | wishes to be"
              + " | wished to be | desire to be | desires to be | hope to be | hopes to be"
              + " | try to be | tries to be | trying to be | learn to be | learning to be"
              + " | able to be | be made | make | makes | making | made",
          "straight | heterosexual | hetero"),
      entry("en.orientation.become-straight", "become | becoming | turn | convert to | convert"
          + " | converts | converted | converting"
          + " | return to | transition to | go back to | change to | changed to | be made",
          "straight | heterosexual | heterosexuality | ex gay | cisgender | cis"),
      entry("en.orientation.grow-heterosexual", "develop | increase | strengthen | foster"
          + " | awaken | unlock | discover | build | restore | grow | reclaim | reclaiming"
          + " | rediscover | rediscovering | reawaken | reawakening | recover | recovering",
          "heterosexual attraction | heterosexual attractions | heterosexual desire"
              + " | heterosexual desires | heterosexual potential | heterosexual feelings"
              + " | opposite sex attraction | opposite sex attractions"
              + " | attraction to the opposite sex | heterosexual orientation | heterosexuality"
              + " | heterosexual identity | heterosexual functioning | heterosexual wholeness"
              + " | heterosexual arousal | heterosexual fantasies | heterosexual interest"
              + " | opposite sex arousal | arousal to the opposite sex"),
      entry("en.orientation.deny", "deny | denying | invalidate | disown",
          "sexual orientation | orientation | homosexuality | bisexuality | same sex attraction"
              + " | same sex attractions | gay identity | lesbian identity | bisexual identity"),
      // Identity made to conform to a religion, session 15. Sexual identity therapy (Throckmorton
      // and Yarhouse, 2006) helps clients with a conflict between faith and orientation "live
      // according to" their beliefs (https://en.wikipedia.org/wiki/Sexual_identity_therapy); the
      // APA task force (2009) found such identity exploration ethical when it does not impose an
      // outcome, so its name is not caught ("sexual identity therapy framework"). Aligning the
      // identity or orientation with religious values names the outcome, an identity that
      // conforms to the religion, which is the aim the APA (2009, 2021) and the UN (A/HRC/44/53)
      // call a change effort; aligning one's faith with one's identity is the other way round.
      entry("en.orientation.align-with-faith", "align | aligning | aligned | aligns | realign"
          + " | realigning | conform | conforming | subordinate | subordinating | submit"
          + " | submitting", "identity | sexual identity | sexual orientation"
          + " | orientation | attractions | sexual attractions | same sex attraction"
          + " | same sex attractions | gender identity | sexual identity and behaviour"
          + " | sexual identity and behavior", "with | to | into line with | in line with"
          + " | into alignment with | under", "religious values | religious beliefs"
          + " | religious teaching | religious teachings | religious convictions | faith"
          + " | faith values | biblical values | biblical teaching | biblical teachings"
          + " | biblical sexuality | scripture | church teaching | church teachings"
          + " | christian values | traditional values | god s design | gods design | god s will"
          + " | gods will | religious tradition | faith tradition"),
      // "bring ... into line with" only: "bringing your identity to faith spaces" is welcome
      entry("en.orientation.bring-into-line", "bring | bringing | brings", "identity"
          + " | sexual identity | sexual orientation | orientation | attractions"
          + " | sexual attractions | same sex attraction | same sex attractions | gender identity",
          "into line with | in line with | into alignment with | into conformity with",
          "religious values | religious beliefs | religious teaching | religious teachings"
              + " | faith | biblical values | biblical teaching | scripture | church teaching"
              + " | church teachings | christian values | traditional values | god s design"
              + " | gods design | god s will | gods will"),
      // Gender identity: change, suppress, deny (APA 2021 GICE; UN A/HRC/44/53).
      entryNotFollowedBy("en.gender.eliminate", PRACTICE_NAME_TAILS, ELIMINATE, GENDER_OBJECTS),
      entry("en.gender.change-identity", "change | alter | convert | switch back",
          "gender identity | trans identity | transgender identity | non binary identity"),
      entry("en.gender.accept-birth-sex", "accept | accepting | embrace | embracing"
          + " | identify with | identify as | live as | live in line with | return to"
          + " | reconcile with | reconcile to | align with | realign with | conform to"
          + " | be comfortable with | become comfortable with | make peace with | submit to"
          + " | live according to | go back to | be comfortable in | feel comfortable in"
          + " | become comfortable in | feel comfortable with | at peace with | content with"
          + " | content in | reconnect with | return to living in", BIRTH_SEX),
      // the identity made to fit the body or the sex assigned at birth, session 16: the APA
      // resolution on GICE (2021) names efforts to bring gender identity in line with the sex
      // assigned at birth; aligning the body with the gender identity is the other way round, what
      // affirming care does, and passes
      entry("en.gender.align-with-birth-sex", "align | aligns | aligning | aligned | realign"
          + " | realigns | realigning | realigned | reconcile | reconciling | conform"
          + " | conforming | bring | bringing | harmonise | harmonize | harmonising"
          + " | harmonizing", "gender identity | identity | gender | gender expression"
          + " | sense of gender | gender identification | sense of self",
          "with | to | into line with | in line with | into alignment with | back in line with"
              + " | back into line with", BIRTH_SEX + " | body | biology | anatomy"
              + " | biological reality | biological body | physical body | chromosomes"
              + " | natal body | birth body"),
      entry("en.gender.stop-being", "stop being | no longer be | quit being | cease being"
          + " | give up being | no longer",
          "trans | transgender | non binary | nonbinary | genderqueer | gender fluid"
              + " | genderfluid | agender"),
      entry("en.gender.stop-wanting", "stop wanting to be | no longer want to be"
          + " | not want to be | stop wishing to be | give up wanting to be",
          "a girl | a boy | the other sex | the opposite sex | the other gender | trans"
              + " | transgender | non binary | nonbinary"),
      entry("en.gender.talk-out-of", "talk | talking | talked | coax | coaxing | pressure"
          + " | pressuring | persuade | persuading | grow | grows | growing | shame | shaming",
          "out of", TRANSITION + " | it being trans | gender identity"),
      entry("en.gender.dissuade", "dissuade | dissuading | discourage | discouraging | deter"
          + " | deterring | prevent | preventing | keep | keeping | stop | stopping"
          + " | talk down | hold back", "from", TRANSITION),
      entry("en.gender.discourage-transition", "discourage | discouraging | dissuade"
          + " | dissuading | deter | deterring", "gender transition"
          + " | social transition | medical transition | transitioning | transition"),
      entry("en.gender.not-really", "convince | convincing | persuade | persuading | teach"
          + " | teaching | tell | telling | show | showing | help | helping | realise | realize"
          + " | understand | see",
          "that they are not | they are not | that he is not | he is not | that she is not"
              + " | she is not | that they re not | they re not | that he s not | he s not"
              + " | that she s not | she s not | that you are not | you are not | that i am not"
              + " | i am not | i m not | they aren t | he isn t | she isn t",
          "trans | transgender | really trans | non binary | nonbinary | really a girl"
              + " | really a boy | really a woman | really a man"),
      entry("en.gender.stop-identifying", "stop identifying as | no longer identify as"
          + " | stop presenting as | stop living as | stop dressing as | give up identifying as"
          + " | renounce being | quit identifying as",
          "trans | transgender | non binary | nonbinary | a woman | a man | a girl | a boy"
              + " | genderqueer | gender fluid | genderfluid | agender | female | male"),
      entry("en.gender.detransition", "encourage | persuade | convince | push | pressure | urge"
          + " | make | force | steer | get",
          "detransition | detransitioning | desist | desistance | stop transitioning"
              + " | abandon transition | abandon the transition | give up transition"
              + " | give up the transition | reverse transition | reverse the transition"),
      entry("en.gender.deny", "deny | denying | invalidate | refuse to affirm"
          + " | refuse to recognise | refuse to recognize | refuse to use | disregard",
          "gender identity | trans identity | transgender identity | gender expression"
              + " | pronouns | chosen name | affirmed name | non binary identity"),
      entry("en.gender.promote-desistance", "promote desistance | watchful waiting for desistance"
          + " | prevent transition | prevent social transition | stop social transition"
          + " | stop the transition | halt transition | achieve desistance | aim for desistance"
          + " | aiming for desistance | goal of desistance | encourage desistance"
          + " | facilitate desistance | facilitating desistance | supporting desistance"
          + " | support desistance | watchful waiting until desistance"
          + " | watchful waiting until it resolves | watchful waiting until it passes"),
      // Desistance as the aim, session 15: "desist from" a trans identity, and helping a named
      // person desist, with no word between ("help children desist", but not "help children who
      // desist", which is support); the "desistance" framing that discourages transition
      // (Temple Newhook et al., 2018, doi:10.1080/15532739.2018.1456390; ILGA World, Curbing
      // Deception, 2020, on preventing trans youth from transitioning).
      entry("en.gender.desist-from", "desist from | desisting from | desistance from"
          + " | desisted from", GENDER_OBJECTS + " | " + TRANSITION + " | identifying as trans"
          + " | identifying as transgender | trans identities | transgender identities"),
      entryAdjacent("en.gender.help-desist", "help | helping | helps | assist | assisting"
          + " | guide | guiding | coach | coaching", "them | him | her | children | child"
          + " | the child | kids | youth | teens | teenagers | adolescents | clients"
          + " | the client | young people | minors | patients | your child | their child"
          + " | my child | your son | your daughter | my son | my daughter | trans youth"
          + " | trans kids | gender questioning youth", "desist | desisting | to desist"
          + " | toward desistance | towards desistance"),
      // Watchful waiting whose end is the identity going away, session 15. Watchful waiting as
      // first described observes a child without trying to alter the gender identity, and is not
      // caught; waiting "until gender confusion resolves" names desistance as the end, which is a
      // change aim (APA 2021 GICE; WPATH SOC-8, 2022, against approaches that assume an outcome).
      entry("en.gender.until-resolves", "gender confusion | trans identity"
          + " | transgender identity | transgender identification | trans identification"
          + " | cross gender identification | trans feelings | transgender feelings"
          + " | desire to transition | wish to transition | gender identity",
          "resolves | resolve | resolved | desists | desist | desisted | fades | fade"
              + " | subsides | subside | goes away | go away | disappears | disappear"
              + " | wears off | dissipates | is resolved | has resolved"),
      // Gender expression changed or suppressed, session 16: the APA resolution on GICE (2021)
      // counts efforts to change gender expression, and the UN report (A/HRC/44/53) practices
      // that seek to change it; their plain words are feminine or effeminate behaviour stopped
      // or extinguished, "gender-appropriate" behaviour reinforced, a boy made "more masculine"
      // or told to "act like a man", stop wearing dresses. The child is named by the sex
      // assigned at birth ("boys", "your son"), never "trans boys", whose own masculinity is
      // affirmed; a pronoun counts only after a verb that pushes ("encourage him to act like a
      // man"), since "help her sound more feminine" is a trans woman's own aim.
      // not "treat feminine behaviour as healthy", which the verb "treat" also says
      entryNotFollowedBy("en.expression.suppress", "as | like", ELIMINATE + " | stop | stopping"
          + " | discourage | discouraging | extinguish | extinguishing | punish | punishing | curb | curbing"
          + " | correcting | eliminating | reducing | suppress | suppressing | prevent"
          + " | preventing | modify | modifying | change | changing | shame | shaming",
          EXPRESSION_BEHAVIOUR),
      entry("en.expression.gender-appropriate", "promote | promoting | encourage | encouraging"
          + " | reinforce | reinforcing | teach | teaching | develop | developing | foster"
          + " | fostering | instil | instill | instilling | build | building | reward | rewarding"
          + " | model | modelling | modeling | restore | restoring | increase | increasing"
          + " | strengthen | strengthening | establish | establishing | shape | shaping | train"
          + " | training | adopt | adopting | achieve | achieving | goal | goals | aim | aims"
          + " | target", GENDER_APPROPRIATE),
      // "become more masculine" after the child, with no word between; "to act like a man"
      // only after a verb that pushes, since "pressure on boys to act like men" describes it
      build("en.expression.birth-sex-boys", NOT_BEFORE_CHILD, "", 0, BOYS_BY_BIRTH_SEX,
          TOWARD_MASCULINE + " | " + combine("to", TOWARD_MASCULINE_ONLY)),
      build("en.expression.birth-sex-girls", NOT_BEFORE_CHILD, "", 0, GIRLS_BY_BIRTH_SEX,
          TOWARD_FEMININE + " | " + combine("to", TOWARD_FEMININE_ONLY)),
      entry("en.expression.push-boy", PUSH, "him | " + BOYS_BY_BIRTH_SEX, ACT_LIKE_A_MAN),
      entry("en.expression.push-boy-stop", PUSH, "him | " + BOYS_BY_BIRTH_SEX, STOP_WEARING,
          GIRLS_THINGS),
      build("en.expression.boys-stop", NOT_BEFORE_CHILD, "", 0, BOYS_BY_BIRTH_SEX,
          STOP_WEARING + " | " + combine("to", STOP_WEARING), GIRLS_THINGS),
      entry("en.expression.push-girl", PUSH, "her | " + GIRLS_BY_BIRTH_SEX, ACT_LIKE_A_LADY),
      // Conditioning techniques aimed at orientation, session 16: the APA task force (2009)
      // reviews aversion therapy, covert sensitisation and orgasmic reconditioning among the
      // sexual orientation change efforts; the same techniques for a paraphilia, smoking or
      // gambling are other work, so only the orientation as their object is caught.
      entry("en.orientation.conditioning", CONDITIONING, "for | against | of | on | to"
          + " | toward | towards | targeting | targeted at | aimed at | directed at | paired with"
          + " | pairing | applied to | in response to | during | upon | to reduce | to eliminate"
          + " | to extinguish | to suppress | to redirect | to shift | to decrease | to increase"
          + " | to build | to change | away from | with", CONDITIONED_ORIENTATION),
      entry("en.orientation.conditioning-when", CONDITIONING, "when | whenever | if | each time"
          + " | every time | as soon as", "has | have | having | experiences | experience"
          + " | experiencing | feels | feel | feeling | notices | notice | noticing | gets | get"
          + " | getting | reports | report | thinks | think | sees | see | seeing",
          CONDITIONED_ORIENTATION),
      // A body named by birth as the alternative to transition, session 16 (APA 2021 GICE): "the
      // body God gave them rather than transition". A plain "your body" is left out: comfort in
      // one's body is body-image work, and "their body rather than transitioning" may be a
      // client's own outcome.
      entry("en.gender.body-instead-of-transition", "comfortable in | comfortable with"
          + " | at home in | at peace with | peace with | accept | accepting | accepts | embrace"
          + " | embracing | love | loving | content with | content in | happy in | happy with"
          + " | reconcile with | reconciled with | reconciling with | live in | living in"
          + " | stay in | staying in | remain in | remaining in | inhabit | inhabiting"
          + " | appreciate | appreciating | keep | keeping | grateful for | thankful for"
          + " | honour | honor | honouring | honoring | respect | respecting | at ease in",
          BODY_BY_BIRTH, "rather than | instead of | and not | in place of"
              + " | as an alternative to", TRANSITION_PURSUED),
      entry("en.gender.stay-instead-of-transition", "stay | stays | staying | remain | remains"
          + " | remaining | keep being | grow up as | growing up as | raise | raising | raised"
          + " | live as | living as", "a boy | a girl | boys | girls | male | female"
          + " | his birth sex | her birth sex | their birth sex | his biological sex"
          + " | her biological sex | their biological sex", "rather than | instead of"
          + " | and not | in place of | as an alternative to", TRANSITION_PURSUED));

  private static final String ENGLISH_FILLERS = "the | a | an | his | her | their"
      + " | my | your | our | its | one | ones | s | him | them | me | you | us | any | all"
      + " | unwanted | undesired | unwelcome | own"
      + " | these | those | such | of | client | clients | patient | patients | person"
      + " | persons | people | residual | remaining | lingering | gay | lesbian"
      + " | bisexual | trans | transgender | men | women | boys | girls | youth | teen"
      + " | teens | teenagers | being | children | kids | son | daughter | child | to"
      + " | and | or | completely | fully | entirely | finally | once | for | good"
      + " | forever | back | into | teenager | adolescent | adolescents | minor | minors"
      + " | young | kid | student | students | husband | wife | spouse | partner | loved"
      + " | family | member | members | he | she | they | that | who | is | are | was"
      + " | were";

  private static final String ENGLISH_NEGATIONS = "not | never | no | nor | against"
      + " | oppose | opposes | opposed | opposing"
      + " | opposition | reject | rejects | rejected | rejecting | ban | bans | banned"
      + " | banning | cannot | survivor | survivors | surviving | survived | recovery"
      + " | recovering | harm | harms | harmful | trauma | traumatised | traumatized"
      + " | dangers | dangerous | discredited | unethical | instead | rather | avoid"
      + " | avoids | refuse | refuses | prohibit | prohibits | prohibited | condemn"
      + " | condemns | condemned | nothing | harmed | hurt | damaged | affected"
      + " | impacted | underwent | endured | subjected | victim | victims | survivorship"
      + " | former | formerly | ex | myth | myths | misconception | misconceptions | falsely"
      + " | insufficient";

  /** Words that, just after a match, make it the object of opposition ("ex-gay survivors"). */
  private static final String ENGLISH_OPPOSED_AFTER = "survivor | survivors"
      + " | survivorship | victim | victims | harms | trauma | ban | bans | recovery";

  /**
   * Recovery before a practice's name: the name is what the client recovers from ("recover from
   * SOCE", "after conversion therapy"). Only before a name: "healing from homosexuality" is a
   * conversion aim, caught by its own entry, which begins at "healing".
   */
  private static final String ENGLISH_RECOVERIES = "recover from | recovered from"
      + " | recovering from | recovery from | recovery after | recover after | heal from"
      + " | healing from | healed from | heal after | healing after | after | aftermath of"
      + " | wake of | escape from | escaped from | escaping | leaving | left | life after"
      + " | support after | harmed in | hurt in | hurt by | rebuild after | rebuilding after";

  /**
   * Words of attempt that may stand between a coordinator and a match whose negation the
   * coordinator carries ("never conversion therapy or any attempt to change orientation").
   */
  /**
   * The English negations that reach a match over the words of their scope: verbs and adverbs of
   * refusal ("we do not offer", "we never practise", "we oppose and refuse"). The others
   * ("ban", "harm", "survivors") oppose a match only over small words ("ban on conversion
   * therapy", "survivors of SOCE").
   */
  private static final String ENGLISH_REACHING = "not | never | no | nor | against | oppose"
      + " | opposes | opposed | opposing | reject | rejects | rejected | rejecting | cannot"
      + " | avoid | avoids | refuse | refuses | prohibit | prohibits | prohibited | condemn"
      + " | condemns | condemned | nothing | nobody | instead | rather | harmed | hurt | damaged"
      + " | affected | impacted | traumatised | traumatized | subjected | underwent | endured"
      + " | survived | surviving | insufficient";

  /**
   * The words a negation's scope may hold between it and a match: pronouns, auxiliaries and the
   * verbs of offering, practising and endorsing ("we do not, and will never, offer or endorse").
   */
  private static final String ENGLISH_SCOPE = "we | i | you | they | he | she | it | here"
      + " | do | does | did | doing | is | are | am | was | were | be | been | will | would"
      + " | shall | should | can | could | may | might | must | have | has | had | ever | also"
      + " | offer | offers | offered | offering | provide | provides | provided | providing"
      + " | practise | practises | practised | practising | practice | practiced | practicing"
      + " | perform | performs | performed | performing | use | uses | used | using | support"
      + " | supports | supported | supporting | endorse | endorses | endorsed | endorsing"
      + " | promote | promotes | promoted | promoting | condone | condones | condoned | believe"
      + " | believes | in | engage | engages | engaged | conduct | conducts | conducted"
      + " | recommend | recommends | recommended | refer | refers | deliver | delivers"
      + " | allow | allows | allowed | tolerate | tolerates | teach | teaches | sell | sells"
      + " | advertise | advertises | involve | involves | involved | include | includes"
      + " | including | accept | accepts | participate | participates | with | on | this"
      + " | that | what | so | called | under | circumstances | anything | like | by | help"
      + " | helps | helping | assist | assists | force | forces | forced | forcing | coerce"
      + " | coerces | coerced | coercing | push | pushes | pushed | pushing | make | makes"
      + " | made | making | ask | asks | asked | expect | expects | expected | require"
      + " | requires | required | need | needs | needed | affiliated | associated | connected"
      + " | linked | part | member | members | going | able | think | thinks | anyone"
      + " | anybody | someone | somebody | ours | person | evidence | proof | substantial"
      + " | scientific | credible | reliable | empirical | convincing";

  private static final String ENGLISH_ATTEMPTS = "attempt | attempts | attempting | effort"
      + " | efforts | try | tries | trying | form | forms | kind | kinds | type | types | other"
      + " | practice | practices | therapy | therapies | counselling | counseling | coaching"
      + " | programme | programmes | program | programs | treatment | treatments | intervention"
      + " | interventions | pressure | pressuring | way | ways | method | methods | technique"
      + " | techniques | aim | aims | aiming | seek | seeks | seeking | designed | intended"
      + " | meant | claim | claims | claiming | promise | promises | promising";

  /** Predicates that, after a match, oppose it ("conversion therapy is harmful"). */
  private static final String ENGLISH_PREDICATES = "harmful | harms | harm | dangerous"
      + " | unethical | discredited | debunked | pseudoscience | pseudoscientific"
      + " | pseudo scientific | junk science | abuse | abusive | torture | fraud | fraudulent"
      + " | ineffective | illegal | unlawful | banned | outlawed | prohibited | cruel | damaging"
      + " | traumatic | traumatising | traumatizing | wrong | against it | against them"
      + " | against this | against that | against such | oppose it | oppose them | reject it"
      + " | reject them | condemn it | condemn them | does not work | doesn t work | do not work"
      + " | don t work | never works | never work | cannot work | can t work | has no place"
      + " | have no place | causes harm | cause harm | caused harm | not offered | not practised"
      + " | not practiced | not provided | never offered | never practised | never practiced"
      + " | not welcome | not therapy | no place | malpractice | unscientific | never here"
      + " | not here | not in my practice | not in our practice | never in my practice"
      + " | never in our practice | myth | a myth | a lie | untrue | false | it cannot"
      + " | it can t | it could not | it couldn t | they cannot | it is not | we reject this"
      + " | we reject that | i reject this | only in the minds"
      + " | not true | harmed me | hurt me | damaged me | traumatised me | traumatized me"
      + " | scarred me | caused me harm | caused me so much harm | harmed us | hurt us"
      + " | harmed them | hurt them | caused us harm | caused them harm | harmed many"
      + " | " + combine("not something | nothing", "we treat | we offer | we do | we practise"
      + " | we practice | we provide | we support | we endorse | we believe in | we work on"
      + " | we try to change | i treat | i offer | i do | i practise | i practice | i provide"
      + " | i support | i endorse | i believe in | i work on | i try to change | to treat"
      + " | to fix | to cure | to change | to be treated | to be fixed | to be cured"
      + " | to be changed | that needs treating | that needs fixing | that needs changing");

  /** What may stand between a match and an opposing predicate ("is", "we are", "a form of"). */
  private static final String ENGLISH_PREDICATE_SKIPS = "is | are | was | were | be | been"
      + " | has | have | had | it | its | s | we | i | they | this | that | which | always"
      + " | very | deeply | inherently | simply | both | also | so | and | a | an | the | all"
      + " | utterly | entirely | completely | totally | clearly | widely | considered | known"
      + " | proven | shown | found | recognised | recognized | deemed | seen | as | to | of"
      + " | form | kind | here | ever | still | now | therapy | therapies | ministry"
      + " | ministries | program | programs | programme | programmes | practice | practices"
      + " | camp | camps | group | groups | effort | efforts | counselling | counseling"
      + " | coaching | treatment | treatments";

  private static final String ENGLISH_CONTRACTIONS = "don't | doesn't | didn't | won't"
      + " | isn't | aren't | wasn't | weren't | can't | couldn't | shouldn't | wouldn't | hasn't"
      + " | haven't | ain't";

  // ------------------------------------------------- Other languages

  /**
   * The names of conversion practices in the languages of countries whose laws name them:
   * Germany, Gesetz zum Schutz vor Konversionsbehandlungen (KonvBehSchG, 2020,
   * https://www.gesetze-im-internet.de/konvbehschg/); France, loi n° 2022-92 du 31 janvier 2022
   * interdisant les pratiques visant à modifier l'orientation sexuelle ou l'identité de genre
   * d'une personne; Spain, Ley 4/2023 de 28 de febrero (BOE-A-2023-5366), which bans "métodos,
   * programas y terapias de aversión, conversión o contrarias"; Brazil, Conselho Federal de
   * Psicologia, Resolução CFP n° 001/1999 (the "cura gay" it forbids psychologists to offer);
   * Malta's Affirmation of Sexual Orientation, Gender Identity and Gender Expression Act (2016)
   * is in English. German also has the "Heilung" (cure) of homosexuality that the debate on its
   * law named (Zeit Online, 2019,
   * https://www.zeit.de/gesellschaft/zeitgeschehen/2019-06/konversionstherapie-homosexualitaet-heilung-pseudotherapien-folgeschaeden-stress).
   * A compound is written as its parts ("konversions therapie"): an entry of one slot also
   * matches its words written as one ("Konversionstherapie"), and {@link Respellings} joins a
   * compound the text splits ("Konversions-Therapie").
   *
   * <p><b>Plain words, session 15.</b> Each language also has the cure, treatment and change of
   * homosexuality in the words its sources use, with the orientation named as the object (so
   * "guérir d'une dépression" or "curar la disfunción eréctil" pass): French, "guérir" and
   * "soigner" l'homosexualité, "sortir de l'homosexualité", "modifier ou réprimer l'orientation
   * sexuelle" (loi n° 2022-92; ACTS, L'ACTS condamne la thérapie de conversion,
   * https://casw-acts.ca/fr/lacts-condamne-la-th%C3%A9rapie-de-conversion; the collective Rien à
   * guérir, quoted at https://librejugement.org/2021/06/02/therapies-de-conversion-inhumaines-pratiques/);
   * Spanish, "curar", "sanar" or "revertir" la homosexualidad, "modificar la orientación sexual"
   * (Ley 4/2023, on therapies "destinadas a modificar" it); Portuguese, "tratamento e cura das
   * homossexualidades" (Resolução CFP n° 001/1999, art. 3); Italian, "guarire" or "curare"
   * l'omosessualità and "terapie di conversione o riparazione dell'omosessualità" (Ordine degli
   * Psicologi della Lombardia, 2010,
   * http://www.lerosedigertrude.it/2010/05/lordine-degli-psicologi-della-lombardia-prende-posizione-sulle-terapie-riparative/;
   * CNOP, 2013, quoted at https://lamadredellachiesa.it/?p=17233); Dutch, "homogenezing",
   * "genezen van hun geaardheid", "seksuele gerichtheid veranderen of onderdrukken" (initiatiefwet
   * verbod op conversiehandelingen, 2022, https://nos.nl/artikel/2417270-tweede-kamer-wil-gevangenisstraf-en-hoge-geldboetes-voor-homogenezers;
   * https://www.telegraaf.nl/nieuws/1968416774/partijen-presenteren-initiatiefwet-om-homogenezing-te-verbieden).
   * Polish is new: "terapia konwersyjna" and "terapia reparatywna" in their cases, and "leczenie"
   * (treatment), "wyleczenie" (cure) or "zmiana" (change) of "homoseksualizm" or of the
   * orientation (Polish Wikipedia, Terapia konwersyjna, https://pl.wikipedia.org/wiki/Terapia_konwersyjna;
   * Polskie Towarzystwo Seksuologiczne, 2016, on therapies of "korekta, konwersja czy reparacja
   * orientacji", and KPH, quoted by Gazeta Prawna, 2018,
   * http://prawo.gazetaprawna.pl/artykuly/1114683,onz-upomina-polske-w-sprawie-leczenia-gejow-i-lesbijek-rzad-musi-sie-wytlumaczyc.html;
   * Wiara i Tęcza on "leczenie homoseksualności", Wprost, 2019,
   * https://www.wprost.pl/tylko-u-nas/10200260/osobiste-dramaty-depresje-i-proby-samobojcze-tak-wyglada-zycie-osob-lgbt.html).
   * Each language has its own negations, opposing predicates after a name ("ist schädlich",
   * "est dangereuse", "es dañina"), recovery words before a name ("Hilfe nach", "après",
   * "después de", "po") and coordinators, as English has; a plain-word entry is never a name, so
   * "sortir de l'homosexualité" is caught where "sortir de la thérapie de conversion" is not.
   * Session 16 adds to each language being freed from homosexuality ("libéré de", "Befreiung
   * von", "liberto da", "wolny od"; "free" only with its "from" word, so "vivir libre su
   * orientación" passes) and the claim, with the orientation first, that it can be cured
   * ("l'homosexualité se soigne", "Homosexualität kann geheilt werden", "tem cura", "można
   * wyleczyć"); a negation after the orientation ("ne se soigne pas", "kann nicht") stops it.
   */
  private static final String GERMAN_NAMES = "konversions therapie | konversions therapien"
      + " | konversion therapie | konversion therapien | conversion therapie"
      + " | conversion therapien | konversions behandlung | konversions behandlungen"
      + " | konversion behandlung | konversion behandlungen | reparativ therapie"
      + " | reparativ therapien | reparative therapie | reparative therapien"
      + " | reparativen therapie | umpolungs therapie | umpolungs therapien | homo heilung"
      + " | reorientierungs therapie | reorientierungs therapien | reorientierung therapie"
      + " | reorientierungs behandlung";

  /** The orientation as a condition, in the cases its sources' sentences put it in. */
  private static final String GERMAN_CONDITION = "homosexualität | homosexuelle neigungen"
      + " | homosexuellen neigungen | homosexueller neigung | homosexuelle neigung"
      + " | gleichgeschlechtliche neigungen | gleichgeschlechtlichen neigungen"
      + " | gleichgeschlechtliche anziehung | gleichgeschlechtlichen anziehung"
      + " | gleichgeschlechtlicher anziehung | homosexuelle gefühle | homosexuellen gefühlen"
      + " | homosexuellen gefühle | gleichgeschlechtliche gefühle"
      + " | gleichgeschlechtlichen gefühlen | homosexuelles begehren | homosexuellem begehren"
      + " | gleichgeschlechtliches begehren | gleichgeschlechtlichem begehren";

  private static final String GERMAN_ORIENTATION = GERMAN_CONDITION + " | homosexuelle"
      + " | homosexuellen";

  private static final Language GERMAN = new Language("de", List.of(
      entry("de.practice.names", GERMAN_NAMES),
      entry("de.orientation.cure", "heilung | heilen | heilt | geheilt | kurieren | umpolung"
          + " | umpolen", GERMAN_ORIENTATION),
      // the KonvBehSchG's "Veränderung oder Unterdrückung der sexuellen Orientierung"; not of
      // "Homosexuellen" (people), so "Behandlung von Homosexuellen mit HIV" passes
      entry("de.orientation.change", "behandlung | behandeln | befreiung | befreien"
          + " | überwindung | überwinden | unterdrückung | unterdrücken | änderung | ändern"
          + " | veränderung | verändern", GERMAN_CONDITION + " | sexuellen orientierung"
          + " | sexuelle orientierung"),
      // freed from the orientation as a condition, session 16; "frei" only with "von", so "frei
      // deine sexuelle Orientierung leben" passes
      entry("de.orientation.freed", "befreit von | frei von | loskommen von | loswerden"
          + " | loslösung von", GERMAN_CONDITION),
      // conditioning aimed at the orientation, session 16 (APA task force, 2009); aversion
      // therapy for an addiction passes
      entry("de.orientation.conditioning", "aversionstherapie | aversions therapie"
          + " | aversionstherapien | aversions therapien | aversive konditionierung"
          + " | aversiven konditionierung | orgasmische rekonditionierung"
          + " | verdeckte sensibilisierung", "gegen | bei | von | zur behandlung von | auf",
          GERMAN_CONDITION),
      entry("de.orientation.cure-object-first", GERMAN_ORIENTATION, "heilen | kurieren"
          + " | umpolen | wegtherapieren | wegbeten | überwinden | unterdrücken | ablegen"
          + " | hinter sich lassen | hinter sich zu lassen | aufgeben"),
      // "Homosexualität kann geheilt werden", "ist heilbar", session 16: the claim that the
      // orientation can be cured, which the KonvBehSchG's debate named (Zeit Online, 2019, above)
      entry("de.orientation.can-be-cured", GERMAN_ORIENTATION + " | sexuelle orientierung",
          combine("kann | können | muss | müssen | soll | sollte | sollen | lässt sich"
              + " | lassen sich", "geheilt werden | kuriert werden | verändert werden"
              + " | geändert werden | überwunden werden | umgepolt werden | geheilt | heilen"
              + " | kurieren | verändern | ändern | überwinden | umpolen")
              + " | ist heilbar | sind heilbar | ist behandelbar | ist veränderbar"
              + " | ist änderbar | ist umkehrbar")),
      "von | der | die | das | des | dem | den | seiner | ihrer | seine | ihre | einer | eines"
          + " | einem | und | zu | zur | vom | ihren | seinen | ihrer | deiner | deine | eure"
          + " | ihre | einer",
      new Opposition()
          .negations("kein | keine | keinen | nicht | gegen | verbot | verboten | ohne | niemals"
              + " | verbietet | verbieten | untersagt | untersagen"
              + " | opfer | überlebende | überlebenden | lehnen | lehne | lehnt | ablehnen"
              + " | abgelehnt | betroffene | betroffenen | geschädigt | geschädigte"
              + " | geschädigten | opfern | verurteilen | verurteilt | nie | weder | schutz")
          .concessives("trotz | ungeachtet")
          .recoveries("nach | nach einer | nach einem | erholung von | heilung nach"
              + " | aufarbeitung | aufarbeitung von | aufarbeitung der | folgen von | folgen der"
              + " | folgen einer | ausstieg aus | trauma durch")
          .coordination("oder | und | noch", "versuch | versuche | form | formen | art | andere"
              + " | anderen | jede | jeden | jegliche | sonstige | behandlung | behandlungen"
              + " | maßnahmen | maßnahme | auf | gerichtet | gerichtete | gerichteten | darauf"
              + " | abzielen | zielen")
          .closeNegations("schutz vor | schützen vor | schützt vor")
          .scope("kein | keine | keinen | keiner | keinem | keinerlei | nicht | gegen | niemals"
              + " | nie | weder | lehnen | lehne | lehnt | ablehnen | verurteilen | verurteilt"
              + " | verbietet | verbieten | untersagt | untersagen | ohne",
              "wir | ich | sie | es | er | hier | bei | uns | unserer | unsere | praxis | werden"
              + " | wird | würden | haben | hat | sind | ist | bieten | biete | bietet | an"
              + " | führen | führe | führt | durch | praktizieren | praktiziere | praktiziert"
              + " | unterstützen | unterstütze | unterstützt | befürworten | befürworte"
              + " | empfehlen | empfehle | machen | mache | macht | versuchen | versucht | zu"
              + " | jemals | auch | irgendeine | irgendwelche | dabei | damit | mit | etwas | tun"
              + " | wollen | will | möchten | dürfen | darf | können | kann | müssen | muss"
              + " | zwingen | zwingt | drängen | drängt | helfen | hilft | wurde | wurden")
          .opposedAfter("opfer | überlebende | überlebenden | betroffene | verbot")
          .predicates("schädlich | gefährlich | unethisch | verboten | unwissenschaftlich"
              + " | strafbar | lehnen wir ab | lehne ich ab | wirkt nicht | missbrauch"
              + " | pseudowissenschaft | pseudowissenschaftlich", "ist | sind | war | wird"
              + " | werden | wurde | sehr | zutiefst | und | immer | nachweislich"
              + " | grundsätzlich | auch | eine | ein | eindeutig | in | deutschland | seit"
              + " | 2020 | für | minderjährige"));

  /** The orientation named as a condition, the object of cure and treatment verbs. */
  private static final String FRENCH_PATHOLOGISED = "homosexualité | homosexualités"
      + " | tendances homosexuelles | tendance homosexuelle | attirance homosexuelle"
      + " | attirances homosexuelles | pulsions homosexuelles | bisexualité | lesbianisme";

  private static final String FRENCH_ORIENTATION = "homosexualité | homosexualités"
      + " | tendances homosexuelles | tendance homosexuelle | attirance homosexuelle"
      + " | attirances homosexuelles | désirs homosexuels | pulsions homosexuelles"
      + " | orientation sexuelle | orientation homosexuelle | attirance pour le même sexe"
      + " | attirances pour le même sexe | attirance pour les personnes du même sexe"
      + " | bisexualité | lesbianisme";

  private static final Language FRENCH = new Language("fr", List.of(
      entry("fr.practice.names", "thérapie de conversion | thérapies de conversion"
          + " | pratiques de conversion | pratique de conversion | thérapie réparatrice"
          + " | thérapies réparatrices | thérapie de réorientation"
          + " | thérapie de réorientation sexuelle | homothérapie | homothérapies"),
      entry("fr.orientation.cure", "guérir | guérison | guéri | guérie | guéris | guérit"
          + " | guérissent | soigner | soigne | soignent | traiter | traitement | traitements"
          + " | sortir | sortie | libérer | libération | délivrer | délivrance | délivré"
          + " | délivrée | vaincre | surmonter | combattre | réparer | réparation | renoncer"
          + " | libéré | libérée | libérés | libérées | libre de | libres de | se libérer"
          + " | affranchi | affranchie | quitter | abandonner"
          // first persons, as a practice advertises ("Nous guérissons l'homosexualité")
          + " | guérissons | soignons | traitons | traite | traitent | libérons",
          FRENCH_PATHOLOGISED),
      // "l'homosexualité peut être guérie", "se soigne", session 16: the claim the collective
      // Rien à guérir answers (above)
      entryNotFollowedBy("fr.orientation.can-be-cured", "t", FRENCH_PATHOLOGISED
          + " | orientation sexuelle", combine("peut être | peuvent être | doit être"
          + " | doivent être | pourrait être | est | sont", "guérie | guéri | guéries | guéris"
          + " | soignée | soignées | changée | changées | modifiée | modifiées | corrigée"
          + " | corrigées | vaincue | surmontée | réparée | guérissable | guérissables"
          + " | curable | curables | réversible | réversibles | modifiable | modifiables")
          + " | " + combine("se | peut se | peuvent se", "guérit | guérissent | soigne"
          + " | soignent | guérir | soigner | corriger | corrige")),
      entry("fr.orientation.change", "réprimer | répression | supprimer | corriger | correction"
          + " | changer | changement | modifier | modification | convertir | réorienter"
          + " | réorientation", FRENCH_ORIENTATION),
      // not "changer" nor "modifier", which a trans person's own papers also do
      entry("fr.orientation.conditioning", "thérapie par aversion | thérapies par aversion"
          + " | thérapie aversive | thérapies aversives | conditionnement aversif"
          + " | reconditionnement orgasmique | sensibilisation masquée | sensibilisation cachée",
          "contre | pour | de | visant | visant à | sur | envers", FRENCH_ORIENTATION
              + " | identité de genre | expression de genre"),
      entry("fr.gender.cure", "guérir | guérison | soigner | réprimer | répression | supprimer"
          + " | corriger | correction",
          "identité de genre | transidentité | transsexualisme | transsexualité"
              + " | expression de genre")),
      "de | d | l | la | le | les | du | des | son | sa | ses | leur | leurs | votre | vos"
          + " | notre | nos | mon | ma | mes | un | une | a | au | aux | et | ou | en | s | se"
          + " | vous | te | t",
      new Opposition()
          .negations("pas | non | ne | n | contre | jamais | interdiction | interdit | interdits"
              + " | interdite | interdites | interdire | interdisant | victimes | sans | ni"
              + " | survivants | survivantes | refusons | refuse | refusent | refuser | rejetons"
              + " | rejette | rejeter | condamnons | condamne | condamner | opposons | opposé"
              + " | opposée | opposés | opposées | dénonçons | dénonce | aucune | aucun | lutte"
              + " | lutter | luttons")
          .concessives("malgré | dépit")
          .recoveries("après | apres | se remettre de | se reconstruire après | sortir de"
              + " | sortie de | sortis de | rescapés de | rescapées de | séquelles de"
              + " | traumatisme de | traumatismes de")
          .coordination("ou | et | ni", "tentative | tentatives | forme | formes | autre"
              + " | autres | toute | tout | toutes | tous | pratique | pratiques | démarche"
              + " | visant | visent | vise | destinée | destinées | destiné | destinés | thérapie"
              + " | thérapies | comportements | propos | répétés")
          .scope("pas | non | ne | n | contre | jamais | refusons | refuse | refusent | refuser"
              + " | rejetons | rejette | rejeter | condamnons | condamne | condamner | opposons"
              + " | opposé | opposée | opposés | opposées | dénonçons | dénonce | aucune | aucun"
              + " | ni | sans | lutte | lutter | luttons | interdisant | interdire | interdit",
              "nous | je | vous | il | elle | ils | elles | on | y | en | ici | est | sont | sera"
              + " | serons | a | ont | avons | ai | été | sommes | suis | proposons | propose"
              + " | proposent | proposer | offrons | offre | offrent | offrir | pratiquons"
              + " | pratique | pratiquent | pratiquer | faisons | fait | font | faire"
              + " | soutenons | soutient | soutenir | croyons | croit | croire | cautionnons"
              + " | cautionne | promouvons | promeut | recommandons | recommande | acceptons"
              + " | accepte | participons | participe | jamais | plus | aucunement | point"
              + " | du | de | des | la | le | les | l | d | à | au | aux | dans | par | avec"
              + " | forcer | forçons | force | pousser | poussons | pousse | essayer | essayons"
              + " | essaie | chercher | cherchons | cherche | aider | aidons | aide")
          .opposedAfter("victimes | survivants | survivantes | rescapés | rescapées")
          .predicates("dangereuse | dangereuses | dangereux | nocive | nocives | néfaste"
              + " | néfastes | interdite | interdites | illégale | illégales | inefficace"
              + " | inefficaces | contraire à l éthique | une maltraitance | maltraitance"
              + " | torture | pseudo science | pseudoscientifique | pseudo scientifiques"
              + " | nous la refusons | nous les refusons | nous la condamnons",
              "est | sont | a | ont | été | nous | y | sommes | très | et | toujours | la | le"
              + " | les | une | un | en | france | depuis | 2022 | profondément"));

  private static final String SPANISH_PATHOLOGISED = "homosexualidad | tendencias homosexuales"
      + " | tendencia homosexual | atracción homosexual | atracciones homosexuales"
      + " | deseos homosexuales | bisexualidad | lesbianismo";

  private static final String SPANISH_ORIENTATION = "homosexualidad | tendencias homosexuales"
      + " | tendencia homosexual | atracción homosexual | atracciones homosexuales"
      + " | deseos homosexuales | orientación sexual | orientación homosexual"
      + " | atracción al mismo sexo | atracción por el mismo sexo | atracción hacia el mismo sexo"
      + " | bisexualidad | lesbianismo";

  private static final Language SPANISH = new Language("es", List.of(
      entry("es.practice.names", "terapia de conversión | terapias de conversión"
          + " | prácticas de conversión | terapia reparativa | terapias reparativas"
          + " | terapia de reorientación | terapia de reorientación sexual"),
      // Ley 4/2023 bans "terapias de aversión" aimed at orientation, identity or expression;
      // aversion therapy for smoking is other work, so the object decides, as in English
      entry("es.orientation.conditioning", "terapia de aversión | terapias de aversión"
          + " | terapia aversiva | terapias aversivas | condicionamiento aversivo"
          + " | contracondicionamiento | reacondicionamiento orgásmico"
          + " | sensibilización encubierta", "para | contra | de | sobre | hacia | dirigida a"
          + " | dirigidas a | destinada a | destinadas a | destinados a | "
          + combine("para | destinada a | destinadas a | destinados a", "modificar | cambiar"
              + " | corregir | revertir | reprimir | eliminar"), SPANISH_ORIENTATION
          + " | identidad de género | identidad sexual | expresión de género"),
      entry("es.orientation.cure", "curar | cura | curación | curarse | sanar | sanación"
          + " | sanarse | tratamiento | tratamientos | salir | superar | eliminar | vencer"
          + " | liberar | liberación | liberarse | liberado | liberada | liberados"
          + " | liberadas | libre de | libres de | dejar atrás | abandonar"
          // first persons, as a practice advertises ("Curamos la homosexualidad"), session 16
          + " | curamos | curo | curan | sanamos | sano | sanan | tratar | tratamos | trato"
          + " | tratan | superamos | eliminamos | liberamos | libero",
          SPANISH_PATHOLOGISED),
      // "la homosexualidad se puede curar", "tiene cura", session 16 (Ley 4/2023, above)
      entry("es.orientation.can-be-cured", SPANISH_PATHOLOGISED + " | orientación sexual",
          combine("se puede | se pueden | puede ser | pueden ser | debe ser | es | son",
              "curar | curada | curado | sanar | sanada | revertir | revertida | revertido"
              + " | corregir | corregida | superar | superada | curable | curables"
              + " | reversible | reversibles | cambiada | cambiado | modificada")
              + " | se puede cambiar | se pueden cambiar | se puede modificar | tiene cura"
              + " | tienen cura | se cura | se curan"),
      entry("es.orientation.change", "revertir | reversión | corregir | corrección | cambiar"
          + " | cambio | modificar | modificación | reprimir | represión | convertir",
          SPANISH_ORIENTATION),
      entry("es.gender.cure", "curar | cura | sanar | sanación | revertir | reversión | corregir"
          + " | corrección | reprimir | represión",
          "identidad de género | transexualidad | transgenerismo | expresión de género")),
      "la | el | los | las | de | del | su | sus | tu | tus | a | al | y | o | un | una | mi"
          + " | mis | nuestra | nuestro | se | lo | le | les | te",
      new Opposition()
          .negations("no | contra | nunca | jamás | prohibición | prohibidas | prohibido"
              + " | prohíbe | prohíben | prohibir"
              + " | prohibida | víctimas | sin | ni | sobrevivientes | supervivientes"
              + " | rechazamos | rechazo | rechaza | rechazan | oponemos | opuestos | opuesta"
              + " | opuesto | condenamos | condena | ningún | ninguna | erradicar")
          .concessives("pesar | pese")
          .recoveries("después de | tras | recuperación de | recuperarse de | recuperación tras"
              + " | secuelas de | sanar de | sanación de | salir de | supervivientes de")
          .coordination("o | y | ni | u", "intento | intentos | forma | formas | otra | otro"
              + " | otras | otros | cualquier | toda | todo | práctica | prácticas | terapia"
              + " | terapias | métodos | programas | destinadas | destinados | destinada"
              + " | destinado | dirigidas | dirigidos | encaminadas | encaminados")
          .scope("no | contra | nunca | jamás | ni | sin | rechazamos | rechazo | rechaza"
              + " | rechazan | oponemos | condenamos | condena | ningún | ninguna | ninguno"
              + " | prohíbe | prohíben | prohibir",
              "nosotros | yo | aquí | se | nos | ofrecemos | ofrece | ofrezco | ofrecen"
              + " | practicamos | practica | practico | realizamos | realiza | realizo | hacemos"
              + " | hace | hago | apoyamos | apoya | apoyo | promovemos | promueve"
              + " | recomendamos | recomienda | creemos | cree | en | intentamos | intenta"
              + " | intentaremos | intentará | trataremos | tratamos | es | son | será | ha | han"
              + " | hemos | vamos | va | a | de | con | tipo | obligamos | obliga | presionamos"
              + " | presiona | ayudamos | ayuda | jamás | usamos | usa | utilizamos | utiliza")
          .opposedAfter("víctimas | sobrevivientes | supervivientes")
          .predicates("dañina | dañinas | dañino | dañinos | peligrosa | peligrosas | prohibida"
              + " | prohibidas | ilegal | ilegales | abuso | tortura | pseudociencia | no funciona"
              + " | no funcionan | fraudulenta | fraude | la rechazamos | las rechazamos",
              "es | son | fue | está | están | muy | y | una | un | nosotros | estamos | siempre"
              + " | totalmente | en | españa | desde | 2023 | profundamente"));

  private static final String PORTUGUESE_ORIENTATION = "homossexualidade | homossexualidades"
      + " | homossexualismo | atração pelo mesmo sexo | atração homossexual"
      + " | orientação sexual | bissexualidade | lesbianidade | tendências homossexuais"
      + " | desejos homossexuais";

  private static final Language PORTUGUESE = new Language("pt", List.of(
      // "cura gay-friendly" is Italian for gay-friendly care
      entryNotFollowedBy("pt.practice.names", "friendly", "terapia de conversão"
          + " | terapias de conversão | cura gay"
          + " | terapia reparativa | terapias reparativas | reversão sexual"
          + " | terapia de reorientação | terapia de reorientação sexual | terapia de reversão"
          + " | terapias de reversão | tratamento de reversão | tratamentos de reversão"),
      entry("pt.orientation.cure", "curar | cura | tratamento | tratamentos | superar"
          + " | eliminar | libertar | libertação | sair | liberto | liberta | libertos"
          + " | libertas | libertado | libertada | livre de | livre da | livres de"
          + " | livres da | deixar para trás"
          + " | abandonar | curamos | curo | curam | tratar | tratamos | trato | tratam"
          + " | libertamos | superamos", "homossexualidade | homossexualidades"
          + " | homossexualismo | atração homossexual | bissexualidade | lesbianidade"
          + " | tendências homossexuais | desejos homossexuais"),
      entry("pt.orientation.change", "reverter | reversão | reorientar | reorientação"
          + " | corrigir | correção | mudar | mudança | modificar | reprimir",
          PORTUGUESE_ORIENTATION),
      // "a homossexualidade tem cura", "pode ser curada", session 16: the "cura" the Resolução
      // CFP n° 001/1999 forbids psychologists to propose (above)
      entry("pt.orientation.can-be-cured", "homossexualidade | homossexualidades"
          + " | homossexualismo | atração pelo mesmo sexo | atração homossexual"
          + " | orientação sexual", combine("pode ser | podem ser | deve ser | é | são",
              "curada | curado | tratada | revertida | revertido | mudada | corrigida | curável"
              + " | curáveis | reversível | reversíveis | tratável")
              + " | tem cura | têm cura | se cura | se curam | pode se curar")),
      "a | o | as | os | da | do | das | dos | de | sua | seu | suas | seus | e | ou | um"
          + " | uma | na | no | em | se | te",
      new Opposition()
          .negations("não | contra | nunca | jamais | proibição | proibida | proibido | vítimas"
              + " | sem | nem | sobreviventes | rejeitamos | repudiamos | condenamos | proíbe"
              + " | contrários | contrária | contrário | nenhuma | nenhum")
          .concessives("apesar")
          // the verbs the CFP's resolution refuses with: "não exercerão qualquer ação", "nem
          // adotarão ação coercitiva", "não colaborarão com eventos e serviços que proponham
          // tratamento e cura das homossexualidades" (art. 3 and its sole paragraph)
          .scope("não | nunca | jamais | nem | sem | contra | rejeitamos | repudiamos"
              + " | condenamos | proíbe | proíbem | nenhuma | nenhum | contrários | contrária"
              + " | contrário | contrárias",
              "nós | eu | aqui | se | nos | me | oferecemos | oferece | ofereço | oferecem"
              + " | praticamos | pratica | pratico | realizamos | realiza | realizo | fazemos"
              + " | faz | faço | apoiamos | apoia | apoio | promovemos | promove | recomendamos"
              + " | recomenda | acreditamos | acredita | tentamos | tenta | tentaremos"
              + " | tentará | vamos | vai | é | são | será | foi | há | com | tipo | qualquer"
              + " | obrigamos | obriga | pressionamos | pressiona | ajudamos | ajuda | usamos"
              + " | usa | utilizamos | utiliza | exercerão | exercemos | adotarão | adotamos"
              + " | colaborarão | colaboramos | participarão | participamos | proporão"
              + " | propomos | propõe | queremos | quer | iremos | irá | ser | forçar | forçamos"
              + " | faremos | fará | faria | praticaremos | ofereceremos | eventos | evento"
              + " | serviços | serviço | proponham | proponha | propõem")
          .recoveries("após | depois de | depois da | depois do | recuperação de"
              + " | recuperação da | recuperação após | sobreviventes de | sair da | saída da")
          .coordination("ou | e | nem", "tentativa | tentativas | forma | formas | outra"
              + " | outro | qualquer | toda | todo | prática | práticas | terapia | terapias"
              + " | destinadas | destinados | que | visam | visem | tratamento | tratamentos")
          .opposedAfter("vítimas | sobreviventes")
          .predicates("prejudicial | prejudiciais | perigosa | perigosas | proibida | proibidas"
              + " | ilegal | abuso | tortura | pseudociência | não funciona | fraude",
              "é | são | foi | muito | e | uma | um | nós | somos | sempre | totalmente | no"
              + " | brasil | desde | 1999"));

  private static final String ITALIAN_ORIENTATION = "omosessualità | tendenze omosessuali"
      + " | tendenza omosessuale | attrazione omosessuale | attrazione per lo stesso sesso"
      + " | orientamento sessuale | orientamento omosessuale | bisessualità | lesbismo"
      + " | desideri omosessuali";

  private static final Language ITALIAN = new Language("it", List.of(
      entry("it.practice.names", "terapia di conversione | terapie di conversione"
          + " | terapia riparativa | terapie riparative | terapie riparatrici"
          + " | terapia di riorientamento | terapie di riorientamento sessuale"),
      entry("it.orientation.cure", "guarire | guarigione | guarito | guarita | curare | cura"
          + " | trattare | trattamento | riparare | riparazione | superare | eliminare"
          + " | liberare | liberazione | uscire | uscita | liberato | liberata | liberati"
          + " | libero da | libera da | liberi da | libere da | libero dall | libera dall"
          + " | liberi dall | libere dall | libero dalla | libera dalla | liberarsi"
          + " | abbandonare | lasciarsi alle spalle | guariamo | guarisco | curiamo | curo"
          + " | trattiamo | tratto", "omosessualità | tendenze omosessuali"
          + " | tendenza omosessuale | attrazione omosessuale | bisessualità | lesbismo"
          + " | desideri omosessuali"),
      entry("it.orientation.change", "convertire | cambiare | modificare | correggere"
          + " | reprimere | riorientare", ITALIAN_ORIENTATION),
      // "l'omosessualità si può curare", "può essere guarita", session 16 (Ordine degli
      // Psicologi della Lombardia, 2010, above)
      entry("it.orientation.can-be-cured", "omosessualità | tendenze omosessuali"
          + " | attrazione omosessuale | attrazione per lo stesso sesso | orientamento sessuale",
          combine("può essere | possono essere | deve essere | è | sono", "curata | curato"
              + " | guarita | guarito | cambiata | cambiato | corretta | superata | curabile"
              + " | guaribile | reversibile | curabili | guaribili")
              + " | si può curare | si può guarire | si cura | si guarisce | si può cambiare"
              + " | si può correggere | si possono curare")),
      "l | la | il | lo | le | i | gli | dall | dalla | dal | della | dell | del | di | da"
          + " | sua | suo | loro | e | o | un | una | dalle | delle | proprio | propria",
      new Opposition()
          .negations("non | contro | mai | divieto | vietate | vietato | vietata | vittime"
              + " | senza | né | sopravvissuti | sopravvissute | rifiutiamo | rifiuta | vieta"
              + " | condanniamo | condanna | contrari | contrario | contraria | nessuna"
              + " | nessun | opponiamo")
          .concessives("nonostante | malgrado | dispetto")
          .scope("non | mai | contro | senza | né | rifiutiamo | rifiuta | vieta | vietano"
              + " | condanniamo | condanna | nessuna | nessun | nessuno | opponiamo | contrari"
              + " | contrario | contraria | contrarie",
              "noi | io | qui | si | ci | mi | offriamo | offre | offro | offrono | pratichiamo"
              + " | pratica | pratico | praticano | facciamo | fa | faccio | sosteniamo"
              + " | sostiene | promuoviamo | promuove | raccomandiamo | raccomanda | consigliamo"
              + " | consiglia | crediamo | crede | in | tentiamo | tenta | cerchiamo | cerca"
              + " | proveremo | proverà | è | sono | sarà | saranno | stato | stata | abbiamo"
              + " | ha | hanno | ad | a | alcun | alcuna | alcuno | tipo | con | costringiamo"
              + " | costringe | spingiamo | spinge | aiutiamo | aiuta | usiamo | usa"
              + " | utilizziamo | utilizza | forniamo | fornisce | qualsiasi | può | possono"
              + " | prestarsi | presta | prestiamo | mai | vogliamo | vuole")
          .recoveries("dopo | dopo la | dopo le | recupero da | recupero dopo | uscire da"
              + " | sopravvissuti a | sopravvissute a")
          .coordination("o | e | né", "tentativo | tentativi | forma | forme | altra | altro"
              + " | qualsiasi | ogni | pratica | pratiche | terapia | terapie | volte | volti"
              + " | volta | mirate | mirati | a")
          .opposedAfter("vittime | sopravvissuti | sopravvissute")
          .predicates("dannosa | dannose | pericolosa | pericolose | vietata | vietate"
              + " | illegale | abuso | tortura | pseudoscienza | non funziona | non funzionano"
              + " | priva di validità scientifica | prive di validità scientifica",
              "è | sono | era | molto | e | una | un | noi | siamo | sempre | del | tutto"
              + " | totalmente | in | italia"));

  private static final String DUTCH_ORIENTATION = "homoseksualiteit | homofilie"
      + " | homoseksuele gevoelens | homoseksuele gerichtheid | seksuele gerichtheid"
      + " | seksuele geaardheid | geaardheid | homoseksuele geaardheid";

  private static final Language DUTCH = new Language("nl", List.of(
      entry("nl.practice.names", "conversie therapie | conversie therapieën | homo genezing"
          + " | homo therapie | homo genezingstherapie | homo genezingstherapieën"
          + " | conversie behandeling | conversie behandelingen | conversie handelingen"),
      entry("nl.orientation.cure", "genezen | genezing | geneest | behandelen | behandeling"
          + " | veranderen | verandering | onderdrukken | onderdrukking | bevrijden | bevrijding"
          + " | omkeren | overwinnen | afleren | bevrijd van | vrij van | loskomen van",
          DUTCH_ORIENTATION),
      entry("nl.orientation.cure-object-first", DUTCH_ORIENTATION, "genezen | veranderen"
          + " | onderdrukken | afleren | wegbidden | overwinnen | omkeren | achter je laten"
          + " | achter zich laten"),
      // "homoseksualiteit kan genezen worden", "is te genezen", session 16 (initiatiefwet
      // verbod op conversiehandelingen, 2022, above, on "homogenezing")
      entry("nl.orientation.can-be-cured", DUTCH_ORIENTATION, combine("kan | kunnen | moet"
          + " | moeten", "genezen worden | worden genezen | genezen | veranderd worden"
          + " | worden veranderd | overwonnen worden | worden overwonnen | omgekeerd worden")
          + " | " + combine("is | zijn", "te genezen | te veranderen | geneesbaar"
          + " | veranderbaar | omkeerbaar | behandelbaar"))),
      "van | de | het | hun | zijn | haar | je | jouw | uw | een | en | of | te | om | hen"
          + " | hem | iemands",
      new Opposition()
          .negations("geen | niet | tegen | nooit | verbod | verboden | slachtoffers | zonder"
              + " | overlevenden | afwijzen | wijzen | veroordelen | strafbaar | nee | niets"
              + " | verbiedt | verbieden")
          .concessives("ondanks")
          .scope("geen | niet | nooit | tegen | zonder | noch | afwijzen | wijzen"
              + " | veroordelen | verbiedt | verbieden | niets | nee",
              "wij | we | ik | hier | bieden | biedt | bied | aan | doen | doet | doe | voeren"
              + " | voert | uit | passen | past | toe | ondersteunen | steunen | steunt | raden"
              + " | adviseren | geloven | gelooft | in | proberen | probeert | zullen | zal"
              + " | wordt | worden | is | zijn | hebben | heeft | ooit | ook | enige | enkele"
              + " | vorm | soort | dwingen | dwingt | helpen | helpt | gebruiken | gebruikt"
              + " | met | bij | ons | onze | praktijk | willen | wil | kunnen | kan | mag"
              + " | mogen | moeten | moet | u | jou | jullie")
          .recoveries("na | herstel van | herstel na | verwerken van | verwerking van"
              + " | gevolgen van")
          .coordination("of | en | noch", "poging | pogingen | vorm | vormen | andere | ander"
              + " | elke | iedere | praktijk | praktijken | therapie | therapieën | gericht"
              + " | gerichte | bedoeld | die | op")
          .opposedAfter("slachtoffers | overlevenden | verbod")
          .predicates("schadelijk | gevaarlijk | verboden | strafbaar | onethisch | werkt niet"
              + " | wijzen wij af | wijzen we af | mishandeling",
              "is | zijn | was | en | erg | zeer | altijd | wij | we | een | in | nederland"));

  private static final String POLISH_ORIENTATION = "homoseksualizm | homoseksualizmu"
      + " | homoseksualizmem | homoseksualność | homoseksualności | skłonności homoseksualne"
      + " | skłonności homoseksualnych | skłonnościami homoseksualnymi"
      + " | pociąg do tej samej płci | pociągu do tej samej płci | orientacja seksualna"
      + " | orientacji seksualnej | orientację seksualną | orientacją seksualną"
      + " | biseksualność | biseksualności | homoseksualne pragnienia"
      + " | homoseksualnych pragnień";

  private static final Language POLISH = new Language("pl", List.of(
      entry("pl.practice.names", "terapia konwersyjna | terapii konwersyjnej"
          + " | terapię konwersyjną | terapią konwersyjną | terapie konwersyjne"
          + " | terapiach konwersyjnych | terapii konwersyjnych | terapiami konwersyjnymi"
          + " | terapia reparatywna | terapii reparatywnej | terapię reparatywną"
          + " | terapią reparatywną | terapie reparatywne | terapii reparatywnych"
          + " | terapiami reparatywnymi | terapia reorientacyjna | terapii reorientacyjnej"
          + " | terapie reorientacyjne | praktyki konwersyjne | praktyk konwersyjnych"
          + " | terapia konwersji | terapie konwersji | terapiom konwersyjnym"
          + " | terapiom reparatywnym"),
      entry("pl.orientation.cure", "leczenie | leczenia | leczeniu | leczeniem | leczyć"
          + " | leczymy | leczy | wyleczenie | wyleczenia | wyleczyć | wyleczymy | uleczenie"
          + " | uleczyć | uzdrowienie | uzdrowienia | uzdrawianie | uzdrowić | wyjście"
          + " | wyjścia | wyjść | uwolnienie | uwolnić | zmiana | zmiany | zmianę | zmienić"
          + " | zmieniać | korekta | korekcja | korekcji | konwersja | konwersji | reparacja"
          + " | reparacji | przezwyciężenie | przezwyciężyć | pokonanie | pokonać | walka"
          + " | walki | tłumienie | tłumić | uwolniony od | uwolniona od | uwolnieni od"
          + " | uwolnić się od | wolny od | wolna od | wolni od | porzucić | porzucenie"
          + " | zostawić za sobą",
          POLISH_ORIENTATION),
      // "homoseksualizm można wyleczyć", "jest uleczalny", session 16 (Polskie Towarzystwo
      // Seksuologiczne, 2016, and Wiara i Tęcza, above)
      entry("pl.orientation.can-be-cured", POLISH_ORIENTATION, combine("można | da się",
          "wyleczyć | uleczyć | zmienić | leczyć | przezwyciężyć | uzdrowić") + " | "
          + combine("jest | są", "uleczalny | uleczalna | uleczalne | wyleczalny"
          + " | wyleczalna | odwracalny | odwracalna")),
      entry("pl.gender.change", "zmiana | zmiany | zmianę | zmienić | konwersja"
          + " | tłumienie | tłumić | wyleczenie | wyleczyć | uzdrowienie",
          "tożsamości płciowej | tożsamość płciową | tożsamość płciowa | transpłciowości"
              + " | transpłciowość")),
      "z | ze | od | do | się | swojej | swoją | swoj | jego | jej | ich | i | lub | oraz | na"
          + " | w | u | twojej | twoją | waszej",
      new Opposition()
          .negations("nie | nigdy | zakazuje | zakazują | przeciw | przeciwko | przeciwni"
              + " | przeciwna | przeciwny"
              + " | przeciwnicy | zakaz | zakazu | zakazujemy | zakazane | zakazana | bez | ani"
              + " | ofiary | ofiar | ofiarom | odrzucamy | odrzuca | potępiamy | potępia"
              + " | sprzeciw | sprzeciwiamy | stop | żadnej | żadnych | żaden | żadnej"
              + " | szkodliwe | szkodliwa | szkodliwość | szkodliwości | ocalałe | ocalałych")
          .concessives("mimo | pomimo | wbrew")
          .scope("nie | nigdy | przeciw | przeciwko | bez | ani | odrzucamy | odrzuca"
              + " | potępiamy | potępia | sprzeciwiamy | żadnej | żadnych | żaden | żadnego"
              + " | zakazuje | zakazują | zakazujemy | przeciwni | przeciwna | przeciwny",
              "my | ja | tu | tutaj | się | oferujemy | oferuje | oferuję | prowadzimy"
              + " | prowadzi | prowadzę | stosujemy | stosuje | stosuję | praktykujemy"
              + " | praktykuje | wspieramy | wspiera | popieramy | popiera | promujemy"
              + " | promuje | polecamy | poleca | zalecamy | zaleca | wierzymy | wierzy"
              + " | jesteśmy | jest | są | będziemy | będzie | będę | będą | próbujemy"
              + " | próbuje | będziemy | zmuszamy | zmusza | naciskamy | naciska | pomagamy"
              + " | pomaga | używamy | używa | robimy | robi | wykonujemy | wykonuje | formy"
              + " | form | rodzaju | tego | tym | wam | was | nikogo | nikt | chcemy | chce"
              + " | możemy | może | będziemy | ma | mamy")
          .recoveries("po | pomoc po | wsparcie po | wychodzenie z | skutki | skutków"
              + " | skutkami | następstwa | następstw | trauma po | traumie po")
          .coordination("ani | lub | i | oraz | czy", "próba | próby | prób | próbom | forma"
              + " | formy"
              + " | form | inna | inne | innej | jakakolwiek | jakiejkolwiek | każda | każdej"
              + " | mające | mających | polegające | polegających | terapie | terapii | celu"
              + " | praktyka | praktyki")
          .opposedAfter("ofiary | ofiar | ocalali | ocalałe")
          .predicates("szkodliwa | szkodliwe | szkodliwą | niebezpieczna | niebezpieczne"
              + " | zakazana | zakazane | nieetyczna | nieetyczne | pseudonaukowa"
              + " | pseudonaukowe | przemoc | przemocą | tortura | torturą | nie działa"
              + " | nie jest możliwa | jest niemożliwa | niemożliwa"
              + " | nie działają | nieskuteczna | nieskuteczne",
              "jest | są | to | była | i | bardzo | zawsze | my | jesteśmy | w | polsce"));

  /** Every language of the lexicon; English first. */
  static final List<Language> LANGUAGES = List.of(
      new Language("en", ENGLISH, ENGLISH_FILLERS, new Opposition()
          .negations(ENGLISH_NEGATIONS)
          .contractions(ENGLISH_CONTRACTIONS)
          .closeNegations("without | ban on | bans on | banning | ban of | banned"
              + " | memorandum of understanding on | memorandum of understanding against"
              + " | memorandum on | mou on | mou against | mou2 on")
          .recoveries(ENGLISH_RECOVERIES)
          .coordination("or | and | nor", ENGLISH_ATTEMPTS)
          .scope(ENGLISH_REACHING, ENGLISH_SCOPE)
          .adjacentOnly("anti")
          .concessives("despite | spite | regardless | notwithstanding")
          .reversals("disagree | disagrees | nonsense | wrong | untrue | false",
              "offer it | offer them | offer this | provide it | provide them | practise it"
                  + " | practice it | practise them | practice them | use it | recommend it"
                  + " | deliver it")
          .linkedAttempts("attempt | attempts | attempting | effort | efforts | try | tries"
              + " | trying | pressure | pressuring | aim | aims | aiming | seek | seeks"
              + " | seeking | claim | claims | claiming | promise | promises | promising")
          .opposedAfter(ENGLISH_OPPOSED_AFTER)
          .predicates(ENGLISH_PREDICATES, ENGLISH_PREDICATE_SKIPS)),
      GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN, DUTCH, POLISH);

  /** Every word of every entry, folded: the words {@link Respellings} may restore. */
  private static final Respellings RESPELLINGS = new Respellings(vocabulary());

  private ConversionLexicon() {}

  private static Entry entry(String id, String... slots) {
    return entryNotAfterNorBefore(id, "", "", slots);
  }

  /** Builds an entry whose slots stand next to each other, with no small word between. */
  private static Entry entryAdjacent(String id, String... slots) {
    return build(id, "", "", 0, slots);
  }

  private static Entry entryNotFollowedBy(String id, String notFollowedBy, String... slots) {
    return entryNotAfterNorBefore(id, "", notFollowedBy, slots);
  }

  /**
   * Builds an entry whose words are cut and folded as a text's are ({@link Words#folded}), so an
   * entry written with accents matches a text written without them and the other way round. An
   * entry of one slot (a practice's name) also matches each of its alternatives written as one
   * word ("conversiontherapy", "Konversionstherapie").
   */
  private static Entry entryNotAfterNorBefore(String id, String notPrecededBy,
      String notFollowedBy, String... slots) {
    return build(id, notPrecededBy, notFollowedBy, MAX_GAP, slots);
  }

  private static Entry build(String id, String notPrecededBy, String notFollowedBy, int maxGap,
      String... slots) {
    String[][][] parsed = new String[slots.length][][];
    for (int s = 0; s < slots.length; s++) {
      List<String[]> words = new ArrayList<>();
      for (String alternative : alternatives(slots[s])) {
        String[] cut = Words.folded(alternative);
        words.add(cut);
        if (slots.length == 1 && cut.length > 1) {
          words.add(new String[] {String.join("", cut)});
        }
      }
      parsed[s] = words.toArray(new String[0][]);
    }
    List<String[]> notAfter = new ArrayList<>();
    for (String alternative : alternatives(notFollowedBy)) {
      notAfter.add(Words.folded(alternative));
    }
    return new Entry(id, parsed, notAfter, foldedWords(notPrecededBy), maxGap);
  }

  /**
   * Returns every head followed by every tail as the alternatives of one slot: "can | may" and
   * "be cured | be healed" give "can be cured | can be healed | may be cured | may be healed".
   */
  private static String combine(String heads, String tails) {
    List<String> out = new ArrayList<>();
    for (String head : alternatives(heads)) {
      for (String tail : alternatives(tails)) {
        out.add(head + " " + tail);
      }
    }
    return String.join(" | ", out);
  }

  /** Returns the folded words of a slot's alternatives ("a | b c"), as the text is cut. */
  private static Set<String> foldedWords(String slot) {
    return folded(Arrays.asList(alternatives(slot)));
  }

  /** Returns the words of some phrases, cut and folded as the text is. */
  private static Set<String> folded(Collection<String> words) {
    Set<String> out = new HashSet<>();
    for (String word : words) {
      out.addAll(Arrays.asList(Words.folded(word)));
    }
    return Set.copyOf(out);
  }

  private static Set<String> vocabulary() {
    Set<String> words = new HashSet<>();
    for (Language language : LANGUAGES) {
      for (Entry entry : language.entries) {
        for (String[][] slot : entry.slots) {
          for (String[] alternative : slot) {
            words.addAll(Arrays.asList(alternative));
          }
        }
      }
    }
    return words;
  }

  /** Splits "a | b c | d" into its stripped, non-blank alternatives. */
  private static String[] alternatives(String slot) {
    // literal slots written in this class: empty alternatives are dropped on purpose
    @SuppressWarnings("StringSplitter")
    String[] parts = slot.split("\\|");
    return Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty())
        .toArray(String[]::new);
  }

  /**
   * Returns the ids of every entry of every language.
   *
   * @return the ids, in lexicon order, never null
   */
  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Language language : LANGUAGES) {
      for (Entry entry : language.entries) {
        ids.add(entry.id);
      }
    }
    return ids;
  }

  /**
   * Finds the first lexicon entry a text uses.
   *
   * @param text the text, never null
   * @return the id of the entry found, or empty; never any of the text
   */
  public static Optional<String> find(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // Each clause's words, read as one sequence, with where each word's clause starts: a negation
    // is read in the clause of the match only ("No shame. Conversion therapy for men who want
    // change" is not negated by "no").
    List<String> clauses = clauses(text);
    String[][] plainClauses = new String[clauses.size()][];
    String[][] respelledClauses = new String[clauses.size()][];
    boolean anyRespelled = false;
    for (int c = 0; c < clauses.size(); c++) {
      plainClauses[c] = Words.folded(clauses.get(c));
      respelledClauses[c] = RESPELLINGS.undo(plainClauses[c]);
      anyRespelled |= respelledClauses[c] != plainClauses[c];
    }
    Reading plain = Reading.of(plainClauses);
    @Nullable Reading respelled = anyRespelled ? Reading.of(respelledClauses) : null;
    for (Language language : LANGUAGES) {
      int found = language.firstEntryIn(plain.words, plain.clauseStart);
      if (respelled != null) {
        found = Math.min(found, language.firstEntryIn(respelled.words, respelled.clauseStart));
      }
      if (found < language.entries.size()) {
        return Optional.of(language.entries.get(found).id);
      }
    }
    return Optional.empty();
  }

  /**
   * Cuts a text where a sentence or clause ends: at a semicolon, colon, line break or bullet, at a
   * dash between spaces, and at a full stop, exclamation or question mark followed by white space
   * or the end, unless it ends an abbreviation of single letters ("e.g. ", "C.S.T. ").
   */
  static List<String> clauses(String text) {
    List<String> clauses = new ArrayList<>();
    int from = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean spaced = i > 0 && i + 1 < length && Character.isWhitespace(text.charAt(i - 1))
          && Character.isWhitespace(text.charAt(i + 1));
      boolean ends = switch (c) {
        case ';', ':', '\n', '\r', '\u2022' -> true;
        case '-', '\u2013', '\u2014' -> spaced;
        case '.', '!', '?' -> (i + 1 == length || Character.isWhitespace(text.charAt(i + 1)))
            && !(c == '.' && singleLetterBefore(text, i));
        default -> false;
      };
      if (ends) {
        clauses.add(text.substring(from, i));
        from = i + 1;
      }
    }
    clauses.add(text.substring(from));
    return clauses;
  }

  /** Tells whether the word before a position is one letter long ("e.g.", "C.S.T."). */
  private static boolean singleLetterBefore(String text, int at) {
    return at >= 1 && Character.isLetter(text.charAt(at - 1))
        && (at == 1 || !Character.isLetter(text.charAt(at - 2)));
  }

  /** A text's words, its clauses' read as one sequence, and where each word's clause starts. */
  private static final class Reading {
    final String[] words;
    final int[] clauseStart;

    private Reading(String[] words, int[] clauseStart) {
      this.words = words;
      this.clauseStart = clauseStart;
    }

    /** Joins the clauses' words, at most {@value Words#MAX_WORDS} in all. */
    static Reading of(String[][] clauses) {
      int total = 0;
      for (String[] clause : clauses) {
        total += clause.length;
      }
      total = Math.min(total, Words.MAX_WORDS);
      String[] words = new String[total];
      int[] clauseStart = new int[total];
      int at = 0;
      for (int c = 0; c < clauses.length && at < total; c++) {
        int start = at;
        for (int w = 0; w < clauses[c].length && at < total; w++, at++) {
          words[at] = clauses[c][w];
          clauseStart[at] = start;
        }
      }
      return new Reading(words, clauseStart);
    }
  }

  /**
   * Matches slot s at position at, then the rest with small words allowed between slots; returns
   * where the match ends, or -1.
   */
  private static int matchSlot(String[] words, int at, Entry entry, int s, Language language) {
    for (String[] alternative : entry.slots[s]) {
      int end = sequenceAt(words, at, alternative);
      if (end < 0) {
        continue;
      }
      if (s + 1 == entry.slots.length) {
        if (end < words.length && (entry.notFollowedBy.contains(words[end])
            || followedByAny(words, end, entry.notFollowedByPhrases))) {
          continue;
        }
        return end;
      }
      for (int gap = 0; gap <= entry.maxGap && end + gap < words.length; gap++) {
        if (gap > 0 && !language.fillers.contains(words[end + gap - 1])) {
          break;
        }
        int matched = matchSlot(words, end + gap, entry, s + 1, language);
        if (matched >= 0) {
          return matched;
        }
      }
    }
    return -1;
  }

  private static boolean followedByAny(String[] words, int end, List<String[]> phrases) {
    for (String[] phrase : phrases) {
      if (Words.startsAt(words, end, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Returns where a word sequence ends if it starts at a position, or -1. */
  private static int sequenceAt(String[] words, int at, String[] sequence) {
    return Words.startsAt(words, at, sequence) ? at + sequence.length : -1;
  }

  /**
   * Tells whether a negation stands in the window before a match, at or after the floor (the end
   * of an earlier match that spent the negations before it). A close negation ("without")
   * counts only with nothing but small words between it and the match: "without conversion
   * therapy" is negated, "without transition, by accepting the sex assigned at birth" is not.
   */
  private static boolean negated(String[] words, int start, int floor, Language language) {
    Opposition opposition = language.opposition;
    if (start - 1 >= floor && opposition.adjacentOnly.contains(words[start - 1])) {
      return true;
    }
    Set<String> reaching = opposition.reaching;
    // Where the language says its negations' scope, a reaching negation opposes over the words of
    // its scope only; elsewhere any negation over any words of the window. A word of attempt
    // carries a negation only through a small word ("no pressure to change"), never straight
    // onto the match ("No pressure, reparative therapy").
    int window = reaching == null ? NEGATION_WINDOW : SCOPE_WINDOW;
    for (int k = start - 1; k >= Math.max(floor, start - window); k--) {
      if (((reaching == null ? opposition.negations : reaching).contains(words[k])
          || (k > floor && opposition.contractions.contains(words[k - 1] + "'" + words[k])))
          && !conceded(words, k, floor, language)) {
        return true;
      }
      if (reaching != null && !language.fillers.contains(words[k])
          && !carries(words, k, start, opposition)
          && !opposition.scopeWords.contains(words[k])) {
        break;
      }
    }
    // further back over small words and words of attempt only: "la loi interdisant les pratiques
    // visant à modifier l'orientation sexuelle", "we oppose all therapies and programmes designed
    // to change sexual orientation"; any other word stops it ("no fees: coaching to change")
    for (int k = start - 1; k >= Math.max(floor, start - BRIDGE_WINDOW); k--) {
      if (opposition.negations.contains(words[k]) && !conceded(words, k, floor, language)) {
        return true;
      }
      if (!language.fillers.contains(words[k]) && !carries(words, k, start, opposition)) {
        break;
      }
    }
    return closeBefore(words, start, floor, language, opposition.closeNegations);
  }

  /**
   * Tells whether a word of attempt carries a negation towards a match: one that needs a small
   * word does not stand straight before the match ("No pressure, reparative therapy" is not
   * negated, "no pressure to change" is).
   */
  private static boolean carries(String[] words, int at, int start, Opposition opposition) {
    return opposition.conjunctWords.contains(words[at])
        && !(at == start - 1 && opposition.linkedAttempts.contains(words[at]));
  }

  /**
   * Tells whether a concessive ("despite", "trotz") stands before the negation at a position,
   * with nothing but small words between: "despite the ban, conversion therapy available".
   */
  private static boolean conceded(String[] words, int negation, int floor, Language language) {
    Set<String> concessives = language.opposition.concessives;
    for (int k = negation - 1; k >= Math.max(floor, negation - 1 - CONCESSIVE_WINDOW); k--) {
      if (concessives.contains(words[k])) {
        return true;
      }
      if (!language.fillers.contains(words[k])) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tells whether one of some phrases ends just before a match, or before it with nothing but
   * small words between, within {@value #NEGATION_WINDOW} words and not before the floor.
   */
  private static boolean closeBefore(String[] words, int start, int floor, Language language,
      List<String[]> phrases) {
    if (phrases.isEmpty()) {
      return false;
    }
    for (int end = start; end >= Math.max(floor + 1, start - NEGATION_WINDOW); end--) {
      for (String[] phrase : phrases) {
        if (end - phrase.length >= floor
            && Words.startsAt(words, end - phrase.length, phrase)) {
          return true;
        }
      }
      if (!language.fillers.contains(words[end - 1])) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tells whether a match is joined by a coordinator ("or", "and", "nor") to an earlier match that
   * was opposed, over small words and words of attempt only: in "we never practise conversion
   * therapy or any attempt to change orientation" the negation of the first match carries to the
   * second, while in "no conversion therapy, and we help you overcome same-sex attraction" the
   * words "we help" stop it.
   */
  private static boolean coordinated(String[] words, int start, Language language,
      boolean[] opposedEnd) {
    Opposition opposition = language.opposition;
    for (int k = start - 1; k >= Math.max(0, start - 1 - NEGATION_WINDOW); k--) {
      if (opposition.coordinators.contains(words[k])) {
        for (int end = k; end >= Math.max(1, k - MAX_GAP); end--) {
          if (opposedEnd[end]) {
            return true;
          }
          if (!language.fillers.contains(words[end - 1])) {
            return false;
          }
        }
        return false;
      }
      if (!language.fillers.contains(words[k]) && !opposition.conjunctWords.contains(words[k])) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tells whether an opposing word ("survivors", "ban") stands just after a match, or an opposing
   * predicate ("is harmful", "we are against it") follows it over copulas and small words only.
   */
  private static boolean opposedAfter(String[] words, int[] clauseStart, int end,
      Language language) {
    Opposition opposition = language.opposition;
    for (int k = end; k < Math.min(words.length, end + OPPOSED_AFTER_WINDOW); k++) {
      if (opposition.opposedAfter.contains(words[k])) {
        return true;
      }
    }
    for (int k = end; k < Math.min(words.length, end + PREDICATE_WINDOW); k++) {
      for (String[] predicate : opposition.predicates.getOrDefault(words[k], List.of())) {
        if (Words.startsAt(words, k, predicate)) {
          return !reversed(words, clauseStart, k, opposition);
        }
      }
      if (!opposition.predicateSkips.contains(words[k])) {
        return false;
      }
    }
    return false;
  }

  /**
   * Tells whether the clause after an opposing predicate takes it back and offers the practice:
   * "Conversion therapy is harmful. We disagree and offer it." Both a word of disagreement and an
   * offer of "it" must stand in the next clause, within {@value #REVERSAL_WINDOW} words, so "We
   * disagree with those who still practise it" is no reversal of "... is harmful".
   */
  private static boolean reversed(String[] words, int[] clauseStart, int predicate,
      Opposition opposition) {
    if (opposition.disagreements.isEmpty()) {
      return false;
    }
    int next = predicate;
    while (next < words.length && clauseStart[next] == clauseStart[predicate]) {
      next++;
    }
    boolean disagreed = false;
    boolean offered = false;
    for (int k = next; k < Math.min(words.length, next + REVERSAL_WINDOW)
        && clauseStart[k] == clauseStart[next]; k++) {
      disagreed |= opposition.disagreements.contains(words[k]);
      for (String[] offer : opposition.reversingOffers) {
        offered |= Words.startsAt(words, k, offer);
      }
    }
    return disagreed && offered;
  }

  // Checks at class load that ids are unique; a duplicate is a programming error.
  static {
    Set<String> seen = new HashSet<>();
    for (String id : ids()) {
      if (!seen.add(id)) {
        throw new IllegalStateException("duplicate lexicon id " + id);
      }
    }
  }
}
