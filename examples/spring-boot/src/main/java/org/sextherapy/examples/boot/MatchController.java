package org.sextherapy.examples.boot;

import java.time.LocalDate;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.json.SexTherapyJsonException;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching over HTTP: a client request in, the best therapists with their reasons out, both in
 * the library's wire format through Spring MVC's Jackson 3 mapper and the module. A request the
 * wire format refuses answers 400 with the library's error kind and JSON path, never the request's
 * content (sexual-health data must not reach logs or error pages).
 */
@RestController
public class MatchController {

  private final TherapistDirectory directory;
  private final LocalDate sessionDate;

  /**
   * Creates the controller.
   *
   * @param directory the directory to match against
   * @param sessionDate the date licences and certifications are judged on
   */
  public MatchController(TherapistDirectory directory, LocalDate sessionDate) {
    this.directory = directory;
    this.sessionDate = sessionDate;
  }

  /**
   * Matches one request.
   *
   * @param request the client request, read strictly by the module
   * @param top how many matches to return, 1 to 100
   * @return the match result
   */
  @PostMapping(path = "/match", consumes = "application/json", produces = "application/json")
  public MatchResult match(@RequestBody ClientRequest request,
      @RequestParam(name = "top", defaultValue = "10") int top) {
    return Matcher.standard().match(request, directory, sessionDate, Math.max(1,
        Math.min(top, 100)));
  }

  /**
   * Answers a request body the wire format refuses with 400, its kind and path only. The
   * module's exception reaches Spring MVC as it is (it is not one of Jackson's), so it needs this
   * handler to be a client error rather than a server error.
   *
   * @param e the library's exception, whose message holds no input value
   * @return the problem
   */
  @ExceptionHandler(SexTherapyJsonException.class)
  public ProblemDetail refused(SexTherapyJsonException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.kind().id() + " at " + e.path());
    problem.setProperty("kind", e.kind().id());
    problem.setProperty("path", e.path());
    return problem;
  }

  /**
   * Answers a body that is not JSON at all with 400, without Jackson's message (which quotes the
   * input).
   *
   * @param e Spring's exception
   * @return the problem
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "the request body is not a client request");
  }
}
