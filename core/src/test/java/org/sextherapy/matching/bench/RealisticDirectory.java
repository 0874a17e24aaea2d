package org.sextherapy.matching.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.sextherapy.authorisation.LicensingLevel;
import org.sextherapy.authorisation.LicensingPolicy;
import org.sextherapy.client.AccessPreference;
import org.sextherapy.client.AgeBracket;
import org.sextherapy.client.CertifiedSexTherapistPreference;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.FaithPreference;
import org.sextherapy.client.FeePreference;
import org.sextherapy.client.InPersonDistancePreference;
import org.sextherapy.client.InsurancePreference;
import org.sextherapy.client.LanguagePreference;
import org.sextherapy.client.LgbtqIdentityPreference;
import org.sextherapy.client.ModalityPreference;
import org.sextherapy.client.Participant;
import org.sextherapy.client.PopulationPreference;
import org.sextherapy.client.PracticeCompetencePreference;
import org.sextherapy.client.Preference;
import org.sextherapy.client.Priority;
import org.sextherapy.client.RaceOrEthnicityPreference;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.client.SignLanguagePreference;
import org.sextherapy.client.SlidingScalePreference;
import org.sextherapy.client.Strength;
import org.sextherapy.client.TherapistGenderPreference;
import org.sextherapy.client.TimePreference;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.outcome.OutcomeRecord;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.qualification.PrivilegeKind;
import org.sextherapy.qualification.Register;
import org.sextherapy.qualification.Registration;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.qualification.StandardRegisters;
import org.sextherapy.qualification.TrainingRecord;
import org.sextherapy.session.Availability;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
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

/**
 * A fast seeded generator of realistic directories for the benchmark: therapists spread over 20 US
 * states weighted by population and four other countries, with the languages, fees, insurers,
 * disciplines, compact privileges, certifications (some lapsed), concern spreads (common concerns
 * declared far more often than rare ones) and availability seen in real directories; half the
 * therapists report measured outcomes for most concerns they declare. Immutable parts
 * (dates, jurisdictions, expertise, fee schedules, certifications) are shared between profiles to
 * keep a million of them in memory and to generate them quickly.
 *
 * <p>The {@link Distribution#DENSE} variant changes a few probabilities (concerns declared,
 * accepting, video, further licences and compact privileges, REQUIRED preferences) so that many
 * therapists are eligible per request; the {@link Distribution#REALISTIC} one draws exactly the
 * random numbers it always drew, so its directories are the same as before for a seed.
 */
public final class RealisticDirectory {

  /** The session date of the benchmark's requests. */
  public static final LocalDate DATE = LocalDate.of(2026, 11, 26);

  /** A place with a weight, a currency, insurers and a city centre for practices. */
  private static final class Place {
    final Jurisdiction jurisdiction;
    final int weight;
    final Currency currency;
    final List<String> insurers;
    final double latitude;
    final double longitude;
    final Locale local;

    Place(String code, int weight, String currency, List<String> insurers, double latitude,
        double longitude, String local) {
      this.jurisdiction = Jurisdiction.parse(code);
      this.weight = weight;
      this.currency = Currency.getInstance(currency);
      this.insurers = insurers;
      this.latitude = latitude;
      this.longitude = longitude;
      this.local = Locale.forLanguageTag(local);
    }
  }

  private static final List<String> US_PAYERS = List.of("aetna", "cigna", "bcbs", "uhc",
      "humana", "kaiser", "anthem", "optum", "magellan", "tricare", "medicaid", "medicare",
      "oscar", "ambetter", "beacon");

  private static final List<Place> PLACES = List.of(
      us("US-CA", 39, 34.05, -118.24), us("US-TX", 30, 29.76, -95.37),
      us("US-FL", 22, 25.76, -80.19), us("US-NY", 20, 40.71, -74.01),
      us("US-PA", 13, 39.95, -75.17), us("US-IL", 12, 41.88, -87.63),
      us("US-OH", 12, 39.96, -83.00), us("US-GA", 11, 33.75, -84.39),
      us("US-NC", 11, 35.23, -80.84), us("US-MI", 10, 42.33, -83.05),
      us("US-NJ", 9, 40.74, -74.17), us("US-VA", 9, 37.54, -77.44),
      us("US-WA", 8, 47.61, -122.33), us("US-AZ", 7, 33.45, -112.07),
      us("US-MA", 7, 42.36, -71.06), us("US-TN", 7, 36.16, -86.78),
      us("US-IN", 7, 39.77, -86.16), us("US-MD", 6, 39.29, -76.61),
      us("US-MO", 6, 38.63, -90.20), us("US-CO", 6, 39.74, -104.99),
      new Place("GB", 14, "GBP", List.of("nhs", "bupa", "axa", "vitality"), 51.51, -0.13, "en"),
      new Place("DE-BE", 5, "EUR", List.of("tk", "aok", "barmer"), 52.52, 13.40, "de"),
      new Place("CA-ON", 6, "CAD", List.of("sunlife", "manulife", "greenshield"), 43.65, -79.38,
          "en"),
      new Place("AU-NSW", 5, "AUD", List.of("medibank", "bupa-au", "hcf"), -33.87, 151.21, "en"));

  private static Place us(String code, int weight, double latitude, double longitude) {
    return new Place(code, weight, "USD", US_PAYERS, latitude, longitude, "en");
  }

  static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(j("US-NY"), j("US-NJ"), j("US-TX"), j("US-IL"), j("US-WA"), j("US-PA"),
          j("US-CO"), j("US-GA"), j("US-NC"), j("US-OH"), j("US-VA"), j("US-AZ"), j("US-MO")));
  static final InterstateCompact COUNSELING_COMPACT = InterstateCompact.of(
      CompactKind.COUNSELING_COMPACT, Set.of(j("US-GA"), j("US-NC"), j("US-OH"), j("US-VA"),
          j("US-MD"), j("US-CO"), j("US-TN"), j("US-IN"), j("US-MO"), j("US-FL")));
  private static final List<Jurisdiction> COUNSELING_MEMBERS =
      List.copyOf(new java.util.TreeSet<>(COUNSELING_COMPACT.members()));

  private static final List<Register> UK_REGISTERS =
      List.of(StandardRegisters.COSRT, StandardRegisters.BACP, StandardRegisters.UKCP);

  private static Jurisdiction j(String code) {
    return Jurisdiction.parse(code);
  }

  /** Concerns with how often therapists declare them (and clients bring them), in percent. */
  private static final Object[][] CONCERNS = {
      {StandardConcerns.LOW_SEXUAL_DESIRE, 70}, {StandardConcerns.DESIRE_DISCREPANCY, 60},
      {StandardConcerns.INTIMACY_AFTER_INFIDELITY, 45}, {StandardConcerns.SEXUAL_COMMUNICATION, 55},
      {StandardConcerns.DIFFICULTY_REACHING_ORGASM, 35}, {StandardConcerns.PAINFUL_SEX, 25},
      {StandardConcerns.ERECTILE_DIFFICULTY, 30}, {StandardConcerns.EARLY_EJACULATION, 25},
      {StandardConcerns.INTIMACY_AFTER_CHILDREN, 25}, {StandardConcerns.COMPULSIVE_SEXUAL_BEHAVIOUR, 15},
      {StandardConcerns.DISTRESSING_PARAPHILIA, 8}, {StandardConcerns.SEXUAL_TRAUMA, 20},
      {StandardConcerns.BODY_IMAGE, 15}, {StandardConcerns.AROUSAL_DIFFICULTY, 15},
      {StandardConcerns.SEXUAL_AVERSION, 8}, {StandardConcerns.MENOPAUSE, 10},
      {StandardConcerns.AGEING, 8}, {StandardConcerns.MEDICATION_SIDE_EFFECTS, 8},
      {StandardConcerns.ILLNESS_OR_DISABILITY, 7}, {StandardConcerns.IDENTITY_EXPLORATION, 15},
      {StandardConcerns.CONSENSUAL_NON_MONOGAMY, 12}, {StandardConcerns.KINK_RELATIONSHIP, 12},
      {StandardConcerns.DELAYED_EJACULATION, 8}, {StandardConcerns.SEXUAL_HEALTH_EDUCATION, 10}};

  private static final Locale[] OTHER_LANGUAGES = {Locale.forLanguageTag("es"),
      Locale.forLanguageTag("fr"), Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("zh"),
      Locale.forLanguageTag("ar"), Locale.forLanguageTag("vi"), Locale.forLanguageTag("ko"),
      Locale.forLanguageTag("ru"), Locale.forLanguageTag("hi"), Locale.forLanguageTag("tl"),
      Locale.forLanguageTag("de"), Locale.forLanguageTag("it"), Locale.forLanguageTag("pl"),
      Locale.forLanguageTag("he"), Locale.forLanguageTag("ja")};
  private static final int[] OTHER_LANGUAGE_WEIGHTS = {40, 6, 5, 5, 4, 3, 3, 3, 3, 3, 3, 2, 2,
      2, 2};

  private static final Modality CUSTOM = Modality.of("somatic-sex-therapy",
      "Somatic sex therapy", Set.of(Aim.of(Focus.PLEASURE, Intent.EXPLORE)));
  private static final Modality CONVERSION = Modality.of("orientation-change",
      "Orientation change", Set.of(Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE)));

  private final boolean dense;
  private final SplittableRandom random;
  /**
   * Draws outcome records apart from {@link #random}, so that every other attribute of the
   * directory is what it was before profiles carried outcomes, and results stay comparable.
   */
  private final SplittableRandom outcomeRandom;
  /** Availability and time preferences, drawn apart so every other attribute is as before. */
  private final SplittableRandom timeRandom;
  private final int totalWeight;
  private final LocalDate[] days;
  private final LocalDate firstDay = LocalDate.of(1990, 1, 1);
  private final Map<Long, FeeSchedule> fees = new HashMap<>();
  private final Map<String, NetworkParticipation> participations = new HashMap<>();
  private final Map<String, Certification> certifications = new HashMap<>();
  private final TrainingRecord[] training = new TrainingRecord[41];
  private final Expertise[][] expertise;
  private static final int OUTCOME_VARIANTS = 64;
  /** Shared outcome records per concern: 3 to 200 courses, about 45 % improved, 6 % worse. */
  private final OutcomeRecord[][] outcomes;
  private final GenderIdentity[] genders;
  /** The random stream of disclosed identity, values and access. */
  private final SplittableRandom valueRandom;

  RealisticDirectory(long seed) {
    this(seed, Distribution.REALISTIC);
  }

  public RealisticDirectory(long seed, Distribution distribution) {
    this.dense = distribution == Distribution.DENSE;
    this.random = new SplittableRandom(seed);
    this.valueRandom = new SplittableRandom(seed ^ 0x76616C756573L);
    this.outcomeRandom = new SplittableRandom(seed ^ 0x6F7574636F6D6573L);
    this.timeRandom = new SplittableRandom(seed ^ 0x74696D65L);
    this.totalWeight = PLACES.stream().mapToInt(p -> p.weight).sum();
    this.days = new LocalDate[(int) (LocalDate.of(2040, 1, 1).toEpochDay()
        - firstDay.toEpochDay())];
    for (int d = 0; d < days.length; d++) {
      days[d] = firstDay.plusDays(d);
    }
    for (int y = 0; y < training.length; y++) {
      training[y] = TrainingRecord.builder().postDegreeExperienceYears(y).build();
    }
    this.outcomes = new OutcomeRecord[CONCERNS.length][OUTCOME_VARIANTS];
    for (int c = 0; c < CONCERNS.length; c++) {
      for (int v = 0; v < OUTCOME_VARIANTS; v++) {
        int courses = 3 + outcomeRandom.nextInt(outcomeRandom.nextInt(4) == 0 ? 198 : 40);
        int improved = (int) Math.round(courses * (0.25 + 0.4 * outcomeRandom.nextDouble()));
        int deteriorated = Math.min(courses - improved,
            (int) Math.round(courses * 0.12 * outcomeRandom.nextDouble()));
        outcomes[c][v] = OutcomeRecord.builder().concern((ConcernType) CONCERNS[c][0])
            .measureId(c % 3 == 0 ? "FSDS-R" : "FSFI").courses(courses)
            .reliableImprovements(improved).reliableDeteriorations(deteriorated)
            .periodFrom(LocalDate.of(2024, 1, 1)).periodUntil(LocalDate.of(2026, 6, 30)).build();
      }
    }
    this.expertise = new Expertise[CONCERNS.length][ExpertiseLevel.values().length];
    for (int c = 0; c < CONCERNS.length; c++) {
      for (ExpertiseLevel level : ExpertiseLevel.values()) {
        expertise[c][level.ordinal()] = Expertise.of((ConcernType) CONCERNS[c][0], level);
      }
    }
    this.genders = new GenderIdentity[] {GenderIdentity.of(GenderTerm.WOMAN),
        GenderIdentity.of(GenderTerm.MAN), GenderIdentity.of(GenderTerm.NON_BINARY),
        GenderIdentity.of(GenderTerm.WOMAN, GenderTerm.TRANSGENDER),
        GenderIdentity.of(GenderTerm.MAN, GenderTerm.TRANSGENDER),
        GenderIdentity.of(GenderTerm.GENDERQUEER)};
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  private LocalDate day(LocalDate from, int plusDays) {
    return days[(int) (from.toEpochDay() - firstDay.toEpochDay()) + plusDays];
  }

  private Place place() {
    int r = random.nextInt(totalWeight);
    for (Place place : PLACES) {
      r -= place.weight;
      if (r < 0) {
        return place;
      }
    }
    return PLACES.get(0);
  }

  private Place otherUsPlace(Place home) {
    Place other = place();
    return other.currency.equals(home.currency) ? other : PLACES.get(0);
  }

  public List<TherapistProfile> profiles(int n) {
    List<TherapistProfile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(profile(i));
    }
    return out;
  }

  TherapistProfile profile(int i) {
    Place home = place();
    TherapistProfile.Builder b = TherapistProfile.builder().id("th-" + i)
        .displayName("Therapist " + (i % 1000));
    b.addLanguages(home.local);
    if (chance(0.3)) {
      b.addLanguages(weightedLanguage());
    }
    if (chance(0.05)) {
      b.addLanguages(weightedLanguage());
    }
    int declared = 0;
    // Half the directory reports measured outcomes, for most of the concerns it declares.
    boolean measured = outcomeRandom.nextInt(2) == 0;
    for (int c = 0; c < CONCERNS.length; c++) {
      int percent = (Integer) CONCERNS[c][1];
      int declares = dense ? Math.min(95, percent >= 25 ? percent + 25 : percent / 2 + 5)
          : percent / 3 + 5;
      if (random.nextInt(100) < declares) {
        b.addExpertise(expertise[c][level()]);
        declared++;
        if (measured && outcomeRandom.nextInt(10) < 7) {
          b.addOutcomes(outcomes[c][outcomeRandom.nextInt(OUTCOME_VARIANTS)]);
        }
      }
    }
    if (declared == 0) {
      int c = random.nextInt(4);
      b.addExpertise(expertise[c][level()]);
      if (measured) {
        b.addOutcomes(outcomes[c][outcomeRandom.nextInt(OUTCOME_VARIANTS)]);
      }
    }
    Set<Population> populations = EnumSet.of(Population.ADULTS);
    addIf(populations, Population.COUPLES, 0.6);
    addIf(populations, Population.LGBTQ, 0.5);
    addIf(populations, Population.ADOLESCENTS, 0.15);
    addIf(populations, Population.OLDER_ADULTS, 0.3);
    addIf(populations, Population.TRANS_AND_NON_BINARY, 0.3);
    addIf(populations, Population.INTERSEX, 0.05);
    addIf(populations, Population.KINK_AFFIRMING, 0.25);
    addIf(populations, Population.CONSENSUAL_NON_MONOGAMY_AFFIRMING, 0.2);
    addIf(populations, Population.DISABILITY, 0.1);
    b.addAllPopulations(populations);
    Set<SessionFormat> formats = EnumSet.of(SessionFormat.INDIVIDUAL);
    if (chance(0.7)) {
      formats.add(SessionFormat.COUPLE);
    }
    if (chance(0.1)) {
      formats.add(SessionFormat.MULTI_PARTNER);
    }
    if (chance(0.1)) {
      formats.add(SessionFormat.GROUP);
    }
    b.addAllFormats(formats);
    boolean office = chance(0.8);
    Set<Delivery> deliveries = EnumSet.noneOf(Delivery.class);
    if (office) {
      deliveries.add(Delivery.IN_PERSON);
    }
    if (!office || chance(dense ? 0.98 : 0.85)) {
      deliveries.add(Delivery.VIDEO);
    }
    if (chance(0.4)) {
      deliveries.add(Delivery.PHONE);
    }
    b.addAllDeliveries(deliveries);
    List<NetworkParticipation> participations = new ArrayList<>();
    int insurers = home.currency.getCurrencyCode().equals("USD") ? between(0, 4) : between(0, 1);
    Set<String> chosenPayers = new java.util.TreeSet<>();
    for (int k = 0; k < insurers; k++) {
      String insurer = home.insurers.get(random.nextInt(Math.min(home.insurers.size(),
          random.nextInt(3) == 0 ? home.insurers.size() : 6)));
      if (chosenPayers.add(insurer)) {
        participations.add(participation(insurer, chance(0.8)));
      }
    }
    b.addAllNetworks(participations);
    if (office) {
      PracticeLocation.Builder main = PracticeLocation.builder().jurisdiction(home.jurisdiction)
          .coordinates(Coordinates.of(home.latitude + random.nextDouble() * 2 - 1,
              home.longitude + random.nextDouble() * 2 - 1));
      for (NetworkParticipation participation : participations) {
        main.addNetworks(participation.network());
      }
      b.addLocations(accessible(main));
      if (chance(0.1)) {
        b.addLocations(accessible(PracticeLocation.builder().jurisdiction(home.jurisdiction)));
      }
    }
    if (chance(0.9)) {
      b.gender(genders[chance(0.9) ? random.nextInt(2) : 2 + random.nextInt(4)]);
    }

    Discipline discipline = discipline();
    LocalDate licensed = day(firstDay, random.nextInt(12_000));
    // Where a discipline is licensed nationally (Australia's Ahpra), the country issues it.
    Jurisdiction issuer = LicensingPolicy.defaults().regime(home.jurisdiction, discipline).level()
        == LicensingLevel.COUNTRY ? home.jurisdiction.toCountry() : home.jurisdiction;
    Licence.Builder licence = Licence.builder().discipline(discipline)
        .jurisdiction(issuer).number("L" + i)
        .status(chance(0.96) ? LicenceStatus.ACTIVE
            : chance(0.5) ? LicenceStatus.EXPIRED : LicenceStatus.SUSPENDED)
        .validFrom(licensed);
    if (chance(0.6)) {
      licence.validUntil(day(DATE, random.nextInt(1400) - 200));
    }
    Licence built = licence.build();
    if (home.jurisdiction.countryCode().equals("GB") && discipline != Discipline.MEDICINE
        && discipline != Discipline.PSYCHIATRY && discipline != Discipline.NURSING) {
      // No statutory licence for UK talking therapies: an accredited register entry, or the HCPC
      // for practitioner psychologists (LicensingPolicy.defaults()).
      Register register = discipline == Discipline.PSYCHOLOGY ? StandardRegisters.HCPC
          : UK_REGISTERS.get(random.nextInt(UK_REGISTERS.size()));
      b.addRegistrations(Registration.builder().register(register)
          .discipline(discipline == Discipline.PSYCHOLOGY ? discipline : Discipline.COUNSELLING)
          .number("R" + i).status(built.status()).validFrom(built.validFrom())
          .validUntil(built.validUntil()).build());
    } else {
      b.addLicences(built);
    }
    if (home.currency.getCurrencyCode().equals("USD") && chance(dense ? 0.85 : 0.15)) {
      // Dense: broad telehealth licensing, two to six further states (duplicates collapse).
      int further = dense ? between(2, 6) : 1;
      Set<Jurisdiction> states = new java.util.TreeSet<>();
      for (int s = 0; s < further; s++) {
        Jurisdiction state = otherUsPlace(home).jurisdiction;
        if (!dense || (!state.equals(home.jurisdiction) && states.add(state))) {
          b.addLicences(Licence.builder().discipline(discipline).jurisdiction(state)
              .number("M" + i + (s == 0 ? "" : "-" + s)).status(LicenceStatus.ACTIVE)
              .validFrom(day(licensed, random.nextInt(2000))).build());
        }
      }
    }
    if (discipline == Discipline.PSYCHOLOGY && PSYPACT.hasMemberCovering(home.jurisdiction)
        && chance(dense ? 0.9 : 0.4)) {
      b.addCompactPrivileges(CompactPrivilege.of(PSYPACT, home.jurisdiction,
          day(DATE, -random.nextInt(1500))));
    }
    if (discipline == Discipline.COUNSELLING
        && COUNSELING_COMPACT.hasMemberCovering(home.jurisdiction) && chance(dense ? 0.8 : 0.2)) {
      // A privilege is for a state other than home: the next member when the draw is home, so
      // that the random stream, and every other profile, stays as it was.
      int r = random.nextInt(COUNSELING_MEMBERS.size());
      Jurisdiction remote = COUNSELING_MEMBERS.get(r).equals(home.jurisdiction)
          ? COUNSELING_MEMBERS.get((r + 1) % COUNSELING_MEMBERS.size()) : COUNSELING_MEMBERS.get(r);
      b.addCompactPrivileges(CompactPrivilege.builder().compact(COUNSELING_COMPACT)
          .kind(PrivilegeKind.COUNSELING_PRIVILEGE).homeJurisdiction(home.jurisdiction)
          .remoteJurisdiction(remote)
          .validFrom(day(DATE, -random.nextInt(700))).validUntil(day(DATE, random.nextInt(700)))
          .build());
    }
    if (chance(0.25)) {
      b.addCertifications(certification(StandardCredentials.AASECT_CST,
          day(DATE, -random.nextInt(1800))));
    } else if (chance(0.06)) {
      b.addCertifications(certification(chance(0.5) ? StandardCredentials.ABS_DIPLOMATE
          : StandardCredentials.COSRT_ACCREDITED, day(DATE, -random.nextInt(1800))));
    }
    if (chance(0.6)) {
      b.training(training[random.nextInt(training.length)]);
    }
    int modalities = between(0, 3);
    List<Modality> standard = StandardModalities.all();
    Set<Modality> chosen = new java.util.LinkedHashSet<>();
    for (int m = 0; m < modalities; m++) {
      chosen.add(standard.get(random.nextInt(standard.size())));
    }
    if (chance(0.02)) {
      chosen.add(CUSTOM);
    }
    if (chance(0.002)) {
      chosen.add(CONVERSION);
    }
    b.addAllModalities(chosen);
    if (chance(0.9)) {
      b.fees(fee(home.currency, 80 + 5 * random.nextInt(35),
          chance(0.35) ? 40 + 5 * random.nextInt(12) : 0, formats.contains(SessionFormat.COUPLE),
          home.currency.getCurrencyCode().equals("USD") && chance(0.5)));
    }
    b.acceptingNewClients(chance(dense ? 0.95 : 0.75))
        .openCapacity(dense ? 1 + random.nextInt(8) : random.nextInt(9));
    if (timeRandom.nextInt(10) < 7) {
      int start = 8 + timeRandom.nextInt(4);
      Availability.Builder hours = Availability.builder().zone(zone(home))
          .addHours(WeeklyHours.of(EnumSet.of(DayOfWeek.of(1 + timeRandom.nextInt(5)),
              DayOfWeek.of(1 + timeRandom.nextInt(5))), LocalTime.of(start, 0),
              LocalTime.of(start + 4 + timeRandom.nextInt(6), 0)));
      if (timeRandom.nextInt(4) == 0) {
        hours.nextOpening(DATE.plusDays(timeRandom.nextInt(40)));
      }
      b.availability(hours.build());
    }
    b.availabilityConfirmedAt(DATE.atStartOfDay(ZoneOffset.UTC).toInstant()
        .minusSeconds(timeRandom.nextInt(120 * 86_400)));
    disclosures(b);
    return b.build();
  }

  /** The time zone of a place, by jurisdiction (in the US, by longitude). */
  private static ZoneId zone(Place place) {
    String country = place.jurisdiction.countryCode();
    return ZoneId.of(switch (country) {
      case "GB" -> "Europe/London";
      case "DE" -> "Europe/Berlin";
      case "CA" -> "America/Toronto";
      case "AU" -> "Australia/Sydney";
      default -> place.longitude < -115 ? "America/Los_Angeles"
          : place.longitude < -100 ? "America/Denver"
          : place.longitude < -85 ? "America/Chicago" : "America/New_York";
    });
  }

  /**
   * Adds what a therapist discloses about identity and values, drawn from a random stream of its
   * own (so the rest of the directory is drawn as before) and from shared values, as a directory
   * with a fixed vocabulary holds them.
   */
  private void disclosures(TherapistProfile.Builder b) {
    if (valueRandom.nextInt(100) < 35) {
      b.raceOrEthnicity(races[valueRandom.nextInt(races.length)]);
    }
    if (valueRandom.nextInt(100) < 25) {
      b.lgbtqIdentity(lgbtq[valueRandom.nextInt(lgbtq.length)]);
    }
    if (valueRandom.nextInt(100) < 40) {
      b.faith(faiths[valueRandom.nextInt(faiths.length)]);
    }
    for (PracticeArea area : PracticeArea.values()) {
      if (valueRandom.nextInt(100) < 30) {
        b.addPracticeCompetence(competence[area.ordinal()][valueRandom.nextInt(3)]);
      }
    }
  }

  /**
   * A preference for what therapists disclose or for the access of a practice, in the directory's
   * vocabulary, drawn from the value stream (so the rest of the requests are drawn as before).
   */
  private Preference valuePreference(Strength strength) {
    return switch (valueRandom.nextInt(6)) {
      case 0 -> RaceOrEthnicityPreference.of(strength,
          races[valueRandom.nextInt(races.length)].terms());
      case 1 -> LgbtqIdentityPreference.of(strength,
          lgbtq[valueRandom.nextInt(lgbtq.length)].terms());
      case 2 -> FaithPreference.of(strength, Set.of(faiths[valueRandom.nextInt(faiths.length)]));
      case 3 -> PracticeCompetencePreference.of(strength,
          PracticeArea.values()[valueRandom.nextInt(PracticeArea.values().length)],
          CompetenceGrade.AWARE);
      case 4 -> AccessPreference.of(strength, valueRandom.nextInt(3) == 0
          ? AccessFeature.HEARING_LOOP : AccessFeature.STEP_FREE_ACCESS);
      default -> SignLanguagePreference.of(strength,
          Set.of(SIGN_LANGUAGES[valueRandom.nextInt(SIGN_LANGUAGES.length)]));
    };
  }

  /** Adds the access features of a practice: most are step-free, a few have a hearing loop. */
  private PracticeLocation accessible(PracticeLocation.Builder location) {
    if (valueRandom.nextInt(100) < 55) {
      location.addAccess(AccessFeature.STEP_FREE_ACCESS);
    }
    if (valueRandom.nextInt(100) < 40) {
      location.addAccess(AccessFeature.ACCESSIBLE_TOILET);
    }
    if (valueRandom.nextInt(100) < 15) {
      location.addAccess(AccessFeature.HEARING_LOOP);
    }
    if (valueRandom.nextInt(100) < 20) {
      location.addAccess(AccessFeature.INTERPRETER_AVAILABLE);
    }
    if (valueRandom.nextInt(100) < 3) {
      location.addSignLanguages(SIGN_LANGUAGES[valueRandom.nextInt(SIGN_LANGUAGES.length)]);
    }
    return location.build();
  }

  private static final Locale[] SIGN_LANGUAGES = {Locale.forLanguageTag("ase"),
      Locale.forLanguageTag("bfi"), Locale.forLanguageTag("gsg"), Locale.forLanguageTag("asf")};
  private final SelfDescription[] races = Stream.of("Black", "White", "Latina", "Latino",
      "Asian American", "South Asian", "East Asian", "Indigenous", "Black British",
      "Middle Eastern").map(t -> SelfDescription.of(Set.of(t))).toArray(SelfDescription[]::new);
  private final SelfDescription[] lgbtq = Stream.of("gay", "lesbian", "bisexual", "queer",
      "asexual", "pansexual").map(t -> SelfDescription.of(Set.of(t)))
      .toArray(SelfDescription[]::new);
  private final FaithStance[] faiths = {FaithStance.secular(), FaithStance.secular(),
      FaithStance.integrating("Christian"), FaithStance.integrating("Jewish"),
      FaithStance.integrating("Muslim"), FaithStance.integrating("Buddhist")};
  private final PracticeCompetence[][] competence = Stream.of(PracticeArea.values())
      .map(area -> Stream.of(CompetenceGrade.values()).map(g -> PracticeCompetence.of(area, g))
          .toArray(PracticeCompetence[]::new)).toArray(PracticeCompetence[][]::new);

  private void addIf(Set<Population> populations, Population population, double p) {
    if (chance(p)) {
      populations.add(population);
    }
  }

  private int level() {
    int r = random.nextInt(100);
    return r < 50 ? 0 : r < 85 ? 1 : 2;
  }

  private Locale weightedLanguage() {
    int total = 0;
    for (int w : OTHER_LANGUAGE_WEIGHTS) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int l = 0; l < OTHER_LANGUAGES.length; l++) {
      r -= OTHER_LANGUAGE_WEIGHTS[l];
      if (r < 0) {
        return OTHER_LANGUAGES[l];
      }
    }
    return OTHER_LANGUAGES[0];
  }

  private Discipline discipline() {
    int r = random.nextInt(100);
    return r < 30 ? Discipline.PSYCHOLOGY : r < 55 ? Discipline.COUNSELLING
        : r < 75 ? Discipline.MARRIAGE_AND_FAMILY_THERAPY : r < 92 ? Discipline.SOCIAL_WORK
        : r < 97 ? Discipline.MEDICINE : Discipline.NURSING;
  }

  /**
   * A schedule (shared between profiles, as a directory's reader would share equal values): an
   * individual 50-minute fee and, for couples, an 80-minute fee half as much again, each with the
   * sliding scale when {@code low} is not zero.
   */
  private FeeSchedule fee(Currency currency, int session, int low, boolean couple,
      boolean superbills) {
    long key = ((long) currency.getNumericCode() << 40) | ((long) session << 20) | low << 2
        | (couple ? 2 : 0) | (superbills ? 1 : 0);
    return fees.computeIfAbsent(key, k -> {
      FeeSchedule.Builder b = FeeSchedule.builder().currency(currency).superbills(superbills)
          .addSessionFees(sessionFee(SessionFormat.INDIVIDUAL, 50, session, low));
      if (couple) {
        b.addSessionFees(sessionFee(SessionFormat.COUPLE, 80, session * 3 / 2, low * 3 / 2));
      }
      return b.build();
    });
  }

  private static SessionFee sessionFee(SessionFormat format, int minutes, int amount, int low) {
    return low == 0 ? SessionFee.of(format, minutes, BigDecimal.valueOf(amount))
        : SessionFee.of(format, minutes, BigDecimal.valueOf(amount),
            SlidingScale.of(BigDecimal.valueOf(low), BigDecimal.valueOf(amount)));
  }

  /** Public programmes among the payers: a superbill does not help their members. */
  private static final Set<String> PUBLIC_PROGRAMMES =
      Set.of("medicaid", "medicare", "tricare", "nhs");

  static Payer payer(String insurer) {
    return PUBLIC_PROGRAMMES.contains(insurer) ? Payer.publicProgramme(insurer)
        : Payer.commercial(insurer);
  }

  /** A participation in the payer's one network, shared between profiles. */
  private NetworkParticipation participation(String insurer, boolean telehealth) {
    return participations.computeIfAbsent(insurer + telehealth,
        k -> NetworkParticipation.builder().payer(payer(insurer))
            .network(NetworkId.of(insurer + "-network")).telehealth(telehealth).build());
  }

  private Certification certification(Credential credential, LocalDate issued) {
    String key = credential.qualifiedId() + ":" + issued;
    return certifications.computeIfAbsent(key, k -> Certification.builder().credential(credential)
        .issued(issued).ceCreditsEarned(20).build());
  }

  /** Returns realistic requests: mostly one adult, by video or either, one to three concerns. */
  public List<ClientRequest> requests(int n) {
    List<ClientRequest> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Place where = place();
      boolean couple = chance(0.3);
      ClientRequest.Builder b = ClientRequest.builder().id("req-" + i)
          .sessionJurisdiction(where.jurisdiction)
          .format(couple ? SessionFormat.COUPLE : SessionFormat.INDIVIDUAL);
      int d = random.nextInt(10);
      b.addAllDeliveries(d < 4 ? EnumSet.of(Delivery.VIDEO)
          : d < 8 ? EnumSet.of(Delivery.VIDEO, Delivery.IN_PERSON) : EnumSet.of(Delivery.IN_PERSON));
      boolean minor = !couple && chance(0.04);
      b.addParticipants(Participant.builder().id("p1")
          .ageBracket(minor ? AgeBracket.ADOLESCENT : AgeBracket.ADULT).build());
      if (couple) {
        b.addParticipants(Participant.builder().id("p2").ageBracket(AgeBracket.ADULT).build());
      }
      int concerns = between(1, 3);
      Set<Integer> picked = new java.util.HashSet<>();
      while (picked.size() < concerns) {
        int c = random.nextInt(CONCERNS.length);
        if (random.nextInt(70) < (Integer) CONCERNS[c][1]) {
          picked.add(c);
        }
      }
      boolean first = true;
      for (int c : picked) {
        b.addConcerns(RequestedConcern.of((ConcernType) CONCERNS[c][0],
            first ? Priority.HIGH : chance(0.5) ? Priority.MEDIUM : Priority.LOW));
        first = false;
      }
      int preferences = between(0, 3);
      for (int p = 0; p < preferences; p++) {
        Strength strength = chance(dense ? 0.05 : 0.2) ? Strength.REQUIRED : Strength.PREFERRED;
        switch (random.nextInt(9)) {
          case 0 -> b.addPreferences(TherapistGenderPreference.of(strength,
              Set.of(chance(0.7) ? GenderTerm.WOMAN : GenderTerm.MAN)));
          case 1 -> b.addPreferences(PopulationPreference.of(strength,
              Set.of(chance(0.5) ? Population.LGBTQ : Population.TRANS_AND_NON_BINARY)));
          case 2 -> b.addPreferences(LanguagePreference.of(strength,
              Set.of(chance(0.5) ? where.local : weightedLanguage())));
          case 3 -> b.addPreferences(CertifiedSexTherapistPreference.of(strength));
          case 4 -> b.addPreferences(InPersonDistancePreference.of(strength, Coordinates.of(
              where.latitude + random.nextDouble() - 0.5, where.longitude + random.nextDouble() - 0.5),
              10 + random.nextInt(60)));
          case 5 -> b.addPreferences(FeePreference.of(strength, where.currency,
              BigDecimal.valueOf(60 + 10 * random.nextInt(15))));
          case 6 -> b.addPreferences(SlidingScalePreference.of(strength));
          case 7 -> b.addPreferences(InsurancePreference.of(strength, Coverage.of(payer(
              where.insurers.get(random.nextInt(Math.min(4, where.insurers.size()))))),
              chance(0.3)));
          default -> b.addPreferences(ModalityPreference.of(strength, Set.of(
              StandardModalities.all().get(random.nextInt(StandardModalities.all().size())).id())));
        }
      }
      if (timeRandom.nextInt(6) == 0) {
        b.addPreferences(TimePreference.of(
            timeRandom.nextInt(5) == 0 ? Strength.REQUIRED : Strength.PREFERRED, zone(where),
            List.of(WeeklyHours.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(16 + timeRandom.nextInt(3), 0), LocalTime.of(20, 0)))));
      }
      if (valueRandom.nextInt(5) == 0) {
        b.addPreferences(valuePreference(valueRandom.nextInt(6) == 0 ? Strength.REQUIRED
            : Strength.PREFERRED));
      }
      out.add(b.build());
    }
    return out;
  }
}
