package org.ybjg.chassis.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.ybjg.chassis.calendar.domain.CalendarDay;
import org.ybjg.chassis.calendar.domain.CalendarNotice;
import org.ybjg.chassis.calendar.domain.DayKind;

/**
 * A loaded year's notice as every service stores it ({@value WorkingDayCalendars#COLLECTION}, one
 * document per year): written by the case service when a province administrator loads it, by the
 * other services when its event arrives.
 */
@Document(WorkingDayCalendars.COLLECTION)
public record StoredCalendarYear(
    @Id String id,
    long version,
    String source,
    Instant loadedAt,
    String loadedBy,
    List<StoredDay> days) {

  /** One row; the day as an ISO date string so no driver or zone can shift it. */
  public record StoredDay(String date, String kind, String name) {}

  public static StoredCalendarYear of(CalendarLoaded loaded) {
    return new StoredCalendarYear(
        Integer.toString(loaded.year()),
        loaded.version(),
        loaded.source(),
        loaded.loadedAt(),
        loaded.loadedBy(),
        loaded.days().stream()
            .map(d -> new StoredDay(d.date().toString(), d.kind().name(), d.name()))
            .toList());
  }

  /** The id is the year as text (so the outbox relay and optimistic updates address it alike). */
  public int year() {
    return Integer.parseInt(id);
  }

  public CalendarNotice notice() {
    return new CalendarNotice(
        year(),
        source,
        days.stream()
            .map(
                d ->
                    new CalendarDay(
                        LocalDate.parse(d.date()), DayKind.valueOf(d.kind()), d.name(), source))
            .toList());
  }
}
