package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's packages point down only: the shared {@code org.sextherapy.internal} helpers depend on no
 * domain package, and a concept's internals ({@code org.sextherapy.matching.internal},
 * {@code org.sextherapy.assignment.internal}, {@code org.sextherapy.validation.internal}) are
 * used by that concept alone, so no API package leans on another concept's implementation. Read
 * from the import lines of {@code src/main/java}.
 */
class LayeringTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(org\\.sextherapy[\\w.]*)\\.\\w+;", Pattern.MULTILINE);

  /** One source file: its package and the org.sextherapy packages it imports. */
  private record Source(Path file, String pkg, List<String> imports) {}

  private static List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher pkg = PACKAGE.matcher(text);
        if (!pkg.find()) {
          continue; // module-info.java
        }
        List<String> imports = new ArrayList<>();
        Matcher imported = IMPORT.matcher(text);
        while (imported.find()) {
          // a static import names a member: keep the package of its type
          String name = imported.group(1);
          imports.add(Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))
              ? name.substring(0, name.lastIndexOf('.')) : name);
        }
        out.add(new Source(file, pkg.group(1), imports));
      }
    }
    assertThat(out).as("sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(50);
    return out;
  }

  /** The concept a package belongs to: {@code org.sextherapy.matching} for its internals too. */
  private static String concept(String pkg) {
    return pkg.endsWith(".internal") ? pkg.substring(0, pkg.length() - ".internal".length())
        : pkg;
  }

  @Test
  void sharedInternalsDependOnNoDomainPackage() throws IOException {
    for (Source source : sources()) {
      if (source.pkg().equals("org.sextherapy.internal")) {
        // the root package (the library's exception and the shared size limits) is the one
        // layer below the shared internals
        assertThat(source.imports()).as(source.file().toString())
            .allMatch(i -> i.equals("org.sextherapy.internal") || i.equals("org.sextherapy"));
      }
    }
  }

  @Test
  void aConceptsInternalsAreUsedByThatConceptAlone() throws IOException {
    for (Source source : sources()) {
      for (String imported : source.imports()) {
        if (imported.endsWith(".internal") && !imported.equals("org.sextherapy.internal")) {
          assertThat(concept(source.pkg())).as("%s imports %s", source.file(), imported)
              .isEqualTo(concept(imported));
        }
      }
    }
  }
}
