package org.sextherapy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises names that make a person's gender identity, gender expression or sexual orientation
 * the concern itself, such as "gender dysphoria", "homosexuality", "same-sex attraction", "being
 * trans", "homosexual urges" or "Transgender". A concern type so named is refused unless it is in
 * the support-only category of exploring one's own identity (ethical rule 2: identity is never a
 * concern; GoodTherapy, Sex Therapy; ICD-11 removed orientation categories and moved gender
 * incongruence out of the mental disorders, see https://icd.who.int/browse/latest-release/mms/en).
 *
 * <p>Two tests, either refuses:
 * <ul>
 *   <li>the name contains a term that always names identity as a condition ("gender dysphoria",
 *       "homosexuality", "transvestism", "gender variance", and their German, French, Spanish,
 *       Portuguese, Italian and Dutch forms);</li>
 *   <li>every word of the name is an identity word ("gay", "trans", "bisexual") or a word that
 *       only frames it ("being", "feelings", "urges", "tendencies", "issues", "identity"): "Gay",
 *       "Transgender", "Being a lesbian", "Bisexual tendencies", "Trans issues".</li>
 * </ul>
 * Names that merely mention a group ("Body image for trans clients", "Gay couples'
 * communication", "Erectile dysfunction in gay men") are not caught: the concern there is body
 * image, communication or erections. Nor are obsessive-compulsive presentations about orientation
 * ("Sexual orientation OCD", "Homosexual OCD"), where the concern is the obsession, not the
 * orientation (https://iocdf.org/about-ocd/).
 */
public final class IdentityTerms {

  /** Terms that name identity as a condition wherever they appear in a name. */
  private static final List<String[]> TERMS = phrases(
      "gender identity", "gender expression", "gender dysphoria", "gender incongruence",
      "gender identity disorder", "gender confusion", "gender nonconformity",
      "gender non conformity", "gender nonconforming", "gender non conforming",
      "gender variance", "gender variant", "gender atypical", "transsexualism", "transgenderism",
      "transvestism", "transvestic", "cross dressing", "crossdressing", "effeminacy",
      "homosexuality", "bisexuality", "lesbianism", "asexuality", "gayness", "queerness",
      "same sex attraction", "same sex attractions", "same sex desire", "same sex desires",
      "same sex feelings", "same sex urges", "same gender attraction", "same gender attractions",
      "sexual orientation", "orientation", "sexual identity", "egodystonic", "ego dystonic",
      "being gay", "being lesbian", "being bisexual", "being queer", "being trans",
      "being transgender", "being non binary", "being nonbinary", "being intersex",
      "being asexual", "intersex status", "trans status", "heterosexuality", "pansexuality",
      "demisexuality",
      "being two spirit",
      // German, French, Spanish, Portuguese, Italian, Dutch
      "homosexualität", "bisexualität", "transsexualität", "geschlechtsdysphorie",
      "geschlechtsinkongruenz", "homosexualité", "bisexualité", "transsexualisme",
      "dysphorie de genre", "incongruence de genre", "homosexualidad", "bisexualidad",
      "transexualidad", "disforia de género", "incongruencia de género", "homossexualidade",
      "transexualidade", "disforia de gênero", "omosessualità", "transessualismo",
      "disforia di genere", "homoseksualiteit", "genderdysforie");

  /** Words that name an identity or orientation. */
  private static final Set<String> IDENTITY_WORDS = Set.of("gay", "gays", "lesbian", "lesbians",
      "bisexual", "bisexuals", "homosexual", "homosexuals", "queer", "trans", "transgender",
      "transgendered", "transsexual", "transsexuals", "nonbinary", "genderqueer", "genderfluid",
      "agender", "intersex", "asexual", "pansexual", "ssa", "effeminate", "transvestite",
      "transvestites", "tomboy", "sissy", "lgbt", "lgbtq", "lgbtqia",
      // short and newer words for the same identities: "Being bi", "Demisexuality feelings"
      "bi", "pan", "biromantic", "panromantic", "homoromantic", "aromantic", "demisexual",
      "graysexual", "greysexual", "enby", "butch", "femme", "transmasculine", "transfeminine",
      "transmasc", "transfem", "mtf", "ftm", "heterosexual", "heterosexuals", "cisgender",
      "cis", "lgbtqi", "queers");

  /** Words that only frame an identity word, so a name made of them and it names the identity. */
  private static final Set<String> FRAMING_WORDS = Set.of("being", "a", "an", "the", "my", "his",
      "her", "their", "feelings", "feeling", "urges", "urge", "tendencies", "tendency",
      "thoughts", "attraction", "attractions", "desires", "desire", "behaviour", "behavior",
      "behaviours", "behaviors", "identity", "identities", "status", "issues", "issue",
      "problems", "problem", "concerns", "concern", "disorder", "condition", "unwanted",
      "struggle", "struggles", "struggling", "with", "of", "in", "and", "or", "same", "sex",
      "gender", "sexual", "lifestyle", "person", "people", "man", "men", "woman", "women",
      "client", "clients", "expression", "orientation", "difficulties", "fluid",
      "ego", "dystonic", "inclinations", "inclination", "leanings", "experiences");

  /** Words that make the concern an obsession about orientation, not the orientation. */
  private static final Set<String> OBSESSION_WORDS = Set.of("ocd", "obsessive", "obsession",
      "obsessions", "intrusive", "hocd", "socd");

  private IdentityTerms() {}

  /**
   * Tells whether a name or synonym makes identity or orientation the concern.
   *
   * @param text the name, synonym or id (underscores separate words), never null
   * @return whether it does
   */
  public static boolean nameIdentityAsConcern(String text) {
    String[] words = Words.of(text.replace('_', ' '));
    for (String word : words) {
      if (OBSESSION_WORDS.contains(word)) {
        return false;
      }
    }
    for (String[] term : TERMS) {
      if (Words.contains(words, term)) {
        return true;
      }
    }
    boolean identity = false;
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (word.equals("non") && w + 1 < words.length && words[w + 1].equals("binary")) {
        word = "nonbinary"; // "non-binary" is one identity word written as two
        w++;
      }
      if (IDENTITY_WORDS.contains(word)) {
        identity = true;
      } else if (!FRAMING_WORDS.contains(word)) {
        return false;
      }
    }
    return identity;
  }

  private static List<String[]> phrases(String... terms) {
    List<String[]> phrases = new ArrayList<>();
    for (String term : terms) {
      phrases.add(Words.of(term));
    }
    return List.copyOf(phrases);
  }
}
