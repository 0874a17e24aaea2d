package org.sextherapy.jackson3.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.Serializers;

/**
 * Gives Jackson 3 a {@link ShapeSerializer} for every model type (Jackson 3's
 * {@code Serializers} has a default for every other kind of type).
 *
 * @param options the module's options, never null
 */
public record ModelSerializers(JsonOptions options) implements Serializers {

  @Override
  public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
      BeanDescription.Supplier beanDesc, JsonFormat.@Nullable Value formatOverrides) {
    return ShapeSerializer.of(type.getRawClass(), options);
  }
}
