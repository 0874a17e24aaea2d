package org.sextherapy.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActivityKindTest {

  @Test
  void talkingActivitiesAreVerbalAndBelongInSession() {
    assertThat(ActivityKind.TALK_THERAPY.isVerbal()).isTrue();
    assertThat(ActivityKind.PSYCHOEDUCATION.isVerbal()).isTrue();
    assertThat(ActivityKind.EXERCISE_DEBRIEF.isVerbal()).isTrue();
    assertThat(ActivityKind.TALK_THERAPY.contact()).isEqualTo(Contact.NONE);
  }

  @Test
  void touchAndSexualActivitiesAreNeverVerbal() {
    assertThat(ActivityKind.SENSATE_FOCUS.contact()).isEqualTo(Contact.SEXUAL);
    assertThat(ActivityKind.PARTNERED_SEXUAL_ACTIVITY.contact()).isEqualTo(Contact.SEXUAL);
    assertThat(ActivityKind.THERAPIST_TOUCH.contact()).isEqualTo(Contact.PHYSICAL);
    assertThat(ActivityKind.PHYSICAL_EXAMINATION.contact()).isEqualTo(Contact.PHYSICAL);
    assertThat(Arrays.stream(ActivityKind.values()).filter(k -> k.contact() != Contact.NONE))
        .noneMatch(ActivityKind::isVerbal);
  }
}
