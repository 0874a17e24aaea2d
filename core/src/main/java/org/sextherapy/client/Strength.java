package org.sextherapy.client;

import org.sextherapy.Identified;

/** How firmly a client holds a preference. */
public enum Strength implements Identified {
  /** A therapist who does not meet it is never offered. */
  REQUIRED("required"),
  /** A therapist who meets it ranks higher. */
  PREFERRED("preferred");

  private final String id;

  Strength(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
