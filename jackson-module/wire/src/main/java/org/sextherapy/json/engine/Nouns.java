package org.sextherapy.json.engine;

/** The article of a noun that the engine's messages name, such as a schema definition's name. */
final class Nouns {

  private Nouns() {}

  /**
   * Returns the noun after "a", or "an" when it starts with a vowel letter: "a Delivery", "an
   * AgeBracket", "a standard credential". The first letter decides, which is right for every name
   * of the wire format (none starts with a vowel letter that sounds as a consonant, or a silent
   * h).
   *
   * @param noun the noun, not empty
   * @return the noun with its article
   */
  static String withArticle(String noun) {
    char first = Character.toLowerCase(noun.charAt(0));
    boolean vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
    return (vowel ? "an " : "a ") + noun;
  }
}
