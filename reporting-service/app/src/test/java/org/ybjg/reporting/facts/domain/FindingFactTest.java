package org.ybjg.reporting.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FindingFactTest {

  @Test
  void shouldKeepImproperAmountInYuanWhenFindingNamesOne() {
    FindingFact fact = finding(new BigDecimal("1234.5"));

    assertThat(fact.improperAmount()).isEqualTo(new BigDecimal("1234.50"));
  }

  @Test
  void shouldRejectFindingWhenImproperAmountIsNegative() {
    assertThatThrownBy(() -> finding(new BigDecimal("-0.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FindingFact finding(BigDecimal amount) {
    return new FindingFact(
        "finding-1",
        "inst-1",
        "990102",
        "FRAUD",
        amount,
        LocalDate.of(2025, 3, 1),
        Instant.parse("2025-03-14T02:30:00Z"));
  }
}
