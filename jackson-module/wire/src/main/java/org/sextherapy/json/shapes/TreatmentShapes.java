package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.ID;
import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.util.Comparator;
import java.util.Set;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ReferenceShape;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.treatment.Aim;
import org.sextherapy.treatment.Focus;
import org.sextherapy.treatment.Intent;
import org.sextherapy.treatment.Modality;
import org.sextherapy.treatment.StandardModalities;

/** Wire forms of {@code org.sextherapy.treatment}. */
final class TreatmentShapes {

  /** {@code {"focus": "intimacy", "intent": "improve"}}. */
  static final ObjectShape<Aim> AIM = new ObjectShape<Aim>("Aim") {
    final Property<Aim, Focus> focus = required("focus", EnumShape.of(Focus.class), Aim::focus);
    final Property<Aim, Intent> intent =
        required("intent", EnumShape.of(Intent.class), Aim::intent);

    @Override
    protected Aim create(Values v) {
      return Aim.of(v.get(focus), v.get(intent));
    }
  }.ordered(Comparator.comparing(Aim::focus).thenComparing(Aim::intent)).seal();

  /** {@code {"id": "cbt", "name": "...", "aims": [...], "description": "..."}}. */
  static final ObjectShape<Modality> MODALITY = new ObjectShape<Modality>("Modality") {
    final Property<Modality, String> id = required("id", ID, Modality::id);
    final Property<Modality, String> name = required("name", TEXT, Modality::name);
    final Property<Modality, Set<Aim>> aims = nonEmptySet("aims", AIM, Modality.MAX_AIMS,
        Modality::aims);
    final Property<Modality, String> description =
        optional("description", TEXT, Modality::description);

    @Override
    protected Modality create(Values v) {
      String text = v.orNull(description);
      return text == null ? Modality.of(v.get(id), v.get(name), v.get(aims))
          : Modality.of(v.get(id), v.get(name), v.get(aims), text);
    }
  }.seal();

  /** A modality: {@code {"ref": "sensate-focus"}} for a standard one, the full object otherwise. */
  static final ReferenceShape<Modality> MODALITY_OR_REFERENCE = new ReferenceShape<>(MODALITY,
      Modality::id, StandardModalities.all(), "standard modality");

  private TreatmentShapes() {}
}
