package org.sextherapy.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  @Test
  void telehealthIsVideoOrPhone() {
    assertThat(Arrays.stream(Delivery.values()).filter(Delivery::isTelehealth))
        .containsExactlyInAnyOrder(Delivery.VIDEO, Delivery.PHONE);
    assertThat(Delivery.IN_PERSON.isTelehealth()).isFalse();
  }
}
