package org.sextherapy.jackson3.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sextherapy.json.JsonOptions;
import org.sextherapy.json.engine.ListShape;
import org.sextherapy.json.engine.Shape;
import org.sextherapy.json.shapes.ModelShapes;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.type.CollectionType;

/**
 * Gives Jackson a {@link ShapeDeserializer} for every model type in {@link ModelShapes}, for its
 * {@code Identified} enums, and for a {@code List} or {@code Set} of them (so a list read through
 * the module is read as strictly as its elements, with paths such as {@code $[3].id}).
 */
public final class ModelDeserializers extends Deserializers.Base {

  private final JsonOptions options;

  /**
   * Creates the deserializers.
   *
   * @param options the options, never null
   */
  public ModelDeserializers(JsonOptions options) {
    this.options = options;
  }

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return deserializer(type.getRawClass());
  }

  @Override
  public @Nullable ValueDeserializer<?> findEnumDeserializer(JavaType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc) {
    return deserializer(type.getRawClass());
  }

  @Override
  public @Nullable ValueDeserializer<?> findCollectionDeserializer(CollectionType type,
      DeserializationConfig config, BeanDescription.Supplier beanDesc,
      @Nullable TypeDeserializer elementTypeDeserializer,
      @Nullable ValueDeserializer<?> elementDeserializer) {
    Class<?> raw = type.getRawClass();
    if (raw != List.class && raw != Set.class) {
      return null;
    }
    Shape<?> element = ModelShapes.find(type.getContentType().getRawClass());
    if (element == null) {
      return null;
    }
    Shape<?> collection = raw == List.class ? ListShape.list(element) : ListShape.set(element);
    return new ShapeDeserializer<>(raw, collection, options);
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return ModelShapes.find(valueType) != null;
  }

  private @Nullable ValueDeserializer<?> deserializer(Class<?> raw) {
    Shape<?> shape = ModelShapes.find(raw);
    return shape == null ? null : new ShapeDeserializer<>(raw, shape, options);
  }
}
