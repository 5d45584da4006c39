package org.ybjg.cases.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.ybjg.cases.api.CalendarApi;
import org.ybjg.cases.api.model.CalendarDayDto;
import org.ybjg.cases.api.model.CalendarNoticeDto;
import org.ybjg.cases.api.model.CalendarNoticeInputDto;
import org.ybjg.cases.api.model.DayKindDto;
import org.ybjg.cases.api.model.WorkingDayCalendarDto;
import org.ybjg.chassis.calendar.StoredCalendarYear;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.CalendarDay;
import org.ybjg.chassis.calendar.domain.CalendarNotice;
import org.ybjg.chassis.calendar.domain.DayKind;
import org.ybjg.chassis.calendar.domain.StatutoryHolidays;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.security.CurrentCaller;

/** The working-day calendar: what is in force, and loading a year's notice. */
@RestController
class CalendarController implements CalendarApi {

  private final WorkingDayCalendars calendars;
  private final LoadCalendarYear loadYear;
  private final CurrentCaller currentCaller;

  CalendarController(
      WorkingDayCalendars calendars, LoadCalendarYear loadYear, CurrentCaller currentCaller) {
    this.calendars = calendars;
    this.loadYear = loadYear;
    this.currentCaller = currentCaller;
  }

  @Override
  public ResponseEntity<WorkingDayCalendarDto> getWorkingDayCalendar(
      Integer statutoryFrom, Integer statutoryTo) {
    CalendarAccess.requireStaff(currentCaller.get());
    WorkingDayCalendar calendar = calendars.current();
    Map<Integer, StoredCalendarYear> loaded =
        calendars.stored().stream()
            .collect(Collectors.toMap(StoredCalendarYear::year, Function.identity()));
    SortedSet<Integer> years = calendar.years();
    int thisYear = LocalDate.now().getYear();
    int from = statutoryFrom != null ? statutoryFrom : years.isEmpty() ? thisYear : years.first();
    int to = statutoryTo != null ? statutoryTo : (years.isEmpty() ? thisYear : years.last()) + 1;
    List<CalendarDayDto> statutory = new ArrayList<>();
    for (int year = from; year <= to && year - from < 20; year++) {
      StatutoryHolidays.of(year).forEach(d -> statutory.add(day(d).source(d.source())));
    }
    return ResponseEntity.ok(
        new WorkingDayCalendarDto()
            .years(List.copyOf(years))
            .notices(calendar.notices().stream().map(n -> notice(n, loaded.get(n.year()))).toList())
            .statutory(statutory));
  }

  @Override
  public ResponseEntity<CalendarNoticeDto> loadCalendarYear(
      Integer year, CalendarNoticeInputDto body) {
    List<CalendarDay> days =
        body.getDays().stream()
            .map(
                d ->
                    new CalendarDay(
                        d.getDate(), DayKind.valueOf(d.getKind().getValue()), d.getName(), null))
            .toList();
    StoredCalendarYear stored = loadYear.load(currentCaller.get(), year, body.getSource(), days);
    return ResponseEntity.ok(notice(stored.notice(), stored));
  }

  private static CalendarNoticeDto notice(CalendarNotice notice, StoredCalendarYear stored) {
    CalendarNoticeDto dto =
        new CalendarNoticeDto()
            .year(notice.year())
            .source(notice.source())
            .bundled(stored == null)
            .version(stored == null ? 0L : stored.version())
            .days(notice.days().stream().map(CalendarController::day).toList());
    if (stored != null) {
      dto.loadedAt(stored.loadedAt().atOffset(java.time.ZoneOffset.UTC))
          .loadedBy(stored.loadedBy());
    }
    return dto;
  }

  private static CalendarDayDto day(CalendarDay d) {
    return new CalendarDayDto()
        .date(d.date())
        .kind(DayKindDto.fromValue(d.kind().name()))
        .kindLabel(d.kind().label())
        .name(d.name());
  }
}
