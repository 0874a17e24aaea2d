package ${binding.package}.internal;

import ${jackson.core}.JsonGenerator;
import ${jackson.core}.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import org.sextherapy.json.engine.JsonOutput;
import org.sextherapy.json.engine.Literal;
import org.sextherapy.json.engine.NumberedForms;

/**
 * A ${binding.name} generator as the engine's {@link JsonOutput}. Jackson 3's generator throws
 * unchecked exceptions only; the methods declare {@code IOException} for Jackson 2's.
 *
 * <p>The wire format's {@link Literal}s (property names, ids of enumerated values) are written as
 * Jackson's {@code SerializedString}s, made once per literal and kept in a table by the literal's
 * number: the generator copies their quoted UTF-8 bytes, as databinding does for a bean's
 * property names, instead of checking and encoding every character on every write.
 */
public final class JacksonOutput implements JsonOutput {

  /** The encoded literals, by number. */
  private static final NumberedForms<Literal, SerializedString> ENCODED =
      new NumberedForms<>(JacksonOutput::encode);

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
  public void writeFieldName(Literal name) throws IOException {
    generator.${jackson.writeName}(encoded(name));
  }

  @Override
  public void writeString(Literal text) throws IOException {
    generator.writeString(encoded(text));
  }

  private static SerializedString encoded(Literal literal) {
    return ENCODED.get(literal.number(), literal);
  }

  /** Makes a literal's encoded form, with the forms a generator asks for computed. */
  private static SerializedString encode(Literal literal) {
    SerializedString done = new SerializedString(literal.text());
    done.asQuotedUTF8();
    done.asUnquotedUTF8();
    done.asQuotedChars();
    return done;
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
