package org.sextherapy.jackson.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;

/** Gives Jackson a {@link ShapeSerializer} for every model type in {@link ModelShapes}. */
public final class ModelSerializers extends Serializers.Base {

  private final JsonOptions options;

  /**
   * Creates the serializers.
   *
   * @param options the options, never null
   */
  public ModelSerializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription beanDesc) {
    return serializer(type.getRawClass(), options);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable JsonSerializer<?> serializer(Class<T> raw, JsonOptions options) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeSerializer<>(raw, (Shape<T>) shape, options);
  }
}
