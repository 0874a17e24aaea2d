package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import org.sextherapy.json.engine.PropertyNames;

/**
 * How Jackson 2's parser tells the engine which property comes next: Jackson 2 has no matcher of
 * names against the input's bytes, so the name is read as its parser makes it (an interned
 * string, canonicalised by its symbol table) and looked up, as Jackson 2's databinding does.
 */
final class NameMatching {

  private NameMatching() {}

  /**
   * Moves to the next token and returns the position of the property it names.
   *
   * @param parser the parser, inside an object
   * @param names the names the object may hold
   * @return the position, {@link PropertyNames#UNKNOWN} or {@link PropertyNames#END}
   * @throws IOException if the input is not well-formed or cannot be read
   */
  static int next(JsonParser parser, PropertyNames names) throws IOException {
    String name = parser.nextFieldName();
    return name == null ? PropertyNames.END : names.indexOf(name);
  }
}
