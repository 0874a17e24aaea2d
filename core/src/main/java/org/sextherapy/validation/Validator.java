package org.sextherapy.validation;

import java.time.LocalDate;

/**
 * Judges a value of the model on a date and reports every problem found.
 *
 * <p>Implementations never throw on a value that could be constructed, and never read the system
 * clock: the caller passes the date (use {@code LocalDate.now(clock)} with an injected
 * {@link java.time.Clock}).
 *
 * @param <T> the type of value judged
 */
@FunctionalInterface
public interface Validator<T> {

  /**
   * Judges a value on a date.
   *
   * @param value the value, never null
   * @param date the day to judge on, such as the day a directory publishes the profile, never null
   * @return every violation found, never null
   */
  ValidationResult validate(T value, LocalDate date);
}
