package org.ybjg.reporting.facts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Agreement measures for breach — suspension (暂停医保服务) and termination (解除协议) — come from
 * docs/domain.md#registry (吕医保发〔2021〕36号 annex, 承医保发〔2019〕2号); money is yuan with scale 2
 * (docs/architecture.md#money-and-dates).
 */
class CaseDecisionFactTest {

  @Test
  void shouldCountEverySuspendMeasureWhenDecisionOrdersSeveral() {
    CaseDecisionFact fact =
        decision(
            new BigDecimal("30000.00"),
            "SUSPEND_AGREEMENT",
            "TERMINATE_AGREEMENT",
            "SUSPEND_AGREEMENT");

    assertThat(fact.suspensionsOrdered()).isEqualTo(2);
    assertThat(fact.terminationsOrdered()).isEqualTo(1);
  }

  @Test
  void shouldCountNoSuspensionWhenDecisionHasNoMeasures() {
    CaseDecisionFact fact =
        new CaseDecisionFact(
            "case-1",
            "示医保罚〔2025〕1号",
            "inst-1",
            "990102",
            null,
            null,
            LocalDate.of(2025, 3, 14),
            Instant.parse("2025-03-14T02:30:00Z"));

    assertThat(fact.suspensionsOrdered()).isZero();
    assertThat(fact.measureKinds()).isEmpty();
  }

  @Test
  void shouldCountFineAsZeroYuanWhenDecisionHasNoFine() {
    assertThat(decision(null, "SUSPEND_AGREEMENT").fineAmount()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void shouldKeepFineWithScaleTwoWhenFineHasFewerDecimals() {
    assertThat(decision(new BigDecimal("500")).fineAmount()).isEqualTo(new BigDecimal("500.00"));
  }

  @Test
  void shouldRejectDecisionWhenFineIsNegative() {
    assertThatThrownBy(() -> decision(new BigDecimal("-1.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void shouldRejectDecisionWhenFineHasMoreThanTwoDecimals() {
    assertThatThrownBy(() -> decision(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two decimals");
  }

  @Test
  void shouldRejectDecisionWhenMeasureHasNoKind() {
    assertThatThrownBy(() -> decision(BigDecimal.ONE, "SUSPEND_AGREEMENT", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no kind");
  }

  @Test
  void shouldRejectDecisionWhenCountyIsMissing() {
    assertThatThrownBy(
            () ->
                new CaseDecisionFact(
                    "case-1",
                    "n",
                    "inst-1",
                    " ",
                    List.of(),
                    BigDecimal.ONE,
                    LocalDate.of(2025, 3, 14),
                    Instant.now()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("countyCode");
  }

  private static CaseDecisionFact decision(BigDecimal fine, String... kinds) {
    return new CaseDecisionFact(
        "case-1",
        "示医保罚〔2025〕1号",
        "inst-1",
        "990102",
        Arrays.asList(kinds),
        fine,
        LocalDate.of(2025, 3, 14),
        Instant.parse("2025-03-14T02:30:00Z"));
  }
}
