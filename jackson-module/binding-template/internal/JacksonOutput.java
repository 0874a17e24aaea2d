package ${binding.package}.internal;

import ${jackson.core}.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import org.sextherapy.json.engine.JsonOutput;

/**
 * A ${binding.name} generator as the engine's {@link JsonOutput}. Jackson 3's generator throws
 * unchecked exceptions only; the methods declare {@code IOException} for Jackson 2's.
 */
public final class JacksonOutput implements JsonOutput {

  private final JsonGenerator generator;

  /**
   * Adapts a generator.
   *
   * @param generator the generator, never null
   */
  public JacksonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void writeStartObject() throws IOException {
    generator.writeStartObject();
  }

  @Override
  public void writeEndObject() throws IOException {
    generator.writeEndObject();
  }

  @Override
  public void writeStartArray() throws IOException {
    generator.writeStartArray();
  }

  @Override
  public void writeEndArray() throws IOException {
    generator.writeEndArray();
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    generator.${jackson.writeName}(name);
  }

  @Override
  public void writeString(String text) throws IOException {
    generator.writeString(text);
  }

  @Override
  public void writeRawValue(String json) throws IOException {
    generator.writeRawValue(json);
  }

  @Override
  public void writeNumber(long value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(double value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeNumber(BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  @Override
  public void writeBoolean(boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
