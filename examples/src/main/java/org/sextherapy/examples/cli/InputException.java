package org.sextherapy.examples.cli;

/**
 * An input that cannot be read ({@link Cli#NO_INPUT}) or is not a valid document
 * ({@link Cli#DATA_ERROR}); the exit status travels with the exception, typed, rather than being
 * read back from its message. The message names the option, the file, and for bad JSON the JSON
 * path, line and column and the kind of error, never the file's content.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The exit status. */
  private final int status;

  private InputException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** An input that cannot be read: missing, not a regular file, failing (exit 66). */
  static InputException unreadable(String message) {
    return new InputException(Cli.NO_INPUT, message);
  }

  /** An input that is read but is not a valid document (exit 65). */
  static InputException invalid(String message) {
    return new InputException(Cli.DATA_ERROR, message);
  }

  /** Returns the exit status: {@link Cli#NO_INPUT} or {@link Cli#DATA_ERROR}. */
  int status() {
    return status;
  }
}
