package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ybjg.cases.casefile.domain.DecisionNumber;

/**
 * Decision numbers: per issuing county and year, from 1, without gaps
 * (docs/architecture.md#identifiers).
 */
class DecisionNumberTest {

  @Test
  void shouldPrintCountyYearAndSequenceWhenFormatted() {
    assertThat(new DecisionNumber("990102", 2026, 1).text()).isEqualTo("990102医保决〔2026〕1号");
    assertThat(new DecisionNumber("999001", 2027, 128).text()).isEqualTo("999001医保决〔2027〕128号");
  }

  @Test
  void shouldStartAtOneWhenCountyHasNoDecisionThisYear() {
    assertThat(DecisionNumber.following("990102", 2026, null))
        .isEqualTo(new DecisionNumber("990102", 2026, 1));
  }

  @Test
  void shouldFollowTheHighestIssuedWhenCountyHasDecisions() {
    assertThat(DecisionNumber.following("990102", 2026, 7L).sequence()).isEqualTo(8);
  }

  @Test
  void shouldRefuseNumberWhenIssuerIsNoRegionCode() {
    assertThatThrownBy(() -> new DecisionNumber("9901", 2026, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DecisionNumber("990102", 2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
