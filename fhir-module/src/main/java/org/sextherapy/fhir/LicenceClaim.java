package org.sextherapy.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sextherapy.code.Code;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;

/**
 * A licence a directory claims but does not fully publish: discipline, jurisdiction and status are
 * given, the number or the first valid day is not. Plan-Net's and NDH's examples list
 * qualifications this way ({@code Practitioner.qualification} with no {@code identifier} and no
 * {@code period}).
 *
 * <p>The reader never makes up the missing parts, so a claim is not a licence and does not
 * authorise a match. An application that has checked the licence with the issuing board (the
 * number and the date of issue are public there) completes it with {@link #toBuilder()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the Practitioner as {@code Practitioner/id}, never null
 * @param path the FHIR path of the qualification, never null
 * @param discipline the discipline, never null
 * @param jurisdiction the jurisdiction the licence is valid in, never null
 * @param status the licence status, never null
 * @param taxonomyCode the NUCC code the qualification gives, or empty
 * @param number the licence number, or empty when not published
 * @param validFrom the first valid day, or empty when not published
 * @param validUntil the last valid day, or empty
 */
public record LicenceClaim(String resource, String path, Discipline discipline,
    Jurisdiction jurisdiction, LicenceStatus status, Optional<Code> taxonomyCode,
    Optional<String> number, Optional<LocalDate> validFrom, Optional<LocalDate> validUntil) {

  /**
   * Creates a claim.
   *
   * @param resource the Practitioner as {@code Practitioner/id}, never null
   * @param path the FHIR path of the qualification, never null
   * @param discipline the discipline, never null
   * @param jurisdiction the jurisdiction the licence is valid in, never null
   * @param status the licence status, never null
   * @param taxonomyCode the NUCC code, never null, possibly empty
   * @param number the licence number, never null, possibly empty
   * @param validFrom the first valid day, never null, possibly empty
   * @param validUntil the last valid day, never null, possibly empty
   */
  public LicenceClaim {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(discipline, "discipline");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(taxonomyCode, "taxonomyCode");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /**
   * Returns the names of the licence fields the directory did not publish.
   *
   * @return {@code number} and/or {@code validFrom}, never null
   */
  public List<String> missing() {
    List<String> missing = new ArrayList<>(2);
    if (number.isEmpty()) {
      missing.add("number");
    }
    if (validFrom.isEmpty()) {
      missing.add("validFrom");
    }
    return missing;
  }

  /**
   * Returns a licence builder holding everything the directory published; the caller sets what
   * {@link #missing()} names, from the issuing board, and builds.
   *
   * @return a new builder, never null
   */
  public Licence.Builder toBuilder() {
    Licence.Builder b = Licence.builder().discipline(discipline).jurisdiction(jurisdiction)
        .status(status).taxonomyCode(taxonomyCode).validUntil(validUntil);
    number.ifPresent(b::number);
    validFrom.ifPresent(b::validFrom);
    return b;
  }

  @Override
  public String toString() {
    return "LicenceClaim{" + resource + " " + path + ", " + discipline.id() + ", " + jurisdiction
        + ", missing " + missing() + "}";
  }
}
