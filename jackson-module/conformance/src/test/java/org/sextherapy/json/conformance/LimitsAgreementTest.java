package org.sextherapy.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.session.SessionFormat;
import org.sextherapy.therapist.SessionFee;
import org.sextherapy.InvalidValueException;
import org.sextherapy.Limits;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonDocument;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.FeeSchedule;
import org.sextherapy.therapist.TherapistProfile;

/**
 * The builders and the strict reader accept the same values: a value at the edge of a limit is
 * either refused by the builder (naming the field) or written and read back equal; the writer
 * never produces a document the reader refuses. Every output form escapes alike, and the two
 * bindings write the same bytes.
 */
class LimitsAgreementTest extends WireFormatTestBase {

  private static TherapistProfile withFee(BigDecimal fee) {
    return TherapistProfile.builder().id("th-1").displayName("Dr Lee")
        .fees(FeeSchedule.of(Currency.getInstance("USD"),
            SessionFee.of(SessionFormat.INDIVIDUAL, 50, fee))).build();
  }

  private static TherapistProfile withName(String name) {
    return TherapistProfile.builder().id("th-1").displayName(name).build();
  }

  private static TherapistProfile withLanguage(Locale language) {
    return TherapistProfile.builder().id("th-1").displayName("Dr Lee").addLanguages(language)
        .build();
  }

  /** Builds the value; if the builder accepts it, it must write and read back equal. */
  private static void acceptedByBothOrRefusedByTheBuilder(Supplier<?> build) {
    Object value;
    try {
      value = build.get();
    } catch (InvalidValueException refused) {
      assertThat(refused.field()).isNotBlank();
      return;
    }
    String json = JSON.write(JsonDocument.THERAPIST_PROFILE, (TherapistProfile) value);
    assertThat(JSON.read(JsonDocument.THERAPIST_PROFILE, json)).isEqualTo(value);
  }

  static Stream<BigDecimal> edgeFees() {
    String twenty = "9".repeat(Limits.MAX_DECIMAL_DIGITS);
    return Stream.of("0", "0.00", "1E+19", "1E+20", "1E+25", "1E-20", "1E-21",
        twenty, twenty + "9", "0." + twenty, "0." + twenty + "9", twenty + "." + twenty)
        .map(BigDecimal::new);
  }

  @ParameterizedTest(name = "fee {0}")
  @MethodSource("edgeFees")
  void aFeeAtTheEdgeIsAcceptedByBothOrRefusedByTheBuilder(BigDecimal fee) {
    acceptedByBothOrRefusedByTheBuilder(() -> withFee(fee));
  }

  @Test
  void theBuildersRefuseWhatTheReaderWouldRefuse() {
    InvalidValueException fee = catchThrowableOfType(InvalidValueException.class,
        () -> withFee(new BigDecimal("1E+25")));
    assertThat(fee.field()).isEqualTo("amount");
    InvalidValueException name = catchThrowableOfType(InvalidValueException.class,
        () -> withName("x".repeat(Limits.MAX_TEXT_LENGTH + 1)));
    assertThat(name.field()).isEqualTo("displayName");
    InvalidValueException language = catchThrowableOfType(InvalidValueException.class,
        () -> withLanguage(new Locale("x")));
    assertThat(language.field()).isEqualTo("languages[0]");
    assertThat(withName("x".repeat(Limits.MAX_TEXT_LENGTH)).displayName())
        .hasSize(Limits.MAX_TEXT_LENGTH);
  }

  static Stream<String> edgeTexts() {
    return Stream.of("x".repeat(Limits.MAX_TEXT_LENGTH), "x".repeat(Limits.MAX_TEXT_LENGTH + 1),
        "Dr \uD83D\uDE00 Lee", "Dr \uD83D Lee", "Dr \u0000\u001f Lee", "Dr </script> Lee",
        "Dr \u2028 Lee", " ");
  }

  @ParameterizedTest(name = "text {index}")
  @MethodSource("edgeTexts")
  void aTextAtTheEdgeIsAcceptedByBothOrRefusedByTheBuilder(String text) {
    acceptedByBothOrRefusedByTheBuilder(() -> withName(text));
  }

  static Stream<Locale> edgeLanguages() {
    return Stream.of(Locale.forLanguageTag("en"), Locale.forLanguageTag("pt-BR"),
        Locale.forLanguageTag("zh-Hant-TW"), Locale.forLanguageTag("sgn-BE-FR"),
        new Locale("x"), new Locale("en", "US", "WINDOWS"), new Locale(""), Locale.ROOT,
        new Locale("iw"), Locale.forLanguageTag("en-x-private"));
  }

  @ParameterizedTest(name = "language {0}")
  @MethodSource("edgeLanguages")
  void aLanguageAtTheEdgeIsAcceptedByBothOrRefusedByTheBuilder(Locale language) {
    acceptedByBothOrRefusedByTheBuilder(() -> withLanguage(language));
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyOutputFormWritesTheSameBytesAndBothBindingsAgree(long seed) {
    TherapistProfile profile = new RandomValues(seed).profile();
    String text = JSON.write(JsonDocument.THERAPIST_PROFILE, profile);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.writeBytes(JsonDocument.THERAPIST_PROFILE, profile)).isEqualTo(bytes);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(JsonDocument.THERAPIST_PROFILE, profile, out);
    assertThat(out.toByteArray()).isEqualTo(bytes);
    List<String> byBinding = new ArrayList<>();
    for (Binding binding : Binding.BOTH) {
      byBinding.add(binding.strict().write(JsonDocument.THERAPIST_PROFILE, profile));
    }
    assertThat(byBinding).containsOnly(text);
  }

  @Test
  void charactersOutsideTheBasicPlaneAreWrittenAsThemselvesInEveryForm() {
    TherapistProfile profile = withName("Dr \uD83D\uDE00 Lee");
    for (Binding binding : Binding.BOTH) {
      JsonCodec codec = binding.strict();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      codec.write(JsonDocument.THERAPIST_PROFILE, profile, out);
      String streamed = out.toString(StandardCharsets.UTF_8);
      assertThat(streamed).as(binding.name()).contains("\uD83D\uDE00").doesNotContain("\\uD83D");
      assertThat(new String(codec.writeBytes(JsonDocument.THERAPIST_PROFILE, profile),
          StandardCharsets.UTF_8)).isEqualTo(streamed)
          .isEqualTo(codec.write(JsonDocument.THERAPIST_PROFILE, profile));
    }
  }

  @Test
  void anUnpairedSurrogateIsEscapedAlikeInEveryFormAndReadsBack() {
    // half of an emoji, as left by cutting a string in its middle: UTF-8 cannot hold it
    TherapistProfile profile = withName("Dr \uD83D Lee \uDE00");
    for (Binding binding : Binding.BOTH) {
      JsonCodec codec = binding.strict();
      String text = codec.write(JsonDocument.THERAPIST_PROFILE, profile);
      assertThat(text).as(binding.name()).contains("\\ud83d").contains("\\ude00");
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(codec.writeBytes(JsonDocument.THERAPIST_PROFILE, profile)).isEqualTo(bytes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      codec.write(JsonDocument.THERAPIST_PROFILE, profile, out);
      assertThat(out.toByteArray()).isEqualTo(bytes);
      assertThat(codec.read(JsonDocument.THERAPIST_PROFILE, bytes)).isEqualTo(profile);
    }
  }

  @Test
  void aDocumentLongerThanTheGeneratorsBufferIsWrittenWholeInEveryForm() {
    // 100,000 characters, many of them two and three UTF-8 bytes: the generator hands its
    // buffer over in several pieces
    String name = "Dr \u00e9\u4e2d ".repeat(Limits.MAX_TEXT_LENGTH / 6);
    TherapistProfile profile = withName(name);
    for (Binding binding : Binding.BOTH) {
      JsonCodec codec = binding.strict();
      String text = codec.write(JsonDocument.THERAPIST_PROFILE, profile);
      byte[] bytes = codec.writeBytes(JsonDocument.THERAPIST_PROFILE, profile);
      assertThat(bytes).as(binding.name()).isEqualTo(text.getBytes(StandardCharsets.UTF_8))
          .hasSizeGreaterThan(3 * name.length() / 2);
      assertThat(codec.read(JsonDocument.THERAPIST_PROFILE, bytes).displayName()).isEqualTo(name);
    }
  }

  @Test
  void bothBindingsWriteEveryGoldenExampleByteForByte() {
    for (JsonDocument<?> document : JsonDocument.all()) {
      List<String> written = new ArrayList<>();
      for (Binding binding : Binding.BOTH) {
        written.add(write(binding.strict(), document, Examples.of(document)));
      }
      assertThat(written).as(document.name()).containsOnly(written.get(0));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> String write(JsonCodec codec, JsonDocument<T> document, Object value) {
    return codec.write(document, (T) value);
  }
}
