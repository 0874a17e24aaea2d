package org.sextherapy.identity;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.Limits;
import org.sextherapy.internal.Checks;
import org.sextherapy.internal.Words;

/**
 * Part of who a therapist is, in the terms they choose to disclose: their race or ethnicity
 * ("Black British", "Latina"), or their LGBTQ+ identity ("queer", "lesbian", "two-spirit"), with
 * their own words if they wish. Nothing is inferred and nothing is required: a therapist who
 * discloses nothing simply has no description. Directories let clients look for these (Psychology
 * Today's filters on ethnicity, faith and sexuality, https://www.psychologytoday.com/us/therapists),
 * and accommodating such a preference lowers dropout (Swift et al. 2018, doi:10.1002/jclp.22680).
 *
 * <p><b>How terms match.</b> A client's preference names terms; it is met when one of them has
 * the same {@linkplain #key(String) key} as one of the therapist's terms. The key is the term in
 * Unicode NFKC form, lower-cased, cut into words of letters and digits joined by single spaces, so
 * "Two-Spirit", "two spirit" and "TWO&nbsp;&nbsp;SPIRIT" match, and nothing else does: there are no
 * synonyms ("Latina" is not "Latinx" or "Hispanic"), no hierarchy ("Black British" is not
 * "Black"), no translation. Give therapists and clients the same vocabulary (the terms your
 * directory offers as choices, with free words beside them) and map synonyms before building
 * values: the library compares terms, it never interprets them.
 *
 * <p>{@code toString()} holds neither terms nor words.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class SelfDescription {

  /** The most terms of one description. */
  public static final int MAX_TERMS = Limits.MAX_TERMS;

  SelfDescription() {}

  /**
   * Creates a description from terms.
   *
   * @param terms the terms the person chooses, never null, 1 to {@link Limits#MAX_TERMS}, each 1 to
   *     {@link Limits#MAX_TERM_LENGTH} characters holding a letter or digit, no two with the same
   *     key
   * @return the description, never null
   * @throws org.sextherapy.InvalidValueException naming the field if a term breaks a limit
   */
  public static SelfDescription of(Set<String> terms) {
    Objects.requireNonNull(terms, "terms");
    return ImmutableSelfDescription.builder().addAllTerms(terms).build();
  }

  /**
   * Creates a description from terms and the person's own words.
   *
   * @param ownWords how the person describes themselves, never null or blank, at most
   *     {@link Limits#MAX_TEXT_LENGTH} characters
   * @param terms the terms, never null, as in {@link #of(Set)}
   * @return the description, never null
   * @throws org.sextherapy.InvalidValueException naming the field if a term or the words break a
   *     limit
   */
  public static SelfDescription of(String ownWords, Set<String> terms) {
    Objects.requireNonNull(ownWords, "ownWords");
    Objects.requireNonNull(terms, "terms");
    return ImmutableSelfDescription.builder().ownWords(ownWords).addAllTerms(terms).build();
  }

  /**
   * Returns the terms as the person wrote them.
   *
   * @return at least one term, never null
   */
  public abstract Set<String> terms();

  /**
   * Returns the person's own description, shown as written and never matched on.
   *
   * @return the words, or empty when none were given
   */
  public abstract Optional<String> ownWords();

  /**
   * Tells whether one of the terms has the same {@linkplain #key(String) key} as one of
   * {@code wantedKeys}.
   *
   * @param wantedKeys keys made by {@link #key(String)}, never null
   * @return whether a term matches
   */
  public final boolean matchesAnyKey(Set<String> wantedKeys) {
    for (String term : terms()) {
      if (wantedKeys.contains(key(term))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the key a term is matched by: NFKC form, lower case, words of letters and digits
   * joined by single spaces. This is the one place the matching rule for self-described terms is
   * defined; the validator, the matcher and its index all call it.
   *
   * @param term the term, never null
   * @return the key, empty when the term holds no letter or digit, never null
   */
  public static String key(String term) {
    Objects.requireNonNull(term, "term");
    return String.join(" ", Words.of(Normalizer.normalize(term, Normalizer.Form.NFKC)));
  }

  /**
   * Returns the keys of terms.
   *
   * @param terms the terms, never null
   * @return the set of their {@linkplain #key(String) keys}, unmodifiable, never null
   */
  public static Set<String> keys(Set<String> terms) {
    Objects.requireNonNull(terms, "terms");
    Set<String> keys = new HashSet<>();
    for (String term : terms) {
      keys.add(key(term));
    }
    return Set.copyOf(keys);
  }

  /**
   * Checks a set of self-described terms against the limits: 1 to {@link Limits#MAX_TERMS}, each
   * 1 to {@link Limits#MAX_TERM_LENGTH} characters holding a letter or digit, no two with the same
   * key.
   *
   * @param terms the terms, never null
   * @param field the field to name, never null
   * @throws org.sextherapy.InvalidValueException naming the field (and the index of the term in
   *     iteration order) when a limit is broken; the message never holds a term
   */
  public static void checkTerms(Set<String> terms, String field) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(field, "field");
    Checks.require(!terms.isEmpty(), field, "must hold at least one term");
    Checks.require(terms.size() <= Limits.MAX_TERMS, field,
        "must hold at most " + Limits.MAX_TERMS + " terms");
    Set<String> keys = new HashSet<>();
    int i = 0;
    for (String term : terms) {
      checkTerm(term, field + "[" + i + "]");
      Checks.require(keys.add(key(term)), field + "[" + i + "]",
          "must not repeat a term (compared case-insensitively, by words)");
      i++;
    }
  }

  /**
   * Checks one self-described term: 1 to {@link Limits#MAX_TERM_LENGTH} characters holding a
   * letter or digit.
   *
   * @param term the term, never null
   * @param field the field to name, never null
   * @throws org.sextherapy.InvalidValueException naming the field when the term breaks a limit
   */
  public static void checkTerm(String term, String field) {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(field, "field");
    Checks.require(term.length() <= Limits.MAX_TERM_LENGTH, field,
        "must be at most " + Limits.MAX_TERM_LENGTH + " characters");
    Checks.require(!key(term).isEmpty(), field, "must hold a letter or digit");
  }

  @Value.Check
  final void check() {
    checkTerms(terms(), "terms");
    Checks.optionalText(ownWords(), "ownWords");
  }

  @Override
  public String toString() {
    return "SelfDescription{hidden}";
  }
}
