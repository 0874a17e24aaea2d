package org.sextherapy.internal;

import java.util.List;

/**
 * Recognises names that make a person's gender identity, gender expression or sexual orientation
 * the concern itself, such as "gender dysphoria", "homosexuality", "same-sex attraction" or "being
 * trans". A concern type so named is refused unless it is in the support-only category of exploring
 * one's own identity (ethical rule 2: identity is never a concern; GoodTherapy, Sex Therapy; ICD-11
 * removed orientation categories and moved gender incongruence out of the mental disorders, see
 * https://icd.who.int/browse/latest-release/mms/en).
 *
 * <p>Names that merely mention a group ("Body image for trans clients", "Gay couples'
 * communication") are not caught: the concern there is body image or communication.
 */
public final class IdentityTerms {

  private static final List<String[]> TERMS = List.of(
      "gender identity", "gender expression", "gender dysphoria", "gender incongruence",
      "gender identity disorder", "gender confusion", "gender nonconformity",
      "gender non conformity", "transsexualism", "transgenderism", "homosexuality",
      "bisexuality", "lesbianism", "asexuality", "same sex attraction", "same sex attractions",
      "same gender attraction", "same gender attractions", "sexual orientation", "orientation",
      "egodystonic", "ego dystonic", "being gay", "being lesbian", "being bisexual",
      "being queer", "being trans", "being transgender", "being non binary", "being nonbinary",
      "being intersex", "being asexual", "intersex status", "trans status")
      .stream().map(term -> term.split(" ")).toList();

  private IdentityTerms() {}

  /**
   * Tells whether a name or synonym makes identity or orientation the concern.
   *
   * @param text the name, synonym or id (underscores separate words), never null
   * @return whether it does
   */
  public static boolean nameIdentityAsConcern(String text) {
    String[] words = Words.of(text.replace('_', ' '));
    for (String[] term : TERMS) {
      if (Words.contains(words, term)) {
        return true;
      }
    }
    return false;
  }
}
