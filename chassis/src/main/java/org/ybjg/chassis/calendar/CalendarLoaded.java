package org.ybjg.chassis.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ybjg.chassis.calendar.domain.CalendarDay;
import org.ybjg.chassis.calendar.domain.CalendarNotice;
import org.ybjg.chassis.calendar.domain.DayKind;

/**
 * {@code case.calendar-loaded.v1} on {@value #TOPIC} (key: the year, compacted): a province
 * administrator loaded a year's holiday notice in the case service; every service stores it and
 * computes its deadlines with it. It carries the whole year, so the compacted topic holds every
 * year's latest notice. Schema: case-api {@code events/case.calendar-loaded.v1.schema.json}.
 *
 * @param version 1 for the first load of the year, one more for each reload: the highest wins
 */
public record CalendarLoaded(
    int year, long version, String source, Instant loadedAt, String loadedBy, List<Day> days) {

  public static final String TYPE = "case.calendar-loaded.v1";
  public static final String TOPIC = "case.calendar.v1";
  public static final org.ybjg.chassis.event.EventType EVENT_TYPE =
      new org.ybjg.chassis.event.EventType(TYPE, TOPIC);

  /** One row of the notice. */
  public record Day(LocalDate date, DayKind kind, String name) {}

  public static CalendarLoaded of(
      CalendarNotice notice, long version, Instant loadedAt, String loadedBy) {
    return new CalendarLoaded(
        notice.year(),
        version,
        notice.source(),
        loadedAt,
        loadedBy,
        notice.days().stream().map(d -> new Day(d.date(), d.kind(), d.name())).toList());
  }

  /** The notice it carries, checked again: a malformed event is refused, never half-applied. */
  public CalendarNotice notice() {
    return CalendarNotice.checked(
        year,
        source,
        days.stream().map(d -> new CalendarDay(d.date(), d.kind(), d.name(), source)).toList());
  }
}
