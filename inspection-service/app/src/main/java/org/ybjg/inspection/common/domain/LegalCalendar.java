package org.ybjg.inspection.common.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ybjg.chassis.calendar.domain.LegalDay;

/**
 * Dates that carry legal meaning are days in China Standard Time, whatever the server's zone.
 * Working-day arithmetic is the chassis's {@code WorkingDayCalendar} (statutory holidays and 调休).
 */
public final class LegalCalendar {

  public static final ZoneId ZONE = LegalDay.ZONE;

  private LegalCalendar() {}

  public static LocalDate today(Clock clock) {
    return LegalDay.today(clock);
  }
}
