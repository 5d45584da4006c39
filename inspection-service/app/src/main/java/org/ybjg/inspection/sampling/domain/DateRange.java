package org.ybjg.inspection.sampling.domain;

import java.time.LocalDate;
import org.ybjg.chassis.domain.Refusal;

/** Days {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    if (from == null || to == null) {
      throw Refusal.rule("sampling-rule", "period", "a date range needs from and to");
    }
    if (to.isBefore(from)) {
      throw Refusal.rule(
          "sampling-rule",
          "period",
          "a date range may not end (" + to + ") before it starts (" + from + ")");
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
