package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import org.sextherapy.code.Certainty;
import org.sextherapy.code.Code;
import org.sextherapy.code.CodeCatalogue;
import org.sextherapy.code.CodeSystem;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ReferenceShape;
import org.sextherapy.json.engine.ScalarShapes;

/** Wire forms of {@code org.sextherapy.code}. */
final class CodeShapes {

  /**
   * {@code {"system": "icd-11-mms", "code": "HA00", "title": "...", "certainty": "verified"}}; the
   * code is checked by its system ({@code CodeSystem.canonical}) when the value is built, and a
   * refusal names {@code code} without the text.
   */
  static final ObjectShape<Code> CODE = new ObjectShape<Code>("Code") {
    final Property<Code, CodeSystem> system =
        required("system", CodeSystemShape.INSTANCE, Code::system);
    final Property<Code, String> code = required("code", TEXT, Code::code);
    final Property<Code, String> title = required("title", TEXT, Code::title);
    final Property<Code, Certainty> certainty =
        required("certainty", EnumShape.of(Certainty.class), Code::certainty);

    @Override
    protected Code create(Values v) {
      return Code.of(v.get(system), v.get(code), v.get(title), v.get(certainty));
    }
  }.seal();

  /**
   * A code: {@code {"ref": "icd-11-mms:HA00"}} (system id, ':', code) for a code of
   * {@link CodeCatalogue}, the full object otherwise.
   */
  static final ReferenceShape<Code> CODE_OR_REFERENCE = new ReferenceShape<>(CODE,
      c -> c.system().id() + ":" + c.code(), CodeCatalogue.all(), "code of the code catalogue");

  private CodeShapes() {}
}
