package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.internal.Words;

/**
 * How a plan's notes can describe what the structured fields deny: undressing, touch or a physical
 * examination in session or by the therapist (ethical rules 3 and 4), and an exercise required,
 * forced or made a condition of therapy (rule 5). The checks of {@link
 * EthicalRules#NO_IN_SESSION_CONTACT_TERMS} and {@link EthicalRules#NO_COERCION_TERMS} read goal
 * and exercise notes with it; the structured fields ({@code ActivityKind}, {@code
 * includesTherapist}, {@code voluntary}, {@code consentedBy}) stay the checks that cannot be dodged,
 * and this is the net under them.
 *
 * <p><b>Sources of the phrasings, by family.</b> In-session nudity, touch and examination, and
 * touch by the therapist: GoodTherapy, Sex Therapy ("sessions are strictly instructive and
 * verbal, and all exercises that involve physical contact are performed outside of the session";
 * https://www.goodtherapy.org/learn-about-therapy/modes/sex-therapy); AASECT Code of Conduct,
 * Principle Three (13): sexual misconduct includes touching of breasts or genitals and "verbal or
 * non-verbal conduct that is sexual in nature", whether the client consents or not
 * (https://www.aasect.org/code-conduct), and AASECT's Position on Touch: examination by touch
 * belongs to licensed medical and physiotherapy scopes, not to sex therapy
 * (https://www.aasect.org/position-touch-and-aasect-certified-professional). Required exercises,
 * ultimatums, exercises despite pain or unwillingness, consent not sought, no way to stop, and
 * pressure on a partner: GoodTherapy, Sex Therapy (a person "is never made to" do an exercise);
 * the AASECT Code of Conduct (welfare of the consumer); consent as freely given and reversible
 * (Planned Parenthood, Sexual Consent,
 * https://www.plannedparenthood.org/learn/relationships/sexual-consent). Each entry's id names its
 * language and family, such as {@code en.coercion.ultimatum}.
 *
 * <p><b>How a note is read.</b> Text is cut into sentences (at {@code . ! ? ; :} and line breaks)
 * and each sentence into words ({@link Words#folded}: Unicode-normalised, lower-case, diacritics
 * dropped). An entry is an action ("undress", "mandatory", "if you refuse") and, for most entries, a
 * context it must stand with in the same sentence within {@value #NEAR} words ("in session", "the
 * therapist", "therapy ends"). An occurrence does not count when:
 *
 * <ul>
 *   <li>it is negated: "not", "no", "never", "nobody", "nothing", "without", "rather", "instead",
 *       a contraction's "n't" within {@value #NEGATION_WINDOW} words before it, in its own comma
 *       clause ("optional, never mandatory", "no touching in session", "the therapist never
 *       touches clients"), and after any earlier part of the same entry ("if you say no, therapy
 *       ends" is still an ultimatum);
 *   <li>an action is spoken about or recalled: a word such as "discuss", "about", "explore",
 *       "how", "felt" within {@value #FRAMING_WINDOW} words before it ("discuss in session how the
 *       touching at home went", "explore why she felt she was not allowed to say no");
 *   <li>for the in-session entries, a between-session place ("at home", "in private", "between
 *       sessions") stands nearer the action than the in-session words ("undress at home in
 *       private for the body-image exercise"), or the in-session words are where something is
 *       talked about ("look in the mirror while undressed, then debrief in session");
 *   <li>a touch word is an idiom: "touch on a topic", "touch upon", "touch base", "keep in
 *       touch";
 *   <li>for touch and examination by a therapist, the sentence names a referral or another
 *       profession ("refer her to a pelvic-floor physical therapist for an internal examination");
 *   <li>it records a disclosure of what someone else did: "reports", "disclosed", "alleged",
 *       "former", "previous" just before it ("client reports she was touched in session by her
 *       previous therapist" is a safeguarding record, not a plan);
 *   <li>for the in-session entries, a predicate right after it denies it ("undressing in session
 *       is prohibited", "nudity in session is not part of sex therapy").
 * </ul>
 *
 * <p>The notes are the therapist's own, so "I" and "me" are the therapist ("I'll massage her
 * shoulders", "let me touch you"), and "the next session" or "our next appointment" is a session.
 * A therapist named ("Dr Lee will touch"), and threats, requirements put on a partner and bans on
 * stopping in words the table does not hold ("if you refuse again I'll tell your husband about
 * the affair") pass: a new user's trial found such misses, and those the table now covers are in
 * its test resource.
 *
 * <p><b>Limits.</b> Wording is read phrase by phrase, not understood: a coercive or in-session
 * instruction in words the table does not hold passes, and a negation the table does not know can
 * make an unusual sentence pass or be flagged. So the rules are warnings by default, which a review
 * may raise to errors; they can never be switched off or lowered (rules 3 and 5 are protected).
 * English only.
 *
 * <p>A finding names the entry id, never the text. This class is immutable and thread-safe.
 */
final class ConductTerms {

  /** How many words before an occurrence are searched for a negation. */
  static final int NEGATION_WINDOW = 3;
  /** How many words before an action are searched for a word that speaks about or recalls it. */
  static final int FRAMING_WINDOW = 4;
  /** How many words may stand between an action and its context. */
  static final int NEAR = 8;
  /** How many words may stand between an ultimatum's condition and its consequence. */
  static final int NEAR_CONSEQUENCE = 12;
  /** How many small words may stand between a therapist and a touch word. */
  static final int TIGHT_GAP = 3;

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none",
      "nothing", "neither", "nor", "without", "cannot", "t", "avoid", "avoids", "avoiding",
      "instead", "rather");
  private static final Set<String> FRAMING = Set.of("discuss", "discusses", "discussing",
      "discussed", "about", "talk", "talking", "talks", "debrief", "debriefing", "explore",
      "exploring", "explain", "explaining", "describe", "describes", "describing", "reflect",
      "reflecting", "review", "reviewing", "how", "why", "whether", "felt", "feel", "feels",
      "feeling", "history", "understand", "understanding", "recognise", "recognize",
      "recognising", "recognizing", "process", "processing", "remembers", "recalls",
      // a disclosure of what someone else did ("reports she was touched by her previous
      // therapist"): recording it is safeguarding, not a plan
      "reports", "reported", "disclosed", "discloses", "alleges", "alleged", "former",
      "previous");
  /** Words that may stand between a therapist and a touch word ("the therapist will touch"). */
  private static final Set<String> TIGHT = Set.of("will", "may", "can", "could", "would",
      "shall", "should", "then", "also", "gently", "lightly", "briefly", "to", "the", "a", "by",
      "with", "of", "physically", "directly", "personally", "is", "be", "being", "are",
      "demonstrate", "demonstrates", "demonstrating", "ll", "let");

  /**
   * Predicates that deny what stands before them ("undressing in session is prohibited"), read
   * in the same comma clause right after an in-session occurrence, one adverb allowed between.
   */
  private static final String[][] DENIED_AFTER = phrases("is prohibited|are prohibited"
      + "|is forbidden|are forbidden|is banned|are banned|is not allowed|are not allowed"
      + "|is not permitted|are not permitted|never happens|never happen|is never|are never"
      + "|is not part|are not part|does not happen|do not happen|is off limits|are off limits"
      + "|will never|will not happen|is not|are not|is strictly forbidden|are strictly forbidden"
      + "|is strictly prohibited|are strictly prohibited");

  private static final String[][] IN_SESSION = phrases("in session|in sessions|in the session"
      + "|in our session|in each session|in every session|during session|during sessions"
      + "|during the session|in the office|in my office|in our office|at the office"
      + "|at the clinic|in the clinic|in the therapy room|in the consulting room"
      + "|in the consultation room|in front of the therapist|in front of me|therapist present"
      + "|therapist watching|therapist watches|therapist will watch|therapist observes"
      + "|observed by the therapist|watched by the therapist|on camera|on the video call"
      + "|on video call|over video|next session|next appointment");
  private static final String[][] ELSEWHERE = phrases("at home|at your home|at their home"
      + "|in private|privately|between sessions|between session|outside session"
      + "|outside sessions|outside the session|outside of session|outside of sessions"
      + "|outside the office|on your own|by yourself|in your bedroom|in the bedroom|as homework"
      + "|for homework|before the next session");
  private static final String[][] UNDRESS = phrases("undress|undresses|undressing|undressed"
      + "|disrobe|disrobes|disrobing|disrobed|strip naked|strip off|strips off|stripping off"
      + "|naked|nude|nudity|unclothed|topless|take off clothes|take off your clothes"
      + "|take off their clothes|take off her clothes|take off his clothes|takes off clothes"
      + "|remove clothing|remove clothes|remove your clothes|remove their clothes"
      + "|removes clothing|without clothes|without clothing|in underwear|in your underwear"
      + "|remove your bra|remove her bra|take off your bra|take off her bra|remove your top"
      + "|remove her top|take off your top|take off her top|remove your shirt"
      + "|take off your shirt|remove your underwear|take off your underwear");
  private static final String[][] TOUCH = phrases("touch|touches|touching|touched"
      + "|physical contact|sexual contact|massage|massages|massaging|massaged|fondle|fondles"
      + "|fondling|caress|caresses|caressing|kiss|kisses|kissing|hands on");
  /** "touch on a topic", "touch upon", "touch base": touch words that are not touch. */
  private static final Set<String> NOT_TOUCH_AFTER = Set.of("on", "upon", "base");
  /** "keep in touch", "in touch with her feelings". */
  private static final Set<String> NOT_TOUCH_BEFORE = Set.of("in");
  /** The therapist, also in the first person: a plan's notes are the therapist's own. */
  private static final String[][] THERAPIST = phrases("therapist|therapists|clinician"
      + "|clinicians|counsellor|counselor|counsellors|counselors|i|me");
  private static final String[][] EXAMINATION = phrases("physical exam|physical examination"
      + "|pelvic exam|pelvic examination|genital exam|genital examination|internal exam"
      + "|internal examination|vaginal exam|vaginal examination|rectal exam|rectal examination"
      + "|breast exam|breast examination|prostate exam|prostate examination"
      + "|examine the genitals|examine her genitals|examine his genitals|examine their genitals"
      + "|examines the genitals|examining the genitals|examine the vulva|examine the vagina"
      + "|examine the penis|genital inspection|inspect the genitals");
  private static final String[][] REFERRAL = phrases("refer|refers|referral|referred"
      + "|referring|gp|doctor|physician|gynaecologist|gynecologist|urologist|physiotherapist"
      + "|physio|physical therapist|nurse|midwife|medical|primary care");

  private static final Entry[] ENTRIES = {
    // rule 3 (and 4): nudity, touch and examination in session, touch by the therapist
    new Entry("en.nudity.in-session", false, UNDRESS, IN_SESSION).inSession(),
    new Entry("en.touch.by-therapist", false, THERAPIST, TOUCH).tight().unless(REFERRAL)
        .touchIdioms(),
    new Entry("en.examination.by-therapist", false, EXAMINATION,
        concat(THERAPIST, IN_SESSION)).unless(REFERRAL),
    new Entry("en.touch.in-session", false, TOUCH, IN_SESSION).inSession().touchIdioms(),
    // rule 5: exercises are invitations
    new Entry("en.coercion.mandatory", true, phrases("mandatory|compulsory|obligatory"
        + "|not optional|non negotiable|nonnegotiable|required homework|required exercise"
        + "|must do|must complete|must be completed|must be done|must finish the exercise"
        + "|has to be done|have to do it|has to do it|no excuses|without fail"), null)
        .notFollowedBy("reporting", "reporter", "reporters", "report", "reports"),
    new Entry("en.coercion.ultimatum", true, phrases("if you refuse|if you decline"
        + "|if you say no|if you don t|if you do not|if you won t|if you will not|if you fail to"
        + "|if you skip|if you stop|if she refuses|if he refuses|if they refuse|if she declines"
        + "|if he declines|if they decline|if your partner refuses|if your partner declines"
        + "|unless you do|unless you complete|refusal will|refusing will|declining will"
        + "|refusal means|refusing means|declining means|or else|otherwise"),
        phrases("therapy ends|therapy will end|therapy is over|end therapy|end the therapy"
            + "|end treatment|therapy stops|stop therapy|terminate|terminated|termination"
            + "|discharge|discharged|will be told|will be informed|will be notified"
            + "|tell your partner|inform your partner|tell her partner|tell his partner"
            + "|be charged|charge you|fee|fees|penalty|penalties|penalised|penalized"
            + "|lose your place|report you|will be reported|no longer see you|stop seeing you"
            + "|consequences")).ordered(),
    new Entry("en.coercion.despite-pain", true, phrases("even if it hurts|even if it is painful"
        + "|even when it hurts|even though it hurts|even if painful|even if it is uncomfortable"
        + "|through the pain|despite the pain|despite pain|ignore the pain|ignore pain"
        + "|push through"), null),
    new Entry("en.coercion.against-will", true, phrases("whether you want to or not"
        + "|whether they want to or not|whether she wants to or not|whether he wants to or not"
        + "|even if you don t want|even if you do not want|even if she doesn t want"
        + "|even if he doesn t want|even if they don t want|even if your partner doesn t want"
        + "|even if your partner does not want|against your will|against her will"
        + "|against his will|against their will|like it or not|whether you like it or not"
        + "|whether she likes it or not|whether he likes it or not|whether they like it or not"
        + "|even if you are not in the mood"
        + "|even if she is not in the mood|even if he is not in the mood"), null),
    new Entry("en.coercion.no-consent", true, phrases("even without consent"
        + "|even without her consent|even without his consent|even without their consent"
        + "|even without your partner s consent|consent is not needed|consent is not required"
        + "|consent isn t needed|consent isn t required|no need for consent"
        + "|no need for their consent|no need for her consent|no need for his consent"
        + "|does not need to consent|doesn t need to consent|does not need to agree"
        + "|doesn t need to agree|even if your partner says no|even if she says no"
        + "|even if he says no|even if they say no|even if your partner refuses"
        + "|even if she refuses|even if he refuses|even if they refuse|no means yes"), null),
    new Entry("en.coercion.no-withdrawal", true, phrases("not allowed to stop"
        + "|not allowed to refuse|not allowed to decline|not allowed to say no"
        + "|not allowed to withdraw|not permitted to stop|not permitted to refuse"
        + "|not permitted to decline|may not refuse|may not decline|may not withdraw"
        + "|no right to refuse|no right to decline|no right to stop|no right to withdraw"
        + "|cannot withdraw|can t withdraw|cannot back out|can t back out|no backing out"
        + "|cannot opt out|can t opt out|no opting out|once started you must finish"
        + "|must not stop|must not refuse|must not decline|no stopping|stopping is not allowed"
        + "|stopping is not an option|stopping is not permitted|declining is not allowed"
        + "|declining is not an option|declining is not permitted|refusing is not an option"
        + "|refusing is not allowed|saying no is not an option|saying no is not allowed"
        + "|not allowed to skip|skipping is not an option|skipping this exercise is not an option"
        + "|not be allowed to stop|stop only when i say"), null),
    new Entry("en.coercion.partner-obligation", true, phrases("must agree to sex"
        + "|must agree to have sex|has to have sex|have to have sex with you|must have sex with you"
        + "|must submit|has to submit|must submit to|is obliged to have sex|is obligated to have sex"
        + "|are obliged to have sex|are obligated to have sex|owes you sex|owe you sex"
        + "|owes him sex|owes her sex|is your marital duty|is her marital duty|is his marital duty"
        + "|is their marital duty|is your wifely duty|is her wifely duty|is a marital duty"
        + "|must make herself available|must make himself available"), null),
    new Entry("en.coercion.pressure", true, phrases("force yourself|force your partner"
        + "|force her|force him|force them|pressure your partner|pressure her|pressure him"
        + "|pressure them|pressure yourself|push your partner|push her to|push him to"
        + "|insist that your partner|insist your partner|coerce|coerces|coercing"), null),
  };

  private ConductTerms() {}

  /**
   * Finds the first entry, in table order, of one rule's part of the table whose phrasing a text
   * holds.
   *
   * @param text the text, never null
   * @param coercion true for rule 5's entries (coercion), false for rule 3's (contact in session)
   * @return the entry's id, or empty when the text holds none
   */
  static Optional<String> find(String text, boolean coercion) {
    List<Sentence> sentences = sentences(text);
    for (Entry entry : ENTRIES) {
      if (entry.coercion == coercion) {
        for (Sentence sentence : sentences) {
          if (entry.matches(sentence)) {
            return Optional.of(entry.id);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the ids of every entry whose phrasing a text holds, in table order.
   *
   * @param text the text, never null
   * @return the ids, never null
   */
  static List<String> entries(String text) {
    List<Sentence> sentences = sentences(text);
    List<String> ids = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      for (Sentence sentence : sentences) {
        if (entry.matches(sentence)) {
          ids.add(entry.id);
          break;
        }
      }
    }
    return ids;
  }

  /**
   * Returns the ids of every entry, in table order.
   *
   * @return the ids, never null
   */
  static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      ids.add(entry.id);
    }
    return ids;
  }

  /** A sentence's words, with the comma clause each word stands in. */
  private static final class Sentence {
    final String[] words;
    final int[] clause;

    Sentence(String[] words, int[] clause) {
      this.words = words;
      this.clause = clause;
    }
  }

  /** An occurrence of a phrase: its first word and the word after its last. */
  private static final class Span {
    final int start;
    final int end;

    Span(int start, int end) {
      this.start = start;
      this.end = end;
    }

    int distance(Span other) {
      return other.start >= end ? other.start - end : start >= other.end ? start - other.end : 0;
    }
  }

  /** One entry: an action, an optional context, and how they must stand. */
  private static final class Entry {
    final String id;
    final boolean coercion;
    final String[][] action;
    final String @Nullable [][] context;
    boolean ordered;
    boolean inSession;
    boolean tight;
    String @Nullable [][] unless;
    Set<String> notFollowedBy = Set.of();
    boolean touchIdioms;

    Entry(String id, boolean coercion, String[][] action, String @Nullable [][] context) {
      this.id = id;
      this.coercion = coercion;
      this.action = action;
      this.context = context;
    }

    Entry ordered() {
      ordered = true;
      return this;
    }

    Entry inSession() {
      inSession = true;
      return this;
    }

    Entry tight() {
      tight = true;
      return this;
    }

    Entry unless(String[][] phrases) {
      unless = phrases;
      return this;
    }

    Entry notFollowedBy(String... words) {
      notFollowedBy = Set.of(words);
      return this;
    }

    /** Touch words in idioms ("touch on a topic", "keep in touch") are not touch. */
    Entry touchIdioms() {
      touchIdioms = true;
      return this;
    }

    private List<Span> find(Sentence s, String[][] phrases, int from) {
      List<Span> found = occurrences(s, phrases, from,
          phrases == this.action ? notFollowedBy : Set.of());
      if (!touchIdioms || phrases != TOUCH || found.isEmpty()) {
        return found;
      }
      List<Span> touch = new ArrayList<>(found.size());
      for (Span span : found) {
        boolean after = span.end < s.words.length && NOT_TOUCH_AFTER.contains(s.words[span.end]);
        boolean before = span.start > 0 && NOT_TOUCH_BEFORE.contains(s.words[span.start - 1]);
        if (!after && !before) {
          touch.add(span);
        }
      }
      return touch;
    }

    boolean matches(Sentence s) {
      String[][] exempting = unless;
      if (exempting != null && !occurrences(s, exempting, 0, Set.of()).isEmpty()) {
        return false;
      }
      for (Span action : find(s, this.action, 0)) {
        if (framed(s, action)) {
          continue;
        }
        String[][] needed = context;
        if (needed == null) {
          return true;
        }
        for (Span with : find(s, needed, ordered ? action.end : 0)) {
          // "debrief in session", "talk in session": the session is where it is talked about
          if (inSession && framed(s, with)) {
            continue;
          }
          if (fits(s, action, with) && !(inSession && deniedAfter(s, action, with))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean fits(Sentence s, Span action, Span with) {
      if (with.start < action.end && action.start < with.end) {
        return false;
      }
      if (ordered) {
        return with.start >= action.end && with.start - action.end <= NEAR_CONSEQUENCE;
      }
      if (tight) {
        int from = Math.min(action.end, with.end);
        int to = Math.max(action.start, with.start);
        if (to - from > TIGHT_GAP) {
          return false;
        }
        for (int k = from; k < to; k++) {
          if (!TIGHT.contains(s.words[k])) {
            return false;
          }
        }
        return true;
      }
      int distance = action.distance(with);
      if (distance > NEAR) {
        return false;
      }
      if (inSession) {
        for (Span elsewhere : occurrences(s, ELSEWHERE, 0, Set.of())) {
          if (action.distance(elsewhere) < distance) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /**
   * Whether a predicate that denies it follows an in-session occurrence in its comma clause,
   * right after the later of its action and its place, or after one adverb ("is strictly
   * forbidden").
   */
  private static boolean deniedAfter(Sentence s, Span action, Span with) {
    int end = Math.max(action.end, with.end);
    for (int k = end; k <= end + 1 && k < s.words.length; k++) {
      if (s.clause[k] != s.clause[end - 1]) {
        return false;
      }
      for (String[] phrase : DENIED_AFTER) {
        if (Words.startsAt(s.words, k, phrase)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word that speaks about or recalls an action stands just before it. */
  private static boolean framed(Sentence s, Span action) {
    for (int k = Math.max(0, action.start - FRAMING_WINDOW); k < action.start; k++) {
      if (FRAMING.contains(s.words[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the occurrences of any of the phrases that are not negated, starting at or after a
   * position; a negation is read only from that position on, in the occurrence's comma clause.
   */
  private static List<Span> occurrences(Sentence s, String[][] phrases, int from,
      Set<String> notFollowedBy) {
    List<Span> found = List.of();
    for (int i = from; i < s.words.length; i++) {
      for (String[] phrase : phrases) {
        if (Words.startsAt(s.words, i, phrase)) {
          int end = i + phrase.length;
          if (end < s.words.length && notFollowedBy.contains(s.words[end])) {
            continue;
          }
          if (!negated(s, i, from)) {
            if (found.isEmpty()) {
              found = new ArrayList<>(2);
            }
            found.add(new Span(i, end));
          }
          break;
        }
      }
    }
    return found;
  }

  private static boolean negated(Sentence s, int at, int from) {
    for (int k = Math.max(from, at - NEGATION_WINDOW); k < at; k++) {
      if (s.clause[k] == s.clause[at] && NEGATIONS.contains(s.words[k])) {
        return true;
      }
    }
    return false;
  }

  /** Cuts a text into sentences, each into words with the comma clause of each word. */
  private static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    int clause = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      boolean sentenceEnd = c == '!' || c == '?' || c == ';' || c == ':' || c == '\n'
          || c == '\r' || c == '\u2022'
          || (c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))));
      boolean clauseEnd = c == ',' || c == '(' || c == ')' || c == '\u2013' || c == '\u2014';
      if (sentenceEnd || clauseEnd) {
        for (String word : Words.folded(text.substring(start, i))) {
          words.add(word);
          clauses.add(clause);
        }
        start = i + 1;
        clause++;
      }
      if (sentenceEnd && !words.isEmpty()) {
        int[] clauseOf = new int[clauses.size()];
        for (int k = 0; k < clauseOf.length; k++) {
          clauseOf[k] = clauses.get(k);
        }
        sentences.add(new Sentence(words.toArray(new String[0]), clauseOf));
        words.clear();
        clauses.clear();
      }
    }
    return sentences;
  }

  private static String[][] phrases(String alternatives) {
    List<String[]> phrases = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= alternatives.length(); i++) {
      if (i == alternatives.length() || alternatives.charAt(i) == '|') {
        phrases.add(Words.folded(alternatives.substring(start, i)));
        start = i + 1;
      }
    }
    return phrases.toArray(new String[0][]);
  }

  private static String[][] concat(String[][] a, String[][] b) {
    String[][] both = new String[a.length + b.length][];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
