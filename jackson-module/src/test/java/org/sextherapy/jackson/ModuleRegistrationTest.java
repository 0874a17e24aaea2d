package org.sextherapy.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sextherapy.concern.ConcernCatalogue;
import org.sextherapy.qualification.Credential;
import org.sextherapy.qualification.StandardCredentials;
import org.sextherapy.therapist.Population;
import org.sextherapy.therapist.TherapistProfile;

/** Registering the module in a mapper of one's own, and its options. */
class ModuleRegistrationTest extends WireFormatTestBase {

  @Test
  void findAndAddModulesFindsTheModuleThroughTheServiceRegistration() throws Exception {
    assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type))
        .contains(SexTherapyModule.class);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.getRegisteredModuleIds()).contains(new SexTherapyModule());
    String golden = GoldenFilesTest.golden(JsonDocument.THERAPIST_PROFILE);
    TherapistProfile profile = mapper.readValue(golden, TherapistProfile.class);
    assertThat(profile).isEqualTo(Examples.profile());
    assertThat(pretty(mapper.writeValueAsString(profile))).isEqualTo(pretty(golden));
  }

  @Test
  void ownMapperStillReadsStrictlyAndReportsTheLibrarysException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SexTherapyModule()).build();
    Throwable unknown = catchThrowable(() -> mapper.readValue(
        json("{'id': 'th-1', 'displayName': 'Dr Lee', 'nickname': 'S3NT1N3L-private'}"),
        TherapistProfile.class));
    assertThat(unknown).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) unknown).path()).isEqualTo("$.*");
    Throwable inList = catchThrowable(() -> mapper.readValue(
        json("[{'id': 'th-1', 'displayName': 'Dr Lee'}, {'displayName': 'Dr Kim'}]"),
        new TypeReference<List<TherapistProfile>>() {}));
    assertThat(inList).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) inList).path()).isEqualTo("$[1].id");
  }

  @Test
  void aSetOfModelValuesBoundInOwnMapperIsUnmodifiableInArrayOrderAndRefusesRepeats()
      throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new SexTherapyModule()).build();
    Set<Population> populations = mapper.readValue(json("['lgbtq', 'adults', 'couples']"),
        new TypeReference<Set<Population>>() {});
    assertThat(populations).containsExactly(Population.LGBTQ, Population.ADULTS,
        Population.COUPLES);
    assertThat(populations).isInstanceOf(Collections.unmodifiableSet(new HashSet<>()).getClass());
    assertThatThrownBy(() -> populations.add(Population.ADULTS))
        .isInstanceOf(UnsupportedOperationException.class);
    Throwable repeated = catchThrowable(() -> mapper.readValue(json("['adults', 'adults']"),
        new TypeReference<Set<Population>>() {}));
    assertThat(repeated).isInstanceOf(SexTherapyJsonException.class);
    assertThat(((SexTherapyJsonException) repeated).path()).isEqualTo("$[1]");
  }

  @Test
  void optionsMakeNewModulesAndLeaveTheOriginalAsItWas() {
    SexTherapyModule defaults = new SexTherapyModule();
    ConcernCatalogue catalogue = ConcernCatalogue.of(List.of());
    SexTherapyModule changed = defaults.withConcernCatalogue(catalogue)
        .withUnknownPropertiesAllowed(true).withCatalogueReferences(false);
    assertThat(defaults.concernCatalogue()).isSameAs(ConcernCatalogue.standard());
    assertThat(defaults.unknownPropertiesAllowed()).isFalse();
    assertThat(defaults.catalogueReferences()).isTrue();
    assertThat(changed.concernCatalogue()).isSameAs(catalogue);
    assertThat(changed.unknownPropertiesAllowed()).isTrue();
    assertThat(changed.catalogueReferences()).isFalse();
    assertThat(changed).isNotEqualTo(defaults);
    assertThat(defaults).isEqualTo(new SexTherapyModule())
        .hasSameHashCodeAs(new SexTherapyModule());
    assertThat(defaults.getModuleName()).isEqualTo("sextherapy");
    assertThat(changed.toString()).contains("0 concern types");
  }

  @Test
  void moduleRegisteredLastWinsOverAnEarlierOneWithOtherOptions() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new SexTherapyModule())
        .addModule(new SexTherapyModule().withCatalogueReferences(false)).build();
    String json = mapper.writeValueAsString(StandardCredentials.AASECT_CST);
    assertThat(json).contains("\"title\":\"Certified Sex Therapist\"");
    assertThat(mapper.readValue(json, Credential.class)).isEqualTo(StandardCredentials.AASECT_CST);
    JsonMapper twice = JsonMapper.builder().addModule(new SexTherapyModule())
        .addModule(new SexTherapyModule()).build();
    assertThat(twice.getRegisteredModuleIds()).hasSize(1);
  }
}
