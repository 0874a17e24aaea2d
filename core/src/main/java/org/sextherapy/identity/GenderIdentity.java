package org.sextherapy.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sextherapy.internal.Checks;

/**
 * A person's gender as they describe it: the terms they choose and, optionally, their own words.
 *
 * <p>Only the {@link #terms()} take part in matching a client's therapist-gender preference; the
 * words are shown as written and never interpreted. Neither is ever a concern (ethical rule 2).
 * {@code toString()} holds neither, as a client's gender identity is special-category data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // Immutables' annotations are compile-time only: see module-info
@Value.Immutable
public abstract class GenderIdentity {

  /** The most terms a gender identity may hold: each term once. */
  public static final int MAX_TERMS = GenderTerm.values().length;

  GenderIdentity() {}

  /**
   * Creates a gender identity from chosen terms.
   *
   * @param terms the terms the person chooses, never null, not empty
   * @return the gender identity, never null
   * @throws IllegalArgumentException if no term is given
   */
  public static GenderIdentity of(GenderTerm... terms) {
    Objects.requireNonNull(terms, "terms");
    return ImmutableGenderIdentity.builder().addTerms(terms).build();
  }

  /**
   * Creates a gender identity from chosen terms and the person's own words.
   *
   * @param ownWords how the person describes their gender, never null or blank
   * @param terms the terms the person chooses, never null, not empty
   * @return the gender identity, never null
   * @throws IllegalArgumentException if no term is given or the words are blank
   */
  public static GenderIdentity of(String ownWords, Set<GenderTerm> terms) {
    Objects.requireNonNull(ownWords, "ownWords");
    Objects.requireNonNull(terms, "terms");
    return ImmutableGenderIdentity.builder().ownWords(ownWords).addAllTerms(terms).build();
  }

  /**
   * Returns the terms the person chooses.
   *
   * @return at least one term, never null
   */
  public abstract Set<GenderTerm> terms();

  /**
   * Returns the person's own description of their gender.
   *
   * @return the words, or empty when the person gave none
   */
  public abstract Optional<String> ownWords();

  @Value.Check
  final void check() {
    Checks.require(!terms().isEmpty(), "terms", "must hold at least one term");
    Checks.optionalText(ownWords(), "ownWords");
  }

  @Override
  public String toString() {
    return "GenderIdentity{hidden}";
  }
}
