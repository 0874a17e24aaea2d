package org.sextherapy.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.Authorisation;
import org.sextherapy.authorisation.Grant;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.qualification.Licence;
import org.sextherapy.qualification.LicenceStatus;
import org.sextherapy.session.Delivery;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.testing.Copies;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Expertise;
import org.sextherapy.therapist.ExpertiseLevel;
import org.sextherapy.therapist.TherapistProfile;

/**
 * A grant packed in the directory's blob covers exactly the days of the grant it was compiled
 * from ({@link Grant#isValidOn}), whether its days fit the two-byte offsets of a
 * {@link PackedDirectory#GRANT} entry or not ({@link PackedDirectory#GRANT_WIDE}); and the
 * directory decides authorisation as the rule object does ({@link PracticeAuthorisation#decide}):
 * the bases a place would have accepted, and whether the client's places are served by telehealth
 * or at a practice location. Dates: each grant's first and last day and the days either side, the
 * ends of the offsets' range and the days either side, days far outside it up to the ends of the
 * calendar, and random days.
 */
class PackedGrantPropertyTest {

  private static final PracticeAuthorisation RULES = PracticeAuthorisation.standard();
  private static final LocalDate BASE = LocalDate.ofEpochDay(PackedDirectory.GRANT_BASE_DAY);
  /** The last day a two-byte offset holds. */
  private static final LocalDate LAST_OFFSET = BASE.plusDays(PackedDirectory.GRANT_OPEN - 1);
  /** Days at the ends of the offsets' range, either side of them, and far beyond. */
  private static final List<LocalDate> EDGES = List.of(LocalDate.MIN, LocalDate.MIN.plusDays(1),
      LocalDate.of(-5_900_000, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(1900, 1, 1),
      BASE.minusDays(1), BASE, BASE.plusDays(1), LAST_OFFSET.minusDays(1), LAST_OFFSET,
      LAST_OFFSET.plusDays(1), LAST_OFFSET.plusDays(2), LocalDate.of(2200, 1, 1),
      LocalDate.of(9999, 12, 31), LocalDate.of(5_900_000, 1, 1), LocalDate.MAX.minusDays(1),
      LocalDate.MAX);

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /**
   * A random profile and, most of the time, active licences in its disciplines whose days lie on
   * or beyond the edges of the offsets' range.
   */
  private static TherapistProfile profile(RandomValues random) {
    TherapistProfile drawn = random.profile();
    TherapistProfile.Builder b = Copies.builderOf(drawn);
    int extra = random.chance(0.2) ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < extra; k++) {
      LocalDate from = random.chance(0.6) ? random.oneOf(EDGES) : random.date();
      Jurisdiction where = drawn.locations().isEmpty() || random.chance(0.5)
          ? random.jurisdiction() : random.oneOf(drawn.locations()).jurisdiction();
      Licence.Builder licence = Licence.builder()
          .discipline(drawn.licences().isEmpty() || random.chance(0.3)
              ? random.oneOf(Discipline.class) : drawn.licences().get(0).discipline())
          .jurisdiction(where).number(random.id("LIC")).status(LicenceStatus.ACTIVE)
          .validFrom(from);
      if (random.chance(0.7)) {
        List<LocalDate> later = EDGES.stream().filter(day -> !day.isBefore(from)).toList();
        licence.validUntil(random.chance(0.5) || LocalDate.MAX.minusDays(4000).isBefore(from)
            ? random.oneOf(later) : from.plusDays(random.nextInt(4000)));
      }
      b.addLicences(licence.build());
    }
    return b.build();
  }

  /** The days to try a grant on: its ends and either side, the edges, and random days. */
  private static List<LocalDate> days(RandomValues random, Grant grant) {
    List<LocalDate> days = new ArrayList<>(EDGES);
    aroundDay(grant.validFrom(), days);
    grant.validUntil().ifPresent(until -> aroundDay(until, days));
    for (int k = 0; k < 4; k++) {
      days.add(random.date());
    }
    return days;
  }

  private static void aroundDay(LocalDate day, List<LocalDate> days) {
    days.add(day);
    if (day.isAfter(LocalDate.MIN)) {
      days.add(day.minusDays(1));
    }
    if (day.isBefore(LocalDate.MAX)) {
      days.add(day.plusDays(1));
    }
  }

  private static boolean fitsOffsets(LocalDate day) {
    return !day.isBefore(BASE) && !day.isAfter(LAST_OFFSET);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPackedGrantCoversExactlyTheDaysOfTheGrantItWasCompiledFrom(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles = List.of(profile(random), profile(random), profile(random));
    PackedDirectory d = PackedDirectory.build(profiles, RULES);
    for (TherapistProfile p : profiles) {
      int i = d.indexOf(p.id());
      int q = d.blobStart[i];
      for (Grant grant : RULES.grants(p)) {
        assertThat(PackedDirectory.isGrant(d.blob[q])).as("entry of %s", grant).isTrue();
        Grant key = d.grants[PackedDirectory.payload(d.blob[q])];
        assertThat(key.basis()).isEqualTo(grant.basis());
        assertThat(key.jurisdiction()).isEqualTo(grant.jurisdiction());
        assertThat(key.compact()).isEqualTo(grant.compact());
        boolean fits = fitsOffsets(grant.validFrom())
            && grant.validUntil().map(PackedGrantPropertyTest::fitsOffsets).orElse(true);
        assertThat(PackedDirectory.kind(d.blob[q]))
            .as("%s from %s to %s", grant, grant.validFrom(), grant.validUntil())
            .isEqualTo(fits ? PackedDirectory.GRANT : PackedDirectory.GRANT_WIDE);
        for (LocalDate day : days(random, grant)) {
          assertThat(d.grantValidOn(q, day.toEpochDay()))
              .as("%s from %s to %s, on %s", grant, grant.validFrom(), grant.validUntil(), day)
              .isEqualTo(grant.isValidOn(day));
        }
        q = d.next(q);
      }
      assertThat(q == d.blobStart[i + 1] || !PackedDirectory.isGrant(d.blob[q]))
          .as("no grant beyond the rule object's").isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDirectoryDecidesAuthorisationAsTheRuleObjectOnEveryDay(long seed) {
    RandomValues random = new RandomValues(seed);
    List<TherapistProfile> profiles = List.of(profile(random), profile(random), profile(random));
    PackedDirectory d = PackedDirectory.build(profiles, RULES);
    for (TherapistProfile p : profiles) {
      int i = d.indexOf(p.id());
      List<LocalDate> dates = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        dates.add(random.oneOf(EDGES));
      }
      for (Grant grant : RULES.grants(p)) {
        aroundDay(random.chance(0.5) ? grant.validFrom()
            : grant.validUntil().orElse(grant.validFrom()), dates);
      }
      dates.add(random.date());
      for (LocalDate date : dates) {
        for (Jurisdiction place : RandomValues.JURISDICTIONS) {
          Set<Delivery> authorised = EnumSet.noneOf(Delivery.class);
          for (Delivery delivery : Delivery.values()) {
            Authorisation decided = RULES.decide(p, place, delivery, date);
            if (decided.isAuthorised()) {
              authorised.add(delivery);
            }
            assertThat(d.missingBases(i, place, Set.of(delivery), date))
                .as("%s by %s on %s", place, delivery, date).isEqualTo(decided.missing());
          }
          assertThat(d.authorisedDeliveries(i, place, date)).as("%s on %s", place, date)
              .isEqualTo(authorised);
        }
        ClientRequest request = random.chance(0.5) ? random.request() : random.requestFor(p);
        Places places = new Places(d, request, date);
        assertThat(places.authorised(i)).as("%s on %s", request.sessionJurisdictions(), date)
            .isEqualTo(authorised(p, request, date));
      }
    }
  }

  /**
   * The rule object asked place by place: by a telehealth delivery both sides accept, authorised
   * in every session jurisdiction; or in person, at a practice location lying in all of them and
   * authorised there.
   */
  static boolean authorised(TherapistProfile p, ClientRequest request, LocalDate date) {
    List<Jurisdiction> where = request.sessionJurisdictions();
    for (Delivery delivery : request.deliveries()) {
      if (!p.deliveries().contains(delivery)) {
        continue;
      }
      if (delivery.isTelehealth()) {
        if (where.stream()
            .allMatch(place -> RULES.decide(p, place, delivery, date).isAuthorised())) {
          return true;
        }
      } else {
        for (PracticeLocation location : p.locations()) {
          if (where.stream().allMatch(place -> place.covers(location.jurisdiction()))
              && RULES.decide(p, location.jurisdiction(), delivery, date).isAuthorised()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Test
  void aLicenceIssuedBeforeTheOffsetsBeginIsPackedWideAndDecidedExactly() {
    Jurisdiction california = Jurisdiction.parse("US-CA");
    Licence old = Licence.builder().discipline(Discipline.PSYCHOLOGY).jurisdiction(california)
        .number("LIC-1").status(LicenceStatus.ACTIVE).validFrom(LocalDate.of(1948, 3, 1))
        .validUntil(LocalDate.of(1949, 12, 31)).build();
    Licence current = Licence.builder().discipline(Discipline.PSYCHOLOGY)
        .jurisdiction(california).number("LIC-2").status(LicenceStatus.ACTIVE)
        .validFrom(LocalDate.of(2020, 1, 1)).build();
    TherapistProfile p = TherapistProfile.builder().id("th-1").displayName("Dr Alex Rivera")
        .addLanguages(Locale.ENGLISH)
        .addExpertise(Expertise.of(StandardConcerns.PAINFUL_SEX, ExpertiseLevel.SPECIALIST))
        .addFormats(SessionFormat.INDIVIDUAL).addDeliveries(Delivery.VIDEO)
        .addLicences(old, current).acceptingNewClients(true).openCapacity(3).build();
    PackedDirectory d = PackedDirectory.build(List.of(p), RULES);
    int q = d.blobStart[0];
    assertThat(PackedDirectory.kind(d.blob[q])).isEqualTo(PackedDirectory.GRANT_WIDE);
    assertThat(d.grantValidOn(q, LocalDate.of(1948, 2, 29).toEpochDay())).isFalse();
    assertThat(d.grantValidOn(q, LocalDate.of(1948, 3, 1).toEpochDay())).isTrue();
    assertThat(d.grantValidOn(q, LocalDate.of(1949, 12, 31).toEpochDay())).isTrue();
    assertThat(d.grantValidOn(q, BASE.toEpochDay())).isFalse();
    int next = d.next(q);
    assertThat(PackedDirectory.kind(d.blob[next])).isEqualTo(PackedDirectory.GRANT);
    assertThat(d.grantValidOn(next, LocalDate.of(2019, 12, 31).toEpochDay())).isFalse();
    assertThat(d.grantValidOn(next, LocalDate.of(2020, 1, 1).toEpochDay())).isTrue();
    assertThat(d.grantValidOn(next, LocalDate.MAX.toEpochDay()))
        .as("a licence without end, on the last day of the calendar").isTrue();
    assertThat(d.missingBases(0, california, Set.of(Delivery.VIDEO), LocalDate.of(2010, 6, 1)))
        .as("between the two licences").isNotEmpty();
    assertThat(d.missingBases(0, california, Set.of(Delivery.VIDEO), LocalDate.of(1949, 6, 1)))
        .isEmpty();
  }

  @Test
  void aGrantWithoutEndFittingTheOffsetsIsTwoInts() {
    DirectoryBuilder.IntList out = new DirectoryBuilder.IntList(4);
    PackedDirectory.packGrant(out, 5, LocalDate.of(2020, 1, 1).toEpochDay(),
        PackedDirectory.NO_END);
    PackedDirectory.packGrant(out, 6, LocalDate.of(2020, 1, 1).toEpochDay(),
        LAST_OFFSET.plusDays(1).toEpochDay());
    assertThat(out.size).isEqualTo(2 + 5);
    assertThat(PackedDirectory.kind(out.values[0])).isEqualTo(PackedDirectory.GRANT);
    assertThat(PackedDirectory.kind(out.values[2])).isEqualTo(PackedDirectory.GRANT_WIDE);
    assertThat(Optional.of(PackedDirectory.payload(out.values[2]))).contains(6);
  }
}
