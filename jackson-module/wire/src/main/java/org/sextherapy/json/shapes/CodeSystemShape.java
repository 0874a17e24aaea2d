package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.SchemaContext.map;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.json.JsonErrorKind;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.JsonInput;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.JsonToken;
import org.sextherapy.json.engine.ReadContext;
import org.sextherapy.json.engine.SchemaContext;
import org.sextherapy.json.engine.Shape;

/**
 * The wire form of a code system: its id, such as {@code "icd-11-mms"}. Reading resolves the id
 * through the options' code-system catalogue, so a clinic that declares its own system
 * ({@code CodeSystem.custom}) registers it with
 * {@link org.sextherapy.json.JsonOptions#withCodeSystems} on both sides of the wire; a system's
 * pattern never travels, so a document cannot loosen what counts as a code.
 */
final class CodeSystemShape implements Shape<CodeSystem> {

  /** The one instance. */
  static final CodeSystemShape INSTANCE = new CodeSystemShape();

  private CodeSystemShape() {}

  @Override
  public void write(CodeSystem value, JsonOutput g, JsonOptions options) throws IOException {
    g.writeString(value.id());
  }

  @Override
  public CodeSystem read(JsonInput p, ReadContext r) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw r.fail(JsonErrorKind.WRONG_TYPE, "must be a string");
    }
    return r.options().codeSystems().byId(p.getText()).orElseThrow(() ->
        r.fail(JsonErrorKind.UNKNOWN_ID, "is not the id of a code system in the catalogue"));
  }

  @Override
  public Map<String, Object> schema(SchemaContext s) {
    return s.define("CodeSystem", () -> map("type", "string",
        "pattern", "^[a-z0-9][a-z0-9.-]{0,63}$",
        "description", "The id of a code system in the reader's code-system catalogue. The"
            + " standard systems are: " + CodeSystem.standard().stream().map(CodeSystem::id)
                .collect(Collectors.joining(", ")) + "; an application adds its own."));
  }
}
