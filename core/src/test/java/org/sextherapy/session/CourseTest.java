package org.sextherapy.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CourseTest {

  @Test
  void shortTermCoursePlansANumberOfSessions() {
    Course course = Course.shortTerm(12);

    assertThat(course.plannedSessions()).hasValue(12);
    assertThat(course.isOpenEnded()).isFalse();
    assertThat(Course.shortTerm(1).plannedSessions()).hasValue(1);
  }

  @Test
  void openEndedCoursePlansNoNumber() {
    assertThat(Course.openEnded().isOpenEnded()).isTrue();
    assertThat(Course.openEnded().plannedSessions()).isEmpty();
    assertThat(Course.openEnded()).isEqualTo(Course.openEnded());
  }

  @Test
  void shortTermCourseOfNoSessionIsRejectedNamingTheField() {
    assertThatIllegalArgumentException().isThrownBy(() -> Course.shortTerm(0))
        .withMessageStartingWith("plannedSessions ");
    assertThatIllegalArgumentException().isThrownBy(() -> Course.shortTerm(-3))
        .withMessageStartingWith("plannedSessions ");
  }
}
