package org.sextherapy.examples.cli;

/** A command line that does not follow the usage; its message says what is wrong. */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
