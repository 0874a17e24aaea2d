package org.sextherapy.ethics;

import org.sextherapy.Identified;

/**
 * What an {@link EthicalRule} judges: a therapist's profile with the services and modalities it
 * offers, a session plan, a client's request, or a proposed match of a request with a profile.
 */
public enum ReviewSubject implements Identified {
  /** A therapist's directory profile ({@link EthicsReview#reviewProfile}). */
  PROFILE("profile"),
  /** A session plan: goals, in-session activities, between-session exercises
   * ({@link EthicsReview#reviewPlan}). */
  PLAN("plan"),
  /** A client's request for a therapist ({@link EthicsReview#reviewRequest}). */
  REQUEST("request"),
  /** A proposed match of a request with a therapist ({@link EthicsReview#reviewMatch}). */
  MATCH("match");

  private final String id;

  ReviewSubject(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
