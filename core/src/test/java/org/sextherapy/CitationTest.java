package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user can read cites public sources: no file under any module's {@code src/main}
 * (code, javadoc, resources, {@code EthicalRule.source()} strings), nor the README or the
 * changelog, refers to the project's unpublished notes ({@code domain.md}) or to "the seed
 * article", which users cannot open. The README's Sources section names the public ones.
 */
class CitationTest {

  private static final Path ROOT = Path.of("..");
  private static final List<String> UNPUBLISHED = List.of("domain.md", "seed article");

  private static List<Path> readable() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"),
        ROOT.resolve("CHANGELOG.md")));
    try (Stream<Path> walk = Files.walk(ROOT)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> {
            String path = ROOT.relativize(p).toString().replace('\\', '/');
            return path.contains("/src/main/") && !path.startsWith(".")
                && !path.contains("/target/");
          })
          .forEach(files::add);
    }
    return files;
  }

  @Test
  void userFacingTextCitesNoUnpublishedNote() throws IOException {
    List<Path> files = readable();
    assertThat(files).as("sources of core, the JSON module and the examples")
        .anyMatch(p -> p.toString().replace('\\', '/').contains("core/src/main/"))
        .anyMatch(p -> p.toString().replace('\\', '/').contains("jackson-module/wire/src/main/"));
    List<String> found = new ArrayList<>();
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      } catch (MalformedInputException binary) {
        continue; // not text
      }
      for (String note : UNPUBLISHED) {
        if (text.contains(note)) {
          found.add(ROOT.relativize(file) + " mentions " + note);
        }
      }
    }
    assertThat(found).as("cite the public source instead (README, Sources)").isEmpty();
  }
}
