package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.JURISDICTION;
import static org.sextherapy.json.engine.ScalarShapes.LANGUAGE;
import static org.sextherapy.json.engine.ScalarShapes.LATITUDE;
import static org.sextherapy.json.engine.ScalarShapes.LONGITUDE;

import java.util.Locale;
import java.util.Set;
import org.sextherapy.insurance.NetworkId;
import org.sextherapy.json.engine.EnumShape;
import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import org.sextherapy.location.AccessFeature;
import org.sextherapy.location.Coordinates;
import org.sextherapy.location.Jurisdiction;
import org.sextherapy.location.PracticeLocation;

/** Wire forms of {@code org.sextherapy.location}; a jurisdiction is a string (ScalarShapes). */
final class LocationShapes {

  /** {@code {"latitude": 37.77, "longitude": -122.42}}. */
  static final ObjectShape<Coordinates> COORDINATES = new ObjectShape<Coordinates>("Coordinates") {
    final Property<Coordinates, Double> latitude =
        required("latitude", LATITUDE, Coordinates::latitude);
    final Property<Coordinates, Double> longitude =
        required("longitude", LONGITUDE, Coordinates::longitude);

    @Override
    protected Coordinates create(Values v) {
      return Coordinates.of(v.get(latitude), v.get(longitude));
    }
  }.seal();

  /**
   * {@code {"jurisdiction": "US-CA", "coordinates": {...}, "networks": ["acme-ppo"],
   * "access": ["step-free-access"], "signLanguages": ["ase"]}}.
   */
  static final ObjectShape<PracticeLocation> PRACTICE_LOCATION =
      new ObjectShape<PracticeLocation>("PracticeLocation") {
        final Property<PracticeLocation, Jurisdiction> jurisdiction =
            required("jurisdiction", JURISDICTION, PracticeLocation::jurisdiction);
        final Property<PracticeLocation, Coordinates> coordinates =
            optional("coordinates", COORDINATES, PracticeLocation::coordinates);
        final Property<PracticeLocation, Set<NetworkId>> networks =
            set("networks", ScalarShapes.NETWORK_ID, PracticeLocation.MAX_NETWORKS,
                PracticeLocation::networks);
        final Property<PracticeLocation, Set<AccessFeature>> access =
            set("access", EnumShape.of(AccessFeature.class), PracticeLocation.MAX_ACCESS,
                PracticeLocation::access);
        final Property<PracticeLocation, Set<Locale>> signLanguages =
            set("signLanguages", LANGUAGE, PracticeLocation.MAX_SIGN_LANGUAGES,
                PracticeLocation::signLanguages);

        @Override
        protected PracticeLocation create(Values v) {
          PracticeLocation.Builder b = PracticeLocation.builder().jurisdiction(v.get(jurisdiction));
          Coordinates at = v.orNull(coordinates);
          if (at != null) {
            b.coordinates(at);
          }
          return b.addAllNetworks(v.set(networks)).addAllAccess(v.set(access))
              .addAllSignLanguages(v.set(signLanguages)).build();
        }
      }.seal();

  private LocationShapes() {}
}
