package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.Decision;
import org.ybjg.cases.casefile.domain.DecisionNumber;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.chassis.domain.Refusal;

/**
 * Money is yuan with scale 2 (docs/architecture.md#money-and-dates); a decision orders something.
 */
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
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), new BigDecimal("100.005"), "第三十八条", rules))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("fine-below-fen");
              assertThat(refused.field()).isEqualTo("fineAmount");
            });
  }

  @Test
  void shouldRefuseFineWhenNegative() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), new BigDecimal("-1"), "第三十八条", rules))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.field()).isEqualTo("fineAmount"));
  }

  @Test
  void shouldRefuseDecisionWhenItOrdersNothing() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), null, "第三十八条", rules))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("decision-orders-nothing");
              assertThat(refused.field()).isEqualTo("measures");
            });
  }

  @Test
  void shouldRequireTheBasisWhenNoPenaltyRuleApplies() {
    assertThatThrownBy(() -> DecisionDraft.of(List.of(), new BigDecimal("100.00"), null, rules))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.code()).isEqualTo("basis-required"));
  }

  /**
   * 条例 art. 38: the basis and the return default to the rule table's; the fine is checked against
   * the range.
   */
  @Test
  void shouldTakeArticleBasisAndReturnFromTheAssessmentWhenOneApplies() {
    PenaltyAssessment art38 =
        PenaltyRulesMother.shipped()
            .assess(
                org.ybjg.cases.casefile.domain.FindingCategory.GENERAL_VIOLATION,
                new BigDecimal("18600.00"),
                null,
                java.util.Set.of(),
                null)
            .orElseThrow();

    DecisionDraft draft =
        DecisionDraft.of(List.of(), new BigDecimal("37200"), null, null, rules, art38, List.of());

    assertThat(draft.basis()).isEqualTo("《医疗保障基金使用监督管理条例》第三十八条");
    assertThat(draft.article()).isEqualTo("38");
    assertThat(draft.returnAmount()).isEqualByComparingTo("18600.00");
    assertThat(draft.creditConsequence()).isEqualTo(CreditConsequence.RECORD);
    assertThatThrownBy(
            () ->
                DecisionDraft.of(
                    List.of(), new BigDecimal("37200.01"), null, null, rules, art38, List.of()))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.code()).isEqualTo("fine-out-of-range"));
  }

  @Test
  void shouldCarryNumberDateAndOfficerWhenNumbered() {
    DecisionDraft draft =
        DecisionDraft.of(
            List.of(
                new MeasureOrder(
                    MeasureKind.SUSPEND_AGREEMENT, 6, LocalDate.of(2026, 3, 1), List.of())),
            null,
            "第三十八条",
            rules);

    Decision decision =
        draft.numbered(
            new DecisionNumber("990102", 2026, 3), LocalDate.of(2026, 2, 20), "county-admin");

    assertThat(decision.number().text()).isEqualTo("990102医保决〔2026〕3号");
    assertThat(decision.measures())
        .singleElement()
        .satisfies(m -> assertThat(m.until()).isEqualTo(LocalDate.of(2026, 8, 31)));
    assertThat(decision.fineAmount()).isNull();
  }
}
