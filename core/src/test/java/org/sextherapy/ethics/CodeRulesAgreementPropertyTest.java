package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sextherapy.ethics.Examples.DATE;
import static org.sextherapy.ethics.Examples.REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.InvalidValueException;
import org.sextherapy.client.RequestedConcern;
import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.ConcernCategory;
import org.sextherapy.concern.ConcernType;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.validation.ValidationResult;
import org.sextherapy.validation.Violation;

/**
 * Whatever the system (standard, an ICD-11 cluster, a national modification, a clinic's local
 * system) and however a code is spelled: the code is kept in one canonical form; the one owner of
 * "is this an identity code" ({@link CodeCatalogue#isIdentityCode}), the concern-type check and
 * rule 2 agree; and no message names a code the catalogue does not ship or any title. Free text
 * typed into a code field is refused in every system, naming the field and never echoing it.
 */
class CodeRulesAgreementPropertyTest {

  private static final String IDENTITY = EthicalRules.IDENTITY_IS_NOT_A_CONCERN.id();
  private static final CodeSystem CLINIC = CodeSystem.custom("clinic-local",
      "urn:example:clinic-local", "[A-Z]{2}-[0-9]{2,4}");
  private static final CodeSystem PERMISSIVE = CodeSystem.custom("permissive",
      "urn:example:permissive", ".*");
  private static final CodeSystem ICD_10_GM = CodeSystem.modificationOf(CodeSystem.ICD_10,
      "icd-10-gm", "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "[A-Z][0-9]{2}(\\.[0-9]{1,2})?");

  private static final List<String> IDENTITY_STEMS = List.of("HA60", "HA61", "HA6Z");
  private static final List<String> OTHER_STEMS = List.of("HA00", "HA01.0", "HA01.1", "HA02",
      "HA03", "HA20", "6D36", "6C72", "QA00", "1A00", "DA63", "ME24.90", "6D35");
  private static final List<String> EXTENSIONS = List.of("XS25", "XS5W", "XS0T", "XT5R", "XK8G",
      "XA9780");
  private static final List<String> IDENTITY_TITLES = List.of("Gender dysphoria",
      "Homosexuality", "Same-sex attraction", "Egodystonic orientation", "Gender incongruence");
  private static final List<String> OTHER_TITLES = List.of("Painful intercourse",
      "Body image for trans clients", "Sexual communication", "Low desire", "Intake");
  private static final List<String> WORDS = List.of("we", "argue", "about", "sex", "since",
      "the", "baby", "stop", "being", "attracted", "partner", "wants", "more", "trust");

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  /** A recorded code with what the rules must say of it. */
  private record Case(Code code, String recorded, String expected, boolean identity,
      boolean shipped) {}

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Writes a code as a person might type it: any case, spaces around the parts. */
  private static String misspell(Random random, String code) {
    StringBuilder typed = new StringBuilder();
    for (char c : code.toCharArray()) {
      if ((c == '&' || c == '/') && random.nextBoolean()) {
        typed.append(' ').append(c).append(' ');
      } else if (c == '.' && random.nextInt(3) == 0) {
        continue; // the dot may be left out
      } else {
        typed.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
      }
    }
    return random.nextBoolean() ? " " + typed + " " : typed.toString();
  }

  private static Case generate(Random random) {
    String title = pick(random, OTHER_TITLES);
    switch (random.nextInt(5)) {
      case 0 -> {
        int stems = 1 + random.nextInt(3);
        int identityAt = random.nextInt(2) == 0 ? random.nextInt(stems) : -1;
        StringBuilder cluster = new StringBuilder();
        for (int s = 0; s < stems; s++) {
          if (s > 0) {
            cluster.append('/');
          }
          cluster.append(s == identityAt ? pick(random, IDENTITY_STEMS) : pick(random, OTHER_STEMS));
          for (int e = random.nextInt(3); e > 0; e--) {
            cluster.append('&').append(pick(random, EXTENSIONS));
          }
        }
        String expected = cluster.toString();
        String recorded = misspell(random, expected);
        return new Case(Code.of(CodeSystem.ICD_11_MMS, recorded, title, Certainty.UNCERTAIN),
            recorded, expected, identityAt >= 0, !expected.contains("&")
                && !expected.contains("/") && CodeCatalogue.find(CodeSystem.ICD_11_MMS, expected)
                .isPresent());
      }
      case 1, 2 -> {
        CodeSystem system = random.nextBoolean() ? CodeSystem.ICD_10_CM : CodeSystem.ICD_10;
        boolean identity = random.nextBoolean();
        String expected = identity
            ? (system == CodeSystem.ICD_10 && random.nextBoolean() ? "F66." : "F64.")
                + random.nextInt(10)
            : pick(random, List.of("F52.0", "F52.4", "Z63.0", "F65.9", "F32.1"));
        String recorded = misspell(random, expected);
        return new Case(Code.of(system, recorded, title, Certainty.UNCERTAIN), recorded,
            expected, identity, CodeCatalogue.find(system, expected).isPresent());
      }
      case 3 -> {
        boolean identity = random.nextBoolean();
        String expected = (identity ? (random.nextBoolean() ? "F64." : "F66.") : "F52.")
            + random.nextInt(10);
        String recorded = misspell(random, expected);
        return new Case(Code.of(ICD_10_GM, recorded, title, Certainty.VERIFIED), recorded,
            expected, identity, false);
      }
      default -> {
        boolean identity = random.nextBoolean();
        String expected = (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))
            + "-" + (10 + random.nextInt(9990));
        String localTitle = identity ? pick(random, IDENTITY_TITLES) : title;
        String recorded = random.nextBoolean() ? " " + expected + "\t" : expected;
        return new Case(Code.of(CLINIC, recorded, localTitle, Certainty.VERIFIED), recorded,
            expected, identity, false);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCallerAgreesOnIdentityCodesInEverySystem(long seed) {
    Random random = new Random(seed);
    Case c = generate(random);
    Code code = c.code();

    assertThat(code.code()).isEqualTo(c.expected());
    assertThat(code.system().canonical(code.code())).contains(code.code());
    assertThat(String.join("/", code.stemCodes()))
        .isEqualTo(c.expected().replaceAll("&X[0-9A-Z]+", ""));
    assertThat(CodeCatalogue.isIdentityCode(code)).isEqualTo(c.identity());

    boolean refusedAsConcernCode;
    try {
      ConcernType.builder().id("CLINIC_CONCERN").displayName("Clinic concern")
          .category(ConcernCategory.OTHER).relational(false).addCodes(code).build();
      refusedAsConcernCode = false;
    } catch (InvalidValueException e) {
      assertThat(e.field()).isEqualTo("codes[0]");
      refusedAsConcernCode = true;
    }
    assertThat(refusedAsConcernCode).isEqualTo(c.identity());

    ValidationResult result = REVIEW.reviewRequest(Examples.adultBringing(RequestedConcern
        .builder().concern(StandardConcerns.SEXUAL_COMMUNICATION).addRecordedCodes(code)
        .build()), DATE);
    List<String> identityPaths = new ArrayList<>();
    for (Violation v : result.violations()) {
      if (v.ruleId().equals(IDENTITY)) {
        identityPaths.add(v.path());
      }
      if (!c.shipped()) {
        // a code the catalogue does not ship is named by its path only
        assertThat(v.message()).doesNotContain(code.code()).doesNotContain(c.recorded().strip());
      }
      assertThat(v.message()).doesNotContain(code.title());
    }
    assertThat(identityPaths).isEqualTo(c.identity()
        ? List.of("$.concerns[0].recordedCodes[0]") : List.of());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void freeTextTypedIntoACodeFieldIsRefusedInEverySystemWithoutBeingEchoed(long seed) {
    Random random = new Random(seed);
    int words = 2 + random.nextInt(4);
    StringBuilder text = new StringBuilder(pick(random, WORDS));
    for (int w = 1; w < words; w++) {
      text.append(' ').append(pick(random, WORDS));
    }
    if (random.nextBoolean()) {
      text.insert(0, pick(random, List.of("HA00 ", "F64.0 ", "HA00&XS25 ", "AB-12 ")));
    }
    String typed = random.nextBoolean() ? text.toString().toUpperCase(Locale.ROOT) : text.toString();
    List<CodeSystem> systems = new ArrayList<>(CodeSystem.standard());
    systems.addAll(List.of(CLINIC, PERMISSIVE, ICD_10_GM));

    for (CodeSystem system : systems) {
      assertThat(system.canonical(typed)).as(system.id()).isEmpty();
      assertThatThrownBy(() -> Code.of(system, typed, "title", Certainty.UNCERTAIN))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("code");
            assertThat(e.getMessage()).doesNotContain(typed).doesNotContainIgnoringCase("argue")
                .doesNotContainIgnoringCase("baby").doesNotContainIgnoringCase("attracted");
          });
    }
  }
}
