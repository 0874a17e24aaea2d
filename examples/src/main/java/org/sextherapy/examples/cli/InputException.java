package org.sextherapy.examples.cli;

/**
 * An input file that cannot be read or is not a valid document. The message names the option, the
 * file, and for bad JSON the JSON path, line and column and the kind of error, never the file's
 * content.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
