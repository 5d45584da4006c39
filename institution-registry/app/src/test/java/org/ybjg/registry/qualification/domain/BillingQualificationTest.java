package org.ybjg.registry.qualification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The points ladder of 《关于建立定点医药机构相关人员医保支付资格管理制度的指导意见》(医保发〔2024〕23号): 9 points in a calendar year
 * suspend the billing qualification for the province's 1–6 months, 12 terminate it with a
 * re-registration bar of 1 year (12 reached over several decisions) or 3 years (12 in one
 * decision); points reset on 1 January; a revoked decision's points are withdrawn.
 */
class BillingQualificationTest {

  private static final PointsLadder LADDER = PointsLadder.national(3);

  private static PointsEntry entry(String caseId, int points, String decidedOn) {
    return new PointsEntry(
        caseId, caseId + "号", "inst-1", "D1", points, "主要责任", LocalDate.parse(decidedOn), null);
  }

  private static BillingQualification person(PointsEntry... entries) {
    BillingQualification q = BillingQualification.of("110990102000001", "张三（演示）");
    for (PointsEntry e : entries) {
      q = q.add(e);
    }
    return q;
  }

  static Stream<Arguments> ladder() {
    return Stream.of(
        // name, entries, day, points this year, state, suspended until, terminated on, barred until
        Arguments.of(
            "8 points: still active",
            List.of(entry("c1", 5, "2026-03-01"), entry("c2", 3, "2026-04-01")),
            "2026-04-02",
            8,
            QualificationState.ACTIVE,
            null,
            null,
            null),
        Arguments.of(
            "8 → 9 suspends for 3 months from the decision that crossed 9",
            List.of(
                entry("c1", 5, "2026-03-01"),
                entry("c2", 3, "2026-04-01"),
                entry("c3", 1, "2026-05-10")),
            "2026-05-10",
            9,
            QualificationState.SUSPENDED,
            "2026-08-09",
            null,
            null),
        Arguments.of(
            "the suspension ends on its own after its months",
            List.of(entry("c1", 9, "2026-05-10")),
            "2026-08-10",
            9,
            QualificationState.ACTIVE,
            "2026-08-09",
            null,
            null),
        Arguments.of(
            "10 suspends, 11 → 12 terminates with a 1-year bar (the termination wins)",
            List.of(entry("c1", 10, "2026-03-10"), entry("c2", 2, "2026-06-01")),
            "2026-06-01",
            12,
            QualificationState.TERMINATED,
            "2026-06-09",
            "2026-06-01",
            "2027-05-31"),
        Arguments.of(
            "10 then 3: 13 points, terminated cumulatively, 1-year bar",
            List.of(entry("c1", 10, "2026-03-10"), entry("c2", 3, "2026-03-11")),
            "2026-03-11",
            13,
            QualificationState.TERMINATED,
            "2026-06-09",
            "2026-03-11",
            "2027-03-10"),
        Arguments.of(
            "12 in one decision: 3-year bar",
            List.of(entry("c1", 12, "2026-03-10")),
            "2026-03-10",
            12,
            QualificationState.TERMINATED,
            null,
            "2026-03-10",
            "2029-03-09"),
        Arguments.of(
            "the bar holds into later years though the points reset",
            List.of(entry("c1", 12, "2026-03-10")),
            "2028-01-05",
            0,
            QualificationState.TERMINATED,
            null,
            "2026-03-10",
            "2029-03-09"),
        Arguments.of(
            "points reset on 1 January: 8 last year and 8 this year do not suspend",
            List.of(entry("c1", 8, "2026-12-20"), entry("c2", 8, "2027-01-01")),
            "2027-01-01",
            8,
            QualificationState.ACTIVE,
            null,
            null,
            null),
        Arguments.of(
            "a suspension that began in December runs on after the reset",
            List.of(entry("c1", 9, "2026-12-01")),
            "2027-01-05",
            0,
            QualificationState.SUSPENDED,
            "2027-02-28",
            null,
            null),
        Arguments.of(
            "a decision after the day does not count yet",
            List.of(entry("c1", 12, "2026-06-01")),
            "2026-05-31",
            0,
            QualificationState.ACTIVE,
            null,
            null,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ladder")
  void shouldFollowTheLadderOfTheGuidance(
      String name,
      List<PointsEntry> entries,
      String day,
      int points,
      QualificationState state,
      String suspendedUntil,
      String terminatedOn,
      String barredUntil) {
    Standing standing =
        person(entries.toArray(PointsEntry[]::new)).standingOn(LocalDate.parse(day), LADDER);

    assertThat(standing.pointsThisYear()).isEqualTo(points);
    assertThat(standing.state()).isEqualTo(state);
    assertThat(standing.suspendedUntil()).isEqualTo(date(suspendedUntil));
    assertThat(standing.terminatedOn()).isEqualTo(date(terminatedOn));
    assertThat(standing.barredUntil()).isEqualTo(date(barredUntil));
  }

  @Test
  void shouldWithdrawTheRevokedDecisionsPointsAndWhatTheyCaused() {
    BillingQualification terminated =
        person(entry("c1", 10, "2026-03-10"), entry("c2", 3, "2026-04-01"));
    LocalDate day = LocalDate.parse("2026-04-02");
    assertThat(terminated.standingOn(day, LADDER).state()).isEqualTo(QualificationState.TERMINATED);

    BillingQualification withdrawn = terminated.withdraw("c2", day);

    Standing standing = withdrawn.standingOn(day, LADDER);
    assertThat(standing.pointsThisYear()).isEqualTo(10);
    assertThat(standing.state())
        .as("10 points: suspended from the first decision, no longer terminated")
        .isEqualTo(QualificationState.SUSPENDED);
    assertThat(standing.barredUntil()).isNull();
    assertThat(withdrawn.entries())
        .filteredOn(e -> e.caseId().equals("c2"))
        .singleElement()
        .satisfies(e -> assertThat(e.withdrawnOn()).isEqualTo(day));
    assertThat(withdrawn.withdraw("c2", day.plusDays(1)))
        .as("withdrawing again changes nothing")
        .isSameAs(withdrawn);
  }

  @Test
  void shouldApplyTheSameDecisionOnceHoweverOftenItArrives() {
    BillingQualification once = person(entry("c1", 10, "2026-03-10"));

    BillingQualification again = once.add(entry("c1", 10, "2026-03-10"));

    assertThat(again).isSameAs(once);
    assertThat(again.standingOn(LocalDate.parse("2026-03-10"), LADDER).pointsThisYear())
        .isEqualTo(10);
  }

  @Test
  void shouldRefuseASuspensionPeriodOutsideOneToSixMonths() {
    assertThatThrownBy(() -> PointsLadder.national(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 6 months");
    assertThatThrownBy(() -> PointsLadder.national(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
