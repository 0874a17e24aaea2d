package org.sextherapy.fhir;

import static org.sextherapy.fhir.SexTherapyExtensions.ACCEPTING_NEW_CLIENTS;
import static org.sextherapy.fhir.SexTherapyExtensions.AVAILABILITY_CONFIRMED;
import static org.sextherapy.fhir.SexTherapyExtensions.CE_CREDITS;
import static org.sextherapy.fhir.SexTherapyExtensions.COMPACT_PRIVILEGE;
import static org.sextherapy.fhir.SexTherapyExtensions.CREDENTIAL_SYSTEM;
import static org.sextherapy.fhir.SexTherapyExtensions.DEGREE_CLINICAL;
import static org.sextherapy.fhir.SexTherapyExtensions.DEGREE_LEVEL_SYSTEM;
import static org.sextherapy.fhir.SexTherapyExtensions.DELIVERY;
import static org.sextherapy.fhir.SexTherapyExtensions.DISCIPLINE_SYSTEM;
import static org.sextherapy.fhir.SexTherapyExtensions.EXPERTISE;
import static org.sextherapy.fhir.SexTherapyExtensions.FEES;
import static org.sextherapy.fhir.SexTherapyExtensions.GENDER;
import static org.sextherapy.fhir.SexTherapyExtensions.LICENCE_STATUS;
import static org.sextherapy.fhir.SexTherapyExtensions.LOCATION_NETWORK;
import static org.sextherapy.fhir.SexTherapyExtensions.MEMBERSHIP_CURRENT;
import static org.sextherapy.fhir.SexTherapyExtensions.MODALITY;
import static org.sextherapy.fhir.SexTherapyExtensions.NETWORK;
import static org.sextherapy.fhir.SexTherapyExtensions.OPEN_CAPACITY;
import static org.sextherapy.fhir.SexTherapyExtensions.POPULATION;
import static org.sextherapy.fhir.SexTherapyExtensions.PRONOUNS;
import static org.sextherapy.fhir.SexTherapyExtensions.REGISTER_SYSTEM;
import static org.sextherapy.fhir.SexTherapyExtensions.SESSION_FORMAT;
import static org.sextherapy.fhir.SexTherapyExtensions.THERAPIST_ID_SYSTEM;
import static org.sextherapy.fhir.SexTherapyExtensions.TRAINING;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.VerificationResult;
import org.hl7.fhir.r4.model.Coding;
import org.sextherapy.code.Code;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Modality;

/**
 * Writes therapist profiles as FHIR R4 resources shaped after the US National Directory (NDH): a
 * Practitioner with its licences, degrees and certifications as qualifications, a PractitionerRole
 * linking it to one Location per practice location, and the {@link SexTherapyExtensions} for what
 * FHIR has no element for. {@link FhirDirectoryReader} reads the result back to an equal profile.
 *
 * <p>A licence's status and jurisdiction go in NDH's qualification extension
 * ({@code status}, {@code whereValid} with the ISO 3166-2 code and, for a US state, its USPS
 * code); NDH has no "suspended" or "expired" status, so those are written as {@code inactive}
 * and the exact status travels in {@link SexTherapyExtensions#LICENCE_STATUS}.
 *
 * <p>This class is immutable and thread-safe; the resources it returns are new mutable HAPI
 * objects owned by the caller.
 */
public final class FhirDirectoryWriter {

  private static final FhirDirectoryWriter STANDARD = new FhirDirectoryWriter();

  private FhirDirectoryWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer, never null
   */
  public static FhirDirectoryWriter standard() {
    return STANDARD;
  }

  /**
   * Writes one profile.
   *
   * @param profile the profile, never null
   * @return its Practitioner, PractitionerRole and Locations, never null
   */
  public TherapistResources write(TherapistProfile profile) {
    String base = FhirTerms.fhirId(profile.id());
    Practitioner practitioner = practitioner(profile, base);
    List<org.hl7.fhir.r4.model.Location> locations = new ArrayList<>();
    PractitionerRole role = new PractitionerRole();
    role.setId(FhirTerms.fhirId(base + "-role"));
    narrative(role, "Role of " + profile.displayName() + " at their practice locations");
    role.setActive(true);
    role.setPractitioner(new Reference("Practitioner/" + base));
    Set<String> specialties = new LinkedHashSet<>();
    for (Licence licence : profile.licences()) {
      licence.taxonomyCode().ifPresent(code -> {
        if (specialties.add(code.code())) {
          role.addSpecialty(new CodeableConcept().addCoding(coding(code)));
        }
      });
    }
    int i = 0;
    for (PracticeLocation place : profile.locations()) {
      Location location = location(place, FhirTerms.fhirId(base + "-loc" + i++));
      locations.add(location);
      role.addLocation(new Reference("Location/" + location.getIdPart()));
    }
    profile.availability().ifPresent(availability -> Hours.write(availability, role));
    return new TherapistResources(practitioner, role, locations, verifications(profile, base));
  }

  /**
   * Writes profiles as one FHIR collection Bundle.
   *
   * @param profiles the profiles, never null
   * @return the bundle, never null
   */
  public Bundle writeBundle(Iterable<TherapistProfile> profiles) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    for (TherapistProfile profile : profiles) {
      for (Resource resource : write(profile).all()) {
        bundle.addEntry().setFullUrl(resource.fhirType() + "/" + resource.getIdPart())
            .setResource(resource);
      }
    }
    return bundle;
  }

  /**
   * Writes profiles as NDJSON, one resource per line, each profile's Locations and role before
   * its Practitioner, so that {@link FhirDirectoryReader#readNdjson} reads it in one pass.
   *
   * @param profiles the profiles, never null
   * @param out where to write, never null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeNdjson(Iterable<TherapistProfile> profiles, Writer out) {
    IParser parser = FhirContext.forR4Cached().newJsonParser().setPrettyPrint(false);
    // HAPI flushes the writer after every resource; through to a file that is one system call
    // per line, a tenth of the writing time. The caller's writer is flushed once, at the end.
    Writer lines = new java.io.FilterWriter(out) {
      @Override
      public void flush() {
        // deferred to the end of the export
      }
    };
    try {
      for (TherapistProfile profile : profiles) {
        for (Resource resource : write(profile).all()) {
          parser.encodeResourceToWriter(resource, lines);
          lines.write('\n');
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Practitioner practitioner(TherapistProfile p, String id) {
    Practitioner r = new Practitioner();
    r.setId(id);
    narrative(r, p.displayName());
    r.addIdentifier().setSystem(THERAPIST_ID_SYSTEM).setValue(p.id());
    r.setActive(true);
    r.addName().setText(p.displayName());
    p.gender().ifPresent(g -> r.addExtension(gender(g)));
    p.raceOrEthnicity().ifPresent(
        d -> r.addExtension(selfDescription(SexTherapyExtensions.RACE_OR_ETHNICITY, d)));
    p.lgbtqIdentity().ifPresent(
        d -> r.addExtension(selfDescription(SexTherapyExtensions.LGBTQ_IDENTITY, d)));
    p.faith().ifPresent(f -> {
      Extension x = r.addExtension().setUrl(SexTherapyExtensions.FAITH);
      x.addExtension("approach", new CodeType(f.approach().id()));
      f.tradition().ifPresent(t -> x.addExtension("tradition", new StringType(t)));
    });
    for (PracticeCompetence c : p.practiceCompetence()) {
      Extension x = r.addExtension().setUrl(SexTherapyExtensions.PRACTICE_COMPETENCE);
      x.addExtension("area", new CodeType(c.area().id()));
      x.addExtension("grade", new CodeType(c.grade().id()));
    }
    p.title().ifPresent(s -> r.addExtension(SexTherapyExtensions.TITLE, new StringType(s)));
    p.pronouns().ifPresent(s -> r.addExtension(PRONOUNS, new StringType(s)));
    for (var language : p.languages()) {
      r.addCommunication().addCoding().setSystem(FhirTerms.BCP47)
          .setCode(language.toLanguageTag());
    }
    for (Expertise e : p.expertise()) {
      Extension x = r.addExtension().setUrl(EXPERTISE);
      x.addExtension("concern", new CodeType(e.concern().id()));
      x.addExtension("level", new CodeType(e.level().id()));
    }
    for (Population population : p.populations()) {
      r.addExtension(POPULATION, new CodeType(population.id()));
    }
    for (SessionFormat format : p.formats()) {
      r.addExtension(SESSION_FORMAT, new CodeType(format.id()));
    }
    for (Delivery delivery : p.deliveries()) {
      r.addExtension(DELIVERY, new CodeType(delivery.id()));
    }
    for (Licence licence : p.licences()) {
      r.addQualification(qualification(licence));
    }
    for (Degree degree : p.degrees()) {
      PractitionerQualificationComponent q = r.addQualification();
      q.getCode().setText(degree.title()).addCoding().setSystem(DEGREE_LEVEL_SYSTEM)
          .setCode(degree.level().id());
      q.addExtension(DEGREE_CLINICAL, new BooleanType(degree.clinical()));
    }
    for (Certification c : p.certifications()) {
      PractitionerQualificationComponent q = r.addQualification();
      q.getCode().addCoding().setSystem(CREDENTIAL_SYSTEM).setCode(c.credential().qualifiedId())
          .setDisplay(c.credential().title());
      q.setPeriod(period(c.issued(), c.expires()));
      q.getIssuer().setDisplay(c.credential().issuer().name());
      q.addExtension(credential(c.credential()));
      q.addExtension(CE_CREDITS, new IntegerType(c.ceCreditsEarned()));
      q.addExtension(MEMBERSHIP_CURRENT, new BooleanType(c.membershipCurrent()));
    }
    for (Registration registration : p.registrations()) {
      r.addQualification(qualification(registration));
    }
    for (CompactPrivilege privilege : p.compactPrivileges()) {
      r.addExtension(compactPrivilege(privilege));
    }
    p.training().ifPresent(t -> r.addExtension(training(t)));
    for (Modality modality : p.modalities()) {
      Extension x = r.addExtension().setUrl(MODALITY);
      x.addExtension("id", new CodeType(modality.id()));
      x.addExtension("name", new StringType(modality.name()));
      for (Aim aim : modality.aims()) {
        x.addExtension("aim", new CodeType(aim.focus().id() + ":" + aim.intent().id()));
      }
      modality.description().ifPresent(d -> x.addExtension("description", new StringType(d)));
    }
    p.fees().ifPresent(f -> r.addExtension(fees(f)));
    for (OutcomeRecord outcome : p.outcomes()) {
      Extension x = r.addExtension().setUrl(SexTherapyExtensions.OUTCOME);
      x.addExtension("concern", new CodeType(outcome.concern().id()));
      x.addExtension("measure", new CodeType(outcome.measureId()));
      x.addExtension("courses", new IntegerType(outcome.courses()));
      x.addExtension("reliableImprovements", new IntegerType(outcome.reliableImprovements()));
      x.addExtension("reliableDeteriorations",
          new IntegerType(outcome.reliableDeteriorations()));
      x.addExtension("period", period(outcome.periodFrom(), Optional.of(outcome.periodUntil())));
    }
    for (NetworkParticipation n : p.networks()) {
      Extension x = r.addExtension().setUrl(NETWORK);
      x.addExtension("payer", new CodeType(n.payer().id()));
      x.addExtension("payerKind", new CodeType(n.payer().kind().id()));
      x.addExtension("network", new CodeType(n.network().value()));
      for (PlanId plan : n.plans()) {
        x.addExtension("plan", new CodeType(plan.value()));
      }
      n.acceptance().ifPresent(a -> x.addExtension("acceptance", new CodeType(a.id())));
      x.addExtension("telehealth", new BooleanType(n.telehealth()));
    }
    r.addExtension(ACCEPTING_NEW_CLIENTS, new BooleanType(p.acceptingNewClients()));
    r.addExtension(OPEN_CAPACITY, new IntegerType(p.openCapacity()));
    p.availabilityConfirmedAt().ifPresent(at ->
        r.addExtension(AVAILABILITY_CONFIRMED, new InstantType(Date.from(at))));
    return r;
  }

  /**
   * One VerificationResult per licence verified with its issuing board, shaped after NDH's
   * {@code ndh-Verification}: the licence's qualification as target location, status
   * {@code validated} on the day, by the primary source, the licensing board. Licences are the
   * Practitioner's first qualifications, so a licence's index is its qualification's.
   */
  private static List<VerificationResult> verifications(TherapistProfile p, String base) {
    List<VerificationResult> out = new ArrayList<>(0);
    List<Licence> licences = p.licences();
    for (int i = 0; i < licences.size(); i++) {
      Optional<LocalDate> day = licences.get(i).verifiedOn();
      if (day.isEmpty()) {
        continue;
      }
      VerificationResult v = new VerificationResult();
      v.setId(FhirTerms.fhirId(base + "-verified-" + i));
      narrative(v, "Licence verified with the issuing board on " + day.get());
      v.addTarget(new Reference("Practitioner/" + base));
      v.addTargetLocation("Practitioner.qualification[" + i + "]");
      v.setStatus(VerificationResult.Status.VALIDATED);
      v.setStatusDateElement(new DateTimeType(day.get().toString()));
      v.getValidationType().addCoding(new Coding(FhirTerms.VALIDATION_TYPE, "primary",
          "Primary Source"));
      VerificationResult.VerificationResultPrimarySourceComponent source = v.addPrimarySource();
      source.addType().addCoding(new Coding(FhirTerms.PRIMARY_SOURCE_TYPE, "lic-board",
          "License Board"));
      source.getValidationStatus().addCoding(new Coding(FhirTerms.VALIDATION_STATUS,
          "successful", "Successful"));
      source.setValidationDateElement(new DateTimeType(day.get().toString()));
      out.add(v);
    }
    return out;
  }

  private static Extension credential(Credential credential) {
    Extension x = new Extension(SexTherapyExtensions.CREDENTIAL);
    x.addExtension("id", new CodeType(credential.id()));
    x.addExtension("title", new StringType(credential.title()));
    x.addExtension("kind", new CodeType(credential.kind().id()));
    CertifyingBody body = credential.issuer();
    Extension issuer = x.addExtension().setUrl("issuer");
    issuer.addExtension("id", new CodeType(body.id()));
    issuer.addExtension("name", new StringType(body.name()));
    body.renewalRule().ifPresent(rule -> {
      issuer.addExtension("renewalCycle", new StringType(rule.cycle().toString()));
      issuer.addExtension("renewalCeCredits", new IntegerType(rule.requiredCeCredits()));
      issuer.addExtension("renewalMembership", new BooleanType(rule.membershipRequired()));
    });
    credential.requiresCurrent().ifPresent(required -> {
      Extension nested = credential(required);
      nested.setUrl("requiresCurrent");
      x.addExtension(nested);
    });
    credential.requiredHeldFor().ifPresent(
        period -> x.addExtension("requiredHeldFor", new StringType(period.toString())));
    return x;
  }

  private static Extension selfDescription(String url, SelfDescription description) {
    Extension x = new Extension(url);
    for (String term : description.terms()) {
      x.addExtension("term", new StringType(term));
    }
    description.ownWords().ifPresent(w -> x.addExtension("ownWords", new StringType(w)));
    return x;
  }

  private static Extension gender(GenderIdentity gender) {
    Extension x = new Extension(GENDER);
    for (GenderTerm term : gender.terms()) {
      x.addExtension("term", new CodeType(term.id()));
    }
    gender.ownWords().ifPresent(w -> x.addExtension("ownWords", new StringType(w)));
    return x;
  }

  private static PractitionerQualificationComponent qualification(Licence licence) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    q.addIdentifier().setValue(licence.number());
    CodeableConcept code = q.getCode();
    code.addCoding().setSystem(DISCIPLINE_SYSTEM).setCode(licence.discipline().id());
    licence.taxonomyCode().ifPresent(c -> code.addCoding(coding(c)));
    q.setPeriod(period(licence.validFrom(), licence.validUntil()));
    Extension scope = q.addExtension().setUrl(FhirTerms.NDH_QUALIFICATION);
    scope.addExtension("status", new CodeType(ndhStatus(licence.status())));
    scope.addExtension("whereValid", whereValid(licence.jurisdiction()));
    q.addExtension(LICENCE_STATUS, new CodeType(licence.status().id()));
    return q;
  }

  private static PractitionerQualificationComponent qualification(Registration registration) {
    PractitionerQualificationComponent q = new PractitionerQualificationComponent();
    q.addIdentifier().setValue(registration.number());
    Register register = registration.register();
    q.getCode().addCoding().setSystem(REGISTER_SYSTEM).setCode(register.id())
        .setDisplay(register.name());
    q.getCode().addCoding().setSystem(DISCIPLINE_SYSTEM).setCode(registration.discipline().id());
    q.setPeriod(period(registration.validFrom(), registration.validUntil()));
    q.getIssuer().setDisplay(register.name());
    Extension scope = q.addExtension().setUrl(FhirTerms.NDH_QUALIFICATION);
    scope.addExtension("status", new CodeType(ndhStatus(registration.status())));
    scope.addExtension("whereValid", whereValid(register.jurisdiction()));
    q.addExtension(LICENCE_STATUS, new CodeType(registration.status().id()));
    return q;
  }

  private static Extension compactPrivilege(CompactPrivilege privilege) {
    Extension x = new Extension(COMPACT_PRIVILEGE);
    InterstateCompact compact = privilege.compact();
    x.addExtension("compact", new CodeType(compact.kind().id()));
    for (Jurisdiction member : new java.util.TreeSet<>(compact.members())) {
      x.addExtension("member", new CodeType(member.code()));
    }
    compact.operationalFrom().ifPresent(day ->
        x.addExtension("operationalFrom", new DateType(day.toString())));
    x.addExtension("kind", new CodeType(privilege.kind().id()));
    x.addExtension("home", new CodeType(privilege.homeJurisdiction().code()));
    privilege.remoteJurisdiction().ifPresent(remote ->
        x.addExtension("remote", new CodeType(remote.code())));
    x.addExtension("period", period(privilege.validFrom(), privilege.validUntil()));
    for (var used : new java.util.TreeMap<>(privilege.temporaryDaysUsed()).entrySet()) {
      Extension days = x.addExtension().setUrl("daysUsed");
      days.addExtension("year", new IntegerType(used.getKey()));
      days.addExtension("days", new IntegerType(used.getValue()));
    }
    return x;
  }

  /** NDH's qualification statuses: active, inactive, issued-in-error, revoked, pending, unknown. */
  private static String ndhStatus(LicenceStatus status) {
    return switch (status) {
      case ACTIVE -> "active";
      case REVOKED -> "revoked";
      case INACTIVE, SUSPENDED, EXPIRED -> "inactive";
    };
  }

  private static CodeableConcept whereValid(Jurisdiction jurisdiction) {
    CodeableConcept where = new CodeableConcept();
    Optional<String> subdivision = jurisdiction.subdivisionCode();
    if (subdivision.isPresent()) {
      where.addCoding().setSystem(FhirTerms.ISO_3166_2).setCode(jurisdiction.code());
      if (jurisdiction.countryCode().equals("US")) {
        where.addCoding().setSystem(FhirTerms.USPS).setCode(subdivision.get());
      }
    } else {
      where.addCoding().setSystem(FhirTerms.ISO_3166).setCode(jurisdiction.code());
    }
    return where;
  }

  private static org.hl7.fhir.r4.model.Coding coding(Code code) {
    return new org.hl7.fhir.r4.model.Coding(code.system().uri(), code.code(), code.title());
  }

  private static Period period(LocalDate from, Optional<LocalDate> until) {
    Period period = new Period().setStartElement(new DateTimeType(from.toString()));
    until.ifPresent(end -> period.setEndElement(new DateTimeType(end.toString())));
    return period;
  }

  private static Extension training(TrainingRecord t) {
    Extension x = new Extension(TRAINING);
    x.addExtension("humanSexualityEducationHours",
        new IntegerType(t.humanSexualityEducationHours()));
    x.addExtension("sexTherapyTrainingHours", new IntegerType(t.sexTherapyTrainingHours()));
    x.addExtension("attitudeReassessmentCompleted",
        new BooleanType(t.attitudeReassessmentCompleted()));
    x.addExtension("supervisedClinicalHours", new IntegerType(t.supervisedClinicalHours()));
    x.addExtension("telehealthClinicalHours", new IntegerType(t.telehealthClinicalHours()));
    x.addExtension("supervisionHours", new IntegerType(t.supervisionHours()));
    x.addExtension("postDegreeExperienceYears", new IntegerType(t.postDegreeExperienceYears()));
    return x;
  }

  private static Extension fees(FeeSchedule f) {
    Extension x = new Extension(FEES);
    x.addExtension("currency", new CodeType(f.currency().getCurrencyCode()));
    x.addExtension("superbills", new BooleanType(f.superbills()));
    for (SessionFee fee : f.sessionFees()) {
      Extension s = x.addExtension().setUrl("sessionFee");
      s.addExtension("format", new CodeType(fee.format().id()));
      s.addExtension("minutes", new IntegerType(fee.minutes()));
      s.addExtension("amount", decimal(fee.amount()));
      fee.slidingScale().ifPresent(scale -> {
        s.addExtension("slidingScaleLow", decimal(scale.low()));
        s.addExtension("slidingScaleHigh", decimal(scale.high()));
      });
    }
    return x;
  }

  private static DecimalType decimal(BigDecimal value) {
    return new DecimalType(value);
  }

  private static Location location(PracticeLocation place, String id) {
    Location location = new Location();
    location.setId(id);
    narrative(location, "Practice location in " + place.jurisdiction().code());
    location.setStatus(Location.LocationStatus.ACTIVE);
    Jurisdiction where = place.jurisdiction();
    Address address = location.getAddress().setCountry(where.countryCode());
    where.subdivisionCode().ifPresent(address::setState);
    place.coordinates().ifPresent(c -> position(location, c));
    for (NetworkId network : place.networks()) {
      location.addExtension(LOCATION_NETWORK, new CodeType(network.value()));
    }
    for (AccessFeature feature : place.access()) {
      // NDH's accessibility code where one implies the feature, else the library's extension
      Optional<Coding> ndh = Accessibility.coding(feature);
      if (ndh.isPresent()) {
        location.addExtension(FhirTerms.NDH_ACCESSIBILITY,
            new CodeableConcept().addCoding(ndh.get()));
      } else {
        location.addExtension(SexTherapyExtensions.ACCESS, new CodeType(feature.id()));
      }
    }
    for (var language : place.signLanguages()) {
      location.addExtension(SexTherapyExtensions.SIGN_LANGUAGE,
          new CodeType(language.toLanguageTag()));
    }
    return location;
  }

  /**
   * A generated narrative (FHIR's dom-6 best practice): what a person reading the resource needs
   * to recognise it, from public directory data only.
   */
  private static void narrative(DomainResource resource, String text) {
    resource.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
        .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + escapeXml(text) + "</div>");
  }

  private static String escapeXml(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c < ' ' && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
      }
    }
    return b.toString();
  }

  private static void position(Location location, Coordinates c) {
    location.getPosition().setLatitude(BigDecimal.valueOf(c.latitude()))
        .setLongitude(BigDecimal.valueOf(c.longitude()));
  }
}
