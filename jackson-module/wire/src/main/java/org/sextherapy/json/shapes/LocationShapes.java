package org.sextherapy.json.shapes;

import static org.sextherapy.json.engine.ScalarShapes.JURISDICTION;
import static org.sextherapy.json.engine.ScalarShapes.LATITUDE;
import static org.sextherapy.json.engine.ScalarShapes.LONGITUDE;

import org.sextherapy.json.engine.ObjectShape;
import org.sextherapy.json.engine.ObjectShape.Property;
import org.sextherapy.json.engine.ObjectShape.Values;
import org.sextherapy.json.engine.ScalarShapes;
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

  /** {@code {"jurisdiction": "US-CA", "coordinates": {...}}}. */
  static final ObjectShape<PracticeLocation> PRACTICE_LOCATION =
      new ObjectShape<PracticeLocation>("PracticeLocation") {
        final Property<PracticeLocation, Jurisdiction> jurisdiction =
            required("jurisdiction", JURISDICTION, PracticeLocation::jurisdiction);
        final Property<PracticeLocation, Coordinates> coordinates =
            optional("coordinates", COORDINATES, PracticeLocation::coordinates);

        @Override
        protected PracticeLocation create(Values v) {
          Coordinates at = v.orNull(coordinates);
          return at == null ? PracticeLocation.of(v.get(jurisdiction))
              : PracticeLocation.of(v.get(jurisdiction), at);
        }
      }.seal();

  private LocationShapes() {}
}
