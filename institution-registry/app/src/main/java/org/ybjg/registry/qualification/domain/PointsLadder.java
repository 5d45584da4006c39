package org.ybjg.registry.qualification.domain;

import java.time.LocalDate;

/**
 * The ladder of 《关于建立定点医药机构相关人员医保支付资格管理制度的指导意见》(医保发〔2024〕23号): points accumulate per calendar year
 * and reset on 1 January; reaching {@code suspendAt} (9) in a year suspends the billing
 * qualification for {@code suspensionMonths} (the province chooses 1 to 6); reaching {@code
 * terminateAt} (12) terminates it, with no re-registration for {@code cumulativeBarYears} (1) when
 * 12 was reached over several decisions, or {@code singleDecisionBarYears} (3) when one decision
 * gave 12.
 */
public record PointsLadder(
    int suspendAt,
    int terminateAt,
    int suspensionMonths,
    int cumulativeBarYears,
    int singleDecisionBarYears) {

  /** The national values with the province's suspension period. */
  public static PointsLadder national(int suspensionMonths) {
    return new PointsLadder(9, 12, suspensionMonths, 1, 3);
  }

  public PointsLadder {
    if (suspensionMonths < 1 || suspensionMonths > 6) {
      throw new IllegalArgumentException(
          "a suspension of the billing qualification lasts 1 to 6 months (医保发〔2024〕23号), not "
              + suspensionMonths);
    }
    if (suspendAt < 1 || terminateAt <= suspendAt) {
      throw new IllegalArgumentException("the ladder suspends below where it terminates");
    }
  }

  /** The last day of a suspension that starts on {@code from}. */
  LocalDate suspendedUntil(LocalDate from) {
    return from.plusMonths(suspensionMonths).minusDays(1);
  }

  /** The last barred day after a termination on {@code on}. */
  LocalDate barredUntil(LocalDate on, boolean inOneDecision) {
    return on.plusYears(inOneDecision ? singleDecisionBarYears : cumulativeBarYears).minusDays(1);
  }
}
