package org.ybjg.cases.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The working-day calendar the service ships with (src/main/resources/calendar/holidays.csv). */
public final class CalendarMother {

  private CalendarMother() {}

  public static WorkingDayCalendar shipped() {
    try (InputStream csv = CalendarMother.class.getResourceAsStream("/calendar/holidays.csv")) {
      return WorkingDayCalendar.fromCsv(
          new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
