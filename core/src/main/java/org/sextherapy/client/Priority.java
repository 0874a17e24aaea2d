package org.sextherapy.client;

import org.sextherapy.Identified;

/** How much a concern matters to the client, relative to their other concerns. */
public enum Priority implements Identified {
  /** The main reason the client seeks therapy. */
  HIGH("high", 3),
  /** An important concern. */
  MEDIUM("medium", 2),
  /** A concern the client also mentions. */
  LOW("low", 1);

  private final String id;
  private final int weight;

  Priority(String id, int weight) {
    this.id = id;
    this.weight = weight;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the relative weight used when ranking therapists on competence.
   *
   * @return 3, 2 or 1
   */
  public int weight() {
    return weight;
  }
}
