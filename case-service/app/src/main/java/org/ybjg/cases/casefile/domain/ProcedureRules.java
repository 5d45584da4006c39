package org.ybjg.cases.casefile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;

/**
 * What the procedure needs to work out deadlines: the time-limit table, the working-day calendar,
 * the "large fine" above which a party has the right to a hearing and a decision counts as major
 * (legal review, 《行政处罚法》 arts. 58, 63; the amount is set by each province, so it is configuration),
 * and the clock.
 */
public record ProcedureRules(
    TimeLimits limits,
    WorkingDayCalendar calendar,
    BigDecimal largeFine,
    LocalDate today,
    Instant now) {

  public LocalDate plus(LocalDate from, LimitKey key) {
    TimeLimit limit = limits.get(key);
    return calendar.plus(from, limit.amount(), limit.unit());
  }

  /** A decision is major when it orders an agreement measure or fines at least the large amount. */
  public boolean isMajor(BigDecimal fine, boolean agreementMeasure) {
    return agreementMeasure || fine != null && fine.compareTo(largeFine) >= 0;
  }
}
