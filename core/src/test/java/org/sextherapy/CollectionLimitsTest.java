package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sextherapy.authorisation.LicensingPolicy;
import org.sextherapy.authorisation.PracticeAuthorisation;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.PreferenceKind;
import org.sextherapy.client.Strength;
import org.sextherapy.ethics.EthicalRules;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.insurance.PlanId;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.matching.Matcher;
import org.sextherapy.matching.TherapistDirectory;
import org.sextherapy.qualification.Discipline;
import org.sextherapy.session.Delivery;
import org.sextherapy.testing.RandomValues;
import org.sextherapy.therapist.FaithStance;
import org.sextherapy.therapist.TherapistProfile;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;

/**
 * Every collection of every value type of the model has a maximum size, defined once as a
 * constant of the type named after the accessor ({@code TherapistProfile.MAX_LICENCES} for
 * {@code licences()}), and the builders enforce it. The model types are found by reflection (each
 * type with a generated {@code Immutable} class), so a collection that another change adds
 * without a limit fails here; the JSON reader and the JSON Schemas take the same constants
 * ({@code CollectionLimitsAgreementTest} in the JSON conformance suite).
 */
class CollectionLimitsTest {

  /** One collection accessor of a model type and the constant that limits it. */
  record Accessor(Class<?> type, Method method, @Nullable Field limit) {
    String name() {
      return type.getSimpleName() + "." + method.getName();
    }

    int max() throws IllegalAccessException {
      return limit == null ? -1 : limit.getInt(null);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  private static final Path CLASSES = Path.of("target", "classes", "org", "sextherapy");

  /** Model values found in generated values, by model type. */
  private static final Map<Class<?>, List<Object>> SAMPLES = new LinkedHashMap<>();

  /** The name of the constant that limits an accessor: MAX_ and the name in upper snake case. */
  static String constantName(String accessor) {
    return "MAX_" + accessor.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** The value types of the model: each exported type with a generated Immutable class. */
  static List<Class<?>> modelTypes() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        String pkg = CLASSES.relativize(file.getParent()).toString().replace('/', '.');
        if (!name.startsWith("Immutable") || !name.endsWith(".class") || name.contains("$")
            || pkg.endsWith("internal") || pkg.contains("internal.")) {
          continue;
        }
        String simple = name.substring("Immutable".length(), name.length() - ".class".length());
        String prefix = "org.sextherapy." + (pkg.isEmpty() ? "" : pkg + ".");
        types.add(Class.forName(prefix + simple));
      }
    }
    assertThat(types).as("model types under %s", CLASSES.toAbsolutePath()).hasSizeGreaterThan(40);
    return types;
  }

  static List<Accessor> collections() throws IOException, ClassNotFoundException {
    List<Accessor> out = new ArrayList<>();
    for (Class<?> type : modelTypes()) {
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())
            && (Collection.class.isAssignableFrom(m.getReturnType())
                || Map.class.isAssignableFrom(m.getReturnType()))) {
          out.add(new Accessor(type, m, limitOf(type, m.getName())));
        }
      }
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }

  private static @Nullable Field limitOf(Class<?> type, String accessor) {
    try {
      Field f = type.getField(constantName(accessor));
      int mods = f.getModifiers();
      return Modifier.isStatic(mods) && Modifier.isFinal(mods) && f.getType() == int.class ? f
          : null;
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  @Test
  void everyCollectionOfTheModelHasALimit() throws Exception {
    List<Accessor> all = collections();
    assertThat(all).hasSizeGreaterThan(40);
    List<String> missing = new ArrayList<>();
    for (Accessor a : all) {
      if (a.limit() == null || a.max() <= 0) {
        missing.add(a.name() + " (add public static final int "
            + constantName(a.method().getName()) + " to " + a.type().getSimpleName()
            + " and check it in its @Value.Check with Checks.maxItems)");
      }
    }
    assertThat(missing).as("collections without a limit").isEmpty();
  }

  // Builders.

  @BeforeAll
  static void collectSamples() throws Exception {
    for (long seed = 0; seed < 60; seed++) {
      RandomValues random = new RandomValues(seed);
      List<TherapistProfile> profiles = random.profiles(3);
      ClientRequest request = random.request();
      TherapistDirectory directory = TherapistDirectory.of(profiles);
      walk(List.of(profiles, request, random.plan(true), random.plan(false),
          random.matchResult(), random.assignment(), random.validationResult(),
          random.modality(), random.concern(), random.compactPrivilege(), random.gender(),
          random.availability(),
          // one preference of every kind: a random request holds only a few of the sixteen
          Stream.of(PreferenceKind.values()).map(k -> random.preference(k, Strength.PREFERRED))
              .toList(),
          RandomValues.PSYPACT, EthicalRules.NO_CONVERSION_PRACTICE_TERMS,
          PracticeAuthorisation.standard().decide(profiles.get(0),
              profiles.get(0).locations().isEmpty() ? Jurisdiction.parse("US-CA")
                  : profiles.get(0).locations().get(0).jurisdiction(),
              Delivery.VIDEO, RandomValues.TODAY),
          Matcher.standard().whyNot(request, directory, profiles.get(1).id(), RandomValues.TODAY),
          LicensingPolicy.defaults().regime(Jurisdiction.parse("GB"), Discipline.COUNSELLING)),
          Collections.newSetFromMap(new IdentityHashMap<>()));
    }
  }

  private static void walk(Object value, Set<Object> seen) throws Exception {
    if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        walk(o.get(), seen);
      }
      return;
    }
    if (value instanceof Collection<?> c) {
      for (Object e : c) {
        walk(e, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Object e : m.values()) {
        walk(e, seen);
      }
      return;
    }
    Class<?> type = modelTypeOf(value.getClass());
    if (type == null || !seen.add(value)) {
      return;
    }
    List<Object> samples = SAMPLES.computeIfAbsent(type, t -> new ArrayList<>());
    if (samples.size() < 50) {
      samples.add(value);
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())) {
        walk(m.invoke(value), seen);
      }
    }
  }

  private static @Nullable Class<?> modelTypeOf(Class<?> c) {
    if (!c.getSimpleName().startsWith("Immutable") || !c.getName().startsWith("org.sextherapy")) {
      return null;
    }
    Class<?> parent = c.getSuperclass();
    if (parent != null && parent != Object.class) {
      return parent;
    }
    return c.getInterfaces().length == 1 ? c.getInterfaces()[0] : null;
  }

  static Stream<Accessor> limitedCollections() throws Exception {
    return collections().stream().filter(a -> a.limit() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitedCollections")
  void theBuilderRefusesOneElementMoreThanTheLimit(Accessor a) throws Exception {
    int max = a.max();
    Type[] args = ((ParameterizedType) a.method().getGenericReturnType())
        .getActualTypeArguments();
    Class<?> element = raw(args[0]);
    boolean isSet = Set.class.isAssignableFrom(a.method().getReturnType());
    boolean isMap = Map.class.isAssignableFrom(a.method().getReturnType());
    if ((isSet || isMap) && element.isEnum()) {
      // a set of an enumeration (or a map keyed by one) is bounded by the enumeration itself
      assertThat(max).as(a.name()).isEqualTo(element.getEnumConstants().length);
      return;
    }
    List<Object> samples = SAMPLES.getOrDefault(a.type(), List.of());
    assertThat(samples).as("a generated sample of %s", a.type().getSimpleName()).isNotEmpty();
    Object sample = samples.get(0);

    Object over = isMap ? entries(max + 1) : elements(a, element, isSet, max + 1);
    assertThatTheSizeRuleFails(a, sample, over, max);
    Object at = isMap ? entries(max) : elements(a, element, isSet, max);
    @Nullable InvalidValueException atLimit = build(a, sample, at);
    if (atLimit != null) {
      // other rules may refuse the repeated element, never the size
      assertThat(atLimit.rule()).as(a.name()).doesNotContain("at most " + max + " ");
    }
  }

  private static void assertThatTheSizeRuleFails(Accessor a, Object sample, Object over, int max)
      throws Exception {
    InvalidValueException e = build(a, sample, over);
    assertThat(e).as("%s with %d elements", a.name(), max + 1).isNotNull();
    assertThat(e.field()).isEqualTo(a.method().getName());
    assertThat(e.rule()).contains("at most " + max + " ");
  }

  /** Builds a copy of the sample with the collection replaced; returns what the builder threw. */
  private static @Nullable InvalidValueException build(Accessor a, Object sample, Object content)
      throws Exception {
    Class<?> immutable = Class.forName(a.type().getPackageName() + ".Immutable"
        + a.type().getSimpleName());
    Method builderMethod = immutable.getDeclaredMethod("builder");
    builderMethod.setAccessible(true);
    Object builder = builderMethod.invoke(null);
    Method from = builder.getClass().getMethod("from", a.type());
    from.setAccessible(true);
    from.invoke(builder, sample);
    Method set = builder.getClass().getMethod(a.method().getName(),
        content instanceof Map ? Map.class : Iterable.class);
    set.setAccessible(true);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    try {
      set.invoke(builder, content);
      build.invoke(builder);
      return null;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof InvalidValueException invalid) {
        return invalid;
      }
      throw e;
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class; // a wildcard: not in the model
  }

  private static Map<Integer, Integer> entries(int n) {
    Map<Integer, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(2000 + i, 0);
    }
    return m;
  }

  /** n elements: copies of a generated one for a list, distinct values for a set. */
  private static Collection<?> elements(Accessor a, Class<?> element, boolean set, int n) {
    if (!set) {
      Object one = anyElement(a, element);
      return Collections.nCopies(n, one);
    }
    Set<Object> out = new LinkedHashSet<>();
    if (element == String.class) {
      for (int i = 0; out.size() < n; i++) {
        out.add("x-" + i);
      }
    } else if (element == Locale.class) {
      for (String language : new TreeSet<>(List.of(Locale.getISOLanguages()))) {
        if (out.size() < n && language.length() == 2) {
          out.add(Locale.forLanguageTag(language));
        }
      }
    } else if (element == Jurisdiction.class) {
      for (String country : new TreeSet<>(List.of(Locale.getISOCountries()))) {
        if (out.size() < n) {
          out.add(Jurisdiction.country(country));
        }
      }
    } else if (element == Aim.class) {
      for (Focus focus : Focus.values()) {
        for (Intent intent : Intent.values()) {
          if (out.size() < n) {
            out.add(Aim.of(focus, intent));
          }
        }
      }
    } else if (element == NetworkId.class) {
      for (int i = 0; out.size() < n; i++) {
        out.add(NetworkId.of("network-" + i));
      }
    } else if (element == PlanId.class) {
      for (int i = 0; out.size() < n; i++) {
        out.add(PlanId.of("plan-" + i));
      }
    } else if (element == FaithStance.class) {
      out.add(FaithStance.secular());
      for (int i = 0; out.size() < n; i++) {
        out.add(FaithStance.integrating("tradition " + i));
      }
    } else {
      fail("no distinct values of %s for %s: add a generator here", element, a.name());
    }
    assertThat(out).as("distinct %s for %s", element.getSimpleName(), a.name()).hasSize(n);
    return out;
  }

  private static Object anyElement(Accessor a, Class<?> element) {
    if (element.isEnum()) {
      return element.getEnumConstants()[0];
    }
    for (Object sample : SAMPLES.getOrDefault(a.type(), List.of())) {
      try {
        Collection<?> c = (Collection<?>) a.method().invoke(sample);
        if (!c.isEmpty()) {
          return c.iterator().next();
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    for (Map.Entry<Class<?>, List<Object>> samples : SAMPLES.entrySet()) {
      if (element.isAssignableFrom(samples.getKey()) && !samples.getValue().isEmpty()) {
        return samples.getValue().get(0);
      }
    }
    if (element == LocalDate.class) {
      return RandomValues.TODAY;
    }
    throw new AssertionError("no generated element of " + element + " for " + a.name());
  }
}
