package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.JURISDICTION;
import static org.sextherapy.json.engine.ScalarShapes.LATITUDE;
import static org.sextherapy.json.engine.ScalarShapes.LONGITUDE;

import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
import java.util.Set;
import org.sextherapy.insurance.NetworkId;
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

  /** {@code {"jurisdiction": "US-CA", "coordinates": {...}, "networks": ["acme-ppo"]}}. */
  static final ObjectShape<PracticeLocation> PRACTICE_LOCATION =
      new ObjectShape<PracticeLocation>("PracticeLocation") {
        final Property<PracticeLocation, Jurisdiction> jurisdiction =
            required("jurisdiction", JURISDICTION, PracticeLocation::jurisdiction);
        final Property<PracticeLocation, Coordinates> coordinates =
            optional("coordinates", COORDINATES, PracticeLocation::coordinates);
        final Property<PracticeLocation, Set<NetworkId>> networks =
            set("networks", ScalarShapes.NETWORK_ID, PracticeLocation.MAX_NETWORKS,
                PracticeLocation::networks);

        @Override
        protected PracticeLocation create(Values v) {
          PracticeLocation.Builder b = PracticeLocation.builder().jurisdiction(v.get(jurisdiction));
          Coordinates at = v.orNull(coordinates);
          if (at != null) {
            b.coordinates(at);
          }
          Set<NetworkId> networkSet = v.set(networks);
          if (!networkSet.isEmpty()) {
            b.addAllNetworks(networkSet);
          }
          return b.build();
        }
      }.seal();

  private LocationShapes() {}
}
