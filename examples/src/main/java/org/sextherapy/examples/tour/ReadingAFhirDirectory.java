package org.sextherapy.examples.tour;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.fhir.DirectoryRead;
import org.sextherapy.fhir.FhirDirectoryReader;
import org.sextherapy.fhir.Finding;
import org.sextherapy.fhir.LicenceClaim;
import org.sextherapy.fhir.TherapistRead;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.qualification.Licence;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Tour, step 7: a payer's FHIR provider directory (Da Vinci Plan-Net) as the matcher's directory.
 * The directory lists who is licensed where and how they deliver care; it says nothing about
 * sex-therapy expertise, and its licences carry no number or date of issue. The application adds
 * both, from its own intake and from the licensing board, before anyone is matched.
 */
public final class ReadingAFhirDirectory {

  /** The Plan-Net example resources bundled with the examples. */
  static final List<String> FILES = List.of("Organization-AcmeofCTStdNet.json",
      "HealthcareService-VirtualCounselService.json", "HealthcareService-HospERService.json",
      "Location-HospLoc1.json", "PractitionerRole-CounselorRole1.json",
      "PractitionerRole-JoeSmithRole1.json", "Practitioner-Counselor.json",
      "Practitioner-JoeSmith.json");

  private static final LocalDate SESSION_DAY = LocalDate.of(2026, 12, 1);

  private ReadingAFhirDirectory() {}

  /**
   * Runs this step of the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Reads the Plan-Net examples, prints what could not be mapped, completes the counselor's
   * licence and concerns, and matches a client in Illinois who wants sessions by phone.
   *
   * @param out where to print, never null
   * @return the match result, never null
   */
  public static MatchResult run(PrintStream out) {
    DirectoryRead read = FhirDirectoryReader.standard().read(resources());
    out.println(read.therapists().size() + " practitioners read, " + read.findings().size()
        + " findings:");
    for (Finding finding : read.findings()) {
      out.println("  " + finding);
    }
    List<TherapistProfile> directory = new ArrayList<>();
    for (TherapistRead therapist : read.therapists()) {
      out.println(therapist.profile().id() + ": " + therapist.profile().licences().size()
          + " licences, " + therapist.licenceClaims().size() + " licence claims");
      directory.add(therapist.licenceClaims().isEmpty() ? therapist.profile()
          : completed(therapist));
    }
    ClientRequest request = ClientRequest.builder().id("req-il-phone")
        .addParticipants(Participant.ofAge("p1", 41))
        .sessionJurisdiction(Jurisdiction.parse("US-IL")).format(SessionFormat.INDIVIDUAL)
        .addDeliveries(Delivery.PHONE)
        .addConcerns(RequestedConcern.of(StandardConcerns.LOW_SEXUAL_DESIRE, Priority.HIGH))
        .build();
    MatchResult result = Matcher.standard()
        .match(request, TherapistDirectory.of(directory), SESSION_DAY, 5);
    for (Match match : result.matches()) {
      out.println("match: " + match.therapistId() + " " + match.reasons());
    }
    out.println(result.excluded() + " excluded");
    return result;
  }

  /**
   * What the application adds to a directory entry: the licence number and date of issue it
   * verified with the issuing board (made up here), the concerns the therapist declares, the
   * formats offered and current availability.
   */
  private static TherapistProfile completed(TherapistRead read) {
    LicenceClaim claim = read.licenceClaims().get(0);
    Licence licence = claim.toBuilder().number("178.012345").validFrom(LocalDate.of(2019, 3, 1))
        .build();
    TherapistProfile profile = read.profile();
    return TherapistProfile.builder().id(profile.id()).displayName(profile.displayName())
        .addAllLanguages(profile.languages()).addAllDeliveries(profile.deliveries())
        .addAllLocations(profile.locations()).addAllLicences(profile.licences())
        .addLicences(licence).addFormats(SessionFormat.INDIVIDUAL)
        .addExpertise(Expertise.of(StandardConcerns.LOW_SEXUAL_DESIRE, ExpertiseLevel.EXPERIENCED),
            Expertise.of(StandardConcerns.DESIRE_DISCREPANCY, ExpertiseLevel.GENERAL))
        .acceptingNewClients(true).openCapacity(2)
        .build();
  }

  private static List<IBaseResource> resources() {
    IParser parser = FhirContext.forR4Cached().newJsonParser();
    List<IBaseResource> resources = new ArrayList<>();
    for (String file : FILES) {
      String name = "/org/sextherapy/examples/plannet/" + file;
      try (InputStream in = ReadingAFhirDirectory.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          resources.add(parser.parseResource(reader));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources;
  }
}
