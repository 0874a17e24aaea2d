/**
 * The JSON wire format of sextherapy, defined once without Jackson: documents, options, limits,
 * the exception of a failed read (exported), and the engine and per-domain tables that the
 * Jackson 2 and Jackson 3 bindings share (exported to those two modules only).
 */
module org.sextherapy.json {
  requires transitive org.sextherapy;
  requires transitive org.jspecify;

  exports org.sextherapy.json;
  exports org.sextherapy.json.engine to org.sextherapy.jackson, org.sextherapy.jackson3;
  exports org.sextherapy.json.shapes to org.sextherapy.jackson, org.sextherapy.jackson3;
}
