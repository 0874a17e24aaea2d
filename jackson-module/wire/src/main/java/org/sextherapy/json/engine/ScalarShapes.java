package org.sextherapy.json.engine;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.location.Jurisdiction;

/**
 * Shapes of the scalar values of the model: text, ids, numbers, dates, periods, currencies,
 * language tags and jurisdiction codes.
 *
 * <p>Reading is strict: a string is never coerced to a number or a boolean, a number with a
 * fraction or exponent is never truncated to an integer, and an integer must fit. Dates and times
 * use their ISO 8601 text, exactly as {@code java.time} writes them.
 */
public final class ScalarShapes {

  /** Any string, as the model stores it. */
  public static final Shape<String> STRING = new StringShape(map("type", "string"), null);

  /** Free text the model requires to hold a non-blank character (names, titles, notes). */
  public static final Shape<String> TEXT =
      new StringShape(map("type", "string", "minLength", 1, "pattern", "\\S"), null);

  /**
   * A self-described term (a race or ethnicity, an LGBTQ+ identity, a faith tradition): 1 to
   * {@link org.sextherapy.Limits#MAX_TERM_LENGTH} characters; the model also requires a letter or
   * digit. Sets of terms are written in string order.
   */
  public static final Shape<String> TERM = new StringShape(map("type", "string", "minLength", 1,
      "maxLength", org.sextherapy.Limits.MAX_TERM_LENGTH, "pattern", "\\S"),
      Comparator.naturalOrder());

  /**
   * An opaque id: 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit
   * (the model's rule for every id it may write into a message).
   */
  public static final Shape<String> ID = new StringShape(
      map("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"),
      Comparator.naturalOrder());

  /** A rule id: lower-case words joined by '.' or '-', such as {@code ethics.verbal-sessions}. */
  public static final Shape<String> RULE_ID = new StringShape(
      map("type", "string", "pattern", "^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$"), null);

  /** A JSON path as the validators write them, starting with {@code $}. */
  public static final Shape<String> JSON_PATH =
      new StringShape(map("type", "string", "pattern", "^\\$"), null);

  /** Any integer that fits 32 bits. */
  public static final Shape<Integer> INT = new IntegerShape(map("type", "integer"));
  /** An integer that the model requires to be zero or more (hours, credits, places). */
  public static final Shape<Integer> COUNT = new IntegerShape(map("type", "integer", "minimum", 0));
  /** An integer that the model requires to be one or more (session numbers). */
  public static final Shape<Integer> ORDINAL = new IntegerShape(map("type", "integer", "minimum", 1));

  /** {@code true} or {@code false}. */
  public static final Shape<Boolean> BOOLEAN = new BooleanShape();

  /** A whole number of 64 bits, such as a match score in points. */
  public static final Shape<Long> LONG = new Shape<>() {
    @Override
    public void write(Long value, JsonOutput g, JsonOptions options) throws IOException {
      g.writeNumber(value.longValue());
    }

    @Override
    public Long read(JsonInput p, ReadContext r) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an integer");
      }
      if (p.getNumberType() == JsonInput.NumberType.BIG_INTEGER) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, "must be an integer of at most 64 bits");
      }
      return p.getLongValue();
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return map("type", "integer");
    }
  };

  /** A latitude in degrees. */
  public static final Shape<Double> LATITUDE = number(-90, 90);
  /** A longitude in degrees. */
  public static final Shape<Double> LONGITUDE = number(-180, 180);
  /** A positive distance in kilometres. */
  public static final Shape<Double> KILOMETRES = new NumberShape(map("type", "number",
      "exclusiveMinimum", 0));

  /**
   * A sum of money or a fee: a JSON number read as an exact decimal (never through a binary
   * floating-point number), written back with the same digits and scale.
   */
  public static final Shape<BigDecimal> DECIMAL = new Shape<>() {
    @Override
    public void write(BigDecimal value, JsonOutput g, JsonOptions options)
        throws IOException {
      g.writeNumber(value);
    }

    @Override
    public BigDecimal read(JsonInput p, ReadContext r) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a number");
      }
      BigDecimal value = p.getDecimalValue();
      if (value.scale() > MAX_DECIMAL_DIGITS || value.scale() < -MAX_DECIMAL_DIGITS
          || value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, "must have at most " + MAX_DECIMAL_DIGITS
            + " digits before and " + MAX_DECIMAL_DIGITS + " after the decimal point");
      }
      return value;
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return map("type", "number", "minimum", 0);
    }
  };

  /** A calendar date, ISO 8601 {@code 2026-11-26}. */
  public static final Shape<LocalDate> DATE = text("date", LocalDate::toString, ScalarShapes::date,
      "must be a date such as 2026-11-26",
      map("type", "string", "format", "date",
          "pattern", "^(?:[0-9]{4}|[+-][0-9]{5,9})-[0-9]{2}-[0-9]{2}$"));

  /** An instant in UTC, ISO 8601 {@code 2026-11-01T09:30:00Z}. */
  public static final Shape<Instant> INSTANT = text("instant", Instant::toString, Instant::parse,
      "must be an instant such as 2026-11-01T09:30:00Z",
      map("type", "string", "format", "date-time",
          "pattern",
          "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]+)?Z$"));

  /** A length of time, ISO 8601 {@code PT50M}. */
  public static final Shape<Duration> DURATION = text("duration", Duration::toString, Duration::parse,
      "must be an ISO 8601 duration such as PT50M",
      map("type", "string", "format", "duration", "pattern", "^-?P"));

  /** An IANA time zone id such as {@code Europe/London}, or a fixed offset such as {@code +05:30}. */
  public static final Shape<ZoneId> ZONE = text("zone", ZoneId::getId, ZoneId::of,
      "must be a time zone id such as Europe/London",
      map("type", "string", "pattern", "^[A-Za-z0-9/_+:.-]+$"));

  /** A local time of day, ISO 8601 {@code 09:30}. */
  public static final Shape<LocalTime> LOCAL_TIME = text("local-time", LocalTime::toString,
      LocalTime::parse, "must be a local time such as 09:30",
      map("type", "string", "pattern", "^[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]+)?)?$"));

  /** A day of the week in lower case, {@code monday} to {@code sunday}. */
  public static final Shape<DayOfWeek> DAY_OF_WEEK = text("day-of-week",
      day -> day.name().toLowerCase(Locale.ROOT), ScalarShapes::dayOfWeek,
      "must be a day of the week such as monday",
      map("type", "string", "enum", List.of("monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday")),
      Comparator.naturalOrder());

  private static DayOfWeek dayOfWeek(String text) {
    DayOfWeek day = DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    if (!day.name().toLowerCase(Locale.ROOT).equals(text)) {
      throw new IllegalArgumentException("not lower case");
    }
    return day;
  }

  /** A calendar period, ISO 8601 {@code P3Y}. */
  public static final Shape<Period> PERIOD = text("period", Period::toString, Period::parse,
      "must be an ISO 8601 period such as P3Y",
      map("type", "string", "pattern", "^-?P(?:-?[0-9]+[YMWD])+$"));

  /** An ISO 4217 currency code such as {@code USD}. */
  public static final Shape<Currency> CURRENCY = text("currency", Currency::getCurrencyCode,
      ScalarShapes::currency,
      "must be an ISO 4217 currency code such as USD",
      map("type", "string", "pattern", "^[A-Z]{3}$"));

  /** A BCP 47 language tag such as {@code en} or {@code pt-BR}. */
  public static final Shape<Locale> LANGUAGE = text("language", Locale::toLanguageTag,
      ScalarShapes::language,
      "must be a BCP 47 language tag such as en or pt-BR",
      map("type", "string", "pattern", "^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$"),
      Comparator.comparing(Locale::toLanguageTag));

  /**
   * A jurisdiction: an ISO 3166-1 alpha-2 country code, optionally followed by '-' and an ISO
   * 3166-2 subdivision code ({@code GB}, {@code US-CA}).
   */
  public static final Shape<Jurisdiction> JURISDICTION = text("jurisdiction", Jurisdiction::code,
      Jurisdiction::parse, "must be a jurisdiction code such as US-CA or GB",
      map("type", "string", "pattern", "^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$"),
      Comparator.naturalOrder());

  /** A payer network's id: an opaque id, as {@link #ID}. */
  public static final Shape<NetworkId> NETWORK_ID = text("networkId", NetworkId::value,
      NetworkId::of, "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter"
          + " or digit",
      map("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"),
      Comparator.comparing(NetworkId::value));

  /** An insurance plan's id: an opaque id, as {@link #ID}. */
  public static final Shape<PlanId> PLAN_ID = text("planId", PlanId::value, PlanId::of,
      "must be 1-128 letters, digits, '.', '_', ':' or '-', starting with a letter or digit",
      map("type", "string", "pattern", "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"),
      Comparator.comparing(PlanId::value));

  /**
   * The most digits a decimal may have before, and after, the decimal point: the model's own
   * limit, so that the reader accepts exactly the sums the builders accept.
   */
  public static final int MAX_DECIMAL_DIGITS = org.sextherapy.Limits.MAX_DECIMAL_DIGITS;

  private ScalarShapes() {}

  private static Currency currency(String code) {
    if (code.length() != 3 || !isUpper(code.charAt(0)) || !isUpper(code.charAt(1))
        || !isUpper(code.charAt(2))) {
      throw new IllegalArgumentException("currency");
    }
    return Currency.getInstance(code);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Reads a date as {@code LocalDate.parse} does (ISO 8601, strict): the common form of ten
   * characters {@code yyyy-mm-dd} straight into {@code LocalDate.of}, which refuses a month or a
   * day that does not exist, without the general parser (a parse context, a map of fields and a
   * resolver for every date: 5 % of reading a profile with one date); other years go through it.
   * {@code ValueTextReadingTest} holds both paths to {@code LocalDate.parse}.
   */
  private static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(text);
  }

  /** The number the ASCII digits from {@code start} to {@code end} make, or -1 for another. */
  private static int digits(String text, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Locale language(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
      throw new IllegalArgumentException("language");
    }
    return locale;
  }

  /**
   * Writes a string. A Java string may hold an unpaired surrogate (half of a character outside the
   * Basic Multilingual Plane, for example after cutting a string in the middle of an emoji); UTF-8
   * cannot encode it and Jackson refuses to write it. Such a string is written with every
   * non-ASCII character as a JSON unicode escape (backslash, u, four hex digits), which reads back
   * as the same string, so writing never fails and the round trip stays exact.
   */
  static void writeText(String text, JsonOutput g) throws IOException {
    if (!hasUnpairedSurrogate(text)) {
      g.writeString(text);
      return;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    g.writeRawValue(b.append('"').toString());
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A value written as a JSON string and parsed from it; any parse failure is reported as the
   * rule.
   *
   * @param <T> the value type
   * @param name the shape's name
   * @param format writes a value as text
   * @param parse reads a value from text, throwing for text it refuses
   * @param rule what the text must be, for the failure's detail
   * @param schema the JSON Schema fragment
   * @return the shape
   */
  public static <T> Shape<T> text(String name, Function<T, String> format,
      Function<String, T> parse, String rule, Map<String, Object> schema) {
    return text(name, format, parse, rule, schema, null);
  }

  /** As above, with a canonical order for sets. */
  private static <T> Shape<T> text(String name, Function<T, String> format,
      Function<String, T> parse, String rule, Map<String, Object> schema,
      @Nullable Comparator<? super T> order) {
    return new TextShape<>(name, format, parse, rule, schema, order);
  }

  /**
   * A value written as a JSON string and parsed from it (a date, a language tag, a currency...);
   * any parse failure is reported as the shape's rule.
   *
   * @param <T> the value type
   */
  private static final class TextShape<T> implements Shape<T> {
    private final String name;
    private final Function<T, String> format;
    private final Function<String, T> parse;
    private final String rule;
    private final Map<String, Object> schema;
    private final @Nullable Comparator<? super T> order;

    TextShape(String name, Function<T, String> format, Function<String, T> parse,
        String rule, Map<String, Object> schema,
        @Nullable Comparator<? super T> order) {
      this.name = name;
      this.format = format;
      this.parse = parse;
      this.rule = rule;
      this.schema = schema;
      this.order = order;
    }

    @Override
    public void write(T value, JsonOutput g, JsonOptions options) throws IOException {
      writeText(format.apply(value), g);
    }

    @Override
    public T read(JsonInput p, ReadContext r) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        throw r.fail(JsonErrorKind.INVALID_VALUE, rule);
      }
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return schema;
    }

    @Override
    public @Nullable Comparator<? super T> order() {
      return order;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Reads a JSON string. */
  static String readString(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    return p.getText();
  }

  /** Reads a JSON integer that fits 32 bits, never from a fraction, exponent or string. */
  static Integer readInt(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be an integer");
    }
    if (p.getNumberType() != JsonInput.NumberType.INT) {
      throw r.fail(JsonErrorKind.INVALID_VALUE, "must be an integer of at most 32 bits");
    }
    return p.getIntValue();
  }

  /** Reads {@code true} or {@code false}. */
  static Boolean readBoolean(JsonInput p, ReadContext r) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw r.fail(JsonErrorKind.WRONG_TYPE, "must be true or false");
  }

  /** A string stored as the model stores it; the model checks blankness and id rules. */
  static final class StringShape implements Shape<String> {
    private final Map<String, Object> schema;
    private final @Nullable Comparator<? super String> order;

    StringShape(Map<String, Object> schema, @Nullable Comparator<? super String> order) {
      this.schema = schema;
      this.order = order;
    }

    @Override
    public void write(String value, JsonOutput g, JsonOptions options)
        throws IOException {
      writeText(value, g);
    }

    @Override
    public String read(JsonInput p, ReadContext r) throws IOException {
      return readString(p, r);
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return schema;
    }

    @Override
    public @Nullable Comparator<? super String> order() {
      return order;
    }
  }

  /** An integer of 32 bits; the model checks its range. */
  static final class IntegerShape implements Shape<Integer> {
    private final Map<String, Object> schema;

    IntegerShape(Map<String, Object> schema) {
      this.schema = schema;
    }

    @Override
    public void write(Integer value, JsonOutput g, JsonOptions options)
        throws IOException {
      g.writeNumber((long) value.intValue());
    }

    @Override
    public Integer read(JsonInput p, ReadContext r) throws IOException {
      return readInt(p, r);
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return schema;
    }
  }

  /** A boolean. */
  static final class BooleanShape implements Shape<Boolean> {
    @Override
    public void write(Boolean value, JsonOutput g, JsonOptions options)
        throws IOException {
      g.writeBoolean(value);
    }

    @Override
    public Boolean read(JsonInput p, ReadContext r) {
      return readBoolean(p, r);
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return map("type", "boolean");
    }
  }

  private static Shape<Double> number(double minimum, double maximum) {
    return new NumberShape(map("type", "number", "minimum", minimum, "maximum", maximum));
  }

  /** A finite or infinite double; the model's checks decide which values it accepts. */
  private static final class NumberShape implements Shape<Double> {
    private final Map<String, Object> schema;

    NumberShape(Map<String, Object> schema) {
      this.schema = schema;
    }

    @Override
    public void write(Double value, JsonOutput g, JsonOptions options)
        throws IOException {
      g.writeNumber(value.doubleValue());
    }

    @Override
    public Double read(JsonInput p, ReadContext r) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a number");
      }
      return p.getDoubleValue();
    }

    @Override
    public Map<String, Object> schema(SchemaContext s) {
      return schema;
    }
  }
}
