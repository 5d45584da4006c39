package org.ybjg.registry.institution.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.ybjg.chassis.domain.Refusal;

/**
 * When a credit record may be repaired (信用修复): docs/law.md#credit-and-rewards — "credit repair
 * after rectification (provincial rules vary; configurable)". With {@code requiresRectification}
 * the case must have been closed as executed and rectified (整改结案) and {@code waitingPeriod} must
 * have passed since; without it a recorded reason suffices.
 */
public record CreditRepairRule(boolean requiresRectification, Period waitingPeriod) {

  /** Repair any time with a reason (the rule before rectification was recorded). */
  public static final CreditRepairRule ANY_TIME = new CreditRepairRule(false, Period.ZERO);

  public CreditRepairRule {
    waitingPeriod = waitingPeriod == null ? Period.ZERO : waitingPeriod;
    if (waitingPeriod.isNegative()) {
      throw new IllegalArgumentException("waiting period must not be negative: " + waitingPeriod);
    }
  }

  /**
   * Throws the rule's {@link Refusal} when {@code record} may not be repaired on {@code today}.
   *
   * @param subject who the record is of, for the message (e.g. 该机构, 该医保医师)
   */
  public void check(CreditRecord record, LocalDate today, String subject) {
    Objects.requireNonNull(record, "record");
    if (!requiresRectification) {
      return;
    }
    if (!record.rectified()) {
      throw Refusal.rule(
          "credit-not-rectified", "caseId", subject + "案件 " + record.caseId() + " 尚未整改结案，不能信用修复");
    }
    LocalDate allowedFrom = record.rectifiedOn().plus(waitingPeriod);
    if (allowedFrom.isAfter(today)) {
      throw Refusal.rule(
          "credit-repair-too-early",
          "caseId",
          subject
              + "案件 "
              + record.caseId()
              + " 于 "
              + record.rectifiedOn()
              + " 整改结案，最早可于 "
              + allowedFrom
              + " 信用修复");
    }
  }
}
