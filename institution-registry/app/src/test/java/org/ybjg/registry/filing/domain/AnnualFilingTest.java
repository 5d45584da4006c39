package org.ybjg.registry.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ybjg.registry.filing.domain.FilingMother.HOSPITAL;
import static org.ybjg.registry.filing.domain.FilingMother.NOW;
import static org.ybjg.registry.filing.domain.FilingMother.POLICY;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.Refusal;

/**
 * Annual qualification filing: 承医保发〔2019〕2号 §4 (contents, yearly) and §5 (by the end of February,
 * else 抗拒检查).
 */
class AnnualFilingTest {

  /**
   * 《民法典》 art. 203: a deadline on a day not worked moves to the next working day — 28 February 2026
   * is a Saturday worked (国办发明电〔2025〕7号), 28 February 2027 a Sunday.
   */
  @ParameterizedTest
  @CsvSource({"2025, 2026-02-28", "2026, 2027-03-01", "2027, 2028-02-29"})
  void shouldMoveTheDeadlineToTheNextWorkingDayWhenItFallsOnADayOff(int year, LocalDate deadline) {
    assertThat(
            POLICY.deadlineOf(year, org.ybjg.chassis.calendar.domain.WorkingDayCalendar.bundled()))
        .isEqualTo(deadline);
  }

  @ParameterizedTest(name = "filing of {0} is due by {1}")
  @CsvSource({"2025, 2026-02-28", "2027, 2028-02-29", "2019, 2020-02-29"})
  void shouldBeDueByTheEndOfFebruaryOfTheFollowingYearSeed001Art5(int year, LocalDate deadline) {
    assertThat(POLICY.deadlineOf(year)).isEqualTo(deadline);
  }

  @Test
  void shouldTakeTheDeadlineFromConfiguration() {
    assertThat(new FilingPolicy(MonthDay.of(3, 31), Set.of()).deadlineOf(2025))
        .isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @ParameterizedTest(name = "filed on {0} → {1}")
  @CsvSource({"2026-01-05, FILED", "2026-02-28, FILED", "2026-03-01, LATE", "2026-11-23, LATE"})
  void shouldBeFiledOnOrBeforeTheDeadlineAndLateAfterIt(LocalDate filedOn, FilingStatus expected) {
    AnnualFiling filing =
        AnnualFiling.submitted(
            HOSPITAL,
            2025,
            POLICY.deadlineOf(2025),
            FilingMother.complete(),
            filedOn,
            NOW,
            "county-admin");

    assertThat(filing.status()).isEqualTo(expected);
    assertThat(filing.statusOn(filedOn.plusYears(1))).isEqualTo(expected);
    assertThat(filing.refusalOfInspection(filedOn.plusYears(1))).isFalse();
    assertThat(filing.id()).isEqualTo("inst-1-2025");
  }

  @ParameterizedTest(name = "nothing filed, on {0} → {1}")
  @CsvSource({"2026-01-01, DUE", "2026-02-28, DUE", "2026-03-01, MISSING"})
  void shouldBeDueUntilTheDeadlineAndMissingAfterItWhenNothingIsFiled(
      LocalDate today, FilingStatus expected) {
    AnnualFiling opened = AnnualFiling.open(HOSPITAL, 2025, POLICY.deadlineOf(2025), NOW);

    assertThat(opened.statusOn(today)).isEqualTo(expected);
    // 承医保发〔2019〕2号 §5: not providing the materials counts as refusing inspection (视为抗拒检查)
    assertThat(opened.refusalOfInspection(today)).isEqualTo(expected == FilingStatus.MISSING);
  }

  @Test
  void shouldFlagMissingOnlyOnceTheDeadlineHasPassed() {
    AnnualFiling opened = AnnualFiling.open(HOSPITAL, 2025, POLICY.deadlineOf(2025), NOW);

    assertThat(opened.markMissingIfOverdue(LocalDate.of(2026, 2, 28), NOW)).isSameAs(opened);
    AnnualFiling missing = opened.markMissingIfOverdue(LocalDate.of(2026, 3, 1), NOW);
    assertThat(missing.status()).isEqualTo(FilingStatus.MISSING);
    assertThat(missing.flaggedMissingAt()).isEqualTo(NOW);
    assertThat(missing.version()).isEqualTo(2);
    assertThat(missing.markMissingIfOverdue(LocalDate.of(2026, 3, 2), NOW)).isSameAs(missing);
  }

  @Test
  void shouldEndTheRefusalWhenAMissingFilingArrivesLateButKeepTheFlag() {
    AnnualFiling missing =
        AnnualFiling.open(HOSPITAL, 2025, POLICY.deadlineOf(2025), NOW)
            .markMissingIfOverdue(LocalDate.of(2026, 3, 1), NOW);

    AnnualFiling late =
        missing.submit(FilingMother.complete(), LocalDate.of(2026, 3, 10), NOW, "county-admin");

    assertThat(late.status()).isEqualTo(FilingStatus.LATE);
    assertThat(late.refusalOfInspection(LocalDate.of(2026, 3, 10))).isFalse();
    assertThat(late.flaggedMissingAt()).isEqualTo(NOW);
    assertThat(late.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void shouldRefuseASecondFilingOfTheSameYear() {
    AnnualFiling filed =
        AnnualFiling.submitted(
            HOSPITAL,
            2025,
            POLICY.deadlineOf(2025),
            FilingMother.complete(),
            LocalDate.of(2026, 1, 5),
            NOW,
            "county-admin");

    assertThatThrownBy(
            () ->
                filed.submit(
                    FilingMother.complete(), LocalDate.of(2026, 1, 6), NOW, "county-admin"))
        .isInstanceOf(FilingAlreadySubmitted.class);
  }

  @Test
  void shouldRequireLedgerInvoicesAndTrialBalanceSeed001Art5() {
    FilingContents withoutTrialBalance =
        FilingMother.contents(
            List.of(FilingMother.drug(1)),
            List.of(
                FilingMother.attachment(AttachmentKind.LEDGER),
                FilingMother.attachment(AttachmentKind.INVOICE)));

    assertThatThrownBy(() -> POLICY.check(2025, withoutTrialBalance, LocalDate.of(2026, 1, 5)))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("filing-incomplete");
              assertThat(v.field()).isEqualTo("contents.attachments");
              assertThat(v.getMessage()).contains("TRIAL_BALANCE").doesNotContain("LEDGER");
            });
  }

  @Test
  void shouldRequireRanksOneToNInOrder() {
    FilingContents gap =
        FilingMother.contents(
            List.of(FilingMother.drug(1), FilingMother.drug(3)),
            FilingMother.complete().attachments());

    assertThatThrownBy(() -> POLICY.check(2025, gap, LocalDate.of(2026, 1, 5)))
        .isInstanceOfSatisfying(
            Refusal.class,
            v -> {
              assertThat(v.code()).isEqualTo("ranking-out-of-order");
              assertThat(v.field()).isEqualTo("contents.drugSalesRanking[1].rank");
            });
  }

  @Test
  void shouldRefuseAFilingOfAYearThatHasNotBegun() {
    assertThatThrownBy(
            () -> POLICY.check(2027, FilingMother.complete(), LocalDate.of(2026, 11, 23)))
        .isInstanceOfSatisfying(
            Refusal.class, v -> assertThat(v.code()).isEqualTo("filing-year-in-future"));
  }

  @Test
  void shouldAcceptACompleteFiling() {
    POLICY.check(2025, FilingMother.complete(), LocalDate.of(2026, 1, 5));
    POLICY.check(2026, FilingMother.complete(), LocalDate.of(2026, 7, 31));
  }
}
