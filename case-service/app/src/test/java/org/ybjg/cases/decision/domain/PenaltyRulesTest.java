package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.cases.casefile.domain.CreditConsequence;
import org.ybjg.cases.casefile.domain.Extrapolation;
import org.ybjg.cases.casefile.domain.FindingCategory;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.cases.casefile.domain.MoneyRange;
import org.ybjg.cases.casefile.domain.PenaltyAssessment;
import org.ybjg.chassis.domain.Refusal;

/**
 * The penalty calculator on the shipped rule table (docs/law.md#regulation: 《医疗保障基金使用监督管理条例》 arts.
 * 38, 39, 40; docs/law.md#penalty-procedure: 《行政处罚法》 arts. 32, 33; 2023年度省级飞行检查工作方案 §七(三),
 * 黄医保（2024）1号 §五). Boundaries are inclusive.
 */
class PenaltyRulesTest {

  private static final Set<MitigationGround> NONE = Set.of();
  private final PenaltyRules rules = PenaltyRulesMother.shipped();

  @ParameterizedTest(name = "{0} loss {1}: fine {2} lawful = {3} ({4})")
  @CsvSource({
    // art. 38: return the loss and fine 1×–2× the loss
    "GENERAL_VIOLATION, 18600.00, 18600.00, true,  art. 38 lower bound 1×",
    "GENERAL_VIOLATION, 18600.00, 37200.00, true,  art. 38 upper bound 2×",
    "GENERAL_VIOLATION, 18600.00, 18599.99, false, art. 38 one fen below 1×",
    "GENERAL_VIOLATION, 18600.00, 37200.01, false, art. 38 one fen above 2×",
    // art. 40: fraud, 2×–5× the amount defrauded
    "FRAUD,             10000.00, 20000.00, true,  art. 40 lower bound 2×",
    "FRAUD,             10000.00, 50000.00, true,  art. 40 upper bound 5×",
    "FRAUD,             10000.00, 19999.99, false, art. 40 below 2×",
    "FRAUD,             10000.00, 50000.01, false, art. 40 above 5×",
    // art. 39: refusing to correct, 10,000–50,000 yuan whatever the loss
    "MANAGEMENT,        ,         10000.00, true,  art. 39 lower bound",
    "MANAGEMENT,        ,         50000.00, true,  art. 39 upper bound",
    "MANAGEMENT,        ,         9999.99,  false, art. 39 below 10000",
    "MANAGEMENT,        ,         50000.01, false, art. 39 above 50000"
  })
  void shouldAcceptFinesInsideTheArticleRangeInclusiveAndRefuseOthersCitingTheArticle(
      FindingCategory category, BigDecimal loss, BigDecimal fine, boolean lawful, String rule) {
    PenaltyAssessment assessment = rules.assess(category, loss, null, NONE, null).orElseThrow();

    if (lawful) {
      assertThat(PenaltyRules.checkFine(assessment, fine)).as(rule).isEqualByComparingTo(fine);
    } else {
      assertThatThrownBy(() -> PenaltyRules.checkFine(assessment, fine))
          .as(rule)
          .isInstanceOfSatisfying(
              Refusal.class,
              refused -> {
                assertThat(refused.code()).isEqualTo("fine-out-of-range");
                assertThat(refused.field()).isEqualTo("fineAmount");
                assertThat(refused.getMessage()).contains(assessment.citation());
              });
    }
  }

  @ParameterizedTest(
      name = "{0}: article {1}, return {2}, suspension {3}, termination {4}, credit {5}")
  @CsvSource({
    "GENERAL_VIOLATION, 38, 18600.00, true,  false, RECORD",
    "FRAUD,             40, 18600.00, true,  true,  SERIOUS",
    "MANAGEMENT,        39,         , false, false, RECORD"
  })
  void shouldProposeArticleMeasuresAndReturnWhenAssessingAClass(
      FindingCategory category,
      String article,
      BigDecimal returnAmount,
      boolean suspension,
      boolean termination,
      CreditConsequence credit) {
    PenaltyAssessment a =
        rules.assess(category, new BigDecimal("18600.00"), null, NONE, null).orElseThrow();

    assertThat(a.article()).isEqualTo(article);
    assertThat(a.citation()).contains("医疗保障基金使用监督管理条例");
    if (returnAmount == null) {
      assertThat(a.returnAmount()).isNull();
    } else {
      assertThat(a.returnAmount()).isEqualByComparingTo(returnAmount);
    }
    assertThat(a.suspensionAllowed()).isEqualTo(suspension);
    assertThat(a.terminationAllowed()).isEqualTo(termination);
    assertThat(a.creditConsequence()).isEqualTo(credit);
    assertThat(a.explanation()).startsWith("依据" + a.citation());
  }

  @Test
  void shouldHaveNoRuleForOtherViolations() {
    assertThat(rules.assess(FindingCategory.OTHER, new BigDecimal("1.00"), null, NONE, null))
        .isEmpty();
  }

  /** 条例 art. 38 imposes the fine with the order (并处): none at all is refused. */
  @Test
  void shouldRequireTheFineWhenTheArticleImposesIt() {
    PenaltyAssessment art38 =
        rules
            .assess(FindingCategory.GENERAL_VIOLATION, new BigDecimal("100.00"), null, NONE, null)
            .orElseThrow();
    PenaltyAssessment art39 =
        rules.assess(FindingCategory.MANAGEMENT, null, null, NONE, null).orElseThrow();

    assertThatThrownBy(() -> PenaltyRules.checkFine(art38, null))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.code()).isEqualTo("fine-required"));
    assertThat(PenaltyRules.checkFine(art39, null))
        .as("art. 39 fines only on refusal to correct")
        .isNull();
  }

  @Test
  void shouldRefuseAMultipleOfTheLossWhenNoLossIsEstablished() {
    assertThatThrownBy(() -> rules.assess(FindingCategory.FRAUD, null, null, NONE, null))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.code()).isEqualTo("loss-unknown"));
  }

  /** 条例 art. 38 provides suspension but not termination; art. 39 neither; art. 40 both. */
  @Test
  void shouldRefuseMeasuresTheArticleDoesNotProvide() {
    Measure termination = new Measure(MeasureKind.TERMINATE_AGREEMENT, null, null, null, List.of());
    Measure suspension =
        new Measure(
            MeasureKind.SUSPEND_AGREEMENT,
            6,
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 8, 31),
            List.of());
    PenaltyAssessment art38 = assess(FindingCategory.GENERAL_VIOLATION, NONE, null);
    PenaltyAssessment art39 = assess(FindingCategory.MANAGEMENT, NONE, null);
    PenaltyAssessment art40 = assess(FindingCategory.FRAUD, NONE, null);

    assertThatThrownBy(() -> PenaltyRules.checkMeasures(art38, List.of(termination)))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("measure-not-allowed");
              assertThat(refused.getMessage()).contains("第三十八条");
            });
    assertThatThrownBy(() -> PenaltyRules.checkMeasures(art39, List.of(suspension)))
        .isInstanceOf(Refusal.class);
    PenaltyRules.checkMeasures(art38, List.of(suspension));
    PenaltyRules.checkMeasures(art40, List.of(termination));
  }

  // ---- mitigation and aggravation (statutory range 18600.00–37200.00 for art. 38, loss 18600.00)
  // -------

  @ParameterizedTest(name = "{0} + repeat {1} → {2}–{3}")
  @CsvSource({
    "'',                                   false, 18600.00, 37200.00",
    "SELF_INSPECTION_RECTIFIED,            false, 18600.00, 27900.00",
    "COOPERATED,                           false, 18600.00, 27900.00",
    "'',                                   true,  27900.00, 37200.00",
    "SELF_INSPECTION_RECTIFIED,            true,  18600.00, 37200.00",
    "ELIMINATED_HARM,                      false, 0.00,     18600.00",
    "CONFESSED,                            true,  0.00,     18600.00",
    "MINOR_CORRECTED,                      false, 0.00,     0.00",
    "MINOR_CORRECTED;ELIMINATED_HARM,      true,  0.00,     0.00"
  })
  void shouldMoveTheRangeAndExplainWhenMitigatedOrAggravated(
      String grounds, boolean repeat, BigDecimal min, BigDecimal max) {
    Set<MitigationGround> mitigation = EnumSet.noneOf(MitigationGround.class);
    for (String ground : grounds.split(";")) {
      if (!ground.isBlank()) {
        mitigation.add(MitigationGround.valueOf(ground.strip()));
      }
    }
    RepeatOffence prior =
        repeat ? new RepeatOffence("990102医保决〔2025〕7号", LocalDate.of(2025, 6, 1), 24) : null;

    PenaltyAssessment a = assess(FindingCategory.GENERAL_VIOLATION, mitigation, prior);

    assertThat(a.fineRange().min()).isEqualByComparingTo(min);
    assertThat(a.fineRange().max()).isEqualByComparingTo(max);
    assertThat(a.statutoryRange())
        .isEqualTo(new MoneyRange(new BigDecimal("18600.00"), new BigDecimal("37200.00")));
    assertThat(a.adjustments()).hasSize(mitigation.size() + (repeat ? 1 : 0));
    assertThat(a.fineRange().contains(a.proposedFine())).isTrue();
    if (repeat) {
      assertThat(a.explanation()).contains("屡查屡犯", "990102医保决〔2025〕7号");
    }
    mitigation.forEach(g -> assertThat(a.explanation()).contains(g.label()));
  }

  /** 《行政处罚法》 art. 33: no penalty — no fine required, no credit consequence. */
  @Test
  void shouldNeitherRequireAFineNorRecordCreditWhenNoPenaltyApplies() {
    PenaltyAssessment a =
        assess(FindingCategory.GENERAL_VIOLATION, Set.of(MitigationGround.MINOR_CORRECTED), null);

    assertThat(a.noPenalty()).isTrue();
    assertThat(PenaltyRules.checkFine(a, null)).isNull();
    assertThat(a.creditConsequence()).isEqualTo(CreditConsequence.NONE);
    assertThatThrownBy(() -> PenaltyRules.checkFine(a, new BigDecimal("0.01")))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void shouldCiteTheArticleAndTheAdjustedRangeWhenAFineIsRefused() {
    PenaltyAssessment lighter =
        assess(
            FindingCategory.GENERAL_VIOLATION,
            Set.of(MitigationGround.SELF_INSPECTION_RECTIFIED),
            null);

    assertThatThrownBy(() -> PenaltyRules.checkFine(lighter, new BigDecimal("30000.00")))
        .hasMessageContaining("《医疗保障基金使用监督管理条例》第三十八条")
        .hasMessageContaining("18600.00 to 27900.00")
        .hasMessageContaining("从轻");
  }

  // ---- extrapolation (承医保发〔2019〕2号 §17)
  // -------------------------------------------------------------------

  /**
   * 承医保发〔2019〕2号 §17: improper fees of a random re-audit sample scaled up by the sampling ratio.
   */
  @Test
  void shouldScaleTheSampleUpByTheSamplingRatioWhenExtrapolating() {
    Extrapolation e = Extrapolation.of(100, 1000, new BigDecimal("1200.00"));

    assertThat(e.ratio()).isEqualByComparingTo("0.100000");
    assertThat(e.result()).isEqualByComparingTo("12000.00");
    PenaltyAssessment a =
        rules
            .assess(FindingCategory.GENERAL_VIOLATION, new BigDecimal("1200.00"), e, NONE, null)
            .orElseThrow();
    assertThat(a.lossBase()).isEqualByComparingTo("12000.00");
    assertThat(a.returnAmount()).isEqualByComparingTo("12000.00");
    assertThat(a.statutoryRange().max()).isEqualByComparingTo("24000.00");
    assertThat(a.explanation()).contains("抽查比例", "12000.00");
  }

  @ParameterizedTest(name = "{0} of {1}, {2} → {3}")
  @CsvSource({
    "3,   10,   100.00,  333.33",
    "3,   20,   100.01,  666.73",
    "1,   1,    55.55,   55.55",
    "7,   1000, 0.00,    0.00"
  })
  void shouldRoundTheExtrapolationHalfUpToTheFen(
      long sample, long population, BigDecimal found, BigDecimal result) {
    assertThat(Extrapolation.of(sample, population, found).result()).isEqualByComparingTo(result);
  }

  @Test
  void shouldRefuseASampleLargerThanItsPopulationOrEmpty() {
    assertThatThrownBy(() -> Extrapolation.of(11, 10, new BigDecimal("1.00")))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.code()).isEqualTo("sample-invalid"));
    assertThatThrownBy(() -> Extrapolation.of(0, 10, new BigDecimal("1.00")))
        .isInstanceOf(Refusal.class);
  }

  private PenaltyAssessment assess(
      FindingCategory category, Set<MitigationGround> mitigation, RepeatOffence repeat) {
    return rules
        .assess(category, new BigDecimal("18600.00"), null, mitigation, repeat)
        .orElseThrow();
  }
}
