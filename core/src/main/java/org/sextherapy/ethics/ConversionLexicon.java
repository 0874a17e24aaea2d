package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sextherapy.internal.Words;

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
 * <p><b>What it must not flag.</b> Accepting, exploring, affirming or reducing shame about one's
 * orientation or gender identity is ethical, and so is saying that a practice is not, or is against,
 * conversion therapy. So an entry matches only a change, suppression or denial verb followed, with at
 * most a few small words between ("his", "the client's", "unwanted"), by an identity object; and a
 * match is not counted when a negating or opposing word ("not", "never", "against", "survivors
 * of", "ban on") stands within the {@value #NEGATION_WINDOW} words before it.
 *
 * <p><b>Languages.</b> Text is cut into words ({@link Words}: letters and digits, lower-cased with
 * {@link Locale#ROOT}; any other character separates), so the matching works for any language
 * written with spaces. Entries are grouped by language tag; English is the only one shipped. Adding
 * a language means adding its entries, fillers and negations to {@link #LANGUAGES}, with sources,
 * and phrasings to the test resource.
 *
 * <p>A finding names the entry id, never the text. This class is immutable and thread-safe.
 */
final class ConversionLexicon {

  /** How many words before a match are searched for a negation. */
  static final int NEGATION_WINDOW = 4;
  /** How many small words may stand between two parts of an entry. */
  static final int MAX_GAP = 4;

  /** One lexicon entry: an id and slots, each a list of alternative word sequences. */
  static final class Entry {
    final String id;
    final String[][][] slots;

    Entry(String id, String[][][] slots) {
      this.id = id;
      this.slots = slots;
    }
  }

  /**
   * The entries, fillers and negations of one language; negating contractions are kept whole
   * ("don't"), since the words they are cut into ("don", "t") mean nothing alone.
   */
  static final class Language {
    final String tag;
    final List<Entry> entries;
    final Set<String> fillers;
    final Set<String> negations;
    final Set<String> contractions;

    Language(String tag, List<Entry> entries, Set<String> fillers, Set<String> negations,
        Set<String> contractions) {
      this.tag = tag;
      this.entries = entries;
      this.fillers = fillers;
      this.negations = negations;
      this.contractions = contractions;
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
      + " | attraction to men | attraction to women | attraction to the same sex";

  private static final String GENDER_OBJECTS = "gender identity | gender expression"
      + " | gender confusion | trans identity | transgender identity | transgenderism"
      + " | trans feelings | transgender feelings | cross gender identification"
      + " | cross gender feelings | cross gender behaviour | cross gender behavior"
      + " | desire to transition | wish to transition | desire to be a girl | desire to be a boy"
      + " | desire to be the other sex | desire to be the opposite sex | non binary identity"
      + " | nonbinary identity | gender nonconformity | gender non conformity";

  /** Verbs that aim to remove or suppress what follows, for orientation and gender alike. */
  private static final String ELIMINATE = "cure | fix | heal | healing | correct | repair"
      + " | eliminate | eradicate | overcome | overcoming | reverse | get rid of | rid"
      + " | free from | freedom from | deliver from | deliverance from | break free from"
      + " | walk away from | renounce | reduce | decrease | diminish | lessen | minimise"
      + " | minimize | suppress | suppressing | resist | resisting | fight | fighting | combat"
      + " | conquer | defeat | struggle against | resolve | pray away | remove | treat";

  /**
   * Orientation only: change verbs, and the managing of attraction that celibacy programmes
   * describe. Not used for gender, where a person's own transition changes their expression.
   */
  private static final String CHANGE_OR_MANAGE = "change | alter | convert | switch | control"
      + " | manage | abstain from acting on | refrain from acting on";

  private static final String BIRTH_SEX = "sex assigned at birth | assigned sex | birth sex"
      + " | biological sex | natal sex | birth gender | biological gender | god given gender"
      + " | god given sex | gender assigned at birth | assigned gender | sex he was born with"
      + " | sex she was born with | sex they were born with | gender he was born with"
      + " | gender she was born with | born gender | sex at birth";

  private static final List<Entry> ENGLISH = List.of(
      // Names of practices (APA 2021; AASECT 2017; UN A/HRC/44/53).
      entry("en.practice.conversion-therapy", "conversion therapy | conversion therapies"
          + " | conversion practice | conversion practices | conversion treatment"
          + " | conversion efforts | conversion program | conversion programme"),
      entry("en.practice.reparative-therapy", "reparative therapy | reparative therapies"
          + " | reintegrative therapy | reintegrative therapies | reorientation therapy"
          + " | sexual reorientation | reparative drive theory"),
      entry("en.practice.change-efforts", "sexual orientation change effort"
          + " | sexual orientation change efforts | gender identity change effort"
          + " | gender identity change efforts | soce | soces | gice | sogice"),
      entry("en.practice.ex-gay", "ex gay | exgay | ex gays | ex lgbt | ex lgbtq | ex trans"
          + " | ex transgender | former homosexual | former homosexuals"),
      entry("en.practice.pray-away", "pray the gay away | pray away the gay | pray the trans away"),
      entry("en.practice.gender-critical-therapy", "gender critical therapy"
          + " | gender critical therapies"),
      entry("en.practice.unwanted-attraction", "unwanted same sex attraction"
          + " | unwanted same sex attractions | unwanted homosexual attraction"
          + " | unwanted homosexual attractions | unwanted homosexual feelings"
          + " | unwanted homosexual desires | unwanted gay feelings | unwanted gay desires"
          + " | unwanted transgender feelings | unwanted trans feelings"
          + " | unwanted gender identity"),
      // Orientation: change, suppress, deny (APA 2021 SOCE; APA 2009 task force).
      entry("en.orientation.eliminate", ELIMINATE, ORIENTATION_OBJECTS),
      entry("en.orientation.change", CHANGE_OR_MANAGE, ORIENTATION_OBJECTS + " | orientation"),
      entry("en.orientation.stop-attraction", "stop being attracted to"
          + " | stop feeling attracted to | no longer be attracted to | no longer feel attracted to"
          + " | never again be attracted to | lose attraction to | lose the attraction to"
          + " | stop having feelings for | stop desiring | stop fantasizing about"
          + " | stop fantasising about | stop lusting after",
          "same sex | same gender | people of the same sex | members of the same sex"
              + " | other men | other women | persons of the same sex"),
      entry("en.orientation.stop-being", "stop being | no longer be | quit being | cease being"
          + " | stop living as | give up being | leave behind being",
          "gay | lesbian | bisexual | homosexual | queer"),
      entry("en.orientation.become-straight", "become | becoming | turn | convert to"
          + " | return to | transition to | go back to | change to | changed to | be made",
          "straight | heterosexual | heterosexuality | ex gay | cisgender | cis"),
      entry("en.orientation.grow-heterosexual", "develop | increase | strengthen | foster"
          + " | awaken | unlock | discover | build | restore | grow",
          "heterosexual attraction | heterosexual attractions | heterosexual desire"
              + " | heterosexual desires | heterosexual potential | heterosexual feelings"
              + " | opposite sex attraction | opposite sex attractions"
              + " | attraction to the opposite sex | heterosexual orientation"),
      entry("en.orientation.deny", "deny | denying | invalidate | disown",
          "sexual orientation | orientation | homosexuality | bisexuality | same sex attraction"
              + " | same sex attractions | gay identity | lesbian identity | bisexual identity"),
      // Gender identity: change, suppress, deny (APA 2021 GICE; UN A/HRC/44/53).
      entry("en.gender.eliminate", ELIMINATE, GENDER_OBJECTS),
      entry("en.gender.change-identity", "change | alter | convert | switch back",
          "gender identity | trans identity | transgender identity | non binary identity"),
      entry("en.gender.accept-birth-sex", "accept | accepting | embrace | embracing"
          + " | identify with | identify as | live as | live in line with | return to"
          + " | reconcile with | reconcile to | align with | realign with | conform to"
          + " | be comfortable with | become comfortable with | make peace with | submit to"
          + " | live according to | go back to", BIRTH_SEX),
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
          + " | stop the transition | halt transition"));

  private static final Set<String> ENGLISH_FILLERS = Set.of("the", "a", "an", "his", "her",
      "their", "my", "your", "our", "its", "one", "ones", "s", "him", "them", "me", "you", "us",
      "any", "all", "unwanted", "undesired", "unwelcome", "own", "these", "those", "such", "of",
      "client", "clients", "patient", "patients", "person", "persons", "people", "residual",
      "remaining", "lingering", "gay", "lesbian", "bisexual", "trans", "transgender", "men",
      "women", "boys", "girls", "youth", "teen", "teens", "teenagers", "being", "children",
      "kids", "son", "daughter", "child", "to", "and", "or", "completely", "fully", "entirely", "finally",
      "once", "for", "good", "forever", "back", "into");

  private static final Set<String> ENGLISH_NEGATIONS = Set.of("not", "never", "no", "nor",
      "without", "against", "anti", "oppose", "opposes", "opposed", "opposing", "opposition",
      "reject", "rejects", "rejected", "rejecting", "ban", "bans", "banned", "banning",
      "cannot", "survivor", "survivors", "surviving", "survived", "recovery", "recovering",
      "harm", "harms", "harmful", "trauma", "traumatised", "traumatized", "dangers",
      "dangerous", "discredited", "unethical", "instead", "rather", "avoid", "avoids", "refuse",
      "refuses", "prohibit", "prohibits", "prohibited", "condemn", "condemns", "condemned",
      "nothing");

  private static final Set<String> ENGLISH_CONTRACTIONS = Set.of("don't", "doesn't", "didn't",
      "won't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "shouldn't",
      "wouldn't", "hasn't", "haven't", "ain't");

  /** Every language of the lexicon; English first. */
  static final List<Language> LANGUAGES = List.of(
      new Language("en", ENGLISH, ENGLISH_FILLERS, ENGLISH_NEGATIONS, ENGLISH_CONTRACTIONS));

  private ConversionLexicon() {}

  private static Entry entry(String id, String... slots) {
    String[][][] parsed = new String[slots.length][][];
    for (int s = 0; s < slots.length; s++) {
      // literal slots written in this class: no empty alternatives for split to drop
      @SuppressWarnings("StringSplitter")
      String[] alternatives = slots[s].split("\\|");
      parsed[s] = new String[alternatives.length][];
      for (int a = 0; a < alternatives.length; a++) {
        parsed[s][a] = alternatives[a].strip().split(" ");
      }
    }
    return new Entry(id, parsed);
  }

  /**
   * Returns the ids of every entry of every language.
   *
   * @return the ids, in lexicon order, never null
   */
  static List<String> ids() {
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
  static Optional<String> find(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String[] words = Words.of(text);
    for (Language language : LANGUAGES) {
      for (Entry entry : language.entries) {
        for (int start = 0; start < words.length; start++) {
          if (matchesAt(words, start, entry, language) && !negated(words, start, language)) {
            return Optional.of(entry.id);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matchesAt(String[] words, int start, Entry entry, Language language) {
    return matchSlot(words, start, entry, 0, language);
  }

  /** Matches slot s at position at, then the rest with small words allowed between slots. */
  private static boolean matchSlot(String[] words, int at, Entry entry, int s,
      Language language) {
    for (String[] alternative : entry.slots[s]) {
      int end = sequenceAt(words, at, alternative);
      if (end < 0) {
        continue;
      }
      if (s + 1 == entry.slots.length) {
        return true;
      }
      for (int gap = 0; gap <= MAX_GAP && end + gap < words.length; gap++) {
        if (gap > 0 && !language.fillers.contains(words[end + gap - 1])) {
          break;
        }
        if (matchSlot(words, end + gap, entry, s + 1, language)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns where a word sequence ends if it starts at a position, or -1. */
  private static int sequenceAt(String[] words, int at, String[] sequence) {
    if (at + sequence.length > words.length) {
      return -1;
    }
    for (int k = 0; k < sequence.length; k++) {
      if (!words[at + k].equals(sequence[k])) {
        return -1;
      }
    }
    return at + sequence.length;
  }

  private static boolean negated(String[] words, int start, Language language) {
    for (int k = Math.max(0, start - NEGATION_WINDOW); k < start; k++) {
      if (language.negations.contains(words[k])
          || (k > 0 && language.contractions.contains(words[k - 1] + "'" + words[k]))) {
        return true;
      }
    }
    return false;
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
