package org.sextherapy.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's table of ethical rules is the catalogue rendered by
 * {@link EthicalRules#markdownTable()}, so it cannot drift from the code.
 */
class EthicsRulesTableTest {

  private static final Path README = Path.of("..", "README.md");
  private static final String BEGIN = "<!-- ethics-rules:begin -->";
  private static final String END = "<!-- ethics-rules:end -->";

  @Test
  void readmeTableOfEthicalRulesMatchesTheCatalogue() throws IOException {
    String expected = EthicalRules.markdownTable();
    assertThat(Files.exists(README))
        .as("README.md not found at %s: the README must hold the table of ethical rules between"
            + " %s and %s; expected table:%n%s", README.toAbsolutePath().normalize(), BEGIN, END,
            expected)
        .isTrue();
    String readme = Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertThat(begin >= 0 && end > begin)
        .as("README.md must hold the table of ethical rules between the lines %s and %s;"
            + " expected table:%n%s", BEGIN, END, expected)
        .isTrue();

    String section = readme.substring(begin + BEGIN.length(), end).strip();

    assertThat(section)
        .as("README.md table of ethical rules differs from EthicalRules.markdownTable()")
        .isEqualTo(expected.strip());
  }

  @Test
  void renderedTableHasOneRowPerStandardRuleWithSixCells() {
    String[] lines = EthicalRules.markdownTable().split("\n");

    assertThat(lines).hasSize(EthicalRules.standard().size() + 2);
    assertThat(lines[0]).isEqualTo("| id | number | statement | applies to | severity | source |");
    for (int i = 2; i < lines.length; i++) {
      EthicalRule rule = EthicalRules.standard().get(i - 2);
      assertThat(lines[i].split("(?<!\\\\)\\|", -1)).as(rule.id()).hasSize(8);
      assertThat(lines[i]).startsWith("| `" + rule.id() + "` | ")
          .contains(rule.statement(), rule.source());
    }
  }
}
