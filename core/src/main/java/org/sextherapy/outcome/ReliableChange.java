package org.sextherapy.outcome;

import org.sextherapy.Identified;

/**
 * How a course of therapy ended on a measure: reliably better, reliably worse, or neither, judged by
 * the reliable change index of Jacobson and Truax (1991, doi:10.1037/0022-006X.59.1.12).
 */
public enum ReliableChange implements Identified {
  /** The change towards better scores exceeds what measurement error alone would explain. */
  IMPROVED("improved"),
  /** The change, either way, lies within what measurement error could explain. */
  NO_RELIABLE_CHANGE("no-reliable-change"),
  /** The change towards worse scores exceeds what measurement error alone would explain. */
  DETERIORATED("deteriorated");

  private final String id;

  ReliableChange(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
