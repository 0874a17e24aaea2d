package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.concern.StandardConcerns;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.ethics.EthicsReview;
import org.sextherapy.insurance.Coverage;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.Payer;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.Match;
import org.sextherapy.matching.MatchPolicy;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.authorisation.LicensingPolicy;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.qualification.CompactKind;
import org.sextherapy.qualification.InterstateCompact;
import org.sextherapy.qualification.RenewalRule;
import org.sextherapy.therapist.SlidingScale;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;

/**
 * A null passed where a public static factory or parser of the API takes a value ("never null" in
 * every such method's javadoc) fails at once with a {@code NullPointerException} whose message is
 * the parameter's name, as the JDK's and Guava's methods do ({@code Objects.requireNonNull(x,
 * "x")}), or the library's {@link InvalidValueException} naming it; never with the JVM's helpful
 * message from somewhere inside the library. Every public static method of the exported packages
 * with a reference parameter is found by reflection and called with a null in each such parameter
 * in turn (the others a valid sample), so a method added without the check fails here. The
 * parameter names are read from the source, since the classes are compiled without them.
 *
 * <p>Left out, each for its reason: the {@code valueOf(String)} the compiler gives every enum (the
 * JDK's own, "Name is null"), and parameters annotated {@code @Nullable}, which take null.
 */
class NullArgumentTest {

  private static final Path CLASSES = Path.of("target", "classes");
  private static final Path SOURCES = Path.of("src", "main", "java");

  /** A valid sample value per parameter type, for the parameters that are not the null one. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES = new HashMap<>();

  static {
    sample(String.class, () -> "x");
    sample(BigDecimal.class, () -> BigDecimal.ONE);
    sample(Currency.class, () -> Currency.getInstance("EUR"));
    sample(Locale.class, () -> Locale.ENGLISH);
    sample(LocalDate.class, () -> LocalDate.of(2026, 1, 1));
    sample(LocalTime.class, () -> LocalTime.NOON);
    sample(Instant.class, () -> Instant.EPOCH);
    sample(Duration.class, () -> Duration.ofHours(1));
    sample(Period.class, () -> Period.ofYears(3));
    sample(ZoneId.class, () -> ZoneId.of("Europe/London"));
    sample(List.class, List::of);
    sample(Set.class, Set::of);
    sample(Map.class, Map::of);
    sample(Optional.class, Optional::empty);
    sample(Iterator.class, Collections::emptyIterator);
    sample(Stream.class, Stream::empty);
    sample(Predicate.class, () -> (Predicate<Object>) x -> true);
    sample(Jurisdiction.class, () -> Jurisdiction.parse("US-CA"));
    sample(Coordinates.class, () -> Coordinates.of(51.5, -0.1));
    sample(org.sextherapy.concern.ConcernType.class, () -> StandardConcerns.PAINFUL_SEX);
    sample(org.sextherapy.code.Code.class,
        () -> CodeCatalogue.ICD11_PARAPHILIC_SOLITARY_OR_CONSENTING);
    sample(CodeSystem.class, () -> CodeSystem.ICD_11_MMS);
    sample(org.sextherapy.ethics.EthicalRule.class, () -> EthicalRules.VERBAL_SESSIONS);
    sample(EthicsReview.class, EthicsReview::standard);
    sample(Payer.class, () -> Payer.commercial("x"));
    sample(Coverage.class, () -> Coverage.of(Payer.commercial("x")));
    sample(NetworkId.class, () -> NetworkId.of("x"));
    sample(InterstateCompact.class,
        () -> InterstateCompact.of(CompactKind.PSYPACT, Set.of(Jurisdiction.parse("US-NY"))));
    sample(RenewalRule.class, () -> RenewalRule.of(Period.ofYears(3), 20, true));
    sample(SlidingScale.class, () -> SlidingScale.of(BigDecimal.ONE, BigDecimal.TEN));
    sample(Aim.class, () -> Aim.of(Focus.PLEASURE, Intent.EXPLORE));
    sample(TherapistProfile.class,
        () -> TherapistProfile.builder().id("th-1").displayName("Dr X").build());
    sample(Match.class, () -> Match.of("th-1", 0, List.of()));
    sample(MatchPolicy.class, MatchPolicy::defaults);
    sample(org.sextherapy.matching.Matcher.class,
        () -> org.sextherapy.matching.Matcher.of(MatchPolicy.defaults()));
    sample(TherapistDirectory.class, () -> TherapistDirectory.of(List.of()));
    sample(LicensingPolicy.class, LicensingPolicy::defaults);
    sample(PracticeAuthorisation.class, PracticeAuthorisation::standard);
  }

  private static void sample(Class<?> type, Supplier<Object> value) {
    SAMPLES.put(type, value);
  }

  private static @Nullable Object sampleOf(Class<?> type) {
    if (type.isPrimitive()) {
      // if, not ?:, which would promote every number to a double
      if (type == boolean.class) {
        return Boolean.FALSE;
      }
      if (type == double.class) {
        return 0.0;
      }
      if (type == long.class) {
        return 0L;
      }
      return 0;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
    }
    Supplier<Object> value = SAMPLES.get(type);
    return value == null ? null : value.get();
  }

  @Test
  void aNullArgumentToAPublicStaticMethodIsRefusedNamingTheParameter() throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : apiClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isStatic(method.getModifiers())
            || method.isSynthetic() || isEnumValueOf(type, method)) {
          continue;
        }
        Class<?>[] parameters = method.getParameterTypes();
        List<String> names = null;
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].isPrimitive() || method.getAnnotatedParameterTypes()[i]
              .isAnnotationPresent(Nullable.class)) {
            continue;
          }
          if (names == null) {
            names = parameterNames(method);
          }
          String call = type.getName() + "." + method.getName() + " with a null " + names.get(i);
          @Nullable Object[] arguments = new Object[parameters.length];
          boolean sampled = true;
          for (int j = 0; j < parameters.length; j++) {
            arguments[j] = j == i ? null : sampleOf(parameters[j]);
            if (j != i && arguments[j] == null) {
              wrong.add(call + ": no sample of " + parameters[j].getName() + " (add one here)");
              sampled = false;
            }
          }
          if (!sampled) {
            continue;
          }
          calls++;
          Throwable thrown;
          try {
            method.invoke(null, arguments);
            wrong.add(call + ": returned");
            continue;
          } catch (InvocationTargetException e) {
            thrown = e.getCause();
          } catch (IllegalArgumentException e) {
            throw new AssertionError(call + ": a sample of the wrong type", e);
          }
          String named = thrown instanceof InvalidValueException invalid ? invalid.field()
              : thrown instanceof NullPointerException ? thrown.getMessage() : null;
          if (!names.get(i).equals(named)) {
            wrong.add(call + ": " + thrown);
          }
        }
      }
    }
    assertThat(wrong).as("public static methods that do not name a null parameter").isEmpty();
    assertThat(calls).as("calls with a null").isGreaterThan(100);
  }

  private static boolean isEnumValueOf(Class<?> type, Method method) {
    return type.isEnum() && method.getName().equals("valueOf")
        && method.getParameterCount() == 1 && method.getParameterTypes()[0] == String.class;
  }

  /** The public classes of the exported packages (every package but the internal ones). */
  private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES.resolve("org").resolve("sextherapy"))) {
      for (Path file : files.sorted().toList()) {
        String name = CLASSES.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), ".");
        if (!name.endsWith(".class") || name.contains("internal") || name.contains("-info")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (isPublicApi(type)) {
          classes.add(type);
        }
      }
    }
    assertThat(classes).as("API classes under %s", CLASSES.toAbsolutePath())
        .hasSizeGreaterThan(100);
    return classes;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a method's parameter names from its declaration in the source: the static method of
   * that name whose parameters' erased simple type names are the method's.
   */
  private static List<String> parameterNames(Method method) throws IOException {
    Class<?> top = method.getDeclaringClass();
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String source = Files.readString(SOURCES.resolve(top.getName().replace('.', '/') + ".java"),
        StandardCharsets.UTF_8);
    Matcher declaration = Pattern.compile("\\bstatic\\b[^;{}()=]*?\\b"
        + Pattern.quote(method.getName()) + "\\s*\\(").matcher(source);
    List<String> wanted = new ArrayList<>();
    for (Class<?> type : method.getParameterTypes()) {
      wanted.add(type.getSimpleName());
    }
    while (declaration.find()) {
      List<String> types = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String parameter : splitParameters(source, declaration.end())) {
        String plain = parameter.replaceAll("@[\\w.]+\\s*", "").replaceAll("\\bfinal\\s+", "")
            .replaceAll("<.*>", "").replace("...", "[] ").trim();
        int space = plain.lastIndexOf(' ');
        String typeName = plain.substring(0, space).replace(" ", "");
        types.add(typeName.substring(typeName.lastIndexOf('.') + 1));
        names.add(plain.substring(space + 1));
      }
      if (types.equals(wanted)) {
        return names;
      }
    }
    throw new AssertionError("no declaration of " + method + " in the source");
  }

  /** Splits a parameter list that starts at {@code from} at its commas outside type arguments. */
  private static List<String> splitParameters(String source, int from) {
    List<String> parameters = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; ; i++) {
      char c = source.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if ((c == ',' && depth == 0) || c == ')') {
        String parameter = source.substring(start, i).trim();
        if (!parameter.isEmpty()) {
          parameters.add(parameter);
        }
        if (c == ')') {
          return parameters;
        }
        start = i + 1;
      }
    }
  }

  @Test
  void parsingANullJurisdictionNamesTheCode() {
    assertThat(catchThrowable(() -> Jurisdiction.parse(null)))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
  }
}
