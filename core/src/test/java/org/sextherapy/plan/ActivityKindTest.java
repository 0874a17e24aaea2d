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

  @Test
  void sensateFocusAndPartneredSexualActivityAreTheKindsThatByNatureInvolveAPartner() {
    assertThat(Arrays.stream(ActivityKind.values()).filter(ActivityKind::isPartneredByNature))
        .containsExactly(ActivityKind.SENSATE_FOCUS, ActivityKind.PARTNERED_SEXUAL_ACTIVITY);
    // done alone by nature, or alone or with others: never assumed to have a partner
    assertThat(ActivityKind.SELF_EXPLORATION.isPartneredByNature()).isFalse();
    assertThat(ActivityKind.COMMUNICATION_PRACTICE.isPartneredByNature()).isFalse();
  }
}
