package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.SexTherapyJsonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.sextherapy.testing.RandomValues;

/**
 * The one base of the JSON tests: the configured entry point ({@link JsonCodec#strict()}),
 * helpers to write, read and round-trip any model type through it, a plain Jackson mapper (without
 * the module) for manipulating JSON trees, and the canonical pretty form of the golden files.
 */
abstract class WireFormatTestBase {

  /** The configured mapper under test. */
  static final JsonCodec JSON = Binding.CURRENT.strict();

  /** Plain Jackson, no module: JSON trees with exact decimals, for building and comparing. */
  static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  static String write(Object value) {
    return JSON.writeValue(value);
  }

  static <T> T read(Class<T> type, String json) {
    return JSON.readValue(type, json);
  }

  /** Writes, reads back, checks equality and returns the JSON text. */
  static <T> String roundTrip(Class<T> type, T value) {
    String json = write(value);
    assertThat(read(type, json)).as(json).isEqualTo(value);
    return json;
  }

  /** Runs the code, which must fail with the library's exception, and returns it. */
  static SexTherapyJsonException failure(ThrowingCallable code) {
    SexTherapyJsonException e = catchThrowableOfType(SexTherapyJsonException.class, code);
    assertThat(e).as("expected a SexTherapyJsonException").isNotNull();
    assertThat(e.getCause()).isNull();
    assertThat(e.getMessage()).doesNotContain(RandomValues.SENTINEL).doesNotContain("S3NT1N3L");
    return e;
  }

  /** Reading the type from the JSON must fail; returns the failure. */
  static SexTherapyJsonException readFailure(Class<?> type, String json) {
    return failure(() -> read(type, json));
  }

  /** Turns single quotes into double quotes, for readable JSON in tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode anyTree(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical form of the golden files: two-space indents, one value per line. */
  static String pretty(JsonNode node) {
    try {
      return TREES.writer(PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pretty(String json) {
    return pretty(anyTree(json));
  }
}
