package org.sextherapy.ethics;

import java.util.ArrayList;
import java.util.List;
import org.sextherapy.validation.Violation;

/**
 * Collects a check's violations, allocating only on the first one: a clean check returns the shared
 * empty list.
 */
final class Found {

  private Found() {}

  /**
   * Adds a violation to a list that may still be the shared empty list.
   *
   * @param found the violations so far, {@code List.of()} or a list this class made
   * @param violation the violation to add
   * @return the list holding the violation
   */
  static List<Violation> add(List<Violation> found, Violation violation) {
    List<Violation> list = found.isEmpty() ? new ArrayList<>(2) : found;
    list.add(violation);
    return list;
  }
}
