/**
 * Jackson 2 support for the sextherapy model: the wire format of its documents (therapist
 * profiles, client requests, session plans, validation results), a Jackson module that reads and
 * writes it, and a strict, safe reader for untrusted input.
 *
 * <p>The module is provided as a Jackson {@code Module} service, so
 * {@code JsonMapper.builder().findAndAddModules()} finds it on the module path as on the class
 * path.
 */
module org.sextherapy.jackson {
  requires transitive org.sextherapy;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;

  exports org.sextherapy.jackson;

  provides com.fasterxml.jackson.databind.Module with org.sextherapy.jackson.SexTherapyModule;
}
