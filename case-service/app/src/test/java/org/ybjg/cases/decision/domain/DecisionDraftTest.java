package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money is yuan with scale 2 (ARCHITECTURE.md); a decision orders something. */
class DecisionDraftTest {

  private final MeasureRules rules = MeasureRulesMother.shipped();

  @Test
  void shouldKeepFineInYuanWithTwoDecimalsWhenGivenFewer() {
    DecisionDraft draft = DecisionDraft.of(List.of(), new BigDecimal("25000.5"), " 第三十八条 ", rules);

    assertThat(draft.fineAmount()).isEqualByComparingTo("25000.50").hasToString("25000.50");
    assertThat(draft.basis()).isEqualTo("第三十八条");
  }

  @Test
  void shouldRefuseFineWhenItHasFractionsOfAFen() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), new BigDecimal("100.005"), null, rules))
        .isInstanceOfSatisfying(DecisionRefused.class, refused -> {
          assertThat(refused.code()).isEqualTo("fine-below-fen");
          assertThat(refused.field()).isEqualTo("fineAmount");
        });
  }

  @Test
  void shouldRefuseFineWhenNegative() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), new BigDecimal("-1"), null, rules))
        .isInstanceOfSatisfying(DecisionRefused.class,
            refused -> assertThat(refused.field()).isEqualTo("fineAmount"));
  }

  @Test
  void shouldRefuseDecisionWhenItOrdersNothing() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), null, "第三十八条", rules))
        .isInstanceOfSatisfying(DecisionRefused.class, refused -> {
          assertThat(refused.code()).isEqualTo("decision-orders-nothing");
          assertThat(refused.field()).isEqualTo("measures");
        });
  }

  @Test
  void shouldCarryNumberDateAndOfficerWhenNumbered() {
    DecisionDraft draft = DecisionDraft.of(List.of(new MeasureOrder(MeasureKind.SUSPEND_AGREEMENT, 6,
        LocalDate.of(2026, 3, 1), List.of())), null, null, rules);

    Decision decision = draft.numbered(new DecisionNumber("990102", 2026, 3), LocalDate.of(2026, 2, 20),
        "county-admin");

    assertThat(decision.number().text()).isEqualTo("990102医保决〔2026〕3号");
    assertThat(decision.measures()).singleElement()
        .satisfies(m -> assertThat(m.until()).isEqualTo(LocalDate.of(2026, 8, 31)));
    assertThat(decision.fineAmount()).isNull();
  }
}
