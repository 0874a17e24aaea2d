package org.sextherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sextherapy.client.ClientRequest;
import org.sextherapy.client.Participant;
import org.sextherapy.session.SessionFormat;

/**
 * A builder whose {@code build()} is called before every required field is set throws the
 * library's {@link InvalidValueException} naming the first missing field, as for any other
 * invalid value, never Immutables' {@code IllegalStateException}: for every value type of the
 * model (found by reflection, as {@link CollectionLimitsTest} finds them), an empty builder either
 * builds (every field optional) or throws {@code InvalidValueException}.
 */
class MissingRequiredFieldTest {

  @Test
  void aRequestBuiltWithoutItsRequiredFieldsNamesTheFirstAndListsTheOthers() {
    Throwable thrown = catchThrowable(() -> ClientRequest.builder().build());
    assertThat(thrown).isInstanceOf(InvalidValueException.class);
    InvalidValueException e = (InvalidValueException) thrown;
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.rule()).startsWith("must be set, as must ").contains("format");
    Throwable one = catchThrowable(() -> Participant.builder().id("p1").build());
    assertThat(one).isInstanceOf(InvalidValueException.class);
    assertThat(((InvalidValueException) one).field()).isEqualTo("ageBracket");
    assertThat(((InvalidValueException) one).rule()).isEqualTo("must be set");
    assertThat(one).hasMessage("ageBracket must be set");
    assertThat(catchThrowable(() -> ClientRequest.builder().id("r1")
        .format(SessionFormat.COUPLE).build()))
        .isInstanceOf(InvalidValueException.class).hasMessageNotContaining("r1");
  }

  @Test
  void everyModelTypesEmptyBuilderBuildsOrThrowsTheLibrarysException() throws Exception {
    List<String> wrong = new ArrayList<>();
    int builders = 0;
    for (Class<?> type : CollectionLimitsTest.modelTypes()) {
      Method builder;
      try {
        builder = type.getMethod("builder");
      } catch (NoSuchMethodException none) {
        continue;
      }
      if (!Modifier.isStatic(builder.getModifiers())) {
        continue;
      }
      builders++;
      Object empty = builder.invoke(null);
      try {
        empty.getClass().getMethod("build").invoke(empty);
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof InvalidValueException)) {
          wrong.add(type.getSimpleName() + ": " + e.getCause());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(builders).as("model types with a builder").isGreaterThan(20);
  }
}
