package org.sextherapy.jackson3.internal;

import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.shapes.ModelShapes;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;

/**
 * Gives Jackson 3 a {@link ShapeDeserializer} for every model type, for its {@code Identified}
 * enums, and for a {@code List} or {@code Set} of them (Jackson 3's {@code Deserializers} has a
 * default for every other kind of type).
 *
 * @param options the module's options, never null
 */
public record ModelDeserializers(JsonOptions options) implements Deserializers {

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return ShapeDeserializer.of(type.getRawClass(), options);
  }

  @Override
  public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return ShapeDeserializer.of(type.getRawClass(), options);
  }

  @Override
  public @Nullable ValueDeserializer<?> findCollectionDeserializer(CollectionType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc,
      @Nullable TypeDeserializer elementTypeDeserializer,
      @Nullable ValueDeserializer<?> elementDeserializer) {
    return ShapeDeserializer.ofCollection(type.getRawClass(),
        type.getContentType().getRawClass(), options);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ModelShapes.find(valueType) != null;
  }
}
