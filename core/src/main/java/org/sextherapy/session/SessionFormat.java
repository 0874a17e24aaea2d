package org.sextherapy.session;

import org.sextherapy.Identified;

/**
 * Who takes part in sessions: one person, a couple, the partners of a consensual relationship of
 * more than two, or a group of clients.
 *
 * <p>A person in a relationship may still come alone ({@link #INDIVIDUAL}); GoodTherapy's overview
 * notes that some people seek help individually and others with a romantic partner.
 */
public enum SessionFormat implements Identified {
  /** One person, single or partnered, on their own. */
  INDIVIDUAL("individual", 1, 1),
  /** Two partners together. */
  COUPLE("couple", 2, 2),
  /** The partners of a consensual relationship of more than two people. */
  MULTI_PARTNER("multi-partner", 3, Integer.MAX_VALUE),
  /** A place in a therapy group of unrelated clients; a request may be for one person or more. */
  GROUP("group", 1, Integer.MAX_VALUE);

  private final String id;
  private final int minimumParticipants;
  private final int maximumParticipants;

  SessionFormat(String id, int minimumParticipants, int maximumParticipants) {
    this.id = id;
    this.minimumParticipants = minimumParticipants;
    this.maximumParticipants = maximumParticipants;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Tells whether a request with this many participants fits the format, such as exactly two for a
   * couple.
   *
   * @param participants the number of people taking part
   * @return whether the number fits
   */
  public boolean admits(int participants) {
    return participants >= minimumParticipants && participants <= maximumParticipants;
  }
}
