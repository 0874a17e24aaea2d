package org.sextherapy.examples.sample;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.sextherapy.authorisation.LicensingLevel;
import org.sextherapy.authorisation.LicensingPolicy;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.NetworkParticipation;
import org.sextherapy.insurance.PatientAcceptance;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Certification;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.CompactPrivilege;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.Degree;
import org.sextherapy.qualification.DegreeLevel;
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
 * A seeded generator of a realistic sample directory of fictional therapists.
 *
 * <p>Every name is invented (first names with plant and bird surnames) and marked "(fictional)".
 * The directory spans several US states, the UK, Germany, Canada and Australia; languages, fees
 * per session format and length with sliding scales and superbills, payer networks (in network
 * per office and by telehealth, per-network acceptance, Medicare and each state's Medicaid as
 * public programmes), licences in several disciplines (a few expired or suspended), and in
 * the UK, where counselling and psychotherapy have no statutory licence, entries on the COSRT, BACP,
 * UKCP and HCPC registers instead; privileges of every compact kind (PSYPACT telepsychology and
 * temporary in-person authorisations, Counseling Compact privileges for one state, Social Work
 * Licensure Compact multistate licences, which authorise nothing until the commission's first day,
 * and Nurse Licensure Compact licences wrongly listed by psychiatric nurse practitioners, whom that
 * compact does not cover); certifications from AASECT, COSRT and EFS-ESSM (some lapsed), and a handful of
 * profiles that breach the ethics rules on purpose (a modality aimed at changing sexual orientation),
 * so that examples show the ethics gate at work. The same seed always gives the same directory.
 */
public final class SampleDirectory {

  /** The seed of the bundled sample directory. */
  public static final long SEED = 20261126L;
  /** The number of therapists in the bundled sample directory. */
  public static final int SIZE = 600;
  /** The largest directory {@link #generate(long, int)} makes: 100,000 therapists. */
  public static final int MAX_SIZE = 100_000;
  /** The date the bundled sample is generated for and the examples judge on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

  /**
   * PSYPACT with the member jurisdictions this sample assumes. Membership changes: a real
   * application supplies the list it has checked.
   */
  public static final InterstateCompact PSYPACT = InterstateCompact.of(CompactKind.PSYPACT,
      Set.of(j("US-NY"), j("US-NJ"), j("US-TX"), j("US-IL"), j("US-WA"), j("US-PA"),
          j("US-CO"), j("US-FL")));
  /** The Counseling Compact with the members this sample assumes (https://counselingcompact.org/map/). */
  public static final InterstateCompact COUNSELING_COMPACT = InterstateCompact.of(
      CompactKind.COUNSELING_COMPACT, Set.of(j("US-NJ"), j("US-FL"), j("US-CO"), j("US-WA"),
          j("US-TX")));
  /**
   * The Social Work Licensure Compact with the members this sample assumes, and no operational date:
   * none had been announced when the sample was written (https://swcompact.org).
   */
  public static final InterstateCompact SOCIAL_WORK_COMPACT = InterstateCompact.of(
      CompactKind.SOCIAL_WORK_LICENSURE_COMPACT, Set.of(j("US-WA"), j("US-CO"), j("US-NJ"),
          j("US-FL")));
  /** The Nurse Licensure Compact with the members this sample assumes (https://www.ncsbn.org/nlc). */
  public static final InterstateCompact NURSE_COMPACT = InterstateCompact.of(
      CompactKind.NURSE_LICENSURE_COMPACT, Set.of(j("US-TX"), j("US-FL"), j("US-CO"), j("US-NJ")));

  private static final List<Register> UK_REGISTERS =
      List.of(StandardRegisters.COSRT, StandardRegisters.BACP, StandardRegisters.UKCP);

  /** A modality that aims to change sexual orientation: a conversion practice (ethical rule 1). */
  static final Modality CONVERSION_PRACTICE = Modality.of("orientation-change",
      "Orientation change counselling", Set.of(Aim.of(Focus.SEXUAL_ORIENTATION, Intent.CHANGE)));

  private static final String[] FIRST = {"Avery", "Rowan", "Jordan", "Sasha", "Morgan", "Riley",
      "Quinn", "Elena", "Tomás", "Amara", "Noor", "Kenji", "Ingrid", "Priya", "Malik", "Yara",
      "Felix", "Marisol", "Dmitri", "Aiyana", "Lucía", "Oluwaseun", "Hana", "Bram", "Ximena"};
  private static final String[] LAST = {"Thistle", "Wren", "Larkspur", "Heron", "Juniper",
      "Sorrel", "Kestrel", "Willowby", "Fernsby", "Marigold", "Alder", "Plover", "Hazelwood",
      "Bramble", "Starling", "Clover", "Osprey", "Linden", "Yarrow", "Finchley"};

  private record Place(Jurisdiction jurisdiction, double lat, double lon, String currency,
      int weight) {}

  private static final List<Place> PLACES = List.of(
      new Place(j("US-CA"), 34.05, -118.24, "USD", 14), new Place(j("US-CA"), 37.77, -122.42,
          "USD", 8), new Place(j("US-NY"), 40.71, -74.01, "USD", 12),
      new Place(j("US-NJ"), 40.74, -74.17, "USD", 5), new Place(j("US-TX"), 30.27, -97.74,
          "USD", 7), new Place(j("US-FL"), 25.76, -80.19, "USD", 6),
      new Place(j("US-WA"), 47.61, -122.33, "USD", 5), new Place(j("US-IL"), 41.88, -87.63,
          "USD", 6), new Place(j("US-PA"), 39.95, -75.17, "USD", 4),
      new Place(j("US-CO"), 39.74, -104.99, "USD", 3), new Place(j("GB"), 51.51, -0.13, "GBP",
          10), new Place(j("GB"), 53.48, -2.24, "GBP", 4), new Place(j("DE-BE"), 52.52, 13.40,
          "EUR", 6), new Place(j("CA-ON"), 43.65, -79.38, "CAD", 5),
      new Place(j("AU-NSW"), -33.87, 151.21, "AUD", 5));

  /**
   * The payers per country; in the US also the state's Medicaid programme ({@code medicaid-us-il}).
   * Medicare and Medicaid are public programmes: they pay enrolled providers only, never a
   * superbill.
   */
  private static final Map<String, List<String>> INSURERS = Map.of(
      "US", List.of("aetna", "cigna", "bcbs", "uhc", "kaiser", "medicare"),
      "GB", List.of("bupa", "axa-health"), "DE", List.of("tk", "aok"),
      "CA", List.of("sunlife", "manulife"), "AU", List.of("medibank", "bupa-au"));

  private final SplittableRandom random;
  /** The random stream of what therapists disclose and of their locations' access. */
  private final SplittableRandom values;

  private SampleDirectory(long seed) {
    this.random = new SplittableRandom(seed);
    this.values = new SplittableRandom(seed ^ 0x76616C756573L);
  }

  private static Jurisdiction j(String code) {
    return Jurisdiction.parse(code);
  }

  /**
   * Generates the bundled sample directory: {@link #SIZE} therapists from {@link #SEED}.
   *
   * @return the profiles, in id order, never null
   */
  public static List<TherapistProfile> generate() {
    return generate(SEED, SIZE);
  }

  /**
   * Generates a sample directory. Every seed and every size up to {@link #MAX_SIZE} gives valid
   * profiles (a property test checks hundreds of both).
   *
   * @param seed the seed; the same seed gives the same directory
   * @param size the number of therapists, from 0 to {@link #MAX_SIZE}
   * @return the profiles, in id order, never null
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static List<TherapistProfile> generate(long seed, int size) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be from 0 to " + MAX_SIZE);
    }
    SampleDirectory generator = new SampleDirectory(seed);
    String idFormat = idFormat(size);
    List<TherapistProfile> profiles = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      profiles.add(generator.profile(i, String.format(Locale.ROOT, idFormat, i)));
    }
    return profiles;
  }

  /**
   * Generates a sample directory lazily, one profile at a time, for directories too large to
   * hold: the same profiles as {@link #generate(long, int)}, in the same order.
   *
   * @param seed the seed; the same seed gives the same directory
   * @param size the number of therapists, zero or more
   * @return the profiles in id order, generated as the stream is consumed (sequentially)
   */
  public static Stream<TherapistProfile> stream(long seed, int size) {
    SampleDirectory generator = new SampleDirectory(seed);
    String idFormat = idFormat(size);
    return IntStream.range(0, size)
        .mapToObj(i -> generator.profile(i, String.format(Locale.ROOT, idFormat, i)));
  }

  /**
   * Returns the format of ids as wide as the largest index (at least 4 digits, as in the bundled
   * directory), so that id order is index order at any size.
   */
  private static String idFormat(int size) {
    return "th-%0" + Math.max(4, Integer.toString(Math.max(0, size - 1)).length()) + "d";
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private Place place() {
    int total = PLACES.stream().mapToInt(Place::weight).sum();
    int at = random.nextInt(total);
    for (Place place : PLACES) {
      at -= place.weight();
      if (at < 0) {
        return place;
      }
    }
    return PLACES.get(0);
  }

  private TherapistProfile profile(int index, String id) {
    Place place = place();
    Jurisdiction home = place.jurisdiction();
    Discipline discipline = pick(List.of(Discipline.PSYCHOLOGY, Discipline.PSYCHOLOGY,
        Discipline.SOCIAL_WORK, Discipline.COUNSELLING, Discipline.MARRIAGE_AND_FAMILY_THERAPY,
        Discipline.MARRIAGE_AND_FAMILY_THERAPY, Discipline.PSYCHIATRY, Discipline.NURSING));
    TherapistProfile.Builder b = TherapistProfile.builder()
        .id(id)
        .displayName(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]
            + " (fictional)");
    gender(b);
    languages(b, home);
    expertise(b);
    populations(b);
    formatsAndDeliveries(b);
    Set<Delivery> deliveries = b.build().deliveries();
    boolean inPerson = deliveries.contains(Delivery.IN_PERSON);
    List<NetworkParticipation> networks = networks(home, inPerson,
        deliveries.stream().anyMatch(Delivery::isTelehealth));
    b.addAllNetworks(networks);
    PracticeLocation.Builder office = PracticeLocation.builder().jurisdiction(home)
        .coordinates(Coordinates.of(place.lat() + (random.nextDouble() - 0.5) * 0.3,
            place.lon() + (random.nextDouble() - 0.5) * 0.3));
    for (NetworkParticipation network : networks) {
      // most practices are in network at their office; some only by telehealth
      if (inPerson && (!network.telehealth() || chance(0.8))) {
        office.addNetworks(network.network());
      }
    }
    licences(b, home, discipline);
    privileges(b, home, discipline, new SplittableRandom(SEED ^ (index * 0x9E3779B97F4A7C15L)));
    certifications(b, home, discipline);
    b.addDegrees(degree(discipline));
    if (chance(0.8)) {
      b.training(training());
    }
    modalities(b, index);
    fees(b, place);
    boolean accepting = chance(0.85);
    b.acceptingNewClients(accepting).openCapacity(accepting ? between(0, 6) : 0);
    b.availabilityConfirmedAt(Instant.parse("2026-08-01T00:00:00Z")
        .plusSeconds(random.nextInt(10_000_000)));
    // A stream of its own, so that every other attribute is drawn as before.
    SplittableRandom hours = new SplittableRandom(SEED ^ (index * 0xC2B2AE3D27D4EB4FL));
    if (hours.nextInt(10) < 8) {
      b.availability(availability(home, hours));
    }
    // Drawn last, from their own stream, so that every attribute above is drawn as before.
    b.addLocations(location(home, office));
    disclosures(b);
    return b.build();
  }

  /** The time zone of a place's practice. */
  private static ZoneId zone(Jurisdiction home) {
    return ZoneId.of(switch (home.code()) {
      case "US-NY", "US-NJ", "US-FL", "US-PA" -> "America/New_York";
      case "US-TX", "US-IL" -> "America/Chicago";
      case "US-CO" -> "America/Denver";
      case "US-CA", "US-WA" -> "America/Los_Angeles";
      case "DE-BE" -> "Europe/Berlin";
      case "CA-ON" -> "America/Toronto";
      case "AU-NSW" -> "Australia/Sydney";
      default -> "Europe/London";
    });
  }

  /**
   * Weekly hours in the practice's zone (two to four weekdays, a day block, sometimes an evening
   * and a Saturday morning), sometimes the next opening or an estimated wait.
   */
  private static Availability availability(Jurisdiction home, SplittableRandom r) {
    Availability.Builder b = Availability.builder().zone(zone(home));
    List<DayOfWeek> weekdays = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
    Collections.shuffle(weekdays, new java.util.Random(r.nextLong()));
    Set<DayOfWeek> days = EnumSet.copyOf(weekdays.subList(0, 2 + r.nextInt(3)));
    int start = 8 + r.nextInt(4);
    b.addHours(WeeklyHours.of(days, LocalTime.of(start, 0), LocalTime.of(start + 4 + r.nextInt(5), 0)));
    if (r.nextInt(3) == 0) {
      b.addHours(WeeklyHours.of(EnumSet.of(weekdays.get(0)), LocalTime.of(17, 0),
          LocalTime.of(20, 0)));
    }
    if (r.nextInt(5) == 0) {
      b.addHours(WeeklyHours.of(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0),
          LocalTime.of(13, 0)));
    }
    if (r.nextInt(10) < 3) {
      b.nextOpening(AS_OF.plusDays(r.nextInt(45)));
    } else if (r.nextInt(10) < 3) {
      b.estimatedWait(Period.ofWeeks(1 + r.nextInt(8)));
    }
    return b.build();
  }

  /** Sign languages by country: American (US, and ASL in English Canada), British, German, Auslan. */
  private static final Map<String, Locale> SIGN_LANGUAGES = Map.of("US", Locale.forLanguageTag(
      "ase"), "CA", Locale.forLanguageTag("ase"), "GB", Locale.forLanguageTag("bfi"), "DE",
      Locale.forLanguageTag("gsg"), "AU", Locale.forLanguageTag("asf"));

  /** A practice with the access features a practice of its kind often has. */
  private PracticeLocation location(Jurisdiction home, PracticeLocation.Builder b) {
    if (disclosed(0.55)) {
      b.addAccess(AccessFeature.STEP_FREE_ACCESS);
      if (disclosed(0.7)) {
        b.addAccess(AccessFeature.ACCESSIBLE_TOILET);
      }
    }
    if (disclosed(0.15)) {
      b.addAccess(AccessFeature.HEARING_LOOP);
    }
    if (disclosed(0.2)) {
      b.addAccess(AccessFeature.INTERPRETER_AVAILABLE);
    }
    Locale signLanguage = SIGN_LANGUAGES.get(home.countryCode());
    if (signLanguage != null && disclosed(0.04)) {
      b.addSignLanguages(signLanguage);
    }
    return b.build();
  }

  private static final List<String> RACE_TERMS = List.of("Black", "White", "Latina", "Latino",
      "Asian American", "South Asian", "East Asian", "Indigenous", "Black British",
      "White British", "British Asian", "Mixed heritage", "Middle Eastern");
  private static final List<String> LGBTQ_TERMS = List.of("gay", "lesbian", "bisexual", "queer",
      "asexual", "pansexual", "Two-Spirit");
  private static final List<String> TRADITIONS = List.of("Christian", "Jewish", "Muslim",
      "Buddhist", "Hindu");

  /** What a therapist chooses to disclose: often nothing, never required. */
  private void disclosures(TherapistProfile.Builder b) {
    if (disclosed(0.35)) {
      b.raceOrEthnicity(SelfDescription.of(Set.of(pickDisclosed(RACE_TERMS))));
    }
    if (disclosed(0.25)) {
      Set<String> terms = new java.util.LinkedHashSet<>();
      terms.add(pickDisclosed(LGBTQ_TERMS));
      if (disclosed(0.3)) {
        terms.add("queer");
      }
      b.lgbtqIdentity(SelfDescription.of(terms));
    }
    if (disclosed(0.4)) {
      b.faith(disclosed(0.65) ? FaithStance.secular()
          : FaithStance.integrating(pickDisclosed(TRADITIONS)));
    }
    for (PracticeArea area : PracticeArea.values()) {
      if (disclosed(0.3)) {
        double r = values.nextDouble();
        b.addPracticeCompetence(PracticeCompetence.of(area, r < 0.35 ? CompetenceGrade.EXPERIENCED
            : r < 0.85 ? CompetenceGrade.AWARE : CompetenceGrade.NONE));
      }
    }
    if (disclosed(0.02)) {
      b.addLanguages(Locale.forLanguageTag("ase"));
    }
  }
  /**
   * Draws from the stream of disclosures and access, apart from the profile's other attributes, so
   * that those are drawn as they were before disclosures were added.
   */
  private boolean disclosed(double p) {
    return values.nextDouble() < p;
  }

  private <T> T pickDisclosed(List<T> options) {
    return options.get(values.nextInt(options.size()));
  }


  private void gender(TherapistProfile.Builder b) {
    double r = random.nextDouble();
    if (r < 0.48) {
      b.gender(GenderIdentity.of(GenderTerm.WOMAN)).pronouns("she/her");
    } else if (r < 0.83) {
      b.gender(GenderIdentity.of(GenderTerm.MAN)).pronouns("he/him");
    } else if (r < 0.90) {
      b.gender(GenderIdentity.of(GenderTerm.NON_BINARY)).pronouns("they/them");
    } else if (r < 0.95) {
      b.gender(GenderIdentity.of(chance(0.5) ? GenderTerm.WOMAN : GenderTerm.MAN,
          GenderTerm.TRANSGENDER)).pronouns(chance(0.5) ? "she/her" : "he/him");
    }
  }

  private void languages(TherapistProfile.Builder b, Jurisdiction home) {
    String country = home.countryCode();
    b.addLanguages(Locale.forLanguageTag(country.equals("DE") ? "de" : "en"));
    if (country.equals("DE") && chance(0.6)) {
      b.addLanguages(Locale.forLanguageTag("en"));
    }
    if (country.equals("US") && chance(0.25)) {
      b.addLanguages(Locale.forLanguageTag("es"));
    }
    if (country.equals("CA") && chance(0.3)) {
      b.addLanguages(Locale.forLanguageTag("fr"));
    }
    if (chance(0.08)) {
      b.addLanguages(Locale.forLanguageTag(pick(List.of("pt-BR", "zh", "ar", "hi", "tr"))));
    }
  }

  private void expertise(TherapistProfile.Builder b) {
    List<ConcernType> pool = new ArrayList<>(StandardConcerns.all());
    int count = between(3, 9);
    for (int i = 0; i < count; i++) {
      ConcernType concern = pool.remove(random.nextInt(pool.size()));
      double r = random.nextDouble();
      b.addExpertise(Expertise.of(concern, r < 0.25 ? ExpertiseLevel.SPECIALIST
          : r < 0.65 ? ExpertiseLevel.EXPERIENCED : ExpertiseLevel.GENERAL));
    }
  }

  private void populations(TherapistProfile.Builder b) {
    Set<Population> populations = EnumSet.of(Population.ADULTS);
    for (Population population : Population.values()) {
      if (population == Population.CHILDREN) {
        // The sample lists no therapist for children: child sexual-health work is a separate
        // specialty, and a request for a child is matched only where one is declared.
        continue;
      }
      double p = population == Population.ADOLESCENTS ? 0.15
          : population == Population.COUPLES ? 0.7 : 0.3;
      if (chance(p)) {
        populations.add(population);
      }
    }
    b.addAllPopulations(populations);
  }

  private void formatsAndDeliveries(TherapistProfile.Builder b) {
    b.addFormats(SessionFormat.INDIVIDUAL);
    if (chance(0.7)) {
      b.addFormats(SessionFormat.COUPLE);
    }
    if (chance(0.15)) {
      b.addFormats(SessionFormat.MULTI_PARTNER);
    }
    if (chance(0.1)) {
      b.addFormats(SessionFormat.GROUP);
    }
    double r = random.nextDouble();
    if (r < 0.2) {
      b.addDeliveries(Delivery.IN_PERSON);
    } else if (r < 0.45) {
      b.addDeliveries(Delivery.VIDEO);
    } else {
      b.addDeliveries(Delivery.IN_PERSON, Delivery.VIDEO);
    }
    if (chance(0.3)) {
      b.addDeliveries(Delivery.PHONE);
    }
  }

  private void licences(TherapistProfile.Builder b, Jurisdiction home, Discipline discipline) {
    int licensedDays = between(200, 8000);
    LocalDate from = AS_OF.minusDays(licensedDays);
    double r = random.nextDouble();
    LicenceStatus status = r < 0.03 ? LicenceStatus.SUSPENDED : r < 0.06 ? LicenceStatus.EXPIRED
        : LicenceStatus.ACTIVE;
    // An expired licence ended up to 300 days ago, but never before it began: a licence granted
    // 200 days ago can only have ended within those 200 days.
    // Where a discipline is licensed nationally (Australia's Ahpra), the country issues it.
    Jurisdiction issuer = LicensingPolicy.defaults().regime(home, discipline).level()
        == LicensingLevel.COUNTRY ? home.toCountry() : home;
    Licence.Builder licence = Licence.builder().discipline(discipline).jurisdiction(issuer)
        .number(home.code() + "-" + between(10000, 99999)).status(status).validFrom(from)
        .validUntil(status == LicenceStatus.EXPIRED
            ? AS_OF.minusDays(between(1, Math.min(300, licensedDays - 1)))
            : AS_OF.plusDays(between(30, 900)));
    discipline.taxonomyCode().ifPresent(licence::taxonomyCode);
    Licence built = licence.build();
    if (home.countryCode().equals("GB") && discipline != Discipline.PSYCHIATRY
        && discipline != Discipline.NURSING) {
      // The UK has no statutory licence for talking therapies (LicensingPolicy.defaults()): a
      // register entry, drawn from the same numbers so the rest of the sample stays as it was.
      Register register = discipline == Discipline.PSYCHOLOGY ? StandardRegisters.HCPC
          : UK_REGISTERS.get(Math.floorMod(built.number().hashCode(), UK_REGISTERS.size()));
      b.addRegistrations(Registration.builder().register(register)
          .discipline(discipline == Discipline.PSYCHOLOGY ? discipline : Discipline.COUNSELLING)
          .number(register.id() + "-" + built.number().substring(3)).status(built.status())
          .validFrom(built.validFrom()).validUntil(built.validUntil()).build());
    } else {
      b.addLicences(built);
    }
    if (home.countryCode().equals("US") && chance(0.15)) {
      Jurisdiction second = pick(List.of(j("US-NJ"), j("US-NY"), j("US-CT"), j("US-PA"),
          j("US-CA"), j("US-OR")));
      if (!second.equals(home)) {
        b.addLicences(Licence.builder().discipline(discipline).jurisdiction(second)
            .number(second.code() + "-" + between(10000, 99999)).status(LicenceStatus.ACTIVE)
            .validFrom(from.plusDays(100)).validUntil(AS_OF.plusDays(between(30, 700))).build());
      }
    }
    if (discipline == Discipline.PSYCHOLOGY && PSYPACT.hasMemberCovering(home) && chance(0.4)) {
      b.addCompactPrivileges(CompactPrivilege.of(PSYPACT, home, AS_OF.minusDays(between(30,
          900))));
    }
  }

  /**
   * Adds the privileges of the compacts besides PSYPACT's telepsychology authority, from a random
   * source of their own so that adding them left every other value of the sample unchanged.
   */
  private static void privileges(TherapistProfile.Builder b, Jurisdiction home,
      Discipline discipline, SplittableRandom extra) {
    LocalDate from = AS_OF.minusDays(30 + extra.nextInt(700));
    if (discipline == Discipline.PSYCHOLOGY && PSYPACT.hasMemberCovering(home)
        && extra.nextDouble() < 0.2) {
      List<Jurisdiction> others = remotes(PSYPACT, home);
      b.addCompactPrivileges(CompactPrivilege.builder().compact(PSYPACT)
          .kind(PrivilegeKind.PSYPACT_TAP).homeJurisdiction(home)
          .remoteJurisdiction(others.get(extra.nextInt(others.size()))).validFrom(from)
          .putTemporaryDaysUsed(AS_OF.getYear(), extra.nextDouble() < 0.3 ? 30 : extra.nextInt(30))
          .build());
    } else if (discipline == Discipline.COUNSELLING && COUNSELING_COMPACT.hasMemberCovering(home)
        && extra.nextDouble() < 0.6) {
      List<Jurisdiction> others = remotes(COUNSELING_COMPACT, home);
      // No privilege predates the compact's first one (CompactKind.COUNSELING_COMPACT).
      LocalDate first = COUNSELING_COMPACT.operationalFrom().orElse(AS_OF);
      b.addCompactPrivileges(CompactPrivilege.builder().compact(COUNSELING_COMPACT)
          .kind(PrivilegeKind.COUNSELING_PRIVILEGE).homeJurisdiction(home)
          .remoteJurisdiction(others.get(extra.nextInt(others.size())))
          .validFrom(from.isBefore(first) ? first : from).build());
    } else if (discipline == Discipline.SOCIAL_WORK && SOCIAL_WORK_COMPACT.hasMemberCovering(home)
        && extra.nextDouble() < 0.4) {
      b.addCompactPrivileges(CompactPrivilege.of(SOCIAL_WORK_COMPACT, home, from));
    } else if (discipline == Discipline.NURSING && NURSE_COMPACT.hasMemberCovering(home)
        && extra.nextDouble() < 0.4) {
      b.addCompactPrivileges(CompactPrivilege.of(NURSE_COMPACT, home, from));
    }
  }

  private static List<Jurisdiction> remotes(InterstateCompact compact, Jurisdiction home) {
    return compact.members().stream().filter(member -> !member.equals(home)).sorted().toList();
  }

  private void certifications(TherapistProfile.Builder b, Jurisdiction home,
      Discipline discipline) {
    String country = home.countryCode();
    if (country.equals("GB") && chance(0.5)) {
      b.addCertifications(certification(StandardCredentials.COSRT_ACCREDITED, 0.85, 365));
    } else if ((country.equals("DE") || country.equals("AU")) && chance(0.3)) {
      // expired up to 200 days ago, but never before it was issued
      int heldDays = between(100, 2000);
      b.addCertifications(Certification.builder().credential(StandardCredentials.EFS_ESSM_ECPS)
          .issued(AS_OF.minusDays(heldDays))
          .expires(AS_OF.plusDays(between(Math.max(-200, -heldDays), 1500))).build());
    } else if (chance(0.4)) {
      Certification cst = certification(StandardCredentials.AASECT_CST, 0.85, 1095);
      b.addCertifications(cst);
      if (chance(0.12)) {
        b.addCertifications(certification(StandardCredentials.AASECT_CST_SUPERVISOR, 0.9, 1095));
      }
    } else if (discipline != Discipline.PSYCHIATRY && chance(0.1)) {
      b.addCertifications(certification(StandardCredentials.AASECT_CSC, 0.85, 1095));
    }
    if (chance(0.03)) {
      b.addCertifications(Certification.builder().credential(StandardCredentials.ISSWSH_FELLOW)
          .issued(AS_OF.minusDays(between(10, 1700))).ceCreditsEarned(between(0, 80)).build());
    }
  }

  /** A certification current with probability {@code current}, otherwise lapsed. */
  private Certification certification(Credential credential, double current, int cycleDays) {
    boolean lapsed = !chance(current);
    LocalDate issued = lapsed ? AS_OF.minusDays(between(cycleDays + 1, cycleDays + 700))
        : AS_OF.minusDays(between(0, cycleDays - 1));
    return Certification.builder().credential(credential).issued(issued)
        .ceCreditsEarned(between(0, 30)).membershipCurrent(lapsed ? chance(0.5) : true).build();
  }

  private Degree degree(Discipline discipline) {
    return switch (discipline) {
      case PSYCHOLOGY -> Degree.of(DegreeLevel.DOCTORATE, chance(0.5) ? "PhD" : "PsyD", true);
      case PSYCHIATRY, MEDICINE -> Degree.of(DegreeLevel.DOCTORATE, "MD", true);
      case SOCIAL_WORK -> Degree.of(DegreeLevel.MASTER, "MSW", true);
      case NURSING -> Degree.of(DegreeLevel.MASTER, "MSN", true);
      case MARRIAGE_AND_FAMILY_THERAPY -> Degree.of(DegreeLevel.MASTER, "MA MFT", true);
      default -> Degree.of(DegreeLevel.MASTER, "MA Counselling", true);
    };
  }

  private TrainingRecord training() {
    int supervised = between(0, 600);
    return TrainingRecord.builder().humanSexualityEducationHours(between(20, 160))
        .sexTherapyTrainingHours(between(10, 120)).attitudeReassessmentCompleted(chance(0.75))
        .supervisedClinicalHours(supervised)
        .telehealthClinicalHours(Math.min(supervised, between(0, 200)))
        .supervisionHours(between(0, 90)).postDegreeExperienceYears(between(1, 35)).build();
  }

  private void modalities(TherapistProfile.Builder b, int index) {
    Set<Modality> modalities = new LinkedHashSet<>();
    int count = between(1, 4);
    for (int i = 0; i < count; i++) {
      modalities.add(pick(StandardModalities.all()));
    }
    // About one profile in a hundred offers a conversion practice, so the sample shows the
    // ethics gate keeping it out of every result.
    if (index % 97 == 13) {
      modalities.add(CONVERSION_PRACTICE);
    }
    b.addAllModalities(modalities);
  }

  /**
   * Fees per format offered: an individual session of 50 minutes and, where offered, a couple or
   * multi-partner session of 80 and a group of 90, each priced on its own; a sliding scale on
   * some; superbills from some US practices.
   */
  private void fees(TherapistProfile.Builder b, Place place) {
    Currency currency = Currency.getInstance(place.currency());
    int base = place.currency().equals("USD") ? between(110, 260) : between(60, 160);
    boolean sliding = chance(0.3);
    FeeSchedule.Builder fees = FeeSchedule.builder().currency(currency)
        .superbills(place.currency().equals("USD") && chance(0.5));
    for (SessionFormat format : b.build().formats()) {
      int minutes = switch (format) {
        case INDIVIDUAL -> 50;
        case COUPLE, MULTI_PARTNER -> 80;
        case GROUP -> 90;
      };
      int amount = switch (format) {
        case INDIVIDUAL -> base;
        case COUPLE, MULTI_PARTNER -> base * 3 / 2;
        case GROUP -> base / 3;
      };
      BigDecimal fee = BigDecimal.valueOf(amount - amount % 5);
      BigDecimal low = BigDecimal.valueOf(Math.max(30, amount / 2 - amount / 2 % 5));
      fees.addSessionFees(sliding ? SessionFee.of(format, minutes, fee, SlidingScale.of(low, fee))
          : SessionFee.of(format, minutes, fee));
    }
    b.fees(fees.build());
  }

  /**
   * Networks of the country's payers the practice has joined (one network per payer, named after
   * it), some covering telehealth, some closed to new patients.
   */
  private List<NetworkParticipation> networks(Jurisdiction home, boolean inPerson,
      boolean telehealth) {
    List<NetworkParticipation> out = new java.util.ArrayList<>();
    List<String> payers = new java.util.ArrayList<>(
        INSURERS.getOrDefault(home.countryCode(), List.of()));
    if (home.countryCode().equals("US")) {
      payers.add("medicaid-" + home.code().toLowerCase(Locale.ROOT));
    }
    for (String insurer : payers) {
      if (chance(0.35)) {
        boolean programme = insurer.equals("medicare") || insurer.startsWith("medicaid-");
        NetworkParticipation.Builder n = NetworkParticipation.builder()
            .payer(programme ? Payer.publicProgramme(insurer) : Payer.commercial(insurer))
            .network(NetworkId.of(insurer + "-network"))
            .telehealth(telehealth && (!inPerson || chance(0.7)));
        if (chance(0.5)) {
          n.acceptance(chance(0.85) ? PatientAcceptance.ACCEPTING
              : PatientAcceptance.EXISTING_PATIENTS_ONLY);
        }
        out.add(n.build());
      }
    }
    return out;
  }
}
