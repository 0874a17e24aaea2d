/**
 * Jackson 3 support for the sextherapy model: a Jackson module that reads and writes the wire
 * format of {@code org.sextherapy.json}, byte for byte as the Jackson 2 binding does, and a
 * strict, safe reader and writer for input from outside.
 *
 * <p>The module is provided as a {@code JacksonModule} service, so
 * {@code JsonMapper.builder().findAndAddModules()} (and Spring Boot 4) finds it on the module path
 * as on the class path.
 */
// The name ends in a digit on purpose: it is the Jackson major version, as in Jackson's own
// modules; javac's "module" lint advises against terminal digits.
@SuppressWarnings("module")
module org.sextherapy.jackson3 {
  requires transitive org.sextherapy.json;
  requires transitive tools.jackson.databind;

  exports org.sextherapy.jackson3;

  provides tools.jackson.databind.JacksonModule with org.sextherapy.jackson3.SexTherapyModule;
}
