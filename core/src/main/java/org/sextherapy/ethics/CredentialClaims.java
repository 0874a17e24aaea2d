package org.sextherapy.ethics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.sextherapy.internal.Words;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStanding;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Modality;
import org.sextherapy.validation.Violation;

/**
 * Ethical rule 6, honest credentials, on what a profile says in words: a title, display name,
 * modality name or description that claims a certification ("CST", "certified sex therapist",
 * "CSC", "CSE" and the like) needs a certification that backs it and is current on the date
 * ({@link Certification#standingOn}). An AASECT abbreviation (CST, CSC, CSE, CST-S) needs that
 * AASECT credential; a generic title ("certified sex therapist", "certified in sex therapy") any
 * credential of its kind; "AASECT certified" any AASECT credential; ECPS, CSAT and COSRT
 * accreditation their own. Dotted or spaced abbreviations ("C.S.T.") read as the abbreviation. Sources:
 * the AASECT membership agreement and Code of Conduct (a member may not imply a certification they
 * do not hold, https://www.aasect.org); GoodTherapy, Sex Therapy (ask a therapist about their
 * certification). Findings name the claim's id and the field, never the text.
 */
final class CredentialClaims {

  /** A way of claiming a credential, and what backs it. */
  private static final class Claim {
    final String id;
    final String[][] phrases;
    final Predicate<Credential> backs;

    Claim(String id, String phrases, Predicate<Credential> backs) {
      this.id = id;
      // literal phrases written in this class: no empty alternatives for split to drop
      @SuppressWarnings("StringSplitter")
      String[] alternatives = phrases.split("\\|");
      this.phrases = new String[alternatives.length][];
      for (int a = 0; a < alternatives.length; a++) {
        this.phrases[a] = alternatives[a].strip().split(" ");
      }
      this.backs = backs;
    }
  }

  private static Predicate<Credential> is(Credential credential) {
    return c -> c.qualifiedId().equals(credential.qualifiedId());
  }

  private static Predicate<Credential> issuedBy(CertifyingBody body) {
    return c -> c.issuer().equals(body);
  }

  private static Predicate<Credential> ofKind(CredentialKind kind) {
    return c -> c.kind() == kind;
  }

  private static final List<Claim> CLAIMS = List.of(
      new Claim("aasect-cst-supervisor", "cst s | csts | certified sex therapist supervisor",
          is(StandardCredentials.AASECT_CST_SUPERVISOR)),
      new Claim("aasect-cst", "cst | aasect certified sex therapist",
          is(StandardCredentials.AASECT_CST)),
      new Claim("aasect-csc", "csc | aasect certified sexuality counselor"
          + " | aasect certified sexuality counsellor", is(StandardCredentials.AASECT_CSC)),
      new Claim("aasect-cse", "cse | aasect certified sexuality educator",
          is(StandardCredentials.AASECT_CSE)),
      new Claim("certified-sex-therapist", "certified sex therapist | certified sex therapists"
          + " | board certified sex therapist", ofKind(CredentialKind.SEX_THERAPIST)),
      new Claim("certified-sexuality-counselor", "certified sexuality counselor"
          + " | certified sexuality counsellor", ofKind(CredentialKind.SEXUALITY_COUNSELOR)),
      new Claim("certified-sexuality-educator", "certified sexuality educator",
          ofKind(CredentialKind.SEXUALITY_EDUCATOR)),
      new Claim("certified-sexologist", "certified sexologist | board certified sexologist",
          ofKind(CredentialKind.SEXOLOGIST)),
      new Claim("aasect-certified", "aasect certified | certified by aasect",
          issuedBy(StandardCredentials.AASECT)),
      new Claim("certified-in-sex-therapy", "certified in sex therapy | sex therapy certified"
          + " | certification in sex therapy | certified sex and relationship therapist"
          + " | board certified in sex therapy", ofKind(CredentialKind.SEX_THERAPIST)),
      new Claim("efs-essm-ecps", "ecps | european certified psychosexologist",
          is(StandardCredentials.EFS_ESSM_ECPS)),
      new Claim("iitap-csat", "csat | certified sex addiction therapist",
          is(StandardCredentials.IITAP_CSAT)),
      new Claim("cosrt-accredited", "cosrt accredited | accredited by cosrt"
          + " | cosrt accreditation | accredited psychosexual therapist"
          + " | accredited psychosexual and relationship therapist",
          is(StandardCredentials.COSRT_ACCREDITED)));

  /** One phrase of a claim: the claim's index in {@link #CLAIMS} and the phrase's words. */
  private static final class Phrase {
    final int claim;
    final String[] words;

    Phrase(int claim, String[] words) {
      this.claim = claim;
      this.words = words;
    }
  }

  /**
   * For each word that begins a phrase, the phrases beginning with it: a text is read once, each
   * word looked up once, instead of once per claim and phrase.
   */
  private static final Map<String, List<Phrase>> PHRASES_BY_FIRST_WORD = phrasesByFirstWord();

  private static Map<String, List<Phrase>> phrasesByFirstWord() {
    Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    for (int c = 0; c < CLAIMS.size(); c++) {
      for (String[] phrase : CLAIMS.get(c).phrases) {
        byFirstWord.computeIfAbsent(phrase[0], w -> new ArrayList<>()).add(new Phrase(c, phrase));
      }
    }
    Map<String, List<Phrase>> frozen = new HashMap<>();
    byFirstWord.forEach((word, phrases) -> frozen.put(word, List.copyOf(phrases)));
    return Map.copyOf(frozen);
  }

  private CredentialClaims() {}

  /** Claims in the profile's title, display name and modality names and descriptions. */
  static List<Violation> unbackedClaims(TherapistProfile profile, LocalDate date,
      RuleContext context) {
    List<Violation> found = List.of();
    found = check(found, profile, date, context, profile.title(), "$.title", "the title");
    found = check(found, profile, date, context, Optional.of(profile.displayName()),
        "$.displayName", "the display name");
    List<Modality> modalities = profile.modalities();
    for (int m = 0; m < modalities.size(); m++) {
      Modality modality = modalities.get(m);
      found = check(found, profile, date, context, Optional.of(modality.name()),
          "$.modalities[" + m + "].name", "the name of modality " + modality.id());
      found = check(found, profile, date, context, modality.description(),
          "$.modalities[" + m + "].description", "the description of modality " + modality.id());
    }
    return found;
  }

  private static List<Violation> check(List<Violation> found, TherapistProfile profile,
      LocalDate date, RuleContext context, Optional<String> text, String path, String field) {
    if (text.isEmpty()) {
      return found;
    }
    String[] words = Words.of(text.get());
    boolean[] claimed = new boolean[CLAIMS.size()];
    markClaims(words, claimed);
    markClaims(joinLetters(words), claimed);
    List<Violation> more = found;
    for (int c = 0; c < CLAIMS.size(); c++) {
      Claim claim = CLAIMS.get(c);
      if (claimed[c] && !backed(profile, date, claim)) {
        more = Found.add(more, context.violation(path, field + " claims credential " + claim.id
            + " and no certification for it is current on the date: nobody may be presented as"
            + " holding a certification they do not hold"));
      }
    }
    return more;
  }

  /** Marks the claims one of whose phrases occurs in the words. */
  private static void markClaims(String[] words, boolean[] claimed) {
    for (int at = 0; at < words.length; at++) {
      List<Phrase> phrases = PHRASES_BY_FIRST_WORD.get(words[at]);
      if (phrases == null) {
        continue;
      }
      for (Phrase phrase : phrases) {
        if (!claimed[phrase.claim] && Words.startsAt(words, at, phrase.words)) {
          claimed[phrase.claim] = true;
        }
      }
    }
  }

  /**
   * Joins runs of single letters, so a dotted abbreviation ("C.S.T.", "C S T") reads as the
   * abbreviation ("cst") it spells.
   */
  private static String[] joinLetters(String[] words) {
    List<String> joined = new ArrayList<>(words.length);
    StringBuilder run = new StringBuilder();
    for (String word : words) {
      if (word.length() == 1) {
        run.append(word);
        continue;
      }
      if (run.length() > 0) {
        joined.add(run.toString());
        run.setLength(0);
      }
      joined.add(word);
    }
    if (run.length() > 0) {
      joined.add(run.toString());
    }
    return joined.toArray(new String[0]);
  }

  private static boolean backed(TherapistProfile profile, LocalDate date, Claim claim) {
    List<Certification> held = profile.certifications();
    for (Certification certification : held) {
      if (claim.backs.test(certification.credential())
          && certification.standingOn(date, held) == CertificationStanding.CURRENT) {
        return true;
      }
    }
    return false;
  }
}
