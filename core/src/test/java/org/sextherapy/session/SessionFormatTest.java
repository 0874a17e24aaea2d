package org.sextherapy.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionFormatTest {

  @Test
  void coupleFormatAdmitsExactlyTwo() {
    assertThat(SessionFormat.COUPLE.admits(1)).isFalse();
    assertThat(SessionFormat.COUPLE.admits(2)).isTrue();
    assertThat(SessionFormat.COUPLE.admits(3)).isFalse();
  }

  @Test
  void individualFormatAdmitsOnePersonOnly() {
    assertThat(SessionFormat.INDIVIDUAL.admits(0)).isFalse();
    assertThat(SessionFormat.INDIVIDUAL.admits(1)).isTrue();
    assertThat(SessionFormat.INDIVIDUAL.admits(2)).isFalse();
  }

  @Test
  void multiPartnerFormatAdmitsThreeOrMorePartners() {
    assertThat(SessionFormat.MULTI_PARTNER.admits(2)).isFalse();
    assertThat(SessionFormat.MULTI_PARTNER.admits(3)).isTrue();
    assertThat(SessionFormat.MULTI_PARTNER.admits(7)).isTrue();
  }

  @Test
  void groupPlaceMayBeRequestedForOnePersonOrMore() {
    assertThat(SessionFormat.GROUP.admits(0)).isFalse();
    assertThat(SessionFormat.GROUP.admits(1)).isTrue();
    assertThat(SessionFormat.GROUP.admits(12)).isTrue();
  }
}
