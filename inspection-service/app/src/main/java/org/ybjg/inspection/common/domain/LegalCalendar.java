package org.ybjg.inspection.common.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates that carry legal meaning are days in China Standard Time, whatever the server's zone. */
public final class LegalCalendar {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private LegalCalendar() {}

  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(ZONE));
  }

  /**
   * The day {@code workingDays} working days after {@code day}, counting Monday to Friday.
   * Statutory holidays are not known to this service yet (the case service keeps the holiday
   * calendar), so a deadline computed here can only be earlier than the statutory one, never later.
   */
  public static LocalDate plusWorkingDays(LocalDate day, int workingDays) {
    LocalDate d = day;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY
          && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }
}
