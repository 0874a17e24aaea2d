package org.sextherapy.validation;

import static org.sextherapy.validation.Severity.ERROR;
import static org.sextherapy.validation.Severity.INFO;
import static org.sextherapy.validation.Severity.WARNING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.authorisation.PrivilegeDefect;
import org.sextherapy.validation.internal.Findings;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CertificationStatus;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.Registration;
import org.sextherapy.session.Delivery;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;

/**
 * Checks that a therapist profile is complete, consistent and current on a date: licences and
 * registrations valid and recognised where they were issued, certifications current under their
 * issuer's renewal rule, compact privileges able to authorise something, fees sensible,
 * availability recently confirmed.
 *
 * <p>A licence is the legal right to practise, per jurisdiction, with a status and a period; AASECT
 * certifications last 3 years and need 20 CE credits and continuous membership to renew
 * (https://www.aasect.org/certification). What a licence, registration or privilege authorises is
 * decided by {@link PracticeAuthorisation}, which this validator asks (so its findings agree with
 * the matcher). Expired, suspended or lapsed qualifications are warnings:
 * the profile remains usable, but they must not count (the matcher ignores them) and a lapsed
 * certification must be shown as lapsed. Whether the profile's credentials are presented honestly is
 * the ethics review's concern (ethical rule 6).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TherapistProfileValidator implements Validator<TherapistProfile> {

  private final PracticeAuthorisation authorisation;

  /** The profile offers no session format. */
  public static final String NO_FORMAT = "profile.no-format";
  /** The profile offers no delivery. */
  public static final String NO_DELIVERY = "profile.no-delivery";
  /** The profile offers in-person sessions but lists no practice location. */
  public static final String IN_PERSON_WITHOUT_LOCATION = "profile.in-person-without-location";
  /** The profile lists no language. */
  public static final String NO_LANGUAGE = "profile.no-language";
  /** The profile declares expertise in no concern. */
  public static final String NO_EXPERTISE = "profile.no-expertise";
  /**
   * No licence, registration or compact privilege of the profile authorises practice anywhere on
   * the date, so the profile matches no request.
   */
  public static final String NO_AUTHORISATION = "profile.no-authorisation";
  /** The profile accepts new clients but has no open capacity. */
  public static final String ACCEPTING_WITHOUT_CAPACITY = "profile.accepting-without-capacity";
  /** Availability was last confirmed more than {@link #STALE_AFTER} before the date, or never. */
  public static final String AVAILABILITY_STALE = "profile.availability-stale";
  /** A licence is past its end date or has status expired. */
  public static final String LICENCE_EXPIRED = "licence.expired";
  /** A licence is inactive, suspended or revoked. */
  public static final String LICENCE_NOT_ACTIVE = "licence.not-active";
  /** A licence starts after the date. */
  public static final String LICENCE_NOT_YET_VALID = "licence.not-yet-valid";
  /**
   * A licence can authorise nothing under the licensing policy: a country-level licence where
   * states or provinces license, or any licence where the discipline has no statutory licence.
   */
  public static final String LICENCE_NOT_RECOGNISED = "licence.not-recognised";
  /**
   * A licence's NUCC provider-taxonomy code files a practitioner under another discipline's licence
   * ({@link Discipline#forTaxonomy}), such as a social-work licence coded {@code 103TC0700X}
   * clinical psychologist: one of the two is wrong. A code the library maps to no discipline is not
   * judged.
   */
  public static final String LICENCE_TAXONOMY_OTHER_DISCIPLINE =
      "licence.taxonomy-other-discipline";
  /** A registration is past its end date or has status expired. */
  public static final String REGISTRATION_EXPIRED = "registration.expired";
  /** A registration is inactive, suspended or revoked. */
  public static final String REGISTRATION_NOT_ACTIVE = "registration.not-active";
  /** A registration starts after the date. */
  public static final String REGISTRATION_NOT_YET_VALID = "registration.not-yet-valid";
  /** A registration is on a register that does not count for its discipline in its country. */
  public static final String REGISTRATION_NOT_RECOGNISED = "registration.not-recognised";
  /**
   * A certification has lapsed under its issuer's renewal rule, or the credential it rests on (the
   * CST under an AASECT supervisor credential) is not held current.
   */
  public static final String CERTIFICATION_LAPSED = "certification.lapsed";
  /** A certification is not yet valid on the date. */
  public static final String CERTIFICATION_NOT_YET_VALID = "certification.not-yet-valid";
  /** A certification ends within 180 days without the CE credits its renewal needs. */
  public static final String CERTIFICATION_CREDITS_SHORT = "certification.credits-short";
  /** A compact privilege's home jurisdiction is not a member of the compact. */
  public static final String PRIVILEGE_HOME_NOT_MEMBER = "compact-privilege.home-not-member";
  /** A per-state compact privilege names a remote state that is not a member of the compact. */
  public static final String PRIVILEGE_REMOTE_NOT_MEMBER = "compact-privilege.remote-not-member";
  /**
   * A compact privilege rests only on licences in disciplines the compact does not cover, such as a
   * psychiatric nurse practitioner's licence under the Nurse Licensure Compact.
   */
  public static final String PRIVILEGE_WRONG_DISCIPLINE = "compact-privilege.wrong-discipline";
  /** A compact privilege is past its end date. */
  public static final String PRIVILEGE_EXPIRED = "compact-privilege.expired";
  /** A compact privilege starts after the date. */
  public static final String PRIVILEGE_NOT_YET_VALID = "compact-privilege.not-yet-valid";
  /** A compact privilege has no licence valid on the date in its home jurisdiction. */
  public static final String PRIVILEGE_WITHOUT_HOME_LICENCE =
      "compact-privilege.no-home-licence";
  /** The compact of a privilege is not operational on the date. */
  public static final String PRIVILEGE_COMPACT_NOT_OPERATIONAL =
      "compact-privilege.compact-not-operational";
  /**
   * A compact privilege starts before its compact authorised anything: it cannot have been issued
   * then, and authorises nothing before the compact's operational date.
   */
  public static final String PRIVILEGE_BEFORE_COMPACT = "compact-privilege.before-compact";
  /** A PSYPACT TAP's 30 days in the remote state are used up in the date's calendar year. */
  public static final String PRIVILEGE_DAYS_EXHAUSTED = "compact-privilege.days-exhausted";
  /** A sliding scale's low end is above its high end. */
  public static final String SLIDING_SCALE_UPSIDE_DOWN = "fees.sliding-scale-upside-down";
  /** A fee is listed for a session format the therapist does not offer. */
  public static final String FEE_FOR_FORMAT_NOT_OFFERED = "fees.format-not-offered";
  /**
   * A network participation covers neither telehealth nor any practice location, so no client can
   * be seen in network through it.
   */
  public static final String NETWORK_NOWHERE = "networks.nowhere";

  /** How long a confirmation of availability stays fresh. */
  public static final Duration STALE_AFTER = Duration.ofDays(90);

  private static final int RENEWAL_NOTICE_DAYS = 180;

  /** Creates the validator under the {@linkplain PracticeAuthorisation#standard() default policy}. */
  public TherapistProfileValidator() {
    this(PracticeAuthorisation.standard());
  }

  /**
   * Creates the validator under a caller's authorisation rules.
   *
   * @param authorisation the rules, never null
   */
  public TherapistProfileValidator(PracticeAuthorisation authorisation) {
    this.authorisation = authorisation;
  }

  @Override
  public ValidationResult validate(TherapistProfile profile, LocalDate date) {
    Findings findings = new Findings();
    checkOffer(profile, findings);
    checkLicences(profile, date, findings);
    checkRegistrations(profile, date, findings);
    checkPrivileges(profile, date, findings);
    checkAuthorisation(profile, date, findings);
    checkCertifications(profile, date, findings);
    profile.fees().ifPresent(fees -> checkFees(profile, fees, findings));
    checkNetworks(profile, findings);
    checkAvailability(profile, date, findings);
    return findings.result();
  }

  private static void checkOffer(TherapistProfile profile, Findings findings) {
    if (profile.formats().isEmpty()) {
      findings.add(NO_FORMAT, "$.formats", ERROR, "offers no session format");
    }
    if (profile.deliveries().isEmpty()) {
      findings.add(NO_DELIVERY, "$.deliveries", ERROR, "offers no delivery");
    }
    if (profile.deliveries().contains(Delivery.IN_PERSON) && profile.locations().isEmpty()) {
      findings.add(IN_PERSON_WITHOUT_LOCATION, "$.locations", ERROR,
          "offers in-person sessions but lists no practice location");
    }
    if (profile.languages().isEmpty()) {
      findings.add(NO_LANGUAGE, "$.languages", WARNING, "lists no language");
    }
    if (profile.expertise().isEmpty()) {
      findings.add(NO_EXPERTISE, "$.expertise", WARNING,
          "declares expertise in no concern, so it matches no request");
    }
  }

  private void checkLicences(TherapistProfile profile, LocalDate date, Findings findings) {
    List<Licence> licences = profile.licences();
    for (int i = 0; i < licences.size(); i++) {
      Licence licence = licences.get(i);
      String path = "$.licences[" + i + "]";
      boolean pastEnd = licence.validUntil().map(date::isAfter).orElse(false);
      if (!authorisation.counts(licence)) {
        findings.add(LICENCE_NOT_RECOGNISED, path + ".jurisdiction", WARNING,
            licence.discipline().id() + " licence recorded in " + licence.jurisdiction()
                + " authorises nothing there: " + authorisation.policy()
                    .regime(licence.jurisdiction(), licence.discipline()).level().id()
                + " licensing");
      }
      licence.taxonomyCode().ifPresent(code -> Discipline.forTaxonomy(code)
          .filter(filed -> filed != licence.discipline())
          .ifPresent(filed -> findings.add(LICENCE_TAXONOMY_OTHER_DISCIPLINE,
              path + ".taxonomyCode", WARNING, licence.discipline().id() + " licence coded NUCC "
                  + code.code() + ", which files under " + filed.id())));
      if (licence.status() == LicenceStatus.EXPIRED || pastEnd) {
        findings.add(LICENCE_EXPIRED, pastEnd ? path + ".validUntil" : path + ".status", WARNING,
            "licence in " + licence.jurisdiction() + " has expired");
      } else if (licence.status() != LicenceStatus.ACTIVE) {
        findings.add(LICENCE_NOT_ACTIVE, path + ".status", WARNING,
            "licence in " + licence.jurisdiction() + " is " + licence.status().id());
      } else if (date.isBefore(licence.validFrom())) {
        findings.add(LICENCE_NOT_YET_VALID, path + ".validFrom", INFO,
            "licence in " + licence.jurisdiction() + " is not yet valid");
      }
    }
  }

  private void checkRegistrations(TherapistProfile profile, LocalDate date, Findings findings) {
    List<Registration> registrations = profile.registrations();
    for (int i = 0; i < registrations.size(); i++) {
      Registration registration = registrations.get(i);
      String path = "$.registrations[" + i + "]";
      String register = registration.register().id();
      boolean pastEnd = registration.validUntil().map(date::isAfter).orElse(false);
      if (!authorisation.counts(registration)) {
        findings.add(REGISTRATION_NOT_RECOGNISED, path + ".register", WARNING,
            register + " registration does not count for " + registration.discipline().id()
                + " in " + registration.jurisdiction());
      }
      if (registration.status() == LicenceStatus.EXPIRED || pastEnd) {
        findings.add(REGISTRATION_EXPIRED, pastEnd ? path + ".validUntil" : path + ".status",
            WARNING, register + " registration has expired");
      } else if (registration.status() != LicenceStatus.ACTIVE) {
        findings.add(REGISTRATION_NOT_ACTIVE, path + ".status", WARNING,
            register + " registration is " + registration.status().id());
      } else if (date.isBefore(registration.validFrom())) {
        findings.add(REGISTRATION_NOT_YET_VALID, path + ".validFrom", INFO,
            register + " registration is not yet valid");
      }
    }
  }

  private void checkPrivileges(TherapistProfile profile, LocalDate date, Findings findings) {
    List<CompactPrivilege> privileges = profile.compactPrivileges();
    for (int i = 0; i < privileges.size(); i++) {
      CompactPrivilege privilege = privileges.get(i);
      String path = "$.compactPrivileges[" + i + "]";
      String kind = privilege.kind().id();
      Optional<LocalDate> operational = privilege.compact().operationalFrom();
      if (operational.isPresent() && privilege.validFrom().isBefore(operational.get())) {
        findings.add(PRIVILEGE_BEFORE_COMPACT, path + ".validFrom", WARNING, kind
            + " privilege starts before " + privilege.compact().id() + " was operational ("
            + operational.get() + "); it authorises nothing before that day");
      }
      for (PrivilegeDefect defect : authorisation.privilegeDefects(profile, i, date)) {
        switch (defect) {
          case HOME_NOT_MEMBER -> findings.add(PRIVILEGE_HOME_NOT_MEMBER,
              path + ".homeJurisdiction", ERROR, "home jurisdiction "
                  + privilege.homeJurisdiction() + " is not a member of " + privilege.compact().id());
          case REMOTE_NOT_MEMBER -> findings.add(PRIVILEGE_REMOTE_NOT_MEMBER,
              path + ".remoteJurisdiction", ERROR, kind + " names a remote state that is not a"
                  + " member of " + privilege.compact().id());
          case WRONG_DISCIPLINE -> findings.add(PRIVILEGE_WRONG_DISCIPLINE, path, ERROR,
              kind + " rests only on licences in " + privilege.homeJurisdiction()
                  + " in disciplines " + privilege.compact().id() + " does not cover");
          case NO_HOME_LICENCE -> findings.add(PRIVILEGE_WITHOUT_HOME_LICENCE, path, WARNING,
              kind + " privilege has no valid home licence in " + privilege.homeJurisdiction()
                  + " in a discipline the compact covers");
          case COMPACT_NOT_OPERATIONAL -> findings.add(PRIVILEGE_COMPACT_NOT_OPERATIONAL,
              path + ".compact", WARNING, privilege.compact().id()
                  + " is not operational on the date, so " + kind + " authorises nothing");
          case NOT_YET_VALID -> findings.add(PRIVILEGE_NOT_YET_VALID, path + ".validFrom", INFO,
              kind + " privilege is not yet valid");
          case EXPIRED -> findings.add(PRIVILEGE_EXPIRED, path + ".validUntil", WARNING,
              kind + " privilege has expired");
          case DAYS_EXHAUSTED -> findings.add(PRIVILEGE_DAYS_EXHAUSTED,
              path + ".temporaryDaysUsed", WARNING, kind + " days for " + date.getYear()
                  + " are used up");
        }
      }
    }
  }

  private void checkAuthorisation(TherapistProfile profile, LocalDate date, Findings findings) {
    for (Grant grant : authorisation.grants(profile)) {
      if (grant.isValidOn(date)) {
        return;
      }
    }
    findings.add(NO_AUTHORISATION, "$.licences", WARNING, "holds no licence, registration or"
        + " compact privilege that authorises practice on the date, so it matches no request");
  }

  private static void checkCertifications(TherapistProfile profile, LocalDate date,
      Findings findings) {
    List<Certification> certifications = profile.certifications();
    for (int i = 0; i < certifications.size(); i++) {
      Certification certification = certifications.get(i);
      String path = "$.certifications[" + i + "]";
      String id = certification.credential().qualifiedId();
      switch (certification.standingOn(date, certifications)) {
        case PAST_CYCLE, MEMBERSHIP_LAPSED -> findings.add(CERTIFICATION_LAPSED, path, WARNING,
            id + " has lapsed and must be shown as lapsed");
        case NOT_YET_VALID -> findings.add(CERTIFICATION_NOT_YET_VALID, path + ".issued", INFO,
            id + " is not yet valid");
        case REQUIRED_CREDENTIAL_NOT_CURRENT -> findings.add(CERTIFICATION_LAPSED, path, WARNING,
            id + " rests on " + required(certification)
                + " that is not current, so it has lapsed and must be shown as lapsed");
        case REQUIRED_CREDENTIAL_NOT_HELD_LONG_ENOUGH -> findings.add(CERTIFICATION_LAPSED, path,
            WARNING, id + " needs " + required(certification) + " held for "
                + certification.credential().requiredHeldFor().map(Object::toString).orElse("")
                + " when issued, so it is not validly held and must not be shown as current");
        case CURRENT -> creditsShort(certification, date, path, id, findings);
      }
    }
  }

  private static String required(Certification certification) {
    return certification.credential().requiresCurrent().map(Credential::qualifiedId)
        .orElse("another credential");
  }

  private static void creditsShort(Certification certification, LocalDate date, String path,
      String id, Findings findings) {
    if (certification.ceCreditsShortfall() > 0 && certification.lastValidDay()
        .map(end -> ChronoUnit.DAYS.between(date, end) <= RENEWAL_NOTICE_DAYS).orElse(false)) {
      findings.add(CERTIFICATION_CREDITS_SHORT, path + ".ceCreditsEarned", INFO,
          id + " ends within " + RENEWAL_NOTICE_DAYS + " days and lacks "
              + certification.ceCreditsShortfall() + " CE credits for renewal");
    }
  }

  private static void checkFees(TherapistProfile profile, FeeSchedule fees, Findings findings) {
    List<SessionFee> sessionFees = fees.sessionFees();
    for (int i = 0; i < sessionFees.size(); i++) {
      SessionFee fee = sessionFees.get(i);
      Optional<SlidingScale> scale = fee.slidingScale();
      if (scale.isPresent() && scale.get().low().compareTo(scale.get().high()) > 0) {
        findings.add(SLIDING_SCALE_UPSIDE_DOWN, "$.fees.sessionFees[" + i + "].slidingScale",
            ERROR, "sliding scale's low end is above its high end");
      }
      // a profile offering no format at all has its own error
      if (!profile.formats().isEmpty() && !profile.formats().contains(fee.format())) {
        findings.add(FEE_FOR_FORMAT_NOT_OFFERED, "$.fees.sessionFees[" + i + "].format", WARNING,
            "fee for a session format the therapist does not offer");
      }
    }
  }

  private static void checkNetworks(TherapistProfile profile, Findings findings) {
    List<NetworkParticipation> networks = profile.networks();
    if (profile.deliveries().isEmpty()) {
      return; // a profile offering no delivery at all has its own error
    }
    for (int i = 0; i < networks.size(); i++) {
      NetworkParticipation participation = networks.get(i);
      boolean somewhere = participation.telehealth()
          && profile.deliveries().stream().anyMatch(Delivery::isTelehealth);
      for (PracticeLocation location : profile.locations()) {
        somewhere |= profile.deliveries().contains(Delivery.IN_PERSON)
            && location.networks().contains(participation.network());
      }
      if (!somewhere) {
        findings.add(NETWORK_NOWHERE, "$.networks[" + i + "]", WARNING,
            "network participation covers neither telehealth nor a practice location");
      }
    }
  }

  private static void checkAvailability(TherapistProfile profile, LocalDate date,
      Findings findings) {
    if (profile.acceptingNewClients() && profile.openCapacity() == 0) {
      findings.add(ACCEPTING_WITHOUT_CAPACITY, "$.openCapacity", WARNING,
          "accepts new clients but has no open capacity");
    }
    Instant startOfDay = date.atStartOfDay(ZoneOffset.UTC).toInstant();
    boolean stale = profile.availabilityConfirmedAt()
        .map(at -> at.isBefore(startOfDay.minus(STALE_AFTER))).orElse(true);
    if (stale) {
      findings.add(AVAILABILITY_STALE, "$.availabilityConfirmedAt", INFO,
          "availability not confirmed in the last " + STALE_AFTER.toDays() + " days");
    }
  }

  @Override
  public String toString() {
    return "TherapistProfileValidator{" + authorisation + "}";
  }
}
