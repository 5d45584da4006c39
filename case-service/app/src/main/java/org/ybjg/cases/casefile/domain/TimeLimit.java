package org.ybjg.cases.casefile.domain;

import org.ybjg.chassis.calendar.domain.TimeUnit;

/** One row of the time-limit table: a statutory period, how it counts, and its source. */
public record TimeLimit(LimitKey key, int amount, TimeUnit unit, boolean toConfirm, String source) {

  public TimeLimit {
    if (key == null || unit == null || amount < 0) {
      throw new IllegalArgumentException(
          "a time limit needs its key, a non-negative amount and a unit");
    }
  }
}
