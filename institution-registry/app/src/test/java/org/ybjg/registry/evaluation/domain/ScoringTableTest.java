package org.ybjg.registry.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Annual evaluation, 承医保发〔2019〕2号 §6: violation amount, count and nature feed a points score (积分制),
 * and a one-vote veto (一票否决) forces exit. The table is the default of application.yml.
 */
class ScoringTableTest {

  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private static final AtomicInteger EVENTS = new AtomicInteger();

  static final ScoringTable TABLE =
      new ScoringTable(
          100,
          Map.of("FRAUD", 40, "GENERAL_VIOLATION", 10, "MANAGEMENT", 5, "OTHER", 5),
          List.of(
              new ScoringTable.AmountBand(new BigDecimal("100000.00"), 20),
              new ScoringTable.AmountBand(new BigDecimal("0.00"), 0),
              new ScoringTable.AmountBand(new BigDecimal("0.01"), 2),
              new ScoringTable.AmountBand(new BigDecimal("10000.00"), 5),
              new ScoringTable.AmountBand(new BigDecimal("50000.00"), 10)),
          List.of(
              new ScoringTable.CountBand(2, 5),
              new ScoringTable.CountBand(3, 10),
              new ScoringTable.CountBand(5, 20)),
          List.of(
              new ScoringTable.Grade("QUALIFIED", "合格", 60),
              new ScoringTable.Grade("EXCELLENT", "优秀", 90),
              new ScoringTable.Grade("GOOD", "良好", 80),
              new ScoringTable.Grade("UNQUALIFIED", "不合格", 0)),
          new ScoringTable.Veto(Set.of("FRAUD"), Set.of("40")));

  @ParameterizedTest(name = "improper amount {0} yuan deducts {1}")
  @CsvSource({
    "0.00, 0",
    "0.01, 2",
    "9999.99, 2",
    "10000.00, 5",
    "49999.99, 5",
    "50000.00, 10",
    "99999.99, 10",
    "100000.00, 20",
    "2500000.00, 20"
  })
  void shouldDeductThePointsOfTheHighestAmountBandReached(String amount, int points) {
    ScoringTable.Result result =
        TABLE.evaluate(List.of(violation(ViolationCategory.OTHER, amount, null)));

    assertThat(result.scored().get(0).amountPoints()).isEqualTo(points);
    assertThat(result.score()).isEqualTo(100 - 5 - points);
  }

  @ParameterizedTest(name = "{0} → {1} points for its nature")
  @CsvSource({"GENERAL_VIOLATION, 10", "MANAGEMENT, 5", "OTHER, 5", "FRAUD, 40"})
  void shouldDeductThePointsOfTheNature(ViolationCategory category, int points) {
    ScoringTable.Result result = TABLE.evaluate(List.of(violation(category, "0.00", null)));

    assertThat(result.scored().get(0).naturePoints()).isEqualTo(points);
    assertThat(result.score()).isEqualTo(100 - points);
  }

  @ParameterizedTest(name = "{0} decisions in a year deduct {1} more")
  @CsvSource({"1, 0", "2, 5", "3, 10", "4, 10", "5, 20", "6, 20"})
  void shouldDeductThePointsOfTheCountBand(int decisions, int countPoints) {
    List<Violation> violations =
        IntStream.range(0, decisions)
            .mapToObj(i -> violation(ViolationCategory.MANAGEMENT, "0.00", null))
            .toList();

    ScoringTable.Result result = TABLE.evaluate(violations);

    assertThat(result.decisionCount()).isEqualTo(decisions);
    assertThat(result.countPoints()).isEqualTo(countPoints);
    assertThat(result.score()).isEqualTo(Math.max(0, 100 - 5 * decisions - countPoints));
  }

  /** Scores at and just below each grade's minimum: 100 − 5 (OTHER) − deducted amount points. */
  @ParameterizedTest(name = "score {0} → {1}")
  @CsvSource({
    "100, EXCELLENT, 优秀",
    "90, EXCELLENT, 优秀",
    "89, GOOD, 良好",
    "80, GOOD, 良好",
    "79, QUALIFIED, 合格",
    "60, QUALIFIED, 合格",
    "59, UNQUALIFIED, 不合格",
    "0, UNQUALIFIED, 不合格"
  })
  void shouldGiveTheFirstGradeWhoseMinimumTheScoreReaches(int score, String grade, String label) {
    ScoringTable table =
        new ScoringTable(score, Map.of(), List.of(), List.of(), TABLE.grades(), TABLE.veto());

    ScoringTable.Result result =
        table.evaluate(List.of(violation(ViolationCategory.GENERAL_VIOLATION, "0", null)));

    assertThat(result.score()).isEqualTo(score);
    assertThat(result.grade().code()).isEqualTo(grade);
    assertThat(result.result()).isEqualTo(grade);
    assertThat(result.resultLabel()).isEqualTo(label);
  }

  @Test
  void shouldNeverScoreBelowZero() {
    List<Violation> many =
        IntStream.range(0, 6)
            .mapToObj(i -> violation(ViolationCategory.GENERAL_VIOLATION, "200000.00", null))
            .toList();

    ScoringTable.Result result = TABLE.evaluate(many);

    assertThat(result.score()).isZero();
    assertThat(result.grade().code()).isEqualTo("UNQUALIFIED");
    assertThat(result.vetoed()).isFalse();
  }

  @Test
  void shouldForceExitByOneVoteVetoOnFraudWhateverThePointsSeed001Art6() {
    ScoringTable generous =
        new ScoringTable(
            1000,
            TABLE.naturePoints(),
            TABLE.amountBands(),
            TABLE.countBands(),
            TABLE.grades(),
            TABLE.veto());

    ScoringTable.Result result =
        generous.evaluate(List.of(violation(ViolationCategory.FRAUD, "100.00", null)));

    assertThat(result.score()).isEqualTo(1000 - 40 - 2);
    assertThat(result.grade().code()).isEqualTo("EXCELLENT");
    assertThat(result.vetoed()).isTrue();
    assertThat(result.result()).isEqualTo("EXIT");
    assertThat(result.resultLabel()).isEqualTo("退出（一票否决）");
    assertThat(result.vetoReason()).contains("欺诈骗保").contains("决定");
  }

  @Test
  void shouldForceExitByVetoOnAListedArticle() {
    ScoringTable.Result result =
        TABLE.evaluate(
            List.of(
                violation(ViolationCategory.GENERAL_VIOLATION, "0.00", "40"),
                violation(ViolationCategory.GENERAL_VIOLATION, "0.00", "38")));

    assertThat(result.vetoed()).isTrue();
    assertThat(result.vetoReason()).contains("第40条");
    assertThat(result.scored()).extracting(ScoringTable.Scored::veto).containsExactly(true, false);
  }

  @Test
  void shouldNotVetoWhenNoListedCategoryOrArticle() {
    ScoringTable.Result result =
        TABLE.evaluate(List.of(violation(ViolationCategory.GENERAL_VIOLATION, "6000.00", "38")));

    assertThat(result.vetoed()).isFalse();
    assertThat(result.vetoReason()).isNull();
    // 100 − 10 (general violation) − 2 (amount band from 0.01) = 88
    assertThat(result.score()).isEqualTo(88);
    assertThat(result.result()).isEqualTo("GOOD");
  }

  @Test
  void shouldCountTheSameDecisionEventOnce() {
    AnnualEvaluation year =
        AnnualEvaluation.start(
            "inst-1",
            "H99010200001",
            "东江市第一人民医院（演示）",
            "990102",
            List.of("990102", "990100", "990000"),
            2026);
    Violation decision = violation(ViolationCategory.GENERAL_VIOLATION, "6000.00", "38");

    AnnualEvaluation once = year.count(decision);
    AnnualEvaluation twice = once.count(decision);

    assertThat(twice).isSameAs(once);
    assertThat(once.version()).isEqualTo(1);
    assertThat(twice.evaluate(TABLE).decisionCount()).isEqualTo(1);
    assertThat(once.id()).isEqualTo("inst-1-2026");
  }

  @Test
  void shouldTreatAnUnknownCategoryAsOther() {
    assertThat(ViolationCategory.of(null)).isEqualTo(ViolationCategory.OTHER);
    assertThat(ViolationCategory.of("SOMETHING_NEW")).isEqualTo(ViolationCategory.OTHER);
    assertThat(ViolationCategory.of("FRAUD").label()).isEqualTo("欺诈骗保");
  }

  private static Violation violation(ViolationCategory category, String amount, String article) {
    int n = EVENTS.incrementAndGet();
    return new Violation(
        "event-" + n,
        "case-" + n,
        "演示医保决〔2026〕" + n + "号",
        LocalDate.of(2026, 11, 23),
        category,
        new BigDecimal(amount),
        article,
        NOW);
  }
}
