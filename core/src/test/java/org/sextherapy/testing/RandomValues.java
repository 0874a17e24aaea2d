package org.sextherapy.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.sextherapy.assignment.Assignment;
import org.sextherapy.assignment.CaseloadAssigner;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.GuardianConsent;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.StandardCodeSystem;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.matching.DistanceDecay;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.MatchResult;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.outcome.CourseOutcome;
import org.sextherapy.outcome.OutcomeMeasure;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.outcome.ScoreDirection;
import org.sextherapy.plan.ActivityKind;
import org.sextherapy.plan.Exercise;
import org.sextherapy.plan.Goal;
import org.sextherapy.plan.PlannedSession;
import org.sextherapy.plan.SessionPlan;
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
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Course;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.Frequency;
import org.sextherapy.session.OpenSlot;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.session.SessionSchedule;
import org.sextherapy.session.WeeklyHours;
import org.sextherapy.therapist.CompetenceGrade;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
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
import org.sextherapy.treatment.StandardModalities;
import org.sextherapy.validation.Severity;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Seeded generator of random, constructible model values, built only through the public API.
 *
 * <p>The same seed always gives the same values, so a failing property test names its seed and
 * reproduces. Values are valid to construct but not necessarily valid to use: licences may be
 * expired, certifications lapsed, requests incomplete, plans unethical. That is on purpose: the
 * validators, the ethics review and the matcher must handle every constructible value. Every free
 * text field (names, pronouns, own words, notes) contains {@link #SENTINEL}, so a test can assert it
 * never leaks into a message; ids never do, since ids are allowed in messages.
 */
public final class RandomValues {

  /** Planted in every free-text field of generated client data; must never appear in output. */
  public static final String SENTINEL = "S3NT1N3L-private";

  /** The day generated values are centred on; judge them on {@link #today()} or near it. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  /** Jurisdictions generated values use: several US states and other countries. */
  public static final List<Jurisdiction> JURISDICTIONS = List.of(
      Jurisdiction.parse("US-CA"), Jurisdiction.parse("US-NY"), Jurisdiction.parse("US-NJ"),
      Jurisdiction.parse("US-TX"), Jurisdiction.parse("US-FL"), Jurisdiction.parse("US-WA"),
      Jurisdiction.parse("US-IL"), Jurisdiction.parse("GB"), Jurisdiction.parse("DE-BE"),
      Jurisdiction.parse("CA-ON"), Jurisdiction.parse("AU-NSW"));

  /** An interstate compact whose members are some of {@link #JURISDICTIONS}. */
  public static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(Jurisdiction.parse("US-NY"), Jurisdiction.parse("US-NJ"),
          Jurisdiction.parse("US-TX"), Jurisdiction.parse("US-IL"), Jurisdiction.parse("US-WA")));

  /**
   * One compact of every kind, members among {@link #JURISDICTIONS}, with operational dates on
   * both sides of {@link #TODAY}: the shipped ones, the Social Work compact operational only from
   * a date the caller sets (or not at all), a PSYPACT whose caller moved its first day.
   */
  public static final List<InterstateCompact> COMPACTS = List.of(PSYPACT,
      InterstateCompact.of(CompactKind.PSYPACT, Set.of(Jurisdiction.parse("US-NY"),
          Jurisdiction.parse("US-CA")), Optional.of(TODAY.plusDays(30))),
      InterstateCompact.of(CompactKind.COUNSELING_COMPACT, Set.of(Jurisdiction.parse("US-FL"),
          Jurisdiction.parse("US-NJ"), Jurisdiction.parse("US-WA"), Jurisdiction.parse("US-TX"))),
      InterstateCompact.of(CompactKind.SOCIAL_WORK_LICENSURE_COMPACT,
          Set.of(Jurisdiction.parse("US-WA"), Jurisdiction.parse("US-NY"),
              Jurisdiction.parse("US-FL")), Optional.of(TODAY.minusDays(60))),
      InterstateCompact.of(CompactKind.SOCIAL_WORK_LICENSURE_COMPACT,
          Set.of(Jurisdiction.parse("US-WA"), Jurisdiction.parse("US-IL"))),
      InterstateCompact.of(CompactKind.NURSE_LICENSURE_COMPACT, Set.of(Jurisdiction.parse("US-TX"),
          Jurisdiction.parse("US-FL"), Jurisdiction.parse("US-NJ"))));

  /** Countries whose licences generated values sometimes record at country level. */
  private static final List<Jurisdiction> COUNTRIES = List.of(Jurisdiction.country("US"),
      Jurisdiction.country("GB"), Jurisdiction.country("AU"), Jurisdiction.country("CA"));

  private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("en"),
      Locale.forLanguageTag("es"), Locale.forLanguageTag("fr"), Locale.forLanguageTag("de"),
      Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("zh"), Locale.forLanguageTag("ar"));
  /**
   * A small world of payers and their networks, so that generated coverages and participations
   * meet often: two commercial payers with two networks each and two public programmes.
   */
  private static final List<NetworkParticipation> NETWORKS = List.of(
      NetworkParticipation.of(Payer.commercial("acme-health"), NetworkId.of("acme-ppo")),
      NetworkParticipation.of(Payer.commercial("acme-health"), NetworkId.of("acme-hmo")),
      NetworkParticipation.of(Payer.commercial("blue-plains"), NetworkId.of("blue-ppo")),
      NetworkParticipation.of(Payer.commercial("blue-plains"), NetworkId.of("blue-select")),
      NetworkParticipation.of(Payer.publicProgramme("us-medicare"),
          NetworkId.of("us-medicare-ffs")),
      NetworkParticipation.of(Payer.publicProgramme("us-medicaid-ny"),
          NetworkId.of("ny-medicaid-mco")));
  private static final List<PlanId> PLANS = List.of(PlanId.of("gold"), PlanId.of("silver"),
      PlanId.of("bronze"));
  private static final List<Integer> SESSION_MINUTES = List.of(45, 50, 60, 80, 90);
  /** A directory's vocabulary of race and ethnicity terms, shared by therapists and clients. */
  public static final List<String> RACE_TERMS = List.of("Black", "Black British", "Latina",
      "South Asian", "White", "Arab", "Indigenous");
  /** A directory's vocabulary of LGBTQ+ identity terms. */
  public static final List<String> LGBTQ_TERMS = List.of("queer", "lesbian", "gay", "bisexual",
      "Two-Spirit", "asexual", "pansexual");
  /** A directory's vocabulary of faith traditions. */
  public static final List<String> TRADITIONS = List.of("Christian", "Jewish", "Muslim",
      "Buddhist", "Hindu");
  /** Sign languages: American, British, German (and its older tag), French. */
  public static final List<Locale> SIGN_LANGUAGES = List.of(Locale.forLanguageTag("ase"),
      Locale.forLanguageTag("bfi"), Locale.forLanguageTag("gsg"),
      Locale.forLanguageTag("sgn-DE"), Locale.forLanguageTag("fsl"));

  private final SplittableRandom random;
  private int serial;

  /**
   * Creates a generator.
   *
   * @param seed the seed
   */
  public RandomValues(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Returns the day values are centred on. */
  public static LocalDate today() {
    return TODAY;
  }

  /** Returns true with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** Returns an int from 0 (inclusive) to bound (exclusive). */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Returns one of the values. */
  public <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Returns one of the enum's constants. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  /** Returns between min and max (inclusive) distinct elements of the values. */
  public <T> List<T> someOf(List<T> values, int min, int max) {
    List<T> pool = new ArrayList<>(values);
    int n = min + random.nextInt(Math.min(max, pool.size()) - min + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  /** Returns between min and max distinct constants of the enum. */
  public <E extends Enum<E>> Set<E> someOf(Class<E> type, int min, int max) {
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(someOf(List.of(type.getEnumConstants()), min, max));
    return out;
  }

  /** Returns a fresh opaque id with the given prefix. */
  public String id(String prefix) {
    return prefix + "-" + Integer.toString(serial++, 36) + "-" + Long.toString(random.nextLong()
        & 0xffffffL, 36);
  }

  /** Returns free text that contains the sentinel. */
  public String text() {
    String[] words = {"we", "feel", "distant", "since", "the", "baby", "pain", "worry", "ünïcödé",
        "\"quoted\"", "<tag>", "newline\nhere", "tab\there", "emoji \uD83D\uDE00"};
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(words[random.nextInt(words.length)]).append(' ');
    }
    int at = random.nextInt(b.length() + 1);
    return b.insert(at, " " + SENTINEL + " ").toString();
  }

  /** Returns a date within about three years either side of {@link #TODAY}. */
  public LocalDate date() {
    return TODAY.plusDays(random.nextInt(2200) - 1100);
  }

  /** Returns a jurisdiction from {@link #JURISDICTIONS}. */
  public Jurisdiction jurisdiction() {
    return oneOf(JURISDICTIONS);
  }

  /** Returns coordinates in a plausible populated band. */
  public Coordinates coordinates() {
    return Coordinates.of(25 + random.nextDouble() * 30, -125 + random.nextDouble() * 60);
  }

  /** Returns a concern type from the standard catalogue. */
  public ConcernType concern() {
    return oneOf(StandardConcerns.all());
  }

  /** Returns a gender identity, with own words half of the time. */
  public GenderIdentity gender() {
    Set<GenderTerm> terms = someOf(GenderTerm.class, 1, 2);
    return chance(0.5) ? GenderIdentity.of(text(), terms)
        : GenderIdentity.of(terms.toArray(GenderTerm[]::new));
  }

  /** Returns a licence in any status, with dates around today. */
  public Licence licence(Jurisdiction where) {
    LocalDate from = date().minusYears(2);
    Discipline discipline = oneOf(Discipline.class);
    String number = id("LIC");
    Licence.Builder b = Licence.builder().discipline(discipline).jurisdiction(where)
        .number(number).status(chance(0.8) ? LicenceStatus.ACTIVE : oneOf(LicenceStatus.class))
        .validFrom(from);
    if (chance(0.7)) {
      b.validUntil(from.plusDays(365 + random.nextInt(2000)));
    }
    if (!discipline.taxonomyCodes().isEmpty() && chance(0.5)) {
      // any code the discipline accepts, usual or specialty (103TC0700X clinical psychologist),
      // picked from the licence number rather than the seed's generator, so that every other
      // value a seed generates stays what it was
      List<Code> codes = discipline.taxonomyCodes();
      b.taxonomyCode(codes.get(Math.floorMod(number.hashCode() * 17 + 5, codes.size())));
    }
    // Whether and when the licence was verified comes from a generator of its own, seeded by the
    // licence number, so that every other value a seed generates stays what it was.
    SplittableRandom verification = new SplittableRandom(number.hashCode() * 31L
        + from.toEpochDay());
    if (verification.nextInt(10) < 6) {
      b.verifiedOn(from.plusDays(verification.nextInt(900)));
    }
    return b.build();
  }

  /** Returns a certification of a standard credential, current or lapsed. */
  public Certification certification() {
    Credential credential = oneOf(StandardCredentials.credentials());
    LocalDate issued = TODAY.minusDays(random.nextInt(1600));
    Certification.Builder b = Certification.builder().credential(credential)
        .issued(issued).ceCreditsEarned(random.nextInt(30))
        .membershipCurrent(chance(0.9));
    if (credential.issuer().renewalRule().isEmpty() && chance(0.6)) {
      LocalDate expires = TODAY.plusDays(random.nextInt(1500) - 400);
      b.expires(expires.isBefore(issued) ? issued : expires);
    }
    return b.build();
  }

  /** Returns a training record, sometimes meeting AASECT CST requirements. */
  public TrainingRecord training() {
    int supervised = random.nextInt(500);
    return TrainingRecord.builder().humanSexualityEducationHours(random.nextInt(150))
        .sexTherapyTrainingHours(random.nextInt(100))
        .attitudeReassessmentCompleted(chance(0.7)).supervisedClinicalHours(supervised)
        .telehealthClinicalHours(supervised == 0 ? 0 : random.nextInt(supervised + 1))
        .supervisionHours(random.nextInt(80)).postDegreeExperienceYears(random.nextInt(30))
        .build();
  }

  /** Returns a modality, usually a standard one. */
  public Modality modality() {
    if (chance(0.9)) {
      return oneOf(StandardModalities.all());
    }
    Set<Aim> aims = new LinkedHashSet<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      aims.add(aim());
    }
    return chance(0.3) ? Modality.of(id("mod"), "Modality " + serial, aims, text())
        : Modality.of(id("mod"), "Modality " + serial, aims);
  }

  /** Returns any aim, identity-altering ones included (rarely). */
  public Aim aim() {
    return Aim.of(oneOf(Focus.class), oneOf(Intent.class));
  }

  /** Returns an aim that never alters identity. */
  public Aim safeAim() {
    Aim aim = aim();
    return aim.altersIdentity() ? Aim.of(aim.focus(), Intent.EXPLORE) : aim;
  }

  /** Returns a therapist profile; most accept new clients, some hold lapsed credentials. */
  public TherapistProfile profile() {
    Jurisdiction home = jurisdiction();
    TherapistProfile.Builder b = TherapistProfile.builder().id(id("th"))
        .displayName("Dr " + text())
        .title(chance(0.3) ? Optional.of("Counsellor " + text()) : Optional.empty())
        .addAllLanguages(someOf(LANGUAGES, 1, 3))
        .addAllPopulations(someOf(Population.class, 0, 5))
        .addAllFormats(someOf(SessionFormat.class, 1, 4))
        .addAllDeliveries(someOf(Delivery.class, 1, 3))
        .acceptingNewClients(chance(0.8)).openCapacity(random.nextInt(9));
    if (chance(0.7)) {
      b.gender(gender());
    }
    if (chance(0.6)) {
      b.pronouns(text());
    }
    for (ConcernType concern : someOf(StandardConcerns.all(), 1, 8)) {
      b.addExpertise(Expertise.of(concern, oneOf(ExpertiseLevel.class)));
    }
    List<NetworkParticipation> networks = networkParticipations();
    b.addAllNetworks(networks);
    PracticeLocation.Builder location = PracticeLocation.builder().jurisdiction(home);
    if (chance(0.7)) {
      location.coordinates(coordinates());
    }
    for (NetworkParticipation network : networks) {
      if (chance(0.7)) {
        location.addNetworks(network.network());
      }
    }
    b.addLocations(withAccess(location.build()));
    b.addLicences(licence(home));
    if (chance(0.3)) {
      b.addLicences(licence(chance(0.2) ? oneOf(COUNTRIES) : jurisdiction()));
    }
    if (chance(0.2)) {
      b.addCompactPrivileges(CompactPrivilege.of(PSYPACT, home, TODAY.minusYears(1)));
    }
    if (chance(0.3)) {
      b.addCompactPrivileges(compactPrivilege(home));
    }
    if (chance(0.25)) {
      b.addRegistrations(registration());
    }
    int certifications = random.nextInt(3);
    for (int i = 0; i < certifications; i++) {
      b.addCertifications(certification());
    }
    if (chance(0.6)) {
      b.training(training());
    }
    if (chance(0.7)) {
      b.addDegrees(Degree.of(oneOf(DegreeLevel.class), "MSW", chance(0.8)));
    }
    b.addAllModalities(someOf(List.of(modality(), modality(), modality()), 0, 3)
        .stream().distinct().toList());
    if (chance(0.6)) {
      Currency currency = Currency.getInstance(home.countryCode().equals("GB") ? "GBP"
          : home.countryCode().equals("DE") ? "EUR" : "USD");
      b.fees(fees(currency, BigDecimal.ONE));
    }
    if (chance(0.7)) {
      b.availabilityConfirmedAt(Instant.parse("2026-11-01T00:00:00Z")
          .plusSeconds(random.nextInt(2_000_000)));
    }
    // Drawn after every other attribute, so the rest of a profile is drawn as before.
    if (chance(0.5)) {
      List<ConcernType> measured = new ArrayList<>();
      for (Expertise e : b.build().expertise()) {
        if (chance(0.6)) {
          measured.add(e.concern());
        }
      }
      if (chance(0.2)) {
        ConcernType other = concern();
        if (measured.stream().noneMatch(c -> c.id().equals(other.id()))) {
          measured.add(other);
        }
      }
      for (ConcernType concern : measured) {
        b.addOutcomes(outcomeRecord(concern));
      }
    }
    // Drawn last too: disclosed identity and values, then the access of each location.
    if (chance(0.4)) {
      b.raceOrEthnicity(selfDescription(RACE_TERMS));
    }
    if (chance(0.4)) {
      b.lgbtqIdentity(selfDescription(LGBTQ_TERMS));
    }
    if (chance(0.4)) {
      b.faith(faithStance());
    }
    for (PracticeArea area : someOf(PracticeArea.class, 0, 3)) {
      b.addPracticeCompetence(PracticeCompetence.of(area, oneOf(CompetenceGrade.class)));
    }
    if (chance(0.25)) {
      // A second office, in network there only through the therapist's own participations.
      PracticeLocation.Builder second = PracticeLocation.builder()
          .jurisdiction(chance(0.5) ? home : jurisdiction());
      if (chance(0.7)) {
        second.coordinates(coordinates());
      }
      for (NetworkParticipation network : networks) {
        if (chance(0.5)) {
          second.addNetworks(network.network());
        }
      }
      b.addLocations(withAccess(second.build()));
    }
    if (chance(0.15)) {
      b.addLanguages(oneOf(SIGN_LANGUAGES));
    }
    // When the therapist can see clients comes from a generator of its own, seeded by the
    // profile's id, so that every other value a seed generates stays what it was.
    RandomValues time = new RandomValues(b.build().id().hashCode() * 31L + 17);
    if (time.chance(0.5)) {
      b.availability(time.availability());
    }
    return b.build();
  }

  /**
   * Returns a self-description of one to three terms of a vocabulary, each written as a therapist
   * might (lower case, upper case, a hyphen for a space), sometimes with own words holding the
   * sentinel.
   */
  public SelfDescription selfDescription(List<String> vocabulary) {
    Set<String> terms = new LinkedHashSet<>();
    for (String term : someOf(vocabulary, 1, 3)) {
      terms.add(spelling(term));
    }
    return chance(0.3) ? SelfDescription.of(text(), terms) : SelfDescription.of(terms);
  }

  /** Returns a term spelled as written, in lower or upper case, or with hyphens for spaces. */
  public String spelling(String term) {
    return switch (random.nextInt(4)) {
      case 0 -> term.toLowerCase(Locale.ROOT);
      case 1 -> term.toUpperCase(Locale.ROOT);
      case 2 -> term.replace(' ', '-');
      default -> term;
    };
  }

  /** Returns a faith stance: secular, or integrating a tradition as spelled by someone. */
  public FaithStance faithStance() {
    return chance(0.4) ? FaithStance.secular() : FaithStance.integrating(spelling(oneOf(TRADITIONS)));
  }

  /**
   * Returns a copy of a location, its networks kept, with random access features and, sometimes,
   * sign languages.
   */
  public PracticeLocation withAccess(PracticeLocation location) {
    PracticeLocation.Builder b = PracticeLocation.builder().jurisdiction(location.jurisdiction())
        .coordinates(location.coordinates()).addAllNetworks(location.networks())
        .addAllAccess(someOf(AccessFeature.class, 0, 4));
    if (chance(0.3)) {
      b.addAllSignLanguages(someOf(SIGN_LANGUAGES, 1, 2));
    }
    return b.build();
  }

  /**
   * Returns terms a client names for a preference: one or two of a vocabulary, spelled in any way,
   * and sometimes a term of the client's own that holds the sentinel and matches nobody.
   */
  public Set<String> clientTerms(List<String> vocabulary) {
    Set<String> terms = new LinkedHashSet<>();
    for (String term : someOf(vocabulary, 1, 2)) {
      terms.add(spelling(term));
    }
    if (chance(0.2)) {
      terms.add(SENTINEL);
    }
    return terms;
  }

  private static final List<String> MEASURES = List.of("FSFI", "FSDS-R", "IIEF");

  /**
   * Returns an outcome measure: one of three ids, with a reliability and standard deviation in a
   * plausible range.
   */
  public OutcomeMeasure outcomeMeasure() {
    return OutcomeMeasure.of(oneOf(MEASURES), "Measure " + random.nextInt(100),
        0.5 + random.nextInt(49) / 100.0, 1 + random.nextInt(200) / 10.0,
        oneOf(ScoreDirection.class));
  }

  /**
   * Returns an outcome record for a concern: 1 to 300 courses (a few with many), about half
   * reliably improved, some deteriorated, one in four with much deterioration.
   */
  public OutcomeRecord outcomeRecord(ConcernType concern) {
    int courses = chance(0.1) ? 1 + random.nextInt(3) : 1 + random.nextInt(chance(0.3) ? 300 : 60);
    int improved = random.nextInt(courses + 1);
    int room = courses - improved;
    int deteriorated = chance(0.25) ? room : random.nextInt(Math.max(1, room / 4 + 1));
    LocalDate from = TODAY.minusDays(random.nextInt(2000));
    return OutcomeRecord.builder().concern(concern).measureId(oneOf(MEASURES)).courses(courses)
        .reliableImprovements(improved).reliableDeteriorations(Math.min(deteriorated, room))
        .periodFrom(from).periodUntil(from.plusDays(random.nextInt(1000))).build();
  }

  /** Returns a completed course of one of a few therapists, on a concern's one measure. */
  public CourseOutcome courseOutcome(String therapistId, ConcernType concern,
      OutcomeMeasure measure) {
    double sd = measure.normativeSd();
    double baseline = (random.nextInt(2001) - 1000) / 10.0;
    double change = (random.nextInt(801) - 400) / 100.0 * sd;
    LocalDate started = TODAY.minusDays(random.nextInt(2000));
    return CourseOutcome.builder().therapistId(therapistId).concern(concern).measure(measure)
        .baselineScore(baseline).finalScore(baseline + change).started(started)
        .completed(started.plusDays(random.nextInt(400))).build();
  }

  /** Returns a participant; about one in six is a minor, a quarter of those children. */
  public Participant participant(String id) {
    return participant(id, false);
  }

  /**
   * Returns a participant, about one in six a minor, who will sometimes be in a jurisdiction of
   * their own during sessions.
   */
  public Participant participant(String id, boolean elsewhere) {
    return participant(id, elsewhere, false);
  }

  /**
   * Returns a participant who will sometimes be in a jurisdiction of their own during sessions;
   * an adult when asked for one (the partners of a request meant to be matchable), otherwise about
   * one in six a minor.
   */
  public Participant participant(String id, boolean elsewhere, boolean adult) {
    Participant.Builder b = Participant.builder().id(id);
    if (elsewhere) {
      b.sessionJurisdiction(jurisdiction());
    }
    if (!adult && chance(0.15)) {
      if (chance(0.25)) {
        b.ageBracket(AgeBracket.CHILD).age(5 + random.nextInt(7));
      } else {
        int age = 12 + random.nextInt(6);
        b.ageBracket(AgeBracket.ADOLESCENT).age(age);
      }
    } else if (chance(0.5)) {
      int age = 18 + random.nextInt(70);
      b.ageBracket(AgeBracket.of(age)).age(age);
    } else {
      b.ageBracket(chance(0.8) ? AgeBracket.ADULT : AgeBracket.OLDER_ADULT);
    }
    if (chance(0.6)) {
      b.gender(gender());
    }
    return b.build();
  }

  /** Returns a preference of a random kind. */
  public Preference preference() {
    Strength strength = chance(0.3) ? Strength.REQUIRED : Strength.PREFERRED;
    return preference(oneOf(PreferenceKind.class), strength);
  }

  /**
   * Returns a random preference of a kind: exhaustive over the kinds, so a new kind does not
   * compile until the generator makes it.
   */
  public Preference preference(PreferenceKind kind, Strength strength) {
    return switch (kind) {
      case THERAPIST_GENDER ->
          TherapistGenderPreference.of(strength, someOf(GenderTerm.class, 1, 2));
      case POPULATION -> PopulationPreference.of(strength, someOf(Population.class, 1, 2));
      case LANGUAGE ->
          LanguagePreference.of(strength, new LinkedHashSet<>(someOf(LANGUAGES, 1, 2)));
      case CERTIFIED_SEX_THERAPIST -> CertifiedSexTherapistPreference.of(strength);
      case IN_PERSON_DISTANCE ->
          InPersonDistancePreference.of(strength, coordinates(), 5 + random.nextInt(200));
      case FEE -> FeePreference.of(strength, Currency.getInstance("USD"),
          BigDecimal.valueOf(50 + random.nextInt(200)));
      case SLIDING_SCALE -> SlidingScalePreference.of(strength);
      case INSURANCE -> InsurancePreference.of(strength, coverage(), chance(0.4));
      case MODALITY ->
          ModalityPreference.of(strength, Set.of(oneOf(StandardModalities.all()).id()));
      case TIME -> TimePreference.of(strength, oneOf(ZONES),
          List.of(weeklyHours(), weeklyHours()).subList(0, 1 + random.nextInt(2)));
      case RACE_OR_ETHNICITY -> RaceOrEthnicityPreference.of(strength, clientTerms(RACE_TERMS));
      case LGBTQ_IDENTITY -> LgbtqIdentityPreference.of(strength, clientTerms(LGBTQ_TERMS));
      case FAITH -> FaithPreference.of(strength, faithStances());
      case PRACTICE_COMPETENCE -> PracticeCompetencePreference.of(strength,
          oneOf(PracticeArea.class), chance(0.5) ? CompetenceGrade.AWARE : CompetenceGrade.EXPERIENCED);
      case ACCESS -> AccessPreference.of(strength, oneOf(AccessFeature.class));
      case SIGN_LANGUAGE ->
          SignLanguagePreference.of(strength, new LinkedHashSet<>(someOf(SIGN_LANGUAGES, 1, 2)));
    };
  }

  /**
   * Returns preferences for what a therapist discloses (identity, faith, competence) and for the
   * access and sign languages of their locations, spelled as a client might, each met by the
   * disclosure itself (whether the therapist then meets it depends on the rest of the request).
   */
  public List<Preference> disclosedBy(TherapistProfile therapist) {
    Strength strength = chance(0.3) ? Strength.REQUIRED : Strength.PREFERRED;
    List<Preference> out = new ArrayList<>();
    therapist.raceOrEthnicity().ifPresent(d -> out.add(RaceOrEthnicityPreference.of(strength,
        Set.of(spelling(oneOf(List.copyOf(d.terms())))))));
    therapist.lgbtqIdentity().ifPresent(d -> out.add(LgbtqIdentityPreference.of(strength,
        Set.of(spelling(oneOf(List.copyOf(d.terms())))))));
    therapist.faith().ifPresent(f -> out.add(FaithPreference.of(strength, Set.of(
        f.tradition().map(t -> FaithStance.integrating(spelling(t))).orElse(f)))));
    for (PracticeCompetence c : therapist.practiceCompetence()) {
      if (c.grade() != CompetenceGrade.NONE) {
        out.add(PracticeCompetencePreference.of(strength, c.area(), c.grade()));
      }
    }
    for (PracticeLocation location : therapist.locations()) {
      for (AccessFeature feature : location.access()) {
        out.add(AccessPreference.of(strength, feature));
      }
      for (Locale language : location.signLanguages()) {
        out.add(SignLanguagePreference.of(strength, Set.of(language)));
      }
    }
    for (Locale language : therapist.languages()) {
      if (SIGN_LANGUAGES.contains(language)) {
        out.add(SignLanguagePreference.of(strength, Set.of(language)));
      }
    }
    return out;
  }

  /** Returns one or two faith stances a client would accept, a tradition sometimes the sentinel. */
  public Set<FaithStance> faithStances() {
    Set<FaithStance> stances = new LinkedHashSet<>();
    stances.add(faithStance());
    if (chance(0.4)) {
      stances.add(chance(0.3) ? FaithStance.integrating(SENTINEL) : faithStance());
    }
    return stances;
  }

  /** Time zones of the generated availability and time preferences, with their DST rules. */
  public static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"),
      ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("UTC"));

  /**
   * Returns weekly hours on a quarter-hour grid between 06:00 and 23:45, away from the night-time
   * hours in which daylight-saving changes happen, so that a brute-force reference on a
   * quarter-hour grid decides overlaps exactly.
   */
  public WeeklyHours weeklyHours() {
    int start = 24 + random.nextInt(56); // quarter hours from 06:00 to 19:45
    int length = 3 + random.nextInt(Math.min(16, 95 - start - 2)); // 45 minutes to 4 hours
    return WeeklyHours.of(someOf(DayOfWeek.class, 1, 4),
        LocalTime.of(start / 4, start % 4 * 15),
        LocalTime.of((start + length) / 4, (start + length) % 4 * 15));
  }

  /** Returns a therapist's availability: weekly hours, open slots, a next opening, a wait. */
  public Availability availability() {
    Availability.Builder b = Availability.builder().zone(oneOf(ZONES));
    int hours = random.nextInt(4);
    for (int h = 0; h < hours; h++) {
      b.addHours(weeklyHours());
    }
    int slots = random.nextInt(3);
    for (int s = 0; s < slots; s++) {
      Instant start = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
          .plusSeconds(900L * (random.nextInt(400 * 96) - 200 * 96));
      b.addSlots(OpenSlot.of(start, Duration.ofMinutes(15L * (2 + random.nextInt(6)))));
    }
    if (chance(0.3)) {
      b.nextOpening(TODAY.plusDays(random.nextInt(60)));
    }
    if (chance(0.2)) {
      b.estimatedWait(Period.ofWeeks(random.nextInt(12)));
    }
    return b.build();
  }

  /** Returns a client request; mostly well formed, sometimes incomplete. */
  public ClientRequest request() {
    SessionFormat format = oneOf(SessionFormat.class);
    int people = format == SessionFormat.COUPLE ? 2
        : format == SessionFormat.MULTI_PARTNER ? 3 + random.nextInt(2) : 1;
    if (chance(0.05)) {
      people = random.nextInt(3);
    }
    ClientRequest.Builder b = ClientRequest.builder().id(id("req"))
        .sessionJurisdiction(jurisdiction()).format(format)
        .addAllDeliveries(someOf(Delivery.class, chance(0.05) ? 0 : 1, 3));
    for (int i = 0; i < people; i++) {
      b.addParticipants(participant("p" + (i + 1), i > 0 && chance(0.2)));
    }
    int concerns = chance(0.05) ? 0 : 1 + random.nextInt(3);
    for (ConcernType concern : someOf(StandardConcerns.all(), concerns, concerns)) {
      b.addConcerns(RequestedConcern.builder().concern(concern).priority(oneOf(Priority.class))
          .markedDistress(chance(0.5)).involvesNonConsentingOthers(chance(0.05)).build());
    }
    int preferences = random.nextInt(4);
    for (int i = 0; i < preferences; i++) {
      b.addPreferences(preference());
    }
    if (chance(0.5)) {
      b.guardianConsent(oneOf(GuardianConsent.class));
    }
    if (chance(0.7)) {
      b.waitingSince(TODAY.minusDays(random.nextInt(120)));
    }
    return b.build();
  }

  /** Returns {@code n} therapist profiles, ids unique. */
  public List<TherapistProfile> profiles(int n) {
    List<TherapistProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(profile());
    }
    return out;
  }

  /**
   * Returns a client request shaped towards a therapist, so that matching finds candidates: most of
   * the time the session jurisdiction is one the therapist is licensed in, the format and one
   * delivery are ones they offer and one concern is one they declare expertise in; preferences and
   * participants are as random as in {@link #request()}.
   */
  public ClientRequest requestFor(TherapistProfile therapist) {
    SessionFormat format = chance(0.8) ? oneOf(List.copyOf(therapist.formats()))
        : oneOf(SessionFormat.class);
    int people = format == SessionFormat.COUPLE ? 2
        : format == SessionFormat.MULTI_PARTNER ? 3 + random.nextInt(2) : 1;
    Jurisdiction where = chance(0.8) && !therapist.licences().isEmpty()
        ? oneOf(therapist.licences()).jurisdiction() : jurisdiction();
    Set<Delivery> deliveries = someOf(Delivery.class, 1, 3);
    if (chance(0.6)) {
      deliveries.add(oneOf(List.copyOf(therapist.deliveries())));
    }
    ClientRequest.Builder b = ClientRequest.builder().id(id("req")).sessionJurisdiction(where)
        .format(format).addAllDeliveries(deliveries);
    // Partners of a request meant to be matchable are adults: a partner-format request with a
    // minor is a safeguarding matter that is never matched (random requests still hold them).
    boolean partners = format == SessionFormat.COUPLE || format == SessionFormat.MULTI_PARTNER;
    for (int i = 0; i < people; i++) {
      b.addParticipants(participant("p" + (i + 1), i > 0 && chance(0.2), partners));
    }
    List<ConcernType> concerns = new ArrayList<>(someOf(StandardConcerns.all(), 1, 3));
    if (chance(0.8) && !therapist.expertise().isEmpty()) {
      concerns.set(0, oneOf(therapist.expertise()).concern());
    }
    for (ConcernType concern : concerns) {
      b.addConcerns(RequestedConcern.builder().concern(concern).priority(oneOf(Priority.class))
          .markedDistress(chance(0.5)).build());
    }
    int preferences = random.nextInt(4);
    for (int i = 0; i < preferences; i++) {
      b.addPreferences(preference());
    }
    List<Coordinates> points = therapist.locations().stream()
        .flatMap(l -> l.coordinates().stream()).toList();
    if (chance(0.4) && !points.isEmpty()) {
      b.addPreferences(distanceNear(oneOf(points)));
    }
    if (chance(0.6)) {
      b.addPreferences(aimedAt(therapist, oneOf(PreferenceKind.class)));
    }
    if (chance(0.5)) {
      b.guardianConsent(oneOf(GuardianConsent.class));
    }
    return b.build();
  }

  /**
   * Returns a preference of a kind that the therapist's own attributes meet where they can (their
   * network, certification, hours, disclosures, access): with sixteen kinds, a random preference
   * would rarely name what the target of a request holds, and the matcher's scoring of that kind
   * would go untested. Whether the therapist then meets it depends on the rest of the request.
   */
  public Preference aimedAt(TherapistProfile therapist, PreferenceKind kind) {
    Strength strength = chance(0.3) ? Strength.REQUIRED : Strength.PREFERRED;
    List<Preference> disclosed = disclosedBy(therapist).stream()
        .filter(p -> p.kind() == kind).toList();
    return switch (kind) {
      case RACE_OR_ETHNICITY, LGBTQ_IDENTITY, FAITH, PRACTICE_COMPETENCE, ACCESS, SIGN_LANGUAGE ->
          disclosed.isEmpty() ? preference(kind, strength) : oneOf(disclosed);
      case INSURANCE -> therapist.networks().isEmpty() ? preference(kind, strength)
          : insuredWith(oneOf(therapist.networks()));
      case TIME -> therapist.availability().filter(a -> !a.hours().isEmpty())
          .<Preference>map(a -> TimePreference.of(strength, a.zone(), List.of(oneOf(a.hours()))))
          .orElseGet(() -> preference(kind, strength));
      case THERAPIST_GENDER, POPULATION, LANGUAGE, CERTIFIED_SEX_THERAPIST, IN_PERSON_DISTANCE,
          FEE, SLIDING_SCALE, MODALITY -> preference(kind, strength);
    };
  }

  /**
   * Returns an insurance preference whose coverage is with a participation's payer, through its
   * network and sometimes one of its plans, out of network sometimes acceptable: whether the
   * therapist then covers the client depends on acceptance, telehealth, offices and the request.
   */
  public InsurancePreference insuredWith(NetworkParticipation participation) {
    Coverage.Builder coverage = Coverage.builder().payer(participation.payer())
        .addNetworks(participation.network());
    if (!participation.plans().isEmpty() && chance(0.5)) {
      coverage.plan(oneOf(List.copyOf(participation.plans())));
    }
    return InsurancePreference.of(chance(0.3) ? Strength.REQUIRED : Strength.PREFERRED,
        coverage.build(), chance(0.4));
  }

  /**
   * Returns an in-person distance preference from a point near a practice: sometimes with the
   * practice just inside or just outside the distance, or at exactly the distance, to the last bit.
   */
  public InPersonDistancePreference distanceNear(Coordinates practice) {
    Strength strength = chance(0.3) ? Strength.REQUIRED : Strength.PREFERRED;
    Coordinates from = Coordinates.of(
        Math.max(-90, Math.min(90, practice.latitude() + random.nextDouble() - 0.5)),
        Math.max(-180, Math.min(180, practice.longitude() + random.nextDouble() - 0.5)));
    double exact = from.distanceKm(practice);
    double km;
    switch (random.nextInt(4)) {
      case 0:
        km = exact;
        break;
      case 1:
        km = Math.nextDown(exact);
        break;
      case 2:
        km = exact + random.nextDouble() * 0.1 - 0.05;
        break;
      default:
        km = 1 + random.nextInt(150);
    }
    return InPersonDistancePreference.of(strength, from, Math.max(Double.MIN_VALUE, km));
  }

  /** Returns matching weights within the ranges a policy allows, deeper expertise never lower. */
  public MatchPolicy matchPolicy() {
    int general = random.nextInt(50);
    int experienced = general + random.nextInt(50);
    return MatchPolicy.builder().generalExpertisePoints(general)
        .experiencedExpertisePoints(experienced)
        .specialistExpertisePoints(experienced + random.nextInt(50))
        .preferencePoints(random.nextInt(40)).certificationPoints(random.nextInt(20))
        .pointsPerExperienceYear(random.nextInt(5))
        .experienceYearsCounted(random.nextInt(MatchPolicy.MAX_EXPERIENCE_YEARS + 1))
        .measuredOutcomeWeightPercent(random.nextInt(101))
        .outcomePriorCourses(chance(0.1) ? 0 : random.nextInt(60))
        .outcomeSpanPercent(1 + random.nextInt(100))
        .excludeCredibleDeterioration(chance(0.5))
        .freshAvailabilityPoints(random.nextInt(20))
        .availabilityFreshForDays(1 + random.nextInt(200))
        .availabilityConfirmedWithinDays(chance(0.4) ? OptionalInt.of(random.nextInt(120))
            : OptionalInt.empty())
        .distanceDecay(oneOf(DistanceDecay.class)).distanceHalfKm(1 + random.nextInt(100)).build();
  }

  /** Returns a session schedule. */
  public SessionSchedule schedule() {
    return SessionSchedule.builder().format(oneOf(SessionFormat.class))
        .delivery(oneOf(Delivery.class)).sessionLength(Duration.ofMinutes(30 + random.nextInt(60)))
        .frequency(oneOf(Frequency.class))
        .course(chance(0.5) ? Course.shortTerm(1 + random.nextInt(20)) : Course.openEnded())
        .build();
  }

  /**
   * Returns a session plan. With {@code ethical} true its goals never alter identity, its in-session
   * activities are verbal and its exercises are voluntary, consented by every participant, without
   * the therapist, and never partnered or sexual for a minor; otherwise anything constructible.
   */
  public SessionPlan plan(boolean ethical) {
    int people = 1 + random.nextInt(3);
    SessionPlan.Builder b = SessionPlan.builder().id(id("plan")).therapistId(id("th"));
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      participants.add(participant("p" + (i + 1)));
    }
    b.addAllParticipants(participants);
    if (chance(0.7)) {
      b.schedule(schedule());
    }
    List<ActivityKind> verbal = EnumSet.allOf(ActivityKind.class).stream()
        .filter(ActivityKind::isVerbal).toList();
    int sessions = random.nextInt(6);
    for (int s = 1; s <= sessions; s++) {
      List<Goal> goals = new ArrayList<>();
      int n = random.nextInt(3);
      for (int g = 0; g < n; g++) {
        Aim aim = ethical ? safeAim() : aim();
        goals.add(chance(0.5) ? Goal.of(aim, text()) : Goal.of(aim));
      }
      List<ActivityKind> activities = ethical ? someOf(verbal, 0, 3)
          : someOf(List.of(ActivityKind.values()), 0, 3);
      b.addSessions(PlannedSession.of(s, goals, activities));
    }
    int exercises = random.nextInt(4);
    boolean anyMinor = participants.stream().anyMatch(Participant::isMinor);
    for (int e = 0; e < exercises; e++) {
      List<String> ids = participants.stream().map(Participant::id).toList();
      List<String> who = someOf(ids, 1, ids.size());
      ActivityKind kind = oneOf(ActivityKind.class);
      if (ethical && (kind == ActivityKind.PHYSICAL_EXAMINATION
          || kind == ActivityKind.THERAPIST_TOUCH)) {
        kind = ActivityKind.JOURNALLING;
      }
      if (ethical && anyMinor && who.stream().anyMatch(id -> isMinor(participants, id))) {
        who = List.of(who.get(0));
        kind = ActivityKind.JOURNALLING;
      }
      if (ethical && kind.isPartneredByNature() && who.size() < 2) {
        // sensate focus or partnered sexual activity names the partner, so both consents count
        kind = ActivityKind.JOURNALLING;
      }
      Exercise.Builder x = Exercise.builder().id(id("ex")).kind(kind).addAllParticipantIds(who);
      if (ethical) {
        x.voluntary(true).addAllConsentedBy(who);
      } else {
        x.voluntary(chance(0.8)).includesTherapist(chance(0.05))
            .addAllConsentedBy(someOf(who, 0, who.size()));
      }
      if (chance(0.5)) {
        x.note(text());
      }
      b.addExercises(x.build());
    }
    return b.build();
  }

  /**
   * Returns what the standard matcher finds for a random request in a random directory of 5 to 40
   * profiles on {@link #TODAY}, with k from 1 to 10: a realistic match result, often with matches.
   */
  public MatchResult matchResult() {
    List<TherapistProfile> profiles = new ArrayList<>();
    int size = 5 + random.nextInt(36);
    for (int i = 0; i < size; i++) {
      profiles.add(profile());
    }
    return Matcher.standard().match(request(), TherapistDirectory.of(profiles), TODAY,
        1 + random.nextInt(10));
  }

  /**
   * Returns what the standard assigner makes of 1 to 8 random requests and 2 to 12 random
   * profiles on {@link #TODAY}: a realistic assignment, with placed and waiting clients.
   */
  public Assignment assignment() {
    List<ClientRequest> waiting = new ArrayList<>();
    int clients = 1 + random.nextInt(8);
    for (int i = 0; i < clients; i++) {
      waiting.add(request());
    }
    List<TherapistProfile> profiles = new ArrayList<>();
    int therapists = 2 + random.nextInt(11);
    for (int i = 0; i < therapists; i++) {
      profiles.add(profile());
    }
    return CaseloadAssigner.standard().assign(waiting, profiles, TODAY);
  }

  private static boolean isMinor(List<Participant> participants, String id) {
    return participants.stream().anyMatch(p -> p.id().equals(id) && p.isMinor());
  }

  // Values of single types that the documents above do not (or rarely) contain; added for the
  // round-trip tests of the JSON wire format, which cover every type of the model.

  /** Returns a code: usually one of {@code CodeCatalogue}, sometimes one it does not ship. */
  public Code code() {
    if (chance(0.7)) {
      return oneOf(CodeCatalogue.all());
    }
    StandardCodeSystem system = oneOf(StandardCodeSystem.class);
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    char letter = letters.charAt(random.nextInt(letters.length()));
    String code = switch (system) {
      case ICD_11_MMS -> "" + (char) ('1' + random.nextInt(9)) + letter + random.nextInt(10)
          + random.nextInt(10) + (chance(0.5) ? "." + random.nextInt(10) : "");
      case ICD_10_CM, ICD_10 -> "" + letter + random.nextInt(10) + random.nextInt(10)
          + (chance(0.5) ? "." + random.nextInt(10) : "");
      case NUCC_PROVIDER_TAXONOMY -> (100 + random.nextInt(900)) + "" + letter
          + (10000 + random.nextInt(90000)) + "X";
    };
    // Recorded spellings vary in case and spacing; the code is kept in canonical form.
    String recorded = chance(0.3) ? " " + code.toLowerCase(Locale.ROOT) + " " : code;
    return Code.of(system, recorded, text(), oneOf(Certainty.class));
  }

  /** Returns a renewal rule with a cycle of one to five years. */
  public RenewalRule renewalRule() {
    return RenewalRule.of(Period.ofYears(1 + random.nextInt(5)), random.nextInt(80), chance(0.5));
  }

  /** Returns a certifying body: usually a standard one, sometimes another issuer. */
  public CertifyingBody certifyingBody() {
    if (chance(0.6)) {
      return oneOf(StandardCredentials.bodies());
    }
    return chance(0.5) ? CertifyingBody.of(id("body"), text(), renewalRule())
        : CertifyingBody.of(id("body"), text());
  }

  /**
   * Returns a credential: usually a standard one, sometimes another issuer's, which may require
   * another credential to be current.
   */
  public Credential credential() {
    if (chance(0.5)) {
      return oneOf(StandardCredentials.credentials());
    }
    Credential.Builder b = Credential.builder().issuer(certifyingBody()).id(id("cred"))
        .title(text()).kind(oneOf(CredentialKind.class));
    if (chance(0.3)) {
      b.requiresCurrent(chance(0.5) ? oneOf(StandardCredentials.credentials())
          : Credential.builder().issuer(certifyingBody()).id(id("cred")).title(text())
              .kind(oneOf(CredentialKind.class)).build());
    }
    return b.build();
  }

  /** Returns a certification of any credential, standard or not, current or lapsed. */
  public Certification anyCertification() {
    LocalDate issued = TODAY.minusDays(random.nextInt(1600));
    Certification.Builder b = Certification.builder().credential(credential())
        .issued(issued).ceCreditsEarned(random.nextInt(30))
        .membershipCurrent(chance(0.9));
    if (chance(0.4)) {
      b.expires(issued.plusDays(random.nextInt(2000)));
    }
    return b.build();
  }

  /** Returns a degree with a free-text title. */
  public Degree degree() {
    return Degree.of(oneOf(DegreeLevel.class), text(), chance(0.7));
  }

  /** Returns a compact privilege under {@link #PSYPACT}, open-ended or ending. */
  public CompactPrivilege compactPrivilege() {
    LocalDate from = date();
    return chance(0.5) ? CompactPrivilege.of(PSYPACT, jurisdiction(), from)
        : CompactPrivilege.of(PSYPACT, jurisdiction(), from, from.plusDays(random.nextInt(900)));
  }

  /**
   * Returns a privilege of any kind under one of {@link #COMPACTS}, usually resting on a home
   * jurisdiction, sometimes anywhere; a per-state one names a remote state, a TAP records days used
   * around {@link #TODAY}'s year, sometimes all 30.
   */
  public CompactPrivilege compactPrivilege(Jurisdiction home) {
    PrivilegeKind kind = oneOf(PrivilegeKind.class);
    List<InterstateCompact> compacts = COMPACTS.stream()
        .filter(c -> c.kind() == kind.compact()).toList();
    LocalDate from = TODAY.minusDays(random.nextInt(900) - 100);
    Jurisdiction homeOfPrivilege = chance(0.8) ? home : jurisdiction();
    CompactPrivilege.Builder b = CompactPrivilege.builder().compact(oneOf(compacts)).kind(kind)
        .homeJurisdiction(homeOfPrivilege).validFrom(from);
    if (chance(0.4)) {
      b.validUntil(from.plusDays(random.nextInt(1200)));
    }
    if (kind.isForOneState()) {
      // A privilege for one state is never for the home state (CompactPrivilege refuses it).
      Jurisdiction remote = jurisdiction();
      while (remote.equals(homeOfPrivilege)) {
        remote = jurisdiction();
      }
      b.remoteJurisdiction(remote);
    }
    if (kind.daysPerCalendarYear().isPresent()) {
      for (int year = TODAY.getYear() - 1; year <= TODAY.getYear() + 1; year++) {
        if (chance(0.6)) {
          b.putTemporaryDaysUsed(year, chance(0.4) ? 30 + random.nextInt(3) : random.nextInt(30));
        }
      }
    }
    return b.build();
  }

  /** Returns an entry on a standard register, in any discipline and status. */
  public Registration registration() {
    LocalDate from = date().minusYears(2);
    Registration.Builder b = Registration.builder().register(oneOf(StandardRegisters.all()))
        .discipline(chance(0.6) ? Discipline.COUNSELLING : oneOf(Discipline.class))
        .number(chance(0.5) ? text() : id("REG")).status(chance(0.85) ? LicenceStatus.ACTIVE
            : oneOf(LicenceStatus.class)).validFrom(from);
    if (chance(0.5)) {
      b.validUntil(from.plusDays(365 + random.nextInt(2000)));
    }
    return b.build();
  }

  /** Returns a practice location, with coordinates most of the time. */
  public PracticeLocation practiceLocation() {
    PracticeLocation.Builder b = PracticeLocation.builder().jurisdiction(jurisdiction());
    if (chance(0.7)) {
      b.coordinates(coordinates());
    }
    if (chance(0.3)) {
      b.addNetworks(oneOf(NETWORKS).network());
    }
    return b.build();
  }

  /** Returns expertise in a standard concern at any level. */
  public Expertise expertise() {
    return Expertise.of(concern(), oneOf(ExpertiseLevel.class));
  }

  /** Returns a fee schedule with fees in cents precision, sometimes with sliding scales. */
  public FeeSchedule fees() {
    return fees(Currency.getInstance(oneOf(List.of("USD", "EUR", "GBP", "CAD"))),
        BigDecimal.valueOf(1, 2));
  }

  /**
   * Returns a fee schedule in a currency: one to four fees for distinct formats and lengths, each
   * sometimes with a sliding scale, in whole units ({@code unit} 1) or cents ({@code unit} 0.01);
   * sometimes with superbills.
   */
  public FeeSchedule fees(Currency currency, BigDecimal unit) {
    FeeSchedule.Builder b = FeeSchedule.builder().currency(currency).superbills(chance(0.4));
    Set<String> seen = new java.util.HashSet<>();
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      SessionFormat format = oneOf(SessionFormat.class);
      int minutes = oneOf(SESSION_MINUTES);
      if (!seen.add(format.id() + minutes)) {
        continue;
      }
      BigDecimal amount = unit.multiply(BigDecimal.valueOf(
          unit.scale() == 0 ? 60 + random.nextInt(200) : 4000 + random.nextInt(30000)));
      b.addSessionFees(chance(0.4)
          ? SessionFee.of(format, minutes, amount, SlidingScale.of(unit.multiply(
              BigDecimal.valueOf(unit.scale() == 0 ? 20 + random.nextInt(80)
                  : 1000 + random.nextInt(6000))), amount))
          : SessionFee.of(format, minutes, amount));
    }
    return b.build();
  }

  /**
   * Returns zero to three participations in distinct networks of the small payer world, each
   * sometimes limited to plans, with or without a per-network acceptance, sometimes telehealth.
   */
  public List<NetworkParticipation> networkParticipations() {
    List<NetworkParticipation> out = new ArrayList<>();
    for (NetworkParticipation template : someOf(NETWORKS, 0, 3)) {
      NetworkParticipation.Builder b = NetworkParticipation.builder().payer(template.payer())
          .network(template.network()).telehealth(chance(0.6));
      if (chance(0.3)) {
        b.addAllPlans(someOf(PLANS, 1, 2));
      }
      if (chance(0.5)) {
        b.acceptance(chance(0.7) ? PatientAcceptance.ACCEPTING : oneOf(PatientAcceptance.class));
      }
      out.add(b.build());
    }
    return out;
  }

  /** Returns a client's coverage in the small payer world: a payer, sometimes a plan and networks. */
  public Coverage coverage() {
    NetworkParticipation template = oneOf(NETWORKS);
    Coverage.Builder b = Coverage.builder().payer(template.payer());
    if (chance(0.5)) {
      b.plan(oneOf(PLANS));
    }
    if (chance(0.6)) {
      b.addNetworks(template.network());
      for (NetworkParticipation other : NETWORKS) {
        if (other.payer().equals(template.payer()) && chance(0.3)) {
          b.addNetworks(other.network());
        }
      }
    }
    return b.build();
  }

  /** Returns a requested concern, sometimes with recorded codes. */
  public RequestedConcern requestedConcern() {
    RequestedConcern.Builder b = RequestedConcern.builder().concern(concern())
        .priority(oneOf(Priority.class)).markedDistress(chance(0.5))
        .involvesNonConsentingOthers(chance(0.05)).significantRiskOfInjuryOrDeath(chance(0.05))
        .distressOnlyFromMoralDisapproval(chance(0.1)).selfIdentifiesAsAsexual(chance(0.1));
    int codes = random.nextInt(3);
    for (int i = 0; i < codes; i++) {
      Code code = code();
      if (!CodeCatalogue.isIdentityCode(code)) {
        b.addRecordedCodes(code);
      }
    }
    return b.build();
  }

  /** Returns a violation such as a validator reports (its message is library text). */
  public Violation violation() {
    return Violation.of(oneOf(List.of("licence.valid", "ethics.verbal-sessions",
        "ethics.no-identity-change", "request.format-participants")),
        oneOf(List.of("$", "$.licences[0]", "$.exercises[2].consentedBy", "$.participants")),
        oneOf(Severity.class), "message " + random.nextInt(100));
  }

  /** Returns a validation result of zero to four violations. */
  public ValidationResult validationResult() {
    List<Violation> violations = new ArrayList<>();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      violations.add(violation());
    }
    return ValidationResult.of(violations);
  }

  /**
   * Returns a copy of a profile, built through the public builder, with its availability changed:
   * whether the therapist is accepting new clients and how many open places they have.
   */
  public TherapistProfile withAvailability(TherapistProfile p, boolean accepting,
      int openCapacity) {
    return TherapistProfile.builder().id(p.id()).displayName(p.displayName()).gender(p.gender())
        .pronouns(p.pronouns()).title(p.title()).addAllLanguages(p.languages()).addAllExpertise(p.expertise())
        .addAllPopulations(p.populations()).addAllFormats(p.formats())
        .addAllDeliveries(p.deliveries()).addAllLocations(p.locations())
        .addAllDegrees(p.degrees()).addAllLicences(p.licences())
        .addAllCompactPrivileges(p.compactPrivileges()).addAllRegistrations(p.registrations())
        .addAllCertifications(p.certifications())
        .training(p.training()).addAllModalities(p.modalities()).fees(p.fees())
        .addAllNetworks(p.networks()).addAllOutcomes(p.outcomes())
        .raceOrEthnicity(p.raceOrEthnicity()).lgbtqIdentity(p.lgbtqIdentity()).faith(p.faith())
        .addAllPracticeCompetence(p.practiceCompetence())
        .acceptingNewClients(accepting).openCapacity(openCapacity)
        .availabilityConfirmedAt(p.availabilityConfirmedAt()).availability(p.availability())
        .build();
  }

  /**
   * Returns a copy of a request, built through the public builder, that joined the waiting list on
   * a day, or is not on it.
   */
  public ClientRequest waitingSince(ClientRequest r, Optional<LocalDate> since) {
    return ClientRequest.builder().id(r.id()).addAllParticipants(r.participants())
        .sessionJurisdiction(r.sessionJurisdiction()).addAllConcerns(r.concerns())
        .format(r.format()).addAllDeliveries(r.deliveries()).addAllPreferences(r.preferences())
        .guardianConsent(r.guardianConsent()).waitingSince(since).build();
  }

  /**
   * Returns a waiting list of {@code n} requests for a directory: most shaped towards one of its
   * therapists ({@link #requestFor}), some not; most on the waiting list for up to two years
   * before {@link #TODAY}.
   */
  public List<ClientRequest> waitingList(List<TherapistProfile> directory, int n) {
    List<ClientRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ClientRequest r = chance(0.85) && !directory.isEmpty() ? requestFor(oneOf(directory))
          : request();
      out.add(waitingSince(r, chance(0.8)
          ? Optional.of(TODAY.minusDays(random.nextInt(730))) : Optional.empty()));
    }
    return out;
  }
}
