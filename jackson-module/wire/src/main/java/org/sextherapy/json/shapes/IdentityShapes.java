package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.TEXT;

import java.util.Set;
import org.sextherapy.identity.GenderIdentity;
import org.sextherapy.identity.GenderTerm;
import org.sextherapy.identity.SelfDescription;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;

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

  /** {@code {"terms": ["Black British"], "ownWords": "..."}}: race or ethnicity, LGBTQ+ identity. */
  static final ObjectShape<SelfDescription> SELF_DESCRIPTION =
      new ObjectShape<SelfDescription>("SelfDescription") {
        final Property<SelfDescription, Set<String>> terms =
            nonEmptySet("terms", ScalarShapes.TERM, SelfDescription.MAX_TERMS,
            SelfDescription::terms);
        final Property<SelfDescription, String> ownWords =
            optional("ownWords", TEXT, SelfDescription::ownWords);

        @Override
        protected SelfDescription create(Values v) {
          Set<String> set = v.get(terms);
          return v.optional(ownWords).map(words -> SelfDescription.of(words, set))
              .orElseGet(() -> SelfDescription.of(set));
        }
      }.seal();

  private IdentityShapes() {}
}
