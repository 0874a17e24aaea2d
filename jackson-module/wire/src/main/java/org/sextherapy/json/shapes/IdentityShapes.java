package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ScalarShapes;
import java.util.Set;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;

/** Wire forms of {@code org.sextherapy.identity}. */
final class IdentityShapes {

  /** {@code {"terms": ["non-binary"], "ownWords": "..."}}. */
  static final ObjectShape<GenderIdentity> GENDER_IDENTITY =
      new ObjectShape<GenderIdentity>("GenderIdentity") {
        final Property<GenderIdentity, Set<GenderTerm>> terms =
            nonEmptySet("terms", EnumShape.of(GenderTerm.class), GenderIdentity.MAX_TERMS,
                GenderIdentity::terms);
        final Property<GenderIdentity, String> ownWords =
            optional("ownWords", TEXT, GenderIdentity::ownWords);

        @Override
        protected GenderIdentity create(Values v) {
          Set<GenderTerm> set = v.get(terms);
          return v.optional(ownWords).map(words -> GenderIdentity.of(words, set))
              .orElseGet(() -> GenderIdentity.of(set.toArray(GenderTerm[]::new)));
        }
      }.seal();

  private IdentityShapes() {}
}
