package org.sextherapy.examples.tour;

import java.io.PrintStream;
import java.time.LocalDate;
import org.sextherapy.examples.sample.SampleData;
import org.sextherapy.examples.sample.SampleDirectory;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.TherapistProfileValidator;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Tour, step 2: validating profiles on a date. Validators return every problem with a stable rule
 * id and a JSON path; they never throw and never read the system clock.
 */
public final class ValidatingAProfile {

  private ValidatingAProfile() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Validates the sample directory and prints the problems of the first three profiles with a
   * warning or an error (expired licences, lapsed certifications, an upside-down sliding scale).
   *
   * @param out where to print, never null
   * @return how many profiles have at least one violation
   */
  public static int run(PrintStream out) {
    LocalDate date = SampleDirectory.AS_OF;
    TherapistProfileValidator validator = new TherapistProfileValidator();
    int withProblems = 0;
    int shown = 0;
    for (TherapistProfile profile : SampleData.directory()) {
      ValidationResult result = validator.validate(profile, date);
      if (result.violations().isEmpty()) {
        continue;
      }
      withProblems++;
      boolean worthShowing = !result.withSeverity(Severity.ERROR).isEmpty()
          || !result.withSeverity(Severity.WARNING).isEmpty();
      if (worthShowing && shown++ < 3) {
        out.println(profile.id() + (result.isValid() ? " is usable, with notes:" : " is invalid:"));
        for (Violation violation : result.violations()) {
          out.println("  " + violation);
        }
      }
    }
    out.println(withProblems + " profiles have something to look at on " + date);
    return withProblems;
  }
}
