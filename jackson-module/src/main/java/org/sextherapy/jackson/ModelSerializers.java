package org.sextherapy.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.jspecify.annotations.Nullable;

/** Gives Jackson a {@link ShapeSerializer} for every model type in {@link ModelShapes}. */
final class ModelSerializers extends Serializers.Base {

  private final SexTherapyModule options;

  ModelSerializers(SexTherapyModule options) {
    this.options = options;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription beanDesc) {
    return serializer(type.getRawClass(), options);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable JsonSerializer<?> serializer(Class<T> raw,
      SexTherapyModule options) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeSerializer<>(raw, (Shape<T>) shape, options);
  }
}
