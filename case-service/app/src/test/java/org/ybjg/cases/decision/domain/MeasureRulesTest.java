package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ybjg.cases.casefile.domain.Measure;
import org.ybjg.cases.casefile.domain.MeasureKind;
import org.ybjg.chassis.domain.Refusal;

/**
 * 《医疗保障基金使用监督管理条例》 art. 38 (general violations: "暂停相关责任部门六个月以上一年以下涉及医疗保障基金使用 的医药服务") and art. 40
 * (fraud: the same 6–12 months, "直至由医疗保障经办机构解除服务协议"), docs/law.md#regulation.
 */
class MeasureRulesTest {

  private static final LocalDate MARCH_FIRST = LocalDate.of(2026, 3, 1);

  private final MeasureRules rules = MeasureRulesMother.shipped();

  @ParameterizedTest
  @ValueSource(ints = {6, 9, 12})
  void shouldAcceptSuspensionOfSixToTwelveMonthsWhenArticles38And40(int months) {
    List<Measure> measures = rules.check(List.of(suspension(months, MARCH_FIRST)));

    assertThat(measures)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MeasureKind.SUSPEND_AGREEMENT);
              assertThat(m.months()).isEqualTo(months);
              assertThat(m.from()).isEqualTo(MARCH_FIRST);
              assertThat(m.until()).isEqualTo(Measure.lastDayOf(MARCH_FIRST, months));
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 13, 24})
  void shouldRefuseSuspensionOutsideSixToTwelveMonthsWhenArticles38And40(int months) {
    assertThatThrownBy(() -> rules.check(List.of(suspension(months, MARCH_FIRST))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("measure-months-out-of-range");
              assertThat(refused.field()).isEqualTo("measures[0].months");
              assertThat(refused.getMessage())
                  .contains("6 to 12 months", "38, 40", "not " + months);
            });
  }

  @Test
  void shouldNameTheOffendingMeasureWhenItIsNotTheFirst() {
    assertThatThrownBy(
            () -> rules.check(List.of(suspension(6, MARCH_FIRST), suspension(13, MARCH_FIRST))))
        .isInstanceOfSatisfying(
            Refusal.class, refused -> assertThat(refused.field()).isEqualTo("measures[1].months"));
  }

  @Test
  void shouldRefuseSuspensionWhenItHasNoLength() {
    assertThatThrownBy(
            () ->
                rules.check(
                    List.of(
                        new MeasureOrder(
                            MeasureKind.SUSPEND_AGREEMENT, null, MARCH_FIRST, List.of()))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("measure-months-missing");
              assertThat(refused.field()).isEqualTo("measures[0].months");
            });
  }

  @Test
  void shouldRefuseSuspensionWhenItHasNoFirstDay() {
    assertThatThrownBy(() -> rules.check(List.of(suspension(6, null))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("measure-start-missing");
              assertThat(refused.field()).isEqualTo("measures[0].from");
            });
  }

  @Test
  void shouldKeepDepartmentsOnceAndTrimmedWhenSuspendingDepartments() {
    List<Measure> measures =
        rules.check(
            List.of(
                new MeasureOrder(
                    MeasureKind.SUSPEND_AGREEMENT,
                    6,
                    MARCH_FIRST,
                    List.of(" 骨科", "康复医学科", "骨科 "))));

    assertThat(measures.get(0).departments()).containsExactly("骨科", "康复医学科");
  }

  @Test
  void shouldRefuseBlankDepartmentWhenSuspendingDepartments() {
    assertThatThrownBy(
            () ->
                rules.check(
                    List.of(
                        new MeasureOrder(
                            MeasureKind.SUSPEND_AGREEMENT, 6, MARCH_FIRST, List.of("  ")))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> assertThat(refused.field()).isEqualTo("measures[0].departments"));
  }

  @Test
  void shouldOrderTerminationWithoutPeriodWhenArticle40() {
    List<Measure> measures =
        rules.check(
            List.of(new MeasureOrder(MeasureKind.TERMINATE_AGREEMENT, null, null, List.of())));

    assertThat(measures)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MeasureKind.TERMINATE_AGREEMENT);
              assertThat(m.months()).isNull();
              assertThat(m.until()).isNull();
            });
  }

  @Test
  void shouldRefuseMonthsWhenTerminating() {
    assertThatThrownBy(
            () ->
                rules.check(
                    List.of(new MeasureOrder(MeasureKind.TERMINATE_AGREEMENT, 6, null, List.of()))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> {
              assertThat(refused.code()).isEqualTo("measure-has-no-period");
              assertThat(refused.field()).isEqualTo("measures[0].months");
            });
  }

  @Test
  void shouldRefuseTerminationTogetherWithSuspension() {
    assertThatThrownBy(
            () ->
                rules.check(
                    List.of(
                        suspension(6, MARCH_FIRST),
                        new MeasureOrder(MeasureKind.TERMINATE_AGREEMENT, null, null, List.of()))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> assertThat(refused.code()).isEqualTo("termination-with-other-measures"));
  }

  @Test
  void shouldFollowTheTableWhenABureauChangesTheRange() {
    MeasureRules localised =
        MeasureRules.fromCsv(
            List.of(
                "# a bureau's own copy",
                MeasureRules.HEADER,
                "SUSPEND_AGREEMENT,3,6,38,true,local rule (test)"));

    assertThat(localised.check(List.of(suspension(3, MARCH_FIRST)))).hasSize(1);
    assertThatThrownBy(() -> localised.check(List.of(suspension(12, MARCH_FIRST))))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(
            () ->
                localised.check(
                    List.of(
                        new MeasureOrder(MeasureKind.TERMINATE_AGREEMENT, null, null, List.of()))))
        .isInstanceOfSatisfying(
            Refusal.class,
            refused -> assertThat(refused.code()).isEqualTo("measure-not-in-rule-table"));
  }

  @Test
  void shouldNameSourceOfEveryRuleWhenShipped() {
    assertThat(rules.all())
        .extracting(MeasureRule::kind)
        .containsExactlyInAnyOrder(MeasureKind.SUSPEND_AGREEMENT, MeasureKind.TERMINATE_AGREEMENT);
    assertThat(rules.all())
        .allSatisfy(rule -> assertThat(rule.source()).contains("医疗保障基金使用监督管理条例"));
    assertThat(rules.rule(MeasureKind.SUSPEND_AGREEMENT))
        .hasValueSatisfying(
            rule -> {
              assertThat(rule.minMonths()).isEqualTo(6);
              assertThat(rule.maxMonths()).isEqualTo(12);
              assertThat(rule.articles()).isEqualTo("38, 40");
            });
  }

  @Test
  void shouldRefuseTableWhenHeaderIsMissing() {
    assertThatThrownBy(() -> MeasureRules.fromCsv(List.of("SUSPEND_AGREEMENT,6,12,38,false,x")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static MeasureOrder suspension(int months, LocalDate from) {
    return new MeasureOrder(MeasureKind.SUSPEND_AGREEMENT, months, from, List.of());
  }
}
