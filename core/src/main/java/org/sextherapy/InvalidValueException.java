package org.sextherapy;

/**
 * A value of the model was built with a field that breaks one of its invariants: a licence that
 * ends before it starts, a blank name, a malformed id. The exception carries the field
 * ({@link #field()}, such as {@code validUntil} or {@code participants[1].id}) and the rule broken
 * ({@link #rule()}), never the offending value: values may be a client's sexual-health data, and
 * exception messages end up in logs.
 *
 * <p>It is an {@code IllegalArgumentException}, so code that catches that keeps working; code that
 * needs the field (a JSON reader reporting the path of a refused value, a form showing the error
 * beside its input) reads it here instead of parsing the message.
 *
 * <p>A builder's {@code build()} called before every required field is set throws it too, naming
 * the first field missing ({@code field()}) with the rule {@code "must be set"}, followed by the
 * other missing fields' names if any. That exception is of a subclass the generated builders
 * construct, which is why this class is not final; catch this one.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The field, as a path within the value. */
  private final String field;
  /** The rule broken, in words. */
  private final String rule;

  /**
   * Creates the exception; its message is {@code field + " " + rule}.
   *
   * @param field the field, such as {@code validUntil} or {@code participants[1].id}, never null
   * @param rule what the field must be, in words, without the value, never null
   */
  public InvalidValueException(String field, String rule) {
    super(field + " " + rule);
    this.field = field;
    this.rule = rule;
  }

  /**
   * Returns the field that breaks the rule: a property of the value, followed by element indexes
   * and nested properties where the rule concerns a part of it ({@code participants[1].id}).
   *
   * @return the field, never null
   */
  public String field() {
    return field;
  }

  /**
   * Returns the rule broken, in words, without the field and without any value, such as
   * {@code "must not be before validFrom"}.
   *
   * @return the rule, never null
   */
  public String rule() {
    return rule;
  }
}
