package org.sextherapy.internal;

import java.util.Arrays;
import org.sextherapy.InvalidValueException;

/**
 * What a model value's builder throws when {@code build()} is called before every required field
 * is set: the library's {@link InvalidValueException}, naming the first missing field, not
 * Immutables' {@code IllegalStateException}. The generated builders construct it with the names
 * of the missing fields ({@link DomainStyle}'s {@code throwForInvalidImmutableState}); it names
 * fields only, never a value.
 */
public final class MissingValueException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the missing fields.
   *
   * @param fields the names of the required fields not set, at least one, in declaration order
   */
  public MissingValueException(String... fields) {
    super(fields.length == 0 ? "value" : fields[0], rule(fields));
  }

  private static String rule(String... fields) {
    return fields.length <= 1 ? "must be set"
        : "must be set, as must " + String.join(", ", Arrays.copyOfRange(fields, 1, fields.length));
  }
}
