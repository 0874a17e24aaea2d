package org.sextherapy.fhir;

import static org.sextherapy.fhir.FindingKind.CONFLICTING_VALUES;
import static org.sextherapy.fhir.FindingKind.DANGLING_REFERENCE;
import static org.sextherapy.fhir.FindingKind.FAILED_VERIFICATION;
import static org.sextherapy.fhir.FindingKind.IGNORED_RESOURCE;
import static org.sextherapy.fhir.FindingKind.INACTIVE_ROLE;
import static org.sextherapy.fhir.FindingKind.INCOMPLETE_LICENCE;
import static org.sextherapy.fhir.FindingKind.INVALID_PROFILE;
import static org.sextherapy.fhir.FindingKind.INVALID_VALUE;
import static org.sextherapy.fhir.FindingKind.MISSING_JURISDICTION;
import static org.sextherapy.fhir.FindingKind.NOT_IN_MODEL;
import static org.sextherapy.fhir.FindingKind.READ_AFTER_PRACTITIONER;
import static org.sextherapy.fhir.FindingKind.ROLE_AFTER_PRACTITIONER;
import static org.sextherapy.fhir.FindingKind.ROLE_WITHOUT_PRACTITIONER;
import static org.sextherapy.fhir.FindingKind.UNKNOWN_ID;
import static org.sextherapy.fhir.FindingKind.UNKNOWN_TAXONOMY;
import static org.sextherapy.fhir.FindingKind.UNMAPPED_DELIVERY;
import static org.sextherapy.fhir.FindingKind.UNMAPPED_LICENCE_STATUS;
import static org.sextherapy.fhir.FindingKind.UNMAPPED_QUALIFICATION;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.VerificationResult;
import org.jspecify.annotations.Nullable;
import org.sextherapy.Identified;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PayerKind;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertifyingBody;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.CredentialKind;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.FaithApproach;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.PracticeArea;
import org.sextherapy.therapist.PracticeCompetence;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;

/**
 * One reading of a directory: supporting resources are indexed as they come (Locations and
 * HealthcareServices already as model values), each Practitioner is assembled with the roles
 * indexed before it, and references that could only be checked at the end are checked by
 * {@link #finish()}. Not thread-safe; one instance per read.
 */
final class Assembly {

  private final ConcernCatalogue concerns;

  /** Every resource read, as {@code Type/id}, for dangling-reference checks. */
  private final Set<String> known = new HashSet<>();
  private final Map<String, Optional<PracticeLocation>> locations = new HashMap<>();
  private final Map<String, Set<Delivery>> services = new HashMap<>();
  /**
   * Network Organizations (NDH and Plan-Net), by {@code Organization/id}: the network, or empty
   * for one that cannot be a participation (reported on the Organization).
   */
  private final Map<String, Optional<Network>> networks = new HashMap<>();
  /** Organizations typed {@code govt}: a network they manage is a public programme's. */
  private final Set<String> governments = new HashSet<>();
  /**
   * Per Location and per HealthcareService, the acceptance of new patients it states per network
   * ({@code newpatients} with {@code fromNetwork}), by network key.
   */
  private final Map<String, Map<String, Stated>> acceptanceAt = new HashMap<>();
  /** Verifications of licences not yet claimed by a Practitioner, by the practitioner's key. */
  private final Map<String, List<Check>> checks = new HashMap<>();
  /** Roles not yet claimed by a Practitioner, by the practitioner they name. */
  private final Map<String, List<PractitionerRole>> roles = new LinkedHashMap<>();
  private final Set<String> practitioners = new HashSet<>();
  private final List<Finding> findings = new ArrayList<>();
  /** References to check once everything is read: resource, path, target. */
  private final List<String[]> deferred = new ArrayList<>();
  /**
   * References a Practitioner's roles made to resources not read yet: resource, path, target.
   * At the end, each is either dangling or was read too late.
   */
  private final List<String[]> unresolved = new ArrayList<>();

  Assembly(ConcernCatalogue concerns) {
    this.concerns = concerns;
  }

  // ---------------------------------------------------------------------------------------------
  // Indexing supporting resources

  void index(IBaseResource resource) {
    if (!(resource instanceof Resource r)) {
      findings.add(new Finding(resource.fhirType(), resource.fhirType(), IGNORED_RESOURCE));
      return;
    }
    String self = self(r);
    known.add(self);
    if (r instanceof Practitioner) {
      return;
    } else if (r instanceof PractitionerRole role) {
      String practitioner = key(role.getPractitioner());
      if (practitioner == null) {
        findings.add(new Finding(self, "PractitionerRole.practitioner", ROLE_WITHOUT_PRACTITIONER));
      } else {
        roles.computeIfAbsent(practitioner, k -> new ArrayList<>(1)).add(role);
      }
    } else if (r instanceof Location location) {
      locations.put(self, location(location, self));
    } else if (r instanceof HealthcareService service) {
      services.put(self, deliveries(service, self));
    } else if (r instanceof Organization organization) {
      if (isNetwork(organization)) {
        networks.put(self, network(organization, self));
      } else {
        if (isGovernment(organization)) {
          governments.add(self);
        }
        // a payer is read through the networks that are part of it, not on its own
        findings.add(new Finding(self, "Organization", IGNORED_RESOURCE));
      }
    } else if (r instanceof org.hl7.fhir.r4.model.InsurancePlan) {
      findings.add(new Finding(self, "InsurancePlan", NOT_IN_MODEL));
    } else if (r instanceof VerificationResult verification) {
      verification(verification, self);
    } else {
      findings.add(new Finding(self, r.fhirType(), IGNORED_RESOURCE));
    }
  }

  private static boolean isNetwork(Organization organization) {
    for (var profile : organization.getMeta().getProfile()) {
      String url = profile.getValue();
      if (url != null && (url.endsWith("/ndh-Network") || url.endsWith("/plannet-Network"))) {
        return true;
      }
    }
    for (CodeableConcept type : organization.getType()) {
      for (Coding coding : type.getCoding()) {
        if ("ntwk".equals(coding.getCode())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A network Organization as a participation can name it: its own id and the Organization it is
   * {@code partOf}, which NDH and Plan-Net define as the one that manages the network: the payer.
   */
  private Optional<Network> network(Organization organization, String self) {
    String payer = organization.hasPartOf() ? key(organization.getPartOf()) : null;
    if (payer == null) {
      findings.add(new Finding(self, "Organization.partOf", INVALID_VALUE));
      return Optional.empty();
    }
    defer(self, "Organization.partOf", organization.getPartOf());
    try {
      // both ids become the caller's opaque ids; a FHIR id may break their rules (a leading '.')
      Payer.commercial(idPart(payer));
      return Optional.of(new Network(NetworkId.of(idPart(self)), payer));
    } catch (IllegalArgumentException e) {
      findings.add(new Finding(self, "Organization.id", INVALID_VALUE));
      return Optional.empty();
    }
  }

  /** Whether an Organization is typed {@code govt} in FHIR's organization-type code system. */
  private static boolean isGovernment(Organization organization) {
    for (CodeableConcept type : organization.getType()) {
      for (Coding coding : type.getCoding()) {
        if ("govt".equals(coding.getCode())
            && FhirTerms.ORGANIZATION_TYPE.equals(coding.getSystem())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reads a VerificationResult. Only a primary-source verification of a Practitioner's licence
   * has a home in the model ({@code Licence.verifiedOn}): status {@code validated}, validation
   * type {@code primary} or a primary source that is the licensing board, registration authority
   * or issuer, a day in {@code statusDate}, and a {@code targetLocation} naming the
   * Practitioner's qualifications (all, or one by index; NDH's examples write
   * {@code qualifications}). Everything else is reported, and a failed verification is reported
   * as such: the licence is then read as published, never as verified.
   */
  private void verification(VerificationResult v, String self) {
    List<Reference> targets = v.getTarget();
    List<String> practitionersVerified = new ArrayList<>();
    List<String> practitionerPaths = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      String path = "VerificationResult.target[" + i + "]";
      String target = key(targets.get(i));
      if (target != null && target.startsWith("Practitioner/")) {
        practitionersVerified.add(target);
        practitionerPaths.add(path);
      } else {
        defer(self, path, targets.get(i));
        // a role's relationship to an organisation, or a resource that is no therapist
        findings.add(new Finding(self, path, target != null
            && target.startsWith("PractitionerRole/") ? NOT_IN_MODEL : IGNORED_RESOURCE));
      }
    }
    if (!checks(v, self, practitionersVerified, practitionerPaths)) {
      // Kept checks stand for their target until its Practitioner takes them; the others are
      // only checked for dangling, at the end like every reference.
      for (int i = 0; i < practitionersVerified.size(); i++) {
        deferred.add(new String[] {self, practitionerPaths.get(i), practitionersVerified.get(i)});
      }
    }
  }

  /** Keeps the licence checks a VerificationResult makes, and says whether it kept any. */
  private boolean checks(VerificationResult v, String self, List<String> practitionersVerified,
      List<String> practitionerPaths) {
    if (practitionersVerified.isEmpty()) {
      return false;
    }
    VerificationResult.Status status = v.getStatus();
    switch (status == null ? VerificationResult.Status.NULL : status) {
      case VALIDATED -> { }
      case VALFAIL, REVALFAIL -> {
        findings.add(new Finding(self, "VerificationResult.status", FAILED_VERIFICATION));
        return false;
      }
      // attested by the practitioner or another party, or not concluded: no verification
      case ATTESTED, INPROCESS, REQREVALID -> {
        findings.add(new Finding(self, "VerificationResult.status", NOT_IN_MODEL));
        return false;
      }
      case NULL -> {
        findings.add(new Finding(self, "VerificationResult.status", INVALID_VALUE));
        return false;
      }
    }
    boolean primary = hasCode(v.getValidationType(), "primary");
    List<VerificationResult.VerificationResultPrimarySourceComponent> sources =
        v.getPrimarySource();
    for (int k = 0; k < sources.size(); k++) {
      VerificationResult.VerificationResultPrimarySourceComponent source = sources.get(k);
      if (hasCode(source.getValidationStatus(), "failed")) {
        findings.add(new Finding(self,
            "VerificationResult.primarySource[" + k + "].validationStatus", FAILED_VERIFICATION));
        return false;
      }
      for (CodeableConcept type : source.getType()) {
        primary |= hasCode(type, "lic-board") || hasCode(type, "reg-auth")
            || hasCode(type, "issuer");
      }
    }
    if (!primary) {
      findings.add(new Finding(self, "VerificationResult.validationType", NOT_IN_MODEL));
      return false;
    }
    Optional<LocalDate> day = date(v.getStatusDateElement());
    if (day.isEmpty()) {
      findings.add(new Finding(self, "VerificationResult.statusDate", INVALID_VALUE));
      return false;
    }
    List<org.hl7.fhir.r4.model.StringType> where = v.getTargetLocation();
    if (where.isEmpty()) {
      // the Practitioner as a whole: the model holds verification per licence
      findings.add(new Finding(self, "VerificationResult.targetLocation", NOT_IN_MODEL));
      return false;
    }
    boolean kept = false;
    for (int j = 0; j < where.size(); j++) {
      String path = "VerificationResult.targetLocation[" + j + "]";
      String location = where.get(j).getValue();
      java.util.regex.Matcher m = QUALIFICATIONS.matcher(location == null ? "" : location.strip());
      if (!m.matches()) {
        findings.add(new Finding(self, path, NOT_IN_MODEL)); // an address, an identifier...
        continue;
      }
      int index = m.group(1) == null ? Check.EVERY : Integer.parseInt(m.group(1));
      for (int i = 0; i < practitionersVerified.size(); i++) {
        checks.computeIfAbsent(practitionersVerified.get(i), k -> new ArrayList<>(1))
            .add(new Check(self, path, practitionerPaths.get(i), index, day.get()));
        kept = true;
      }
    }
    return kept;
  }

  private static final java.util.regex.Pattern QUALIFICATIONS =
      java.util.regex.Pattern.compile("Practitioner\\.qualifications?(?:\\[(\\d{1,4})\\])?");

  private static boolean hasCode(CodeableConcept concept, String code) {
    for (Coding coding : concept.getCoding()) {
      if (code.equals(coding.getCode())) {
        return true;
      }
    }
    return false;
  }

  private Optional<PracticeLocation> location(Location location, String self) {
    if (location.hasHoursOfOperation()) {
      findings.add(new Finding(self, "Location.hoursOfOperation", NOT_IN_MODEL));
    }
    unread(location, self, LOCATION_EXTENSIONS, findings);
    Repeats.report(location, self, findings);
    newPatientsPerNetwork(location, self);
    Address address = location.getAddress();
    if (!address.hasState() && !address.hasCountry()) {
      findings.add(new Finding(self, "Location.address", MISSING_JURISDICTION));
      return Optional.empty();
    }
    Jurisdiction jurisdiction;
    try {
      // NDH and Plan-Net bind address.state to the USPS state codes, so a US directory's
      // Location without a country is in the United States.
      String country = address.hasCountry() ? address.getCountry().strip().toUpperCase(Locale.ROOT)
          : "US";
      if (country.equals("USA")) {
        country = "US";
      }
      jurisdiction = address.hasState()
          ? Jurisdiction.subdivision(country, address.getState().strip().toUpperCase(Locale.ROOT))
          : Jurisdiction.country(country);
    } catch (IllegalArgumentException e) {
      findings.add(new Finding(self, "Location.address", INVALID_VALUE));
      return Optional.empty();
    }
    PracticeLocation.Builder place = PracticeLocation.builder().jurisdiction(jurisdiction);
    List<Extension> networks = location.getExtensionsByUrl(SexTherapyExtensions.LOCATION_NETWORK);
    for (int i = 0; i < networks.size(); i++) {
      String network = code(networks.get(i).getValue());
      try {
        place.addNetworks(NetworkId.of(network == null ? "" : network));
      } catch (IllegalArgumentException e) {
        findings.add(new Finding(self, "Location.extension('"
            + SexTherapyExtensions.LOCATION_NETWORK + "')[" + i + "]", INVALID_VALUE));
      }
    }
    access(location, self, place);
    if (location.hasPosition()) {
      BigDecimal latitude = location.getPosition().getLatitude();
      BigDecimal longitude = location.getPosition().getLongitude();
      try {
        if (latitude != null && longitude != null) {
          return Optional.of(place.coordinates(
              Coordinates.of(latitude.doubleValue(), longitude.doubleValue())).build());
        }
      } catch (IllegalArgumentException e) {
        // fall through: the place is known, its coordinates are not usable
      }
      findings.add(new Finding(self, "Location.position", INVALID_VALUE));
    }
    return Optional.of(place.build());
  }

  /**
   * Reads the access features of a Location: NDH's and Plan-Net's accessibility codes that imply
   * one ({@link Accessibility}; the others are reported), and the library's access and
   * sign-language extensions.
   */
  private void access(Location location, String self, PracticeLocation.Builder place) {
    String at = "Location.extension('";
    for (String url : List.of(FhirTerms.NDH_ACCESSIBILITY, FhirTerms.PLAN_NET_ACCESSIBILITY)) {
      List<Extension> codes = location.getExtensionsByUrl(url);
      for (int i = 0; i < codes.size(); i++) {
        String path = at + url + "')[" + i + "]";
        if (!(codes.get(i).getValue() instanceof CodeableConcept value)) {
          findings.add(new Finding(self, path, INVALID_VALUE));
          continue;
        }
        switch (Accessibility.read(value)) {
          case STEP_FREE -> place.addAccess(AccessFeature.STEP_FREE_ACCESS);
          // a code the model has no feature for, or another system's (the binding is extensible)
          case NOT_IN_MODEL, OTHER -> findings.add(new Finding(self, path, NOT_IN_MODEL));
          case UNKNOWN_CODE -> findings.add(new Finding(self, path, INVALID_VALUE));
        }
      }
    }
    for (Extension x : location.getExtensionsByUrl(SexTherapyExtensions.ACCESS)) {
      AccessFeature feature = byId(AccessFeature.class, code(x.getValue()));
      if (feature == null) {
        findings.add(new Finding(self, at + SexTherapyExtensions.ACCESS + "')", UNKNOWN_ID));
      } else {
        place.addAccess(feature);
      }
    }
    List<Locale> signLanguages = new ArrayList<>();
    for (Extension x : location.getExtensionsByUrl(SexTherapyExtensions.SIGN_LANGUAGE)) {
      String tag = code(x.getValue());
      Locale language = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag);
      if (language.getLanguage().isEmpty() || !language.toLanguageTag().equals(tag)) {
        findings.add(new Finding(self, at + SexTherapyExtensions.SIGN_LANGUAGE + "')",
            INVALID_VALUE));
      } else {
        signLanguages.add(language);
      }
    }
    if (signLanguages.size() > PracticeLocation.MAX_SIGN_LANGUAGES) {
      findings.add(new Finding(self, at + SexTherapyExtensions.SIGN_LANGUAGE + "')",
          INVALID_VALUE));
    } else {
      place.addAllSignLanguages(signLanguages);
    }
  }

  private Set<Delivery> deliveries(HealthcareService service, String self) {
    Set<Delivery> out = EnumSet.noneOf(Delivery.class);
    if (service.hasAvailableTime()) {
      findings.add(new Finding(self, "HealthcareService.availableTime", NOT_IN_MODEL));
    }
    unread(service, self, SERVICE_EXTENSIONS, findings);
    Repeats.report(service, self, findings);
    newPatientsPerNetwork(service, self);
    for (String url : List.of(FhirTerms.NDH_DELIVERY_METHOD, FhirTerms.PLAN_NET_DELIVERY_METHOD)) {
      for (Extension method : service.getExtensionsByUrl(url)) {
        String path = "HealthcareService.extension('" + url + "')";
        String type = firstCode(method, "type", "deliveryMethodtype");
        if ("physical".equals(type)) {
          out.add(Delivery.IN_PERSON);
          continue;
        }
        if (!"virtual".equals(type)) {
          findings.add(new Finding(self, path, UNMAPPED_DELIVERY));
          continue;
        }
        boolean any = false;
        List<Extension> modalities = method.getExtensionsByUrl("virtualModalities");
        for (int i = 0; i < modalities.size(); i++) {
          String code = code(modalities.get(i).getValue());
          if ("phone".equals(code)) {
            out.add(Delivery.PHONE);
            any = true;
          } else if ("video".equals(code)) {
            out.add(Delivery.VIDEO);
            any = true;
          } else {
            // web, app and TDD say how, not whether it is by video or by voice
            findings.add(new Finding(self, path + ".extension('virtualModalities')[" + i + "]",
                UNMAPPED_DELIVERY));
          }
        }
        if (!any && modalities.isEmpty()) {
          findings.add(new Finding(self, path, UNMAPPED_DELIVERY));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Assembling a Practitioner

  Optional<TherapistRead> practitioner(IBaseResource resource) {
    if (!(resource instanceof Practitioner p)) {
      return Optional.empty();
    }
    String self = self(p);
    practitioners.add(self);
    List<PractitionerRole> itsRoles = roles.remove(self);
    Profile read = new Profile(self);
    Optional<TherapistProfile> profile = read.build(p, itsRoles == null ? List.of() : itsRoles);
    if (profile.isEmpty()) {
      // No profile to attach them to: they are the directory's findings.
      findings.addAll(read.found);
      return Optional.empty();
    }
    return Optional.of(new TherapistRead(profile.get(), read.claims, read.found));
  }

  /** Reports what is left once every resource is read. */
  List<Finding> finish() {
    for (Map.Entry<String, List<PractitionerRole>> pending : roles.entrySet()) {
      FindingKind kind = practitioners.contains(pending.getKey()) ? ROLE_AFTER_PRACTITIONER
          : DANGLING_REFERENCE;
      for (PractitionerRole role : pending.getValue()) {
        findings.add(new Finding(self(role), "PractitionerRole.practitioner", kind));
      }
    }
    roles.clear();
    for (String[] reference : deferred) {
      if (!known.contains(reference[2])) {
        findings.add(new Finding(reference[0], reference[1], DANGLING_REFERENCE));
      }
    }
    deferred.clear();
    for (String[] reference : unresolved) {
      findings.add(new Finding(reference[0], reference[1],
          known.contains(reference[2]) ? READ_AFTER_PRACTITIONER : DANGLING_REFERENCE));
    }
    unresolved.clear();
    for (Map.Entry<String, List<Check>> pending : checks.entrySet()) {
      boolean read = practitioners.contains(pending.getKey());
      for (Check check : pending.getValue()) {
        findings.add(new Finding(check.source(), read ? check.path() : check.targetPath(),
            read ? READ_AFTER_PRACTITIONER : DANGLING_REFERENCE));
      }
    }
    checks.clear();
    return List.copyOf(findings);
  }

  /** Records a reference to what is not read (yet); {@link #finish()} says which it is. */
  private void unresolved(String self, String path, @Nullable String target) {
    unresolved.add(new String[] {self, path, target == null ? "" : target});
  }

  private void defer(String self, String path, Reference reference) {
    String target = key(reference);
    deferred.add(new String[] {self, path, target == null ? "" : target});
  }

  /** One Practitioner's profile under construction, with its findings and licence claims. */
  private final class Profile {
    final String self;
    final List<Finding> found = new ArrayList<>();
    final List<LicenceClaim> claims = new ArrayList<>();
    /** Verifications of this practitioner's licences, and those applied to a licence. */
    final List<Check> mine = new ArrayList<>(0);
    final Set<Check> applied = new HashSet<>();
    /** Networks the library's own extension declares: its statement of them is complete. */
    final Set<NetworkId> declared = new HashSet<>();

    Profile(String self) {
      this.self = self;
    }

    void find(String path, FindingKind kind) {
      found.add(new Finding(self, path, kind));
    }

    Optional<TherapistProfile> build(Practitioner p, List<PractitionerRole> itsRoles) {
      List<Check> verified = checks.remove(self);
      if (verified != null) {
        mine.addAll(verified);
      }
      Optional<String> ownId = ownId(p);
      boolean ours = ownId.isPresent();
      String name = displayName(p);
      if (name == null) {
        find("Practitioner.name", INVALID_PROFILE);
        return Optional.empty();
      }
      TherapistProfile.Builder b = TherapistProfile.builder()
          .id(ownId.orElse(p.getIdElement().getIdPart())).displayName(name);
      // NDH's overall verification status, and the accessibility NDH lets a directory state
      // for a practitioner rather than for their premises: the model holds access per location
      for (String url : List.of(FhirTerms.NDH_VERIFICATION_STATUS, FhirTerms.NDH_ACCESSIBILITY)) {
        if (p.hasExtension(url)) {
          find("Practitioner.extension('" + url + "')", NOT_IN_MODEL);
        }
      }
      unread(p, self, PRACTITIONER_EXTENSIONS, found);
      Repeats.report(p, self, found);
      languages(p, b);
      qualifications(p, b);
      unappliedChecks(p);
      extensions(p, b);
      Set<Delivery> deliveries = EnumSet.noneOf(Delivery.class);
      boolean accepting = roles(itsRoles, b, deliveries);
      List<PractitionerRole> active = new ArrayList<>(itsRoles.size());
      for (PractitionerRole role : itsRoles) {
        if (!role.hasActive() || role.getActive()) {
          active.add(role);
        }
      }
      Hours.read(active, found).ifPresent(b::availability);
      if (!ours) {
        // A directory that does not say how sessions are delivered still lists where: a
        // physical Location of a role is where clients are seen in person.
        b.addAllDeliveries(deliveries);
        b.acceptingNewClients(accepting);
      }
      try {
        return Optional.of(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The builder's message names the field and never the value.
        find("Practitioner", INVALID_PROFILE);
        return Optional.empty();
      }
    }

    private @Nullable String displayName(Practitioner p) {
      for (HumanName name : p.getName()) {
        if (name.hasText() && !name.getText().isBlank()) {
          return name.getText();
        }
        String parts = (name.getGivenAsSingleString() + " "
            + (name.hasFamily() ? name.getFamily() : "")).strip();
        if (!parts.isEmpty()) {
          return parts;
        }
      }
      return null;
    }

    private void languages(Practitioner p, TherapistProfile.Builder b) {
      List<CodeableConcept> communication = p.getCommunication();
      for (int i = 0; i < communication.size(); i++) {
        String tag = null;
        for (Coding coding : communication.get(i).getCoding()) {
          if ((!coding.hasSystem() || FhirTerms.BCP47.equals(coding.getSystem()))
              && coding.hasCode()) {
            tag = coding.getCode();
            break;
          }
        }
        Locale language = tag == null ? null : Locale.forLanguageTag(tag);
        if (language == null || language.getLanguage().isEmpty()) {
          find("Practitioner.communication[" + i + "]", INVALID_VALUE);
        } else if (workingProficiency(communication.get(i), "Practitioner.communication[" + i
            + "]")) {
          b.addLanguages(language);
        }
      }
    }

    /**
     * Whether a communication language, as its stated proficiency goes, is one the therapist can
     * work in. FHIR's {@code communication} is "a language the practitioner can use in patient
     * communication", so a language without a proficiency is one. A proficiency below general
     * professional proficiency (ILR level 3) is not enough to hold therapy in: the language is
     * left out and the proficiency reported ({@code not-in-model}). A proficiency the reader does
     * not know is reported and the language read as FHIR defines it.
     */
    private boolean workingProficiency(CodeableConcept communication, String path) {
      boolean working = true;
      for (String url : List.of(FhirTerms.NDH_PROFICIENCY, FhirTerms.PLAN_NET_PROFICIENCY)) {
        for (Extension x : communication.getExtensionsByUrl(url)) {
          String at = path + ".extension('" + url + "')";
          if (!(x.getValue() instanceof CodeableConcept level)) {
            find(at, INVALID_VALUE);
            continue;
          }
          Boolean atWork = professional(level);
          if (atWork == null || !atWork) {
            find(at, NOT_IN_MODEL);
          }
          working &= atWork == null || atWork;
        }
      }
      return working;
    }

    private void qualifications(Practitioner p, TherapistProfile.Builder b) {
      List<PractitionerQualificationComponent> qualifications = p.getQualification();
      for (int i = 0; i < qualifications.size(); i++) {
        PractitionerQualificationComponent q = qualifications.get(i);
        String path = "Practitioner.qualification[" + i + "]";
        List<Coding> codings = q.getCode().getCoding();
        if (hasSystem(codings, SexTherapyExtensions.DEGREE_LEVEL_SYSTEM)) {
          degree(q, path, b);
        } else if (hasSystem(codings, SexTherapyExtensions.REGISTER_SYSTEM)) {
          registration(q, path, b);
        } else if (hasSystem(codings, SexTherapyExtensions.CREDENTIAL_SYSTEM)) {
          certification(q, path, b);
        } else if (hasSystem(codings, SexTherapyExtensions.DISCIPLINE_SYSTEM)
            || hasSystem(codings, FhirTerms.NUCC)) {
          licence(q, i, path, b);
        } else {
          find(path + ".code", UNMAPPED_QUALIFICATION);
        }
      }
    }

    private void degree(PractitionerQualificationComponent q, String path,
        TherapistProfile.Builder b) {
      DegreeLevel level = byId(DegreeLevel.class,
          codeIn(q.getCode(), SexTherapyExtensions.DEGREE_LEVEL_SYSTEM));
      Boolean clinical = bool(Repeats.one(q, SexTherapyExtensions.DEGREE_CLINICAL));
      if (level == null || clinical == null || !q.getCode().hasText()) {
        find(path, INVALID_VALUE);
        return;
      }
      try {
        b.addDegrees(Degree.of(level, q.getCode().getText(), clinical));
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void certification(PractitionerQualificationComponent q, String path,
        TherapistProfile.Builder b) {
      String id = codeIn(q.getCode(), SexTherapyExtensions.CREDENTIAL_SYSTEM);
      Extension full = Repeats.one(q, SexTherapyExtensions.CREDENTIAL);
      Optional<Credential> credential;
      try {
        credential = full != null ? Optional.of(credential(full))
            : id == null ? Optional.<Credential>empty() : StandardCredentials.find(id);
      } catch (IllegalArgumentException | IllegalStateException
          | java.time.format.DateTimeParseException e) {
        find(path + ".extension('" + SexTherapyExtensions.CREDENTIAL + "')", INVALID_VALUE);
        return;
      }
      if (credential.isEmpty()) {
        find(path + ".code", UNKNOWN_ID);
        return;
      }
      Optional<LocalDate> issued = date(q.getPeriod().getStartElement());
      Optional<LocalDate> expires = date(q.getPeriod().getEndElement());
      Integer credits = integer(Repeats.one(q, SexTherapyExtensions.CE_CREDITS));
      Boolean membership = bool(Repeats.one(q, SexTherapyExtensions.MEMBERSHIP_CURRENT));
      if (issued.isEmpty() || (q.getPeriod().hasEnd() && expires.isEmpty())) {
        find(path + ".period", INVALID_VALUE);
        return;
      }
      try {
        b.addCertifications(Certification.builder().credential(credential.get())
            .issued(issued.get()).expires(expires).ceCreditsEarned(credits == null ? 0 : credits)
            .membershipCurrent(membership == null || membership).build());
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void registration(PractitionerQualificationComponent q, String path,
        TherapistProfile.Builder b) {
      Coding registerCoding = null;
      Discipline discipline = null;
      for (Coding coding : q.getCode().getCoding()) {
        if (SexTherapyExtensions.REGISTER_SYSTEM.equals(coding.getSystem())) {
          registerCoding = coding;
        } else if (SexTherapyExtensions.DISCIPLINE_SYSTEM.equals(coding.getSystem())) {
          discipline = byId(Discipline.class, coding.getCode());
        }
      }
      Standing standing = standing(q, path);
      Optional<String> number = number(q, path);
      Optional<LocalDate> from = date(q.getPeriod().getStartElement());
      Optional<LocalDate> until = date(q.getPeriod().getEndElement());
      if (standing == null) {
        return; // reported
      }
      if (registerCoding == null || discipline == null || number.isEmpty() || from.isEmpty()
          || (q.getPeriod().hasEnd() && until.isEmpty())) {
        find(path, INVALID_VALUE);
        return;
      }
      try {
        String id = registerCoding.getCode();
        Optional<Register> register = StandardRegisters.all().stream()
            .filter(r -> r.id().equals(id)).findFirst();
        if (register.isEmpty() && standing.places().size() != 1) {
          // a register the library does not know is named by its one jurisdiction
          find(path, INVALID_VALUE);
          return;
        }
        Register named = register.isPresent() ? register.get()
            : Register.of(id, registerCoding.getDisplay(), standing.places().get(0));
        b.addRegistrations(Registration.builder().register(named).discipline(discipline)
            .number(number.get()).status(standing.status()).validFrom(from.get())
            .validUntil(until).build());
      } catch (IllegalArgumentException | NullPointerException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void licence(PractitionerQualificationComponent q, int index, String path,
        TherapistProfile.Builder b) {
      Discipline discipline = null;
      Set<Discipline> stated = EnumSet.noneOf(Discipline.class);
      Set<Discipline> filed = EnumSet.noneOf(Discipline.class);
      Code taxonomy = null;
      for (Coding coding : q.getCode().getCoding()) {
        if (SexTherapyExtensions.DISCIPLINE_SYSTEM.equals(coding.getSystem())) {
          discipline = byId(Discipline.class, coding.getCode());
          if (discipline != null) {
            stated.add(discipline);
          }
        } else if (FhirTerms.NUCC.equals(coding.getSystem()) && coding.hasCode()) {
          // a NUCC code the catalogue knows; a specialty code (103TC0700X clinical
          // psychologist) is kept as read, and Discipline.forTaxonomy alone says its licence
          Optional<Code> known = CodeCatalogue.find(CodeSystem.NUCC_PROVIDER_TAXONOMY,
              coding.getCode()).filter(code -> Discipline.forTaxonomy(code).isPresent());
          if (known.isPresent()) {
            filed.add(Discipline.forTaxonomy(known.get()).orElseThrow());
            if (taxonomy == null) {
              taxonomy = known.get();
            }
          }
        }
      }
      // The codings of one code are the same qualification in several systems: codes of two
      // disciplines (a clinical social worker's and a professional counselor's) say two
      // different licences in one, and which one the number belongs to is not guessed. The
      // library's own discipline code stands with a NUCC code filing under another discipline
      // (the model keeps both, and its validator reports it).
      if (stated.size() > 1 || (stated.isEmpty() && filed.size() > 1)) {
        find(path + ".code", CONFLICTING_VALUES);
        return;
      }
      discipline = !stated.isEmpty() ? stated.iterator().next()
          : filed.isEmpty() ? null : filed.iterator().next();
      if (discipline == null) {
        find(path + ".code", UNKNOWN_TAXONOMY);
        return;
      }
      if (scopes(q).isEmpty()) {
        find(path + ".extension('" + FhirTerms.NDH_QUALIFICATION + "')", MISSING_JURISDICTION);
        return;
      }
      Standing standing = standing(q, path);
      if (standing == null) {
        return; // reported
      }
      Optional<String> number = number(q, path);
      Period period = q.getPeriod();
      Optional<LocalDate> from = date(period.getStartElement());
      Optional<LocalDate> until = date(period.getEndElement());
      if ((period.hasStart() && from.isEmpty()) || (period.hasEnd() && until.isEmpty())) {
        find(path + ".period", INVALID_VALUE);
        return;
      }
      // one licence for each place it is valid in (NDH's and Plan-Net's whereValid, 0..*): a
      // licence of the model is valid in one jurisdiction
      boolean incomplete = false;
      for (Jurisdiction jurisdiction : standing.places()) {
        LicenceClaim claim = new LicenceClaim(self, path, discipline, jurisdiction,
            standing.status(), Optional.ofNullable(taxonomy), number, from, until);
        if (!claim.missing().isEmpty()) {
          claims.add(claim);
          incomplete = true;
          continue;
        }
        licence(claim, index, path, b);
      }
      if (incomplete) {
        find(path, INCOMPLETE_LICENCE);
      }
    }

    private void licence(LicenceClaim claim, int index, String path, TherapistProfile.Builder b) {
      try {
        Licence licence = claim.toBuilder().build();
        Check check = null;
        for (Check c : mine) {
          if ((c.qualification() == index || c.qualification() == Check.EVERY)
              && (check == null || c.day().isAfter(check.day()))) {
            check = c;
          }
        }
        if (check != null) {
          try {
            licence = claim.toBuilder().verifiedOn(check.day()).build();
            for (Check c : mine) {
              if (c.qualification() == index || c.qualification() == Check.EVERY) {
                applied.add(c); // the latest stands for the earlier ones
              }
            }
          } catch (IllegalArgumentException e) {
            // verified before the period published now began: not this licence's verification
            if (applied.add(check)) {
              found.add(new Finding(check.source(), check.path(), INVALID_VALUE));
            }
          }
        }
        b.addLicences(licence);
      } catch (IllegalArgumentException | IllegalStateException e) {
        find(path, INVALID_VALUE);
      }
    }

    /**
     * The licence number: the value of the qualification's identifiers. Two different values
     * are a conflict, and no number is read (the licence becomes a claim to complete).
     */
    private Optional<String> number(PractitionerQualificationComponent q, String path) {
      Set<String> values = new LinkedHashSet<>();
      for (Identifier identifier : q.getIdentifier()) {
        if (identifier.hasValue() && !identifier.getValue().isBlank()) {
          values.add(identifier.getValue());
        }
      }
      if (values.size() > 1) {
        find(path + ".identifier", CONFLICTING_VALUES);
        return Optional.empty();
      }
      return values.stream().findFirst();
    }

    /**
     * Reads a licence's status and the places it is valid in from all their sources: the
     * library's {@code licence-status}, and each of NDH's and Plan-Net's scope extensions, in
     * every occurrence (a repeated one is also reported as {@code repeated-element}).
     *
     * <p>Sources that disagree are reported ({@code conflicting-values}) and never read the more
     * permissive way. The status read is the most restrictive one a source states (revoked,
     * suspended, expired, inactive, active): it is kept rather than the licence left out, so that
     * a revoked licence stays on the profile, where it authorises nothing and the validator
     * reports it. The library's status is finer than NDH's (its suspended and expired are NDH's
     * inactive), so the two agree when the library's reads as NDH's. A status no source gives,
     * or one that is no licence (pending, issued in error, unknown), with no source stating a
     * non-active status, leaves the licence out ({@code unmapped-licence-status}).
     *
     * <p>Each scope's {@code whereValid} (0..* in both profiles) names places the licence is
     * valid in; the codings of one {@code whereValid} are the same place in several code
     * systems (ISO 3166-2 {@code US-IL}, USPS {@code IL}), and when they name different places,
     * or a code is not a valid jurisdiction, that {@code whereValid} gives no place and is
     * reported. When two scopes name places, the places read are those both name. A period has
     * one source ({@code Practitioner.qualification.period}, 0..1), so it has nothing to
     * reconcile.
     *
     * @return the standing, or null when the licence is not read (reported)
     */
    private @Nullable Standing standing(PractitionerQualificationComponent q, String path) {
      List<LicenceStatus> statuses = new ArrayList<>();
      List<String> statusPaths = new ArrayList<>();
      List<Boolean> fine = new ArrayList<>();
      boolean unmapped = false;
      List<Extension> own = q.getExtensionsByUrl(SexTherapyExtensions.LICENCE_STATUS);
      for (int i = 0; i < own.size(); i++) {
        String at = path + ".extension('" + SexTherapyExtensions.LICENCE_STATUS + "')"
            + (i > 0 ? "[" + i + "]" : "");
        unmapped |= addStatus(byId(LicenceStatus.class, code(own.get(i))), at, true, statuses,
            statusPaths, fine);
      }
      String firstScope = null;
      List<Set<Jurisdiction>> stated = new ArrayList<>();
      List<String> statedPaths = new ArrayList<>();
      for (String url : List.of(FhirTerms.NDH_QUALIFICATION, FhirTerms.PLAN_NET_QUALIFICATION)) {
        List<Extension> scopes = q.getExtensionsByUrl(url);
        for (int j = 0; j < scopes.size(); j++) {
          String scopePath = path + ".extension('" + url + "')" + (j > 0 ? "[" + j + "]" : "");
          firstScope = firstScope == null ? scopePath : firstScope;
          List<Extension> codes = scopes.get(j).getExtensionsByUrl("status");
          for (int k = 0; k < codes.size(); k++) {
            String at = scopePath + ".extension('status')" + (k > 0 ? "[" + k + "]" : "");
            unmapped |= addStatus(ndhStatus(code(codes.get(k))), at, false, statuses, statusPaths,
                fine);
          }
          List<Extension> where = scopes.get(j).getExtensionsByUrl("whereValid");
          if (!where.isEmpty()) {
            Set<Jurisdiction> places = new LinkedHashSet<>();
            for (int m = 0; m < where.size(); m++) {
              Jurisdiction place = jurisdiction(where.get(m), scopePath
                  + ".extension('whereValid')" + (m > 0 ? "[" + m + "]" : ""));
              if (place != null) {
                places.add(place);
              }
            }
            stated.add(places);
            statedPaths.add(scopePath + ".extension('whereValid')");
          }
        }
      }
      // the places every scope names
      Set<Jurisdiction> places = stated.isEmpty() ? Set.of() : new LinkedHashSet<>(stated.get(0));
      for (Set<Jurisdiction> s : stated) {
        places.retainAll(s);
      }
      boolean placesDisagree = false;
      for (Set<Jurisdiction> s : stated) {
        placesDisagree |= !s.equals(stated.get(0));
      }
      if (placesDisagree) {
        for (String at : statedPaths) {
          find(at, CONFLICTING_VALUES);
        }
      }
      // the most restrictive status stated; a disagreement is reported at every source
      LicenceStatus status = null;
      boolean statusesDisagree = false;
      for (int i = 0; i < statuses.size(); i++) {
        LicenceStatus s = statuses.get(i);
        status = status == null || restrictiveness(s) > restrictiveness(status) ? s : status;
        for (int j = 0; j < i; j++) {
          LicenceStatus t = statuses.get(j);
          statusesDisagree |= (fine.get(i) && fine.get(j)) ? s != t : coarse(s) != coarse(t);
        }
      }
      if (statusesDisagree) {
        for (String at : statusPaths) {
          find(at, CONFLICTING_VALUES);
        }
      }
      if (unmapped && (status == null || status == LicenceStatus.ACTIVE)) {
        return null; // a source says there is no licence to rely on, and none says why not
      }
      if (status == null) {
        find((firstScope == null ? path + ".extension('" + FhirTerms.NDH_QUALIFICATION + "')"
            : firstScope) + ".extension('status')", UNMAPPED_LICENCE_STATUS);
        return null;
      }
      if (stated.isEmpty()) {
        find((firstScope == null ? path + ".extension('" + FhirTerms.NDH_QUALIFICATION + "')"
            : firstScope) + ".extension('whereValid')", MISSING_JURISDICTION);
        return null;
      }
      if (places.isEmpty()) {
        return null; // reported: no valid place, or scopes that name no place in common
      }
      return new Standing(status, List.copyOf(places));
    }


    /**
     * Adds a status one source states, with its path and whether it is in the library's finer
     * terms, or reports a status the library cannot map.
     *
     * @return whether the status was unmapped
     */
    private boolean addStatus(@Nullable LicenceStatus status, String at, boolean fine,
        List<LicenceStatus> statuses, List<String> paths, List<Boolean> fines) {
      if (status == null) {
        find(at, UNMAPPED_LICENCE_STATUS);
        return true;
      }
      statuses.add(status);
      paths.add(at);
      fines.add(fine);
      return false;
    }

    /** Reports the verifications that no licence took. */
    private void unappliedChecks(Practitioner p) {
      for (Check check : mine) {
        if (!applied.contains(check)) {
          // a qualification that is no licence of the model (a degree, a claim, unmapped), or
          // one the Practitioner does not have
          found.add(new Finding(check.source(), check.path(),
              check.qualification() >= p.getQualification().size() ? INVALID_VALUE
                  : NOT_IN_MODEL));
        }
      }
    }

    /**
     * The place one {@code whereValid} names: its codings in ISO 3166 and USPS must name the
     * same jurisdiction (codings are one concept in several systems); otherwise it names none,
     * and is reported.
     */
    private @Nullable Jurisdiction jurisdiction(@Nullable Extension whereValid, String path) {
      if (whereValid == null || !(whereValid.getValue() instanceof CodeableConcept where)) {
        find(path, MISSING_JURISDICTION);
        return null;
      }
      Jurisdiction place = null;
      for (Coding coding : where.getCoding()) {
        String code = coding.getCode();
        if (code == null) {
          continue;
        }
        Jurisdiction read;
        try {
          if (FhirTerms.ISO_3166_2.equals(coding.getSystem())
              || FhirTerms.ISO_3166.equals(coding.getSystem())) {
            read = Jurisdiction.parse(code);
          } else if (FhirTerms.USPS.equals(coding.getSystem())) {
            read = Jurisdiction.subdivision("US", code);
          } else {
            continue;
          }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
          find(path, INVALID_VALUE);
          return null;
        }
        if (place != null && !place.equals(read)) {
          find(path, CONFLICTING_VALUES);
          return null;
        }
        place = read;
      }
      if (place == null) {
        find(path, MISSING_JURISDICTION);
      }
      return place;
    }

    /** Reads a self-description extension (terms and own words), or reports it. */
    private Optional<SelfDescription> selfDescription(Practitioner p, String url) {
      Optional<SelfDescription> read = Optional.empty();
      for (Extension x : p.getExtensionsByUrl(url)) {
        Set<String> terms = new LinkedHashSet<>();
        boolean ok = read.isEmpty();
        for (Extension term : x.getExtensionsByUrl("term")) {
          String t = string(term);
          ok &= t != null && terms.add(t);
        }
        String words = string(Repeats.one(x, "ownWords"));
        try {
          if (!ok) {
            throw new IllegalArgumentException("term");
          }
          read = Optional.of(words == null ? SelfDescription.of(terms)
              : SelfDescription.of(words, terms));
        } catch (IllegalArgumentException e) {
          find("Practitioner.extension('" + url + "')", INVALID_VALUE);
        }
      }
      return read;
    }

    private void extensions(Practitioner p, TherapistProfile.Builder b) {
      String at = "Practitioner.extension('";
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.GENDER)) {
        Set<GenderTerm> terms = EnumSet.noneOf(GenderTerm.class);
        boolean ok = true;
        for (Extension term : x.getExtensionsByUrl("term")) {
          GenderTerm t = byId(GenderTerm.class, code(term.getValue()));
          ok &= t != null && terms.add(t);
        }
        String words = string(Repeats.one(x, "ownWords"));
        try {
          if (!ok) {
            throw new IllegalArgumentException("term");
          }
          b.gender(words == null ? GenderIdentity.of(terms.toArray(GenderTerm[]::new))
              : GenderIdentity.of(words, terms));
        } catch (IllegalArgumentException e) {
          find(at + SexTherapyExtensions.GENDER + "')", INVALID_VALUE);
        }
      }
      selfDescription(p, SexTherapyExtensions.RACE_OR_ETHNICITY).ifPresent(b::raceOrEthnicity);
      selfDescription(p, SexTherapyExtensions.LGBTQ_IDENTITY).ifPresent(b::lgbtqIdentity);
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.FAITH)) {
        FaithApproach approach = byId(FaithApproach.class, code(Repeats.one(x, "approach")));
        String tradition = string(Repeats.one(x, "tradition"));
        try {
          if (approach == null) {
            throw new IllegalArgumentException("approach");
          }
          b.faith(FaithStance.of(approach, Optional.ofNullable(tradition)));
        } catch (IllegalArgumentException e) {
          find(at + SexTherapyExtensions.FAITH + "')", INVALID_VALUE);
        }
      }
      Set<PracticeArea> areas = EnumSet.noneOf(PracticeArea.class);
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.PRACTICE_COMPETENCE)) {
        PracticeArea area = byId(PracticeArea.class, code(Repeats.one(x, "area")));
        CompetenceGrade grade = byId(CompetenceGrade.class, code(Repeats.one(x, "grade")));
        if (area == null || grade == null) {
          find(at + SexTherapyExtensions.PRACTICE_COMPETENCE + "')", UNKNOWN_ID);
        } else if (!areas.add(area)) {
          find(at + SexTherapyExtensions.PRACTICE_COMPETENCE + "')", INVALID_VALUE);
        } else {
          b.addPracticeCompetence(PracticeCompetence.of(area, grade));
        }
      }
      String title = string(Repeats.one(p, SexTherapyExtensions.TITLE));
      if (title != null) {
        b.title(title);
      }
      String pronouns = string(Repeats.one(p, SexTherapyExtensions.PRONOUNS));
      if (pronouns != null) {
        b.pronouns(pronouns);
      }
      Set<String> concernIds = new HashSet<>();
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.EXPERTISE)) {
        String concernId = code(Repeats.one(x, "concern"));
        Optional<ConcernType> concern = concernId == null ? Optional.empty()
            : concerns.byId(concernId);
        ExpertiseLevel level = byId(ExpertiseLevel.class, code(Repeats.one(x, "level")));
        if (concern.isEmpty() || level == null) {
          find(at + SexTherapyExtensions.EXPERTISE + "')", UNKNOWN_ID);
        } else if (!concernIds.add(concern.get().id())) {
          find(at + SexTherapyExtensions.EXPERTISE + "')", INVALID_VALUE);
        } else {
          b.addExpertise(Expertise.of(concern.get(), level));
        }
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.POPULATION)) {
        Population population = byId(Population.class, code(x.getValue()));
        if (population == null) {
          find(at + SexTherapyExtensions.POPULATION + "')", UNKNOWN_ID);
        } else {
          b.addPopulations(population);
        }
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.SESSION_FORMAT)) {
        SessionFormat format = byId(SessionFormat.class, code(x.getValue()));
        if (format == null) {
          find(at + SexTherapyExtensions.SESSION_FORMAT + "')", UNKNOWN_ID);
        } else {
          b.addFormats(format);
        }
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.DELIVERY)) {
        Delivery delivery = byId(Delivery.class, code(x.getValue()));
        if (delivery == null) {
          find(at + SexTherapyExtensions.DELIVERY + "')", UNKNOWN_ID);
        } else {
          b.addDeliveries(delivery);
        }
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.COMPACT_PRIVILEGE)) {
        compactPrivilege(x, at + SexTherapyExtensions.COMPACT_PRIVILEGE + "')", b);
      }
      Extension training = Repeats.one(p, SexTherapyExtensions.TRAINING);
      if (training != null) {
        training(training, at + SexTherapyExtensions.TRAINING + "')", b);
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.MODALITY)) {
        modality(x, at + SexTherapyExtensions.MODALITY + "')", b);
      }
      Extension fees = Repeats.one(p, SexTherapyExtensions.FEES);
      if (fees != null) {
        fees(fees, at + SexTherapyExtensions.FEES + "')", b);
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.OUTCOME)) {
        outcome(x, at + SexTherapyExtensions.OUTCOME + "')", b);
      }
      for (Extension x : p.getExtensionsByUrl(SexTherapyExtensions.NETWORK)) {
        network(x, at + SexTherapyExtensions.NETWORK + "')", b);
      }
      Boolean accepting = bool(Repeats.one(p, SexTherapyExtensions.ACCEPTING_NEW_CLIENTS));
      if (accepting != null) {
        b.acceptingNewClients(accepting);
      }
      Integer capacity = integer(Repeats.one(p, SexTherapyExtensions.OPEN_CAPACITY));
      if (capacity != null) {
        b.openCapacity(capacity);
      }
      Extension confirmed = Repeats.one(p, SexTherapyExtensions.AVAILABILITY_CONFIRMED);
      if (confirmed != null) {
        if (confirmed.getValue() instanceof InstantType instant && instant.getValue() != null) {
          b.availabilityConfirmedAt(instant.getValue().toInstant());
        } else {
          find(at + SexTherapyExtensions.AVAILABILITY_CONFIRMED + "')", INVALID_VALUE);
        }
      }
    }

    private void compactPrivilege(Extension x, String path, TherapistProfile.Builder b) {
      String compactId = code(Repeats.one(x, "compact"));
      String kindId = code(Repeats.one(x, "kind"));
      CompactKind compactKind = null;
      for (CompactKind k : CompactKind.values()) {
        if (k.id().equals(compactId)) {
          compactKind = k;
        }
      }
      PrivilegeKind kind = null;
      for (PrivilegeKind k : PrivilegeKind.values()) {
        if (k.id().equals(kindId)) {
          kind = k;
        }
      }
      if (compactKind == null || kind == null) {
        find(path, UNKNOWN_ID);
        return;
      }
      try {
        Set<Jurisdiction> members = new java.util.LinkedHashSet<>();
        for (Extension member : x.getExtensionsByUrl("member")) {
          members.add(Jurisdiction.parse(required(code(member))));
        }
        Extension operational = Repeats.one(x, "operationalFrom");
        Optional<LocalDate> operationalFrom = operational == null ? Optional.empty()
            : Optional.of(LocalDate.parse(required(code(operational))));
        InterstateCompact compact = InterstateCompact.of(compactKind, members, operationalFrom);
        Extension periodExtension = Repeats.one(x, "period");
        if (periodExtension == null || !(periodExtension.getValue() instanceof Period period)) {
          throw new IllegalArgumentException("period");
        }
        Optional<LocalDate> from = date(period.getStartElement());
        Optional<LocalDate> until = date(period.getEndElement());
        if (from.isEmpty() || (period.hasEnd() && until.isEmpty())) {
          throw new IllegalArgumentException("period");
        }
        CompactPrivilege.Builder privilege = CompactPrivilege.builder().compact(compact)
            .kind(kind).homeJurisdiction(Jurisdiction.parse(
                required(code(Repeats.one(x, "home")))))
            .validFrom(from.get()).validUntil(until);
        String remote = code(Repeats.one(x, "remote"));
        if (remote != null) {
          privilege.remoteJurisdiction(Jurisdiction.parse(remote));
        }
        for (Extension used : x.getExtensionsByUrl("daysUsed")) {
          privilege.putTemporaryDaysUsed(required(used, "year"), required(used, "days"));
        }
        b.addCompactPrivileges(privilege.build());
      } catch (IllegalArgumentException | IndexOutOfBoundsException
          | java.time.format.DateTimeParseException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void outcome(Extension x, String path, TherapistProfile.Builder b) {
      String concernId = code(Repeats.one(x, "concern"));
      Optional<ConcernType> concern = concernId == null ? Optional.empty()
          : concerns.byId(concernId);
      if (concern.isEmpty()) {
        find(path, UNKNOWN_ID);
        return;
      }
      try {
        Extension periodExtension = Repeats.one(x, "period");
        if (periodExtension == null || !(periodExtension.getValue() instanceof Period period)) {
          throw new IllegalArgumentException("period");
        }
        Optional<LocalDate> from = date(period.getStartElement());
        Optional<LocalDate> until = date(period.getEndElement());
        if (from.isEmpty() || until.isEmpty()) {
          throw new IllegalArgumentException("period");
        }
        b.addOutcomes(OutcomeRecord.builder().concern(concern.get())
            .measureId(required(code(Repeats.one(x, "measure"))))
            .courses(required(x, "courses"))
            .reliableImprovements(required(x, "reliableImprovements"))
            .reliableDeteriorations(required(x, "reliableDeteriorations"))
            .periodFrom(from.get()).periodUntil(until.get()).build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void training(Extension x, String path, TherapistProfile.Builder b) {
      try {
        b.training(TrainingRecord.builder()
            .humanSexualityEducationHours(required(x, "humanSexualityEducationHours"))
            .sexTherapyTrainingHours(required(x, "sexTherapyTrainingHours"))
            .attitudeReassessmentCompleted(
                Boolean.TRUE.equals(bool(Repeats.one(x, "attitudeReassessmentCompleted"))))
            .supervisedClinicalHours(required(x, "supervisedClinicalHours"))
            .telehealthClinicalHours(required(x, "telehealthClinicalHours"))
            .supervisionHours(required(x, "supervisionHours"))
            .postDegreeExperienceYears(required(x, "postDegreeExperienceYears"))
            .build());
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void modality(Extension x, String path, TherapistProfile.Builder b) {
      String id = code(Repeats.one(x, "id"));
      String name = string(Repeats.one(x, "name"));
      Set<Aim> aims = new java.util.LinkedHashSet<>();
      boolean ok = id != null && name != null;
      for (Extension aim : x.getExtensionsByUrl("aim")) {
        String code = code(aim.getValue());
        Focus focus = null;
        Intent intent = null;
        if (code != null && code.indexOf(':') > 0) {
          focus = byId(Focus.class, code.substring(0, code.indexOf(':')));
          intent = byId(Intent.class, code.substring(code.indexOf(':') + 1));
        }
        if (focus == null || intent == null) {
          ok = false;
        } else {
          aims.add(Aim.of(focus, intent));
        }
      }
      try {
        if (!ok || id == null || name == null) {
          throw new IllegalArgumentException("modality");
        }
        String description = string(Repeats.one(x, "description"));
        b.addModalities(description == null ? Modality.of(id, name, aims)
            : Modality.of(id, name, aims, description));
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void fees(Extension x, String path, TherapistProfile.Builder b) {
      try {
        String currency = code(Repeats.one(x, "currency"));
        if (currency == null) {
          throw new IllegalArgumentException("fees");
        }
        FeeSchedule.Builder fees = FeeSchedule.builder().currency(Currency.getInstance(currency));
        Boolean superbills = bool(Repeats.one(x, "superbills"));
        if (superbills != null) {
          fees.superbills(superbills);
        }
        for (Extension s : x.getExtensionsByUrl("sessionFee")) {
          SessionFormat format = byId(SessionFormat.class, code(Repeats.one(s, "format")));
          Integer minutes = integer(Repeats.one(s, "minutes"));
          BigDecimal amount = decimal(Repeats.one(s, "amount"));
          BigDecimal low = decimal(Repeats.one(s, "slidingScaleLow"));
          BigDecimal high = decimal(Repeats.one(s, "slidingScaleHigh"));
          if (format == null || minutes == null || amount == null
              || (low == null) != (high == null)) {
            throw new IllegalArgumentException("sessionFee");
          }
          fees.addSessionFees(low == null || high == null
              ? SessionFee.of(format, minutes, amount)
              : SessionFee.of(format, minutes, amount, SlidingScale.of(low, high)));
        }
        b.fees(fees.build());
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    private void network(Extension x, String path, TherapistProfile.Builder b) {
      try {
        String payer = code(Repeats.one(x, "payer"));
        PayerKind kind = byId(PayerKind.class, code(Repeats.one(x, "payerKind")));
        String network = code(Repeats.one(x, "network"));
        if (payer == null || kind == null || network == null) {
          throw new IllegalArgumentException("network");
        }
        NetworkParticipation.Builder n = NetworkParticipation.builder()
            .payer(Payer.of(payer, kind)).network(NetworkId.of(network));
        for (Extension plan : x.getExtensionsByUrl("plan")) {
          String id = code(plan.getValue());
          if (id == null) {
            throw new IllegalArgumentException("plan");
          }
          n.addPlans(PlanId.of(id));
        }
        Extension acceptance = Repeats.one(x, "acceptance");
        if (acceptance != null) {
          PatientAcceptance value = byId(PatientAcceptance.class, code(acceptance.getValue()));
          if (value == null) {
            throw new IllegalArgumentException("acceptance");
          }
          n.acceptance(value);
        }
        Boolean telehealth = bool(Repeats.one(x, "telehealth"));
        if (telehealth != null) {
          n.telehealth(telehealth);
        }
        NetworkParticipation participation = n.build();
        b.addNetworks(participation);
        declared.add(participation.network());
      } catch (IllegalArgumentException e) {
        find(path, INVALID_VALUE);
      }
    }

    /**
     * Reads the roles: their Locations, the deliveries of their HealthcareServices, and the
     * networks they name. Returns whether a role says, for no particular network, that new
     * patients are taken.
     */
    private boolean roles(List<PractitionerRole> itsRoles, TherapistProfile.Builder b,
        Set<Delivery> deliveries) {
      boolean accepting = false;
      Set<String> seen = new HashSet<>();
      List<PracticeLocation> places = new ArrayList<>();
      List<String> placeKeys = new ArrayList<>();
      Map<String, Draft> drafts = new LinkedHashMap<>();
      List<Stated> stated = new ArrayList<>();
      Set<String> named = new HashSet<>();
      boolean physical = false;
      for (PractitionerRole role : itsRoles) {
        String roleSelf = self(role);
        if (role.hasActive() && !role.getActive()) {
          // the directory says the practitioner no longer practises in this role
          found.add(new Finding(roleSelf, "PractitionerRole.active", INACTIVE_ROLE));
          continue;
        }
        unread(role, roleSelf, ROLE_EXTENSIONS, found);
        Repeats.report(role, roleSelf, found);
        List<String> roleLocations = new ArrayList<>();
        List<Reference> refs = role.getLocation();
        for (int i = 0; i < refs.size(); i++) {
          String target = key(refs.get(i));
          Optional<PracticeLocation> place = target == null ? null : locations.get(target);
          if (place == null) {
            unresolved(roleSelf, "PractitionerRole.location[" + i + "]", target);
          } else if (place.isPresent()) {
            roleLocations.add(target);
            physical = true;
            if (seen.add(target)) {
              places.add(place.get());
              placeKeys.add(target);
            }
          }
        }
        boolean said = false;
        boolean virtual = false;
        List<String> roleServices = new ArrayList<>();
        List<Reference> serviceRefs = role.getHealthcareService();
        for (int i = 0; i < serviceRefs.size(); i++) {
          String target = key(serviceRefs.get(i));
          Set<Delivery> offered = target == null ? null : services.get(target);
          if (offered == null) {
            unresolved(roleSelf, "PractitionerRole.healthcareService[" + i + "]", target);
          } else {
            roleServices.add(target);
            deliveries.addAll(offered);
            said |= !offered.isEmpty();
            virtual |= offered.stream().anyMatch(Delivery::isTelehealth);
          }
        }
        if (!said && physical) {
          deliveries.add(Delivery.IN_PERSON);
        }
        for (String url : List.of(FhirTerms.NDH_NEW_PATIENTS, FhirTerms.PLAN_NET_NEW_PATIENTS)) {
          List<Extension> statements = role.getExtensionsByUrl(url);
          for (int i = 0; i < statements.size(); i++) {
            Extension x = statements.get(i);
            String path = "PractitionerRole.extension('" + url + "')[" + i + "]";
            String code = firstCode(x, "acceptingPatients");
            Extension from = fromNetwork(x);
            if (from == null) {
              accepting |= "newpt".equals(code);
              continue;
            }
            PatientAcceptance acceptance = acceptance(code);
            String network = from.getValue() instanceof Reference ref ? key(ref) : null;
            if (acceptance == null || network == null) {
              found.add(new Finding(roleSelf, path, INVALID_VALUE));
              continue;
            }
            defer(roleSelf, path + ".extension('fromNetwork')", (Reference) from.getValue());
            stated.add(new Stated(roleSelf, path, network, acceptance));
          }
        }
        boolean endReported = false;
        for (String url : List.of(FhirTerms.NDH_NETWORK, FhirTerms.PLAN_NET_NETWORK)) {
          List<Extension> networkRefs = role.getExtensionsByUrl(url);
          for (int i = 0; i < networkRefs.size(); i++) {
            String path = "PractitionerRole.extension('" + url + "')[" + i + "]";
            String networkKey = networkRefs.get(i).getValue() instanceof Reference ref ? key(ref)
                : null;
            if (networkKey == null) {
              found.add(new Finding(roleSelf, path, INVALID_VALUE));
              continue;
            }
            named.add(networkKey);
            Optional<Network> network = networks.get(networkKey);
            if (network == null) {
              if (known.contains(networkKey)) {
                found.add(new Finding(roleSelf, path, INVALID_VALUE)); // not a network
              } else {
                unresolved(roleSelf, path, networkKey);
              }
              continue;
            }
            if (network.isEmpty()) {
              continue; // reported on the network Organization
            }
            if (role.hasPeriod() && role.getPeriod().hasEnd()) {
              // A participation in the model has no end date, and the reader does not guess
              // whether this one has passed (NDH's example of a practitioner who left a network
              // after six months ends the role, not the network).
              if (!endReported) {
                found.add(new Finding(roleSelf, "PractitionerRole.period", NOT_IN_MODEL));
                endReported = true;
              }
              continue;
            }
            Draft draft = drafts.computeIfAbsent(networkKey, k -> new Draft(network.get()));
            draft.telehealth |= virtual;
            draft.locations.addAll(roleLocations);
            draft.services.addAll(roleServices);
          }
        }
      }
      for (Stated statement : stated) {
        if (!named.contains(statement.network())) {
          // new patients taken through a network the practitioner is not said to be in
          found.add(new Finding(statement.owner(), statement.path(), INVALID_VALUE));
        }
      }
      for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
        Draft draft = entry.getValue();
        if (declared.contains(draft.network.id())) {
          continue; // the library's own extension states this participation in full
        }
        String payer = draft.network.payer();
        NetworkParticipation.Builder n = NetworkParticipation.builder()
            .payer(Payer.of(idPart(payer), governments.contains(payer)
                ? PayerKind.PUBLIC_PROGRAMME : PayerKind.COMMERCIAL))
            .network(draft.network.id()).telehealth(draft.telehealth);
        acceptanceThrough(entry.getKey(), draft, stated).ifPresent(n::acceptance);
        b.addNetworks(n.build());
      }
      for (int i = 0; i < places.size(); i++) {
        List<NetworkId> here = new ArrayList<>();
        for (Draft draft : drafts.values()) {
          if (draft.locations.contains(placeKeys.get(i))) {
            here.add(draft.network.id());
          }
        }
        try {
          b.addLocations(here.isEmpty() ? places.get(i) : places.get(i).withMoreNetworks(here));
        } catch (IllegalArgumentException e) {
          find("PractitionerRole.location", INVALID_VALUE); // more networks than a place holds
          b.addLocations(places.get(i));
        }
      }
      return accepting;
    }

    /**
     * Whether new patients are taken through a network: as the practitioner's roles state it for
     * that network, else as the HealthcareServices, else the Locations of the roles in the
     * network state it. Statements that differ at the level that decides leave it unknown (the
     * model holds one answer per network, not one per place), reported as such.
     */
    private Optional<PatientAcceptance> acceptanceThrough(String networkKey, Draft draft,
        List<Stated> stated) {
      List<Stated> level = new ArrayList<>();
      for (Stated statement : stated) {
        if (statement.network().equals(networkKey)) {
          level.add(statement);
        }
      }
      for (Set<String> sources : List.of(draft.services, draft.locations)) {
        for (String source : level.isEmpty() ? sources : Set.<String>of()) {
          Map<String, Stated> there = acceptanceAt.get(source);
          Stated statement = there == null ? null : there.get(networkKey);
          if (statement != null) {
            level.add(statement);
          }
        }
      }
      if (level.isEmpty()) {
        return Optional.empty();
      }
      for (Stated statement : level) {
        if (statement.acceptance() != level.get(0).acceptance()) {
          found.add(new Finding(statement.owner(), statement.path(), NOT_IN_MODEL));
          return Optional.empty();
        }
      }
      return Optional.of(level.get(0).acceptance());
    }
  }

  /**
   * A primary-source verification of a Practitioner's licence: the VerificationResult, the paths
   * that name the qualification and the Practitioner, the qualification's index (or
   * {@link #EVERY}), the day.
   */
  private record Check(String source, String path, String targetPath, int qualification,
      LocalDate day) {
    static final int EVERY = -1;
  }

  /** A network Organization: the network's id and the key of the payer that manages it. */
  private record Network(NetworkId id, String payer) {}

  /** A {@code newpatients} statement for one network: who states it, where, and what. */
  private record Stated(String owner, String path, String network,
      PatientAcceptance acceptance) {}

  /** A participation being read from a practitioner's roles. */
  private static final class Draft {
    final Network network;
    /** Locations of the roles in the network: where the practitioner is in network. */
    final Set<String> locations = new java.util.LinkedHashSet<>();
    /** HealthcareServices of the roles in the network. */
    final Set<String> services = new java.util.LinkedHashSet<>();
    boolean telehealth;

    Draft(Network network) {
      this.network = network;
    }
  }

  /** The NDH and Plan-Net {@code AcceptingPatients} codes. */
  private static @Nullable PatientAcceptance acceptance(@Nullable String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "newpt" -> PatientAcceptance.ACCEPTING;
      case "existptonly" -> PatientAcceptance.EXISTING_PATIENTS_ONLY;
      case "existptfam" -> PatientAcceptance.EXISTING_PATIENTS_AND_FAMILY;
      case "nopt" -> PatientAcceptance.NOT_ACCEPTING;
      default -> null;
    };
  }

  /** The id part of a {@code Type/id} key. */
  private static String idPart(String key) {
    return key.substring(key.indexOf('/') + 1);
  }

  /**
   * Reads the new-patient statements per network of a Location or HealthcareService. A statement
   * without a network is about every network and every practitioner there at once, which the
   * model cannot hold (it holds acceptance per profile and per participation).
   */
  private void newPatientsPerNetwork(DomainResource resource, String self) {
    String type = resource.fhirType();
    for (String url : List.of(FhirTerms.NDH_NEW_PATIENTS, FhirTerms.PLAN_NET_NEW_PATIENTS)) {
      List<Extension> statements = resource.getExtensionsByUrl(url);
      for (int i = 0; i < statements.size(); i++) {
        Extension x = statements.get(i);
        String path = type + ".extension('" + url + "')[" + i + "]";
        Extension from = fromNetwork(x);
        if (from == null) {
          findings.add(new Finding(self, path, NOT_IN_MODEL));
          continue;
        }
        PatientAcceptance acceptance = acceptance(firstCode(x, "acceptingPatients"));
        String network = from.getValue() instanceof Reference ref ? key(ref) : null;
        if (acceptance == null || network == null) {
          findings.add(new Finding(self, path, INVALID_VALUE));
          continue;
        }
        defer(self, path + ".extension('fromNetwork')", (Reference) from.getValue());
        Stated before = acceptanceAt.computeIfAbsent(self, k -> new HashMap<>())
            .putIfAbsent(network, new Stated(self, path, network, acceptance));
        if (before != null && before.acceptance() != acceptance) {
          // two answers for one network: neither is kept
          acceptanceAt.get(self).remove(network);
          findings.add(new Finding(self, path, INVALID_VALUE));
        }
      }
    }
  }

  /** The network of a new-patients statement: as NDH spells it, or in lower case. */
  private static @Nullable Extension fromNetwork(Extension newPatients) {
    Extension from = Repeats.one(newPatients, "fromNetwork");
    return from != null ? from : Repeats.one(newPatients, "fromnetwork");
  }

  // ---------------------------------------------------------------------------------------------
  // Small readers of FHIR values; each returns null where the value is absent or of another type

  /** A credential written in full by {@link FhirDirectoryWriter}, issuer and requirement too. */
  private static Credential credential(Extension x) {
    Extension issuer = Repeats.one(x, "issuer");
    if (issuer == null) {
      throw new IllegalArgumentException("issuer");
    }
    String issuerId = required(code(Repeats.one(issuer, "id")));
    String issuerName = required(string(Repeats.one(issuer, "name")));
    String cycle = string(Repeats.one(issuer, "renewalCycle"));
    CertifyingBody body = cycle == null ? CertifyingBody.of(issuerId, issuerName)
        : CertifyingBody.of(issuerId, issuerName, RenewalRule.of(java.time.Period.parse(cycle),
            required(issuer, "renewalCeCredits"),
            Boolean.TRUE.equals(bool(Repeats.one(issuer, "renewalMembership")))));
    String kindId = code(Repeats.one(x, "kind"));
    CredentialKind kind = null;
    for (CredentialKind k : CredentialKind.values()) {
      if (k.id().equals(kindId)) {
        kind = k;
      }
    }
    if (kind == null) {
      // absent, unknown or repeated: the caller reports the credential as an invalid value
      throw new IllegalArgumentException("kind");
    }
    Credential.Builder b = Credential.builder().issuer(body)
        .id(required(code(Repeats.one(x, "id"))))
        .title(required(string(Repeats.one(x, "title"))))
        .kind(kind);
    Extension required = Repeats.one(x, "requiresCurrent");
    if (required != null) {
      b.requiresCurrent(credential(required));
    }
    String heldFor = string(Repeats.one(x, "requiredHeldFor"));
    if (heldFor != null) {
      b.requiredHeldFor(java.time.Period.parse(heldFor));
    }
    return b.build();
  }

  /**
   * Whether a language proficiency is at least general professional proficiency, level 3 of the
   * Interagency Language Roundtable's speaking scale
   * (https://www.govtilr.org/Skills/ILRscale2.htm), the first level at which a speaker takes part
   * effectively in professional conversations: in Plan-Net's LanguageProficiencyCS, {@code 30},
   * {@code 40} and {@code 50} against {@code 00}, {@code 10} and {@code 20}
   * (https://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem-LanguageProficiencyCS.html); in HL7
   * Terminology's ILR speaking skill scale, which NDH binds, {@code Level 3} and above against
   * {@code Level 0} to {@code Level 2+}. Null for any other code.
   */
  private static @Nullable Boolean professional(CodeableConcept level) {
    for (Coding coding : level.getCoding()) {
      String code = coding.getCode();
      if (code == null) {
        continue;
      }
      if (FhirTerms.PLAN_NET_LANGUAGE_PROFICIENCY.equals(coding.getSystem())) {
        switch (code) {
          case "30", "40", "50" -> {
            return true;
          }
          case "00", "10", "20" -> {
            return false;
          }
          default -> { }
        }
      } else if (FhirTerms.ILR_SPEAKING_SKILL.equals(coding.getSystem())) {
        java.util.regex.Matcher m = ILR_LEVEL.matcher(code);
        if (m.matches()) {
          return Integer.parseInt(m.group(1)) >= 3;
        }
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern ILR_LEVEL =
      java.util.regex.Pattern.compile("Level ([0-5])\\+?");

  /**
   * Reports each extension of a resource that the reader does not read, once per URL, as
   * {@code not-in-model}: what a directory says that the model has no place for is listed, never
   * dropped without a word (NDH's CMS enrolment and HHS exclusion-list flags, endpoint
   * references, Plan-Net's qualification on a role, and the like).
   */
  private static void unread(DomainResource resource, String self, Set<String> read,
      List<Finding> into) {
    Set<String> reported = new HashSet<>(0);
    List<Extension> extensions = resource.getExtension();
    for (int i = 0; i < extensions.size(); i++) {
      String url = extensions.get(i).getUrl();
      if (url != null && !read.contains(url) && reported.add(url)) {
        // A finding names an extension by its canonical URL; anything else in the url element is
        // the input's text, never repeated: the extension is then named by its position.
        into.add(new Finding(self, resource.fhirType() + (CANONICAL.matcher(url).matches()
            ? ".extension('" + url + "')" : ".extension[" + i + "]"), NOT_IN_MODEL));
      }
    }
  }

  /** A canonical URL as extensions are named: http(s), a host, a path; at most 200 characters. */
  private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern.compile(
      "(?=.{1,200}$)https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/-]*)?");

  /** Extensions of a Practitioner that are read, or reported on their own. */
  private static final Set<String> PRACTITIONER_EXTENSIONS = Set.of(
      SexTherapyExtensions.GENDER, SexTherapyExtensions.TITLE, SexTherapyExtensions.PRONOUNS,
      SexTherapyExtensions.EXPERTISE, SexTherapyExtensions.POPULATION,
      SexTherapyExtensions.SESSION_FORMAT, SexTherapyExtensions.DELIVERY,
      SexTherapyExtensions.MODALITY, SexTherapyExtensions.COMPACT_PRIVILEGE,
      SexTherapyExtensions.TRAINING, SexTherapyExtensions.FEES, SexTherapyExtensions.NETWORK,
      SexTherapyExtensions.OUTCOME, SexTherapyExtensions.RACE_OR_ETHNICITY,
      SexTherapyExtensions.LGBTQ_IDENTITY, SexTherapyExtensions.FAITH,
      SexTherapyExtensions.PRACTICE_COMPETENCE, SexTherapyExtensions.ACCEPTING_NEW_CLIENTS,
      SexTherapyExtensions.OPEN_CAPACITY, SexTherapyExtensions.AVAILABILITY_CONFIRMED,
      FhirTerms.NDH_VERIFICATION_STATUS, FhirTerms.NDH_ACCESSIBILITY);
  /** Extensions of a PractitionerRole that are read. */
  private static final Set<String> ROLE_EXTENSIONS = Set.of(FhirTerms.NDH_NETWORK,
      FhirTerms.PLAN_NET_NETWORK, FhirTerms.NDH_NEW_PATIENTS, FhirTerms.PLAN_NET_NEW_PATIENTS,
      Hours.TIME_ZONE, SexTherapyExtensions.OPEN_SLOT, SexTherapyExtensions.NEXT_OPENING,
      SexTherapyExtensions.ESTIMATED_WAIT);
  /** Extensions of a Location that are read. */
  private static final Set<String> LOCATION_EXTENSIONS = Set.of(
      SexTherapyExtensions.LOCATION_NETWORK, SexTherapyExtensions.ACCESS,
      SexTherapyExtensions.SIGN_LANGUAGE, FhirTerms.NDH_ACCESSIBILITY,
      FhirTerms.PLAN_NET_ACCESSIBILITY, FhirTerms.NDH_NEW_PATIENTS,
      FhirTerms.PLAN_NET_NEW_PATIENTS);
  /** Extensions of a HealthcareService that are read. */
  private static final Set<String> SERVICE_EXTENSIONS = Set.of(FhirTerms.NDH_DELIVERY_METHOD,
      FhirTerms.PLAN_NET_DELIVERY_METHOD, FhirTerms.NDH_NEW_PATIENTS,
      FhirTerms.PLAN_NET_NEW_PATIENTS);

  private static Optional<String> ownId(Practitioner p) {
    for (Identifier identifier : p.getIdentifier()) {
      if (SexTherapyExtensions.THERAPIST_ID_SYSTEM.equals(identifier.getSystem())
          && identifier.hasValue()) {
        return Optional.of(identifier.getValue());
      }
    }
    return Optional.empty();
  }

  private static String self(Resource resource) {
    return ResourceNames.of(resource);
  }

  private static @Nullable String key(Reference reference) {
    if (reference == null || !reference.hasReference()) {
      return null;
    }
    IIdType id = reference.getReferenceElement();
    if (!id.hasResourceType() || !id.hasIdPart()) {
      return null;
    }
    return id.getResourceType() + "/" + id.getIdPart();
  }

  /** The qualification's NDH and Plan-Net scope extensions (status and whereValid). */
  private static List<Extension> scopes(PractitionerQualificationComponent q) {
    List<Extension> scopes = new ArrayList<>(q.getExtensionsByUrl(FhirTerms.NDH_QUALIFICATION));
    scopes.addAll(q.getExtensionsByUrl(FhirTerms.PLAN_NET_QUALIFICATION));
    return scopes;
  }

  /** A licence's standing as its sources give it: a status and the places it is valid in. */
  private record Standing(LicenceStatus status, List<Jurisdiction> places) {}

  /**
   * How restrictive a licence status is, from active (0) to revoked (4); a switch, so that a new
   * status must be placed before it compiles.
   */
  private static int restrictiveness(LicenceStatus status) {
    return switch (status) {
      case ACTIVE -> 0;
      case INACTIVE -> 1;
      case EXPIRED -> 2;
      case SUSPENDED -> 3;
      case REVOKED -> 4;
    };
  }

  /** A status as NDH and Plan-Net code it (the writer's mapping: see FhirDirectoryWriter). */
  private static LicenceStatus coarse(LicenceStatus status) {
    return switch (status) {
      case ACTIVE -> LicenceStatus.ACTIVE;
      case REVOKED -> LicenceStatus.REVOKED;
      case INACTIVE, SUSPENDED, EXPIRED -> LicenceStatus.INACTIVE;
    };
  }

  /** NDH and Plan-Net qualification statuses that name a licence's standing. */
  private static @Nullable LicenceStatus ndhStatus(@Nullable String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "active" -> LicenceStatus.ACTIVE;
      case "inactive" -> LicenceStatus.INACTIVE;
      case "revoked" -> LicenceStatus.REVOKED;
      // pending, issued-in-error and unknown say there is no licence to rely on
      default -> null;
    };
  }

  private static boolean hasSystem(List<Coding> codings, String system) {
    for (Coding coding : codings) {
      if (system.equals(coding.getSystem())) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String codeIn(CodeableConcept concept, String system) {
    for (Coding coding : concept.getCoding()) {
      if (system.equals(coding.getSystem())) {
        return coding.getCode();
      }
    }
    return null;
  }

  private static <E extends Enum<E> & Identified> @Nullable E byId(Class<E> type,
      @Nullable String id) {
    if (id == null) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.id().equals(id)) {
        return value;
      }
    }
    return null;
  }

  /** The code of a code or Coding or CodeableConcept value, or of an extension's value. */
  private static @Nullable String code(@Nullable Object value) {
    if (value instanceof Extension extension) {
      return code(extension.getValue());
    }
    if (value instanceof CodeableConcept concept) {
      return concept.getCoding().isEmpty() ? null : concept.getCodingFirstRep().getCode();
    }
    if (value instanceof Coding coding) {
      return coding.getCode();
    }
    if (value instanceof IPrimitiveType<?> primitive) {
      return primitive.getValueAsString();
    }
    return null;
  }

  private static @Nullable String firstCode(Extension x, String... urls) {
    for (String url : urls) {
      String code = code(Repeats.one(x, url));
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private static @Nullable String string(@Nullable Extension x) {
    if (x != null && x.getValue() instanceof org.hl7.fhir.r4.model.StringType s) {
      return s.getValue();
    }
    return null;
  }

  private static @Nullable Boolean bool(@Nullable Extension x) {
    if (x != null && x.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b) {
      return b.getValue();
    }
    return null;
  }

  private static @Nullable Integer integer(@Nullable Extension x) {
    if (x != null && x.getValue() instanceof org.hl7.fhir.r4.model.IntegerType i) {
      return i.getValue();
    }
    return null;
  }

  private static String required(@Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException("missing");
    }
    return value;
  }

  private static int required(Extension x, String url) {
    Integer value = integer(Repeats.one(x, url));
    if (value == null) {
      throw new IllegalArgumentException(url);
    }
    return value;
  }

  private static @Nullable BigDecimal decimal(@Nullable Extension x) {
    if (x != null && x.getValue() instanceof org.hl7.fhir.r4.model.DecimalType d) {
      return d.getValue();
    }
    return null;
  }

  /** A date of day precision or finer, as written (the local date of a dateTime). */
  private static Optional<LocalDate> date(@Nullable DateTimeType value) {
    if (value == null || value.isEmpty() || value.getPrecision() == null
        || value.getPrecision() == TemporalPrecisionEnum.YEAR
        || value.getPrecision() == TemporalPrecisionEnum.MONTH) {
      return Optional.empty();
    }
    String text = value.getValueAsString();
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
