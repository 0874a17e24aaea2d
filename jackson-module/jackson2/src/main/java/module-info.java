/**
 * Jackson 2 support for the sextherapy model: a Jackson module that reads and writes the wire
 * format of {@code org.sextherapy.json}, and a strict, safe reader and writer for input from
 * outside.
 *
 * <p>The module is provided as a Jackson {@code Module} service, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it on the module path as on the class
 * path.
 */
module org.sextherapy.jackson {
  requires transitive org.sextherapy.json;
  requires transitive com.fasterxml.jackson.databind;

  exports org.sextherapy.jackson;

  provides com.fasterxml.jackson.databind.Module with org.sextherapy.jackson.SexTherapyModule;
}
