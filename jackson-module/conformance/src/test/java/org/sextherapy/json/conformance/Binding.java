package org.sextherapy.json.conformance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.sextherapy.json.JsonCodec;
import org.sextherapy.json.JsonLimits;
import org.sextherapy.json.JsonOptions;

/**
 * The binding under test, chosen by the system property {@code sextherapy.binding}
 * ({@code jackson2} or {@code jackson3}): the conformance suite runs once per binding (two
 * surefire executions), so every golden file, schema, corpus and strictness test checks both.
 * Each binding is reached only through its public API.
 */
abstract class Binding {

  /** The binding of this test run. */
  static final Binding CURRENT = of(System.getProperty("sextherapy.binding", "jackson2"));

  /** Both bindings, for tests that compare them. */
  static final List<Binding> BOTH = List.of(new Jackson2(), new Jackson3());

  static Binding of(String name) {
    return switch (name) {
      case "jackson2" -> new Jackson2();
      case "jackson3" -> new Jackson3();
      default -> throw new IllegalArgumentException("sextherapy.binding must be jackson2 or jackson3");
    };
  }

  /** Returns the binding's name. */
  abstract String name();

  /** Returns the strict codec with the default options and limits. */
  abstract JsonCodec strict();

  /** Returns a codec with the given options and limits. */
  abstract JsonCodec codec(JsonOptions options, JsonLimits limits);

  /** Returns a codec with the given options and the default limits. */
  final JsonCodec codec(JsonOptions options) {
    return codec(options, JsonLimits.defaults());
  }

  /** The binding's module class and the service type it is registered under. */
  abstract Class<?> moduleType();

  abstract Class<?> moduleServiceType();

  /** A new module with the options. */
  abstract Object module(JsonOptions options);

  /** The module's version, as Jackson reports it. */
  abstract String moduleVersion();

  /** A mapper built with {@code findAndAddModules()}. */
  abstract UserMapper foundMapper();

  /** A mapper of one's own with these modules added and nothing else configured. */
  abstract UserMapper ownMapper(JsonOptions... modules);

  /** A mapper of one's own from the binding's one-call strict configuration. */
  abstract UserMapper strictMapper(JsonOptions options, JsonLimits limits);

  /** Tells whether the module is registered as a service, as ServiceLoader finds it. */
  final boolean moduleIsAService() {
    List<Class<?>> found = new ArrayList<>();
    ServiceLoader.load(moduleServiceType()).stream().forEach(p -> found.add(p.type()));
    return found.contains(moduleType());
  }

  @Override
  public String toString() {
    return name();
  }

  /** A user's own mapper, whatever the Jackson version. */
  interface UserMapper {
    <T> T read(String json, Class<T> type) throws Exception;

    List<?> readList(String json, Class<?> element) throws Exception;

    Set<?> readSet(String json, Class<?> element) throws Exception;

    String write(Object value) throws Exception;

    Collection<Object> registeredModuleIds();
  }

  /** Jackson 2. */
  static final class Jackson2 extends Binding {
    @Override
    String name() {
      return "jackson2";
    }

    @Override
    JsonCodec strict() {
      return org.sextherapy.jackson.SexTherapyJson.strict();
    }

    @Override
    JsonCodec codec(JsonOptions options, JsonLimits limits) {
      return org.sextherapy.jackson.SexTherapyJson.of(options, limits);
    }

    @Override
    Class<?> moduleType() {
      return org.sextherapy.jackson.SexTherapyModule.class;
    }

    @Override
    Class<?> moduleServiceType() {
      return com.fasterxml.jackson.databind.Module.class;
    }

    @Override
    Object module(JsonOptions options) {
      return new org.sextherapy.jackson.SexTherapyModule(options);
    }

    @Override
    String moduleVersion() {
      return new org.sextherapy.jackson.SexTherapyModule().version().toString();
    }

    @Override
    UserMapper foundMapper() {
      return mapper(com.fasterxml.jackson.databind.json.JsonMapper.builder().findAndAddModules()
          .build());
    }

    @Override
    UserMapper ownMapper(JsonOptions... modules) {
      var builder = com.fasterxml.jackson.databind.json.JsonMapper.builder();
      for (JsonOptions options : modules) {
        builder.addModule(new org.sextherapy.jackson.SexTherapyModule(options));
      }
      return mapper(builder.build());
    }

    @Override
    UserMapper strictMapper(JsonOptions options, JsonLimits limits) {
      return mapper(org.sextherapy.jackson.SexTherapyJson.mapperBuilder(options, limits).build());
    }

    private static UserMapper mapper(com.fasterxml.jackson.databind.json.JsonMapper m) {
      return new UserMapper() {
        @Override
        public <T> T read(String json, Class<T> type) throws Exception {
          return m.readValue(json, type);
        }

        @Override
        public List<?> readList(String json, Class<?> element) throws Exception {
          return m.readValue(json, m.getTypeFactory().constructCollectionType(List.class, element));
        }

        @Override
        public Set<?> readSet(String json, Class<?> element) throws Exception {
          return m.readValue(json, m.getTypeFactory().constructCollectionType(Set.class, element));
        }

        @Override
        public String write(Object value) throws Exception {
          return m.writeValueAsString(value);
        }

        @Override
        public Collection<Object> registeredModuleIds() {
          return m.getRegisteredModuleIds();
        }
      };
    }
  }

  /** Jackson 3. */
  static final class Jackson3 extends Binding {
    @Override
    String name() {
      return "jackson3";
    }

    @Override
    JsonCodec strict() {
      return org.sextherapy.jackson3.SexTherapyJson.strict();
    }

    @Override
    JsonCodec codec(JsonOptions options, JsonLimits limits) {
      return org.sextherapy.jackson3.SexTherapyJson.of(options, limits);
    }

    @Override
    Class<?> moduleType() {
      return org.sextherapy.jackson3.SexTherapyModule.class;
    }

    @Override
    Class<?> moduleServiceType() {
      return tools.jackson.databind.JacksonModule.class;
    }

    @Override
    Object module(JsonOptions options) {
      return new org.sextherapy.jackson3.SexTherapyModule(options);
    }

    @Override
    String moduleVersion() {
      return new org.sextherapy.jackson3.SexTherapyModule().version().toString();
    }

    @Override
    UserMapper foundMapper() {
      return mapper(tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build());
    }

    @Override
    UserMapper ownMapper(JsonOptions... modules) {
      var builder = tools.jackson.databind.json.JsonMapper.builder();
      for (JsonOptions options : modules) {
        builder.addModule(new org.sextherapy.jackson3.SexTherapyModule(options));
      }
      return mapper(builder.build());
    }

    @Override
    UserMapper strictMapper(JsonOptions options, JsonLimits limits) {
      return mapper(org.sextherapy.jackson3.SexTherapyJson.mapperBuilder(options, limits).build());
    }

    private static UserMapper mapper(tools.jackson.databind.json.JsonMapper m) {
      return new UserMapper() {
        @Override
        public <T> T read(String json, Class<T> type) {
          return m.readValue(json, type);
        }

        @Override
        public List<?> readList(String json, Class<?> element) {
          return m.readValue(json, m.getTypeFactory().constructCollectionType(List.class, element));
        }

        @Override
        public Set<?> readSet(String json, Class<?> element) {
          return m.readValue(json, m.getTypeFactory().constructCollectionType(Set.class, element));
        }

        @Override
        public String write(Object value) {
          return m.writeValueAsString(value);
        }

        @Override
        public Collection<Object> registeredModuleIds() {
          return m.registeredModules().stream().map(module -> module.getRegistrationId())
              .collect(java.util.stream.Collectors.toList());
        }
      };
    }
  }
}
