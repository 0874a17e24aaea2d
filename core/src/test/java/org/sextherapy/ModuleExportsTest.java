package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JPMS module exports every package that holds public API, and nothing else: a type returned by
 * an exported accessor (such as the therapist's {@code GenderIdentity}) must be usable by a module
 * that requires {@code org.sextherapy}.
 */
class ModuleExportsTest {

  @Test
  void everyApiPackageIsExportedAndOnlyTheInternalPackageIsNot() throws IOException,
      URISyntaxException {
    Path classes = Path.of(Identified.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    Set<String> api = module.packages().stream()
        .filter(p -> !p.equals("org.sextherapy.internal")).collect(Collectors.toSet());

    assertThat(module.name()).isEqualTo("org.sextherapy");
    assertThat(api).contains("org.sextherapy.identity", "org.sextherapy.treatment");
    assertThat(exported).containsExactlyInAnyOrderElementsOf(api)
        .doesNotContain("org.sextherapy.internal");
  }
}
