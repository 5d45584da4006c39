package org.ybjg.chassis.calendar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days that carry legal meaning (deadlines, decision dates, publication days) are days in China
 * Standard Time, whatever zone the server runs in; every service takes "today" from here.
 */
public final class LegalDay {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private LegalDay() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
