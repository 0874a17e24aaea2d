package org.sextherapy.jackson3.internal;

import java.util.stream.Collectors;
import org.sextherapy.json.engine.NumberedForms;
import org.sextherapy.json.engine.PropertyNames;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonParserBase;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * How Jackson 3's parser tells the engine which property comes next: as Jackson 3's databinding
 * does for a bean, through a {@code PropertyNameMatcher} of the object's names, which its UTF-8
 * parser matches against the input's bytes without making a string of the name (other parsers
 * match the name's string). One matcher per object of the wire format, made on first use.
 */
final class NameMatching {

  /** Makes the matchers, as databinding does through its factory (they hold no settings). */
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final NumberedForms<PropertyNames, PropertyNameMatcher> MATCHERS =
      new NumberedForms<>(names -> FACTORY.constructNameMatcher(
          names.names().stream().map(Named::fromString).collect(Collectors.toList()), false));

  private NameMatching() {}

  /**
   * Moves to the next token and returns the position of the property it names.
   *
   * @param parser the parser, inside an object
   * @param names the names the object may hold
   * @return the position, {@link PropertyNames#UNKNOWN} or {@link PropertyNames#END}
   */
  static int next(JsonParser parser, PropertyNames names) {
    if (!(parser instanceof JsonParserBase)) {
      // a parser of another format in a user's mapper: its own matching is not assumed
      String name = parser.nextName();
      return name == null ? PropertyNames.END : names.indexOf(name);
    }
    int match = parser.nextNameMatch(MATCHERS.get(names.number(), names));
    return match >= 0 ? match
        : match == PropertyNameMatcher.MATCH_UNKNOWN_NAME ? PropertyNames.UNKNOWN
        : PropertyNames.END;
  }
}
