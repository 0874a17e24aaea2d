package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/** Registering the module in a mapper of one's own, and its options. */
class ModuleRegistrationTest extends WireFormatTestBase {

  private static final Binding BINDING = Binding.CURRENT;

  @Test
  void findAndAddModulesFindsTheModuleThroughTheServiceRegistration() throws Exception {
    assertThat(BINDING.moduleIsAService()).isTrue();
    Binding.UserMapper mapper = BINDING.foundMapper();
    assertThat(mapper.registeredModuleIds()).contains(JsonOptions.defaults());
    String golden = GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE);
    TherapistProfile profile = mapper.read(golden, TherapistProfile.class);
    assertThat(profile).isEqualTo(Examples.profile());
    assertThat(pretty(mapper.write(profile))).isEqualTo(pretty(golden));
  }

  @Test
  void ownMapperStillReadsStrictlyAndReportsTheLibrarysException() {
    Binding.UserMapper mapper = BINDING.ownMapper(JsonOptions.defaults());
    Throwable unknown = catchThrowable(() -> mapper.read(
        json("{'id': 'th-1', 'displayName': 'Dr Lee', 'nickname': 'S3NT1N3L-private'}"),
        TherapistProfile.class));
    assertThat(unknown).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) unknown).path()).isEqualTo("$.*");
    Throwable inList = catchThrowable(() -> mapper.readList(
        json("[{'id': 'th-1', 'displayName': 'Dr Lee'}, {'displayName': 'Dr Kim'}]"),
        TherapistProfile.class));
    assertThat(inList).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) inList).path()).isEqualTo("$[1].id");
  }

  @Test
  void ownMapperGetsTrailingContentAndLimitsFromTheOneCallConfiguration() throws Exception {
    String golden = GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE);
    // Without it, the mapper's own defaults decide: Jackson 2 reads past trailing content,
    // Jackson 3 (FAIL_ON_TRAILING_TOKENS on by default) refuses it.
    Throwable ownTrailing = catchThrowable(() -> BINDING.ownMapper(JsonOptions.defaults())
        .read(golden + " {}", TherapistProfile.class));
    if (BINDING.name().equals("jackson2")) {
      assertThat(ownTrailing).isNull();
    } else {
      assertThat(ownTrailing).isNotNull();
    }
    Binding.UserMapper strict =
        BINDING.strictMapper(JsonOptions.defaults(), JsonLimits.defaults());
    assertThat(strict.read(golden, TherapistProfile.class)).isEqualTo(Examples.profile());
    assertThat(catchThrowable(() -> strict.read(golden + " {}", TherapistProfile.class)))
        .isNotNull();
    Binding.UserMapper small = BINDING.strictMapper(JsonOptions.defaults(),
        JsonLimits.defaults().withMaxDocumentLength(100));
    assertThat(catchThrowable(() -> small.read(golden, TherapistProfile.class))).isNotNull();
  }

  @Test
  void jacksonsOwnMessageForContentAfterTheDocumentDoesNotQuoteIt() {
    // The mapper checks for content after the document itself, after the module has read it, so
    // the exception is Jackson's; the one-call configuration has it quote no more of a bad token
    // than the characters Jackson read to reject it. Without that, the whole token is quoted.
    String golden = GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE);
    Binding.UserMapper strict =
        BINDING.strictMapper(JsonOptions.defaults(), JsonLimits.defaults());
    // A bad token ends where a Java identifier would: the sentinel's letters before its hyphen.
    String letters = RandomValues.SENTINEL.substring(0, RandomValues.SENTINEL.indexOf('-'));
    for (String after : new String[] {" abcd" + letters, " \\" + letters, " 12" + letters,
        " \"" + letters, " t" + letters}) {
      Throwable thrown = catchThrowable(() -> strict.read(golden + after, TherapistProfile.class));
      assertThat(thrown).as(after).isNotNull();
      assertThat(String.valueOf(thrown.getMessage())).as(after).doesNotContain(letters);
    }
  }

  @Test
  void aLimitBrokenInsideAModelValueInOwnMapperIsNamedWithItsValue() {
    JsonLimits limits = new JsonLimits(64, 1000, 256, 64, 16L * 1024 * 1024, 10_000_000L);
    Binding.UserMapper strict = BINDING.strictMapper(JsonOptions.defaults(), limits);
    Throwable thrown = catchThrowable(() -> strict.read(
        json("{'id': 'th-1', 'displayName': '" + "x".repeat(2000) + "'}"), TherapistProfile.class));
    assertThat(thrown).isInstanceOf(SexTherapyJsonException.class);
    SexTherapyJsonException e = (SexTherapyJsonException) thrown;
    assertThat(e.kind()).isEqualTo(JsonErrorKind.LIMIT_EXCEEDED);
    assertThat(e.path()).isEqualTo("$.displayName");
    assertThat(e.detail()).isEqualTo("exceeds the limit maxStringLength = 1000");
  }

  @Test
  void aSetOfModelValuesBoundInOwnMapperIsUnmodifiableInArrayOrderAndRefusesRepeats()
      throws Exception {
    Binding.UserMapper mapper = BINDING.ownMapper(JsonOptions.defaults());
    @SuppressWarnings("unchecked")
    Set<Object> populations = (Set<Object>) mapper.readSet(json("['lgbtq', 'adults', 'couples']"),
        Population.class);
    assertThat(populations).containsExactly(Population.LGBTQ, Population.ADULTS,
        Population.COUPLES);
    assertThat(populations).isInstanceOf(Collections.unmodifiableSet(new HashSet<>()).getClass());
    assertThatThrownBy(() -> populations.add(Population.ADULTS))
        .isInstanceOf(UnsupportedOperationException.class);
    Throwable repeated = catchThrowable(() -> mapper.readSet(json("['adults', 'adults']"),
        Population.class));
    assertThat(repeated).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) repeated).path()).isEqualTo("$[1]");
  }

  @Test
  void optionsMakeNewOptionsAndLeaveTheOriginalAsItWas() {
    JsonOptions defaults = JsonOptions.defaults();
    ConcernCatalogue catalogue = ConcernCatalogue.of(List.of());
    JsonOptions changed = defaults.withConcernCatalogue(catalogue)
        .withUnknownPropertiesAllowed(true).withCatalogueReferences(false);
    assertThat(defaults.concernCatalogue()).isSameAs(ConcernCatalogue.standard());
    assertThat(defaults.unknownPropertiesAllowed()).isFalse();
    assertThat(defaults.catalogueReferences()).isTrue();
    assertThat(changed.concernCatalogue()).isSameAs(catalogue);
    assertThat(changed.unknownPropertiesAllowed()).isTrue();
    assertThat(changed.catalogueReferences()).isFalse();
    assertThat(changed).isNotEqualTo(defaults);
    assertThat(defaults).isEqualTo(JsonOptions.defaults().withCatalogueReferences(true))
        .hasSameHashCodeAs(JsonOptions.defaults().withUnknownPropertiesAllowed(false));
    assertThat(BINDING.module(changed).toString()).contains("0 concern types");
  }

  @Test
  void versionComesFromTheBuildNotFromAJarManifest() {
    assertThat(BINDING.moduleVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?")
        .isNotEqualTo("0.0.0");
  }

  @Test
  void moduleRegisteredLastWinsOverAnEarlierOneWithOtherOptions() throws Exception {
    Binding.UserMapper mapper = BINDING.ownMapper(JsonOptions.defaults(),
        JsonOptions.defaults().withCatalogueReferences(false));
    String json = mapper.write(StandardCredentials.AASECT_CST);
    assertThat(json).contains("\"title\":\"Certified Sex Therapist\"");
    assertThat(mapper.read(json, Credential.class)).isEqualTo(StandardCredentials.AASECT_CST);
    Binding.UserMapper twice =
        BINDING.ownMapper(JsonOptions.defaults(), JsonOptions.defaults());
    assertThat(twice.registeredModuleIds()).hasSize(1);
  }
}
