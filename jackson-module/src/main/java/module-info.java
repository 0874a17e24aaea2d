/**
 * Jackson 2 support for the sextherapy model.
 */
module org.sextherapy.jackson {
  requires transitive org.sextherapy;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires transitive org.jspecify;

  exports org.sextherapy.jackson;
}
