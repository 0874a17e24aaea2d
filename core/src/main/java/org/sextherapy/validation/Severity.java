package org.sextherapy.validation;

import org.sextherapy.Identified;

/** How serious a {@link Violation} is. */
public enum Severity implements Identified {
  /** The value must not be used as it is: it is invalid, or unethical. */
  ERROR("error"),
  /** The value can be used, but something should be looked at. */
  WARNING("warning"),
  /** Worth knowing; nothing is wrong. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }
}
