package org.sextherapy.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.validation.ClientRequestValidator;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Validates and ethics-reviews every request before any matching: a request with an error (an
 * incomplete request, an identity recorded as a concern, a safeguarding matter) is refused, so the
 * command exits 65 with each finding's rule id, severity and JSON path on standard error; warnings
 * are printed the same way and matching goes on. Only ids and paths are printed, never a message or
 * a value, since a request is special-category data.
 */
final class RequestChecks {

  private final PrintStream err;
  private final EthicsReview review;
  private final ClientRequestValidator validator = new ClientRequestValidator();

  RequestChecks(PrintStream err, EthicsReview review) {
    this.err = err;
    this.review = review;
  }

  /**
   * Checks every request and prints its findings.
   *
   * @throws InputException if any request holds an error
   */
  void requireAcceptable(List<ClientRequest> requests, LocalDate date) {
    int refused = 0;
    for (ClientRequest request : requests) {
      boolean error = print(request, validator.validate(request, date))
          | print(request, review.reviewRequest(request, date));
      refused += error ? 1 : 0;
    }
    if (refused > 0) {
      throw new InputException(refused + " request(s) refused: see the errors above; nothing was"
          + " matched");
    }
  }

  /** Prints a result's findings; tells whether it held an error. */
  private boolean print(ClientRequest request, ValidationResult result) {
    boolean error = false;
    for (Violation violation : result.violations()) {
      error |= violation.severity() == Severity.ERROR;
      err.println("sextherapy: request " + request.id() + " " + violation.severity().id() + " "
          + violation.ruleId() + " at " + violation.path());
    }
    return error;
  }
}
