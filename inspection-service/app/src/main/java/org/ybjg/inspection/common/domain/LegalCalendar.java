package org.ybjg.inspection.common.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates that carry legal meaning are days in China Standard Time, whatever the server's zone.
 * Working-day arithmetic is the chassis's {@code WorkingDayCalendar} (statutory holidays and 调休).
 */
public final class LegalCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private LegalCalendar() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
