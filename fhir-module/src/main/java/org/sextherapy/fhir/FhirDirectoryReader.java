package org.sextherapy.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.sextherapy.concern.ConcernCatalogue;

/**
 * Reads therapist profiles from a FHIR R4 provider directory in the US National Directory (NDH)
 * or Da Vinci Plan-Net format: a Bundle, an NDJSON bulk export, or HAPI FHIR resource objects
 * (Practitioner, PractitionerRole, Location, Organization including networks, HealthcareService,
 * InsurancePlan, VerificationResult).
 *
 * <p>Each Practitioner makes one profile: licences from {@code Practitioner.qualification}
 * (NUCC taxonomy code, jurisdiction in {@code whereValid}, status, number in {@code identifier},
 * period), languages from {@code communication}, practice locations from the Locations its
 * PractitionerRoles name, telehealth from the delivery-method extension of their
 * HealthcareServices, and everything else from {@link SexTherapyExtensions}. The README's
 * "FHIR directories" section has the full mapping table.
 *
 * <p>Reading reports instead of guessing: what cannot be mapped (an unknown taxonomy code, a
 * licence without jurisdiction, a dangling reference, an element the model does not hold yet) is
 * a {@link Finding} with the resource and FHIR path. A licence is only ever built from a
 * qualification that publishes it in full; one without a number or start date is a
 * {@link LicenceClaim}. Well-formed FHIR never makes the reader throw; malformed JSON does, with
 * a {@link FhirReadException} that names the FHIR path and repeats no value.
 *
 * <p>A licence's status and places may come from several sources: the library's
 * {@code licence-status}, NDH's and Plan-Net's qualification scope ({@code status},
 * {@code whereValid}), each possibly repeated. Every source is read, and sources that disagree
 * are never read the more permissive way: the most restrictive status stated is kept (revoked,
 * suspended, expired, inactive, active; the library's suspended and expired agree with NDH's
 * inactive), so that a revoked licence stays on the profile where it authorises nothing, rather
 * than being dropped out of sight; the places read are those every scope names; and each
 * disagreeing element is a {@link FindingKind#CONFLICTING_VALUES} finding. Codes of two
 * disciplines, or two licence numbers, have no restrictive reading and are reported instead of
 * read. Each {@code whereValid} (0..* in both profiles) gives a licence of its own, a licence of
 * the model being valid in one jurisdiction. An extension a profile allows once, repeated, is a
 * {@link FindingKind#REPEATED_ELEMENT} finding and is not read (a licence's status and scope are
 * read in every occurrence, as above), never HAPI's "must have only one match" exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FhirDirectoryReader {

  /**
   * The longest NDJSON line read, in characters: 8 MiB, hundreds of times a directory resource
   * (a Practitioner with every extension is a few kilobytes), so that one line without an end
   * cannot exhaust memory in a read whose memory is otherwise bounded.
   */
  public static final int MAX_NDJSON_LINE = 8 * 1024 * 1024;

  private static final FhirDirectoryReader STANDARD =
      new FhirDirectoryReader(ConcernCatalogue.standard());

  private final ConcernCatalogue concerns;

  private FhirDirectoryReader(ConcernCatalogue concerns) {
    this.concerns = concerns;
  }

  /**
   * Returns a reader that resolves expertise against the standard concerns.
   *
   * @return the reader, never null
   */
  public static FhirDirectoryReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that resolves expertise against another concern catalogue.
   *
   * @param concerns the catalogue, never null
   * @return a new reader, never null
   */
  public FhirDirectoryReader withConcerns(ConcernCatalogue concerns) {
    return new FhirDirectoryReader(concerns);
  }

  /**
   * Reads the resources of a Bundle.
   *
   * @param bundle the bundle, never null
   * @return the therapists and findings, never null
   */
  public DirectoryRead read(Bundle bundle) {
    List<Resource> resources = new ArrayList<>(bundle.getEntry().size());
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasResource()) {
        resources.add(entry.getResource());
      }
    }
    return read(resources);
  }

  /**
   * Reads HAPI resource objects as one directory: references resolve among them, in any order.
   *
   * @param resources the resources, never null
   * @return the therapists and findings, never null
   */
  public DirectoryRead read(Collection<? extends IBaseResource> resources) {
    Assembly assembly = new Assembly(concerns);
    for (IBaseResource resource : resources) {
      assembly.index(resource);
    }
    List<TherapistRead> therapists = new ArrayList<>();
    for (IBaseResource resource : resources) {
      assembly.practitioner(resource).ifPresent(therapists::add);
    }
    return directory(therapists, assembly.finish());
  }

  private static DirectoryRead directory(List<TherapistRead> therapists, List<Finding> others) {
    List<Finding> all = new ArrayList<>(others);
    for (TherapistRead therapist : therapists) {
      all.addAll(therapist.findings());
    }
    return new DirectoryRead(therapists, all);
  }

  /**
   * Reads one FHIR JSON document: a Bundle or a single resource.
   *
   * @param json the document, never null; not closed
   * @return the therapists and findings, never null
   * @throws FhirReadException if the document is not well-formed FHIR R4 JSON
   * @throws UncheckedIOException if reading fails
   */
  public DirectoryRead readJson(Reader json) {
    IBaseResource resource = parse(json, "");
    if (resource instanceof Bundle bundle) {
      return read(bundle);
    }
    return read(List.of(resource));
  }

  /**
   * Reads an NDJSON bulk export (one resource per line, blank lines skipped) in one pass,
   * handing each therapist to {@code each} as soon as its Practitioner line is read.
   *
   * <p>A Practitioner is built from what has been read before it, so supporting resources come
   * first: concatenate a bulk export's files as Location, HealthcareService, Organization,
   * InsurancePlan, PractitionerRole, then Practitioner ({@link FhirDirectoryWriter#writeNdjson}
   * writes each profile's resources in that order). Memory holds the Locations and
   * HealthcareServices read (as small model values) and the roles not yet claimed by a
   * Practitioner; Practitioners and profiles are not kept.
   *
   * @param ndjson the stream, never null; not closed
   * @param each receives each therapist in stream order, never null
   * @return the findings about resources other than Practitioners and their roles, never null
   * @throws FhirReadException if a line is not well-formed FHIR R4 JSON, or is longer than
   *     {@link #MAX_NDJSON_LINE} characters; its path starts with the line number
   * @throws UncheckedIOException if reading fails
   */
  public List<Finding> readNdjson(Reader ndjson, Consumer<TherapistRead> each) {
    Assembly assembly = new Assembly(concerns);
    BufferedReader lines = new BufferedReader(new LineLimit(ndjson));
    IParser parser = parser();
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        IBaseResource resource = parse(parser, new java.io.StringReader(line),
            "line " + number + ": ");
        assembly.index(resource);
        assembly.practitioner(resource).ifPresent(each);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return assembly.finish();
  }

  /**
   * Reads an NDJSON bulk export in one pass and keeps every therapist; see
   * {@link #readNdjson(Reader, Consumer)} for the order of lines.
   *
   * @param ndjson the stream, never null; not closed
   * @return the therapists and findings, never null
   * @throws FhirReadException if a line is not well-formed FHIR R4 JSON
   * @throws UncheckedIOException if reading fails
   */
  public DirectoryRead readNdjson(Reader ndjson) {
    List<TherapistRead> therapists = new ArrayList<>();
    List<Finding> others = readNdjson(ndjson, therapists::add);
    return directory(therapists, others);
  }

  /** Passes characters on, and fails as soon as a line grows past {@link #MAX_NDJSON_LINE}. */
  private static final class LineLimit extends java.io.FilterReader {
    private int line = 1;
    private int length;

    LineLimit(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int most) throws IOException {
      int n = super.read(buffer, offset, most);
      for (int i = offset; i < offset + n; i++) {
        count(buffer[i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n') {
        line++;
        length = 0;
      } else if (++length > MAX_NDJSON_LINE) {
        throw new FhirReadException("line " + line + ": (document)",
            "line longer than " + MAX_NDJSON_LINE + " characters");
      }
    }
  }

  private static IParser parser() {
    return FhirContext.forR4Cached().newJsonParser()
        .setParserErrorHandler(new StrictErrors());
  }

  private static IBaseResource parse(Reader json, String prefix) {
    return parse(parser(), json, prefix);
  }

  private static IBaseResource parse(IParser parser, Reader json, String prefix) {
    try {
      return parser.parseResource(json);
    } catch (StrictErrors.Malformed e) {
      throw new FhirReadException(prefix + e.path(), e.detail());
    } catch (DataFormatException | IllegalArgumentException | ClassCastException e) {
      // HAPI's own messages can quote the input, so they are not passed on.
      throw new FhirReadException(prefix + "(document)",
          "not a FHIR R4 JSON resource: broken JSON, or no known resourceType");
    }
  }

  @Override
  public String toString() {
    return "FhirDirectoryReader{" + concerns + "}";
  }
}
