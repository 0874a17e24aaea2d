package org.sextherapy.authorisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Registration;
import org.sextherapy.session.Delivery;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The one owner of "may this therapist see this client, physically here, on this date, in this
 * way". For telehealth the clinician must be authorised where the client is physically located
 * during the session (for example https://psypact.gov/page/Practice_Related_FAQs on the "Receiving
 * State"; IMLC principle that "the practice of medicine occurs where the patient is located",
 * https://imlcc.com/faqs); in person, where the session takes place.
 *
 * <p>The answer rests on one of the profile's {@linkplain #grants grants}:
 * <ul>
 *   <li>an <b>active licence</b>, in its period, whose issuing jurisdiction covers the place and is
 *       accepted by the place's {@link LicensingRegime} (a country-level {@code US} licence never
 *       authorises a state, since states license; no licence counts for counselling in the UK);</li>
 *   <li>an <b>active registration</b>, in its period, on a register the regime of the register's
 *       country names for the discipline (COSRT, BACP, UKCP for UK counselling; HCPC for UK
 *       practitioner psychologists; Ahpra for Australian psychologists);</li>
 *   <li>a <b>compact privilege</b>, of the scope its {@link PrivilegeKind} gives, on days when the
 *       compact is operational, the privilege is in its period, the home jurisdiction and (for a
 *       per-state privilege) the remote state are members, a licence in a discipline the compact
 *       covers is active and counts in the home jurisdiction, and (for a TAP) fewer than 30 days of
 *       the calendar year have been used in the remote state.</li>
 * </ul>
 *
 * <p>{@link org.sextherapy.validation.TherapistProfileValidator} reports the
 * {@linkplain #privilegeDefects defects} of each privilege from this class, and the matcher's index
 * is compiled from {@link #grants}, so the three never disagree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PracticeAuthorisation {

  private static final PracticeAuthorisation STANDARD =
      new PracticeAuthorisation(LicensingPolicy.defaults());

  private final LicensingPolicy policy;

  private PracticeAuthorisation(LicensingPolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns the rules under the {@linkplain LicensingPolicy#defaults() default policy}.
   *
   * @return the rules, never null
   */
  public static PracticeAuthorisation standard() {
    return STANDARD;
  }

  /**
   * Returns the rules under a caller's policy.
   *
   * @param policy the licensing policy, never null
   * @return the rules, never null
   */
  public static PracticeAuthorisation of(LicensingPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy.equals(LicensingPolicy.defaults()) ? STANDARD
        : new PracticeAuthorisation(policy);
  }

  /**
   * Returns the licensing policy.
   *
   * @return the policy, never null
   */
  public LicensingPolicy policy() {
    return policy;
  }

  /**
   * Decides whether a therapist may see a client physically in a place, on a date, by a delivery.
   * Never throws on values that can be constructed.
   *
   * @param profile the therapist, never null
   * @param place where the client is during the session, never null
   * @param delivery how the session is delivered, never null
   * @param date the session date, never null
   * @return the answer with its basis, or with the bases that were missing, never null
   */
  public Authorisation decide(TherapistProfile profile, Jurisdiction place, Delivery delivery,
      LocalDate date) {
    for (Grant grant : grants(profile)) {
      if (grant.authorises(place, delivery, date)) {
        return Authorisation.of(place, delivery, date, Optional.of(grant.basis()), List.of());
      }
    }
    return Authorisation.of(place, delivery, date, Optional.empty(), missing(profile, place));
  }

  /** The bases the place would accept for the disciplines the therapist holds credentials in. */
  private List<Basis> missing(TherapistProfile profile, Jurisdiction place) {
    return accepted(place, disciplines(profile));
  }

  /**
   * Returns the disciplines a therapist holds a licence or a registration in: what
   * {@link #accepted(Jurisdiction, Set)} needs to name the bases a place would accept from them.
   *
   * @param profile the therapist, never null
   * @return the disciplines, possibly empty, never null
   */
  public static Set<Discipline> disciplines(TherapistProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Set<Discipline> disciplines = EnumSet.noneOf(Discipline.class);
    for (Licence licence : profile.licences()) {
      disciplines.add(licence.discipline());
    }
    for (Registration registration : profile.registrations()) {
      disciplines.add(registration.discipline());
    }
    return disciplines;
  }

  /**
   * Returns the bases a place would accept from a therapist holding credentials in some
   * disciplines: for each discipline, in declaration order, the licence its regime asks for (of the
   * place, or of its country) and then its registers in name order, each basis once. This is what
   * {@link #decide} reports as missing when nothing the therapist holds authorises the session.
   *
   * @param place where the client is during the session, never null
   * @param disciplines the disciplines, as {@link #disciplines(TherapistProfile)} gives them, never
   *     null
   * @return the bases, possibly empty, never null
   */
  public List<Basis> accepted(Jurisdiction place, Set<Discipline> disciplines) {
    Set<Discipline> ordered = EnumSet.noneOf(Discipline.class);
    ordered.addAll(disciplines);
    Set<Basis> missing = new LinkedHashSet<>();
    for (Discipline discipline : ordered) {
      LicensingRegime regime = policy.regime(place, discipline);
      switch (regime.level()) {
        case SUBDIVISION -> {
          // Only a place that licenses can be asked for its licence: not a country under a
          // subdivision regime, nor a council area where only the nations license.
          if (regime.acceptsLicenceFrom(place)) {
            missing.add(Basis.of(BasisKind.LICENCE, place.code()));
          }
        }
        case ISSUER -> missing.add(Basis.of(BasisKind.LICENCE, place.code()));
        case COUNTRY -> missing.add(Basis.of(BasisKind.LICENCE, place.toCountry().code()));
        case NONE -> { }
      }
      for (String register : new TreeSet<>(regime.registers())) {
        missing.add(Basis.of(BasisKind.REGISTRATION, register));
      }
    }
    return List.copyOf(missing);
  }

  /**
   * Returns everything a profile's credentials authorise, in order: licences, then registrations,
   * then compact privileges, each in profile order (a privilege's grants in the order of the home
   * licences they rest on, then by date). Credentials that authorise nothing on any day give no
   * grant.
   *
   * @param profile the therapist, never null
   * @return the grants, never null
   */
  public List<Grant> grants(TherapistProfile profile) {
    List<Grant> grants = new ArrayList<>();
    List<Licence> licences = profile.licences();
    for (int l = 0; l < licences.size(); l++) {
      Licence licence = licences.get(l);
      if (licence.status() == LicenceStatus.ACTIVE && counts(licence)) {
        grants.add(Grant.builder().basis(Basis.of(BasisKind.LICENCE,
                licence.jurisdiction().code()))
            .path("$.licences[" + l + "]").jurisdiction(licence.jurisdiction())
            .telehealth(true).inPerson(true).validFrom(licence.validFrom())
            .validUntil(licence.validUntil()).build());
      }
    }
    List<Registration> registrations = profile.registrations();
    for (int r = 0; r < registrations.size(); r++) {
      Registration registration = registrations.get(r);
      if (registration.status() == LicenceStatus.ACTIVE && counts(registration)) {
        grants.add(Grant.builder().basis(Basis.of(BasisKind.REGISTRATION,
                registration.register().id()))
            .path("$.registrations[" + r + "]").jurisdiction(registration.jurisdiction())
            .telehealth(true).inPerson(true).validFrom(registration.validFrom())
            .validUntil(registration.validUntil()).build());
      }
    }
    List<CompactPrivilege> privileges = profile.compactPrivileges();
    for (int v = 0; v < privileges.size(); v++) {
      addPrivilegeGrants(privileges.get(v), "$.compactPrivileges[" + v + "]", licences, grants);
    }
    return grants;
  }

  /**
   * Tells whether a licence counts under the policy where its issuer covers, its status and dates
   * aside: not a country-level licence where states license, nor any licence where the discipline
   * has no statutory licence.
   *
   * @param licence the licence, never null
   * @return whether it can authorise anything
   */
  public boolean counts(Licence licence) {
    return policy.regime(licence.jurisdiction(), licence.discipline()).accepts(licence);
  }

  /**
   * Tells whether a registration counts under the policy of its register's country, its status
   * and dates aside.
   *
   * @param registration the registration, never null
   * @return whether its register counts for its discipline there
   */
  public boolean counts(Registration registration) {
    return policy.regime(registration.jurisdiction(), registration.discipline())
        .accepts(registration.register());
  }

  /** A licence a privilege can rest on: active, in a covered discipline, counting at home. */
  private boolean isHomeLicence(Licence licence, CompactPrivilege privilege) {
    return licence.status() == LicenceStatus.ACTIVE
        && privilege.compact().disciplines().contains(licence.discipline())
        && counts(licence) && licence.jurisdiction().covers(privilege.homeJurisdiction());
  }

  private static boolean membersAllow(CompactPrivilege privilege) {
    InterstateCompact compact = privilege.compact();
    return compact.hasMemberCovering(privilege.homeJurisdiction())
        && privilege.remoteJurisdiction().map(compact::hasMemberCovering).orElse(true);
  }

  private void addPrivilegeGrants(CompactPrivilege privilege, String path, List<Licence> licences,
      List<Grant> grants) {
    Optional<LocalDate> operational = privilege.compact().operationalFrom();
    if (operational.isEmpty() || !membersAllow(privilege)) {
      return;
    }
    PrivilegeKind kind = privilege.kind();
    Basis basis = Basis.of(BasisKind.COMPACT_PRIVILEGE, kind.id());
    for (Licence home : licences) {
      if (!isHomeLicence(home, privilege)) {
        continue;
      }
      LocalDate from = latest(latest(privilege.validFrom(), home.validFrom()), operational.get());
      Optional<LocalDate> until = earliest(privilege.validUntil(), home.validUntil());
      if (until.isPresent() && until.get().isBefore(from)) {
        continue;
      }
      for (LocalDate[] period : withoutExhaustedYears(privilege, from, until)) {
        ImmutableGrant.Builder grant = Grant.builder().basis(basis).path(path)
            .telehealth(kind.authorisesTelehealth()).inPerson(kind.authorisesInPerson())
            .validFrom(period[0]).validUntil(Optional.ofNullable(period[1]));
        Optional<Jurisdiction> remote = privilege.remoteJurisdiction();
        if (remote.isPresent()) {
          grant.jurisdiction(remote.get());
        } else {
          grant.compact(privilege.compact());
        }
        grants.add(grant.build());
      }
    }
  }

  /**
   * Splits a period (an open end as null) around the calendar years whose temporary-practice days
   * are used up.
   */
  private static List<LocalDate[]> withoutExhaustedYears(CompactPrivilege privilege,
      LocalDate from, Optional<LocalDate> until) {
    List<LocalDate[]> periods = new ArrayList<>();
    Optional<Integer> limit = privilege.kind().daysPerCalendarYear();
    LocalDate start = from;
    if (limit.isPresent()) {
      for (Integer year : new TreeSet<>(privilege.temporaryDaysUsed().keySet())) {
        if (privilege.daysUsedIn(year) < limit.get() || year < start.getYear()) {
          continue;
        }
        if (until.isPresent() && year > until.get().getYear()) {
          break;
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        if (start.isBefore(yearStart)) {
          periods.add(new LocalDate[] {start, yearStart.minusDays(1)});
        }
        start = LocalDate.of(year, 12, 31).plusDays(1);
      }
    }
    if (until.isEmpty() || !until.get().isBefore(start)) {
      periods.add(new LocalDate[] {start, until.orElse(null)});
    }
    return periods;
  }

  /**
   * Returns why a compact privilege authorises nothing on a date: empty exactly when one of the
   * profile's {@linkplain #grants grants} from that privilege is valid on the date.
   *
   * @param profile the therapist, never null
   * @param privilegeIndex the index of the privilege in {@link TherapistProfile#compactPrivileges()}
   * @param date the day, never null
   * @return the defects, never null
   * @throws IndexOutOfBoundsException if the index is not one of the profile's privileges
   */
  public Set<PrivilegeDefect> privilegeDefects(TherapistProfile profile, int privilegeIndex,
      LocalDate date) {
    CompactPrivilege privilege = profile.compactPrivileges().get(privilegeIndex);
    InterstateCompact compact = privilege.compact();
    Set<PrivilegeDefect> defects = EnumSet.noneOf(PrivilegeDefect.class);
    if (!compact.hasMemberCovering(privilege.homeJurisdiction())) {
      defects.add(PrivilegeDefect.HOME_NOT_MEMBER);
    }
    if (!privilege.remoteJurisdiction().map(compact::hasMemberCovering).orElse(true)) {
      defects.add(PrivilegeDefect.REMOTE_NOT_MEMBER);
    }
    if (!compact.isOperationalOn(date)) {
      defects.add(PrivilegeDefect.COMPACT_NOT_OPERATIONAL);
    }
    if (date.isBefore(privilege.validFrom())) {
      defects.add(PrivilegeDefect.NOT_YET_VALID);
    }
    if (privilege.validUntil().map(date::isAfter).orElse(false)) {
      defects.add(PrivilegeDefect.EXPIRED);
    }
    boolean homeLicence = false;
    boolean coveredDiscipline = false;
    boolean otherDiscipline = false;
    for (Licence licence : profile.licences()) {
      if (counts(licence) && licence.jurisdiction().covers(privilege.homeJurisdiction())) {
        if (compact.disciplines().contains(licence.discipline())) {
          coveredDiscipline = true;
          homeLicence |= isHomeLicence(licence, privilege) && licence.isValidOn(date);
        } else {
          otherDiscipline = true;
        }
      }
    }
    if (!homeLicence) {
      defects.add(otherDiscipline && !coveredDiscipline ? PrivilegeDefect.WRONG_DISCIPLINE
          : PrivilegeDefect.NO_HOME_LICENCE);
    }
    Optional<Integer> limit = privilege.kind().daysPerCalendarYear();
    if (limit.isPresent() && privilege.daysUsedIn(date.getYear()) >= limit.get()) {
      defects.add(PrivilegeDefect.DAYS_EXHAUSTED);
    }
    return defects;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().isBefore(b.get()) ? a : b;
  }

  @Override
  public String toString() {
    return "PracticeAuthorisation{" + policy + "}";
  }
}
