package org.ybjg.chassis.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ybjg.chassis.domain.Refusal;

/**
 * One year's holiday arrangement as the State Council's notice gives it (国务院办公厅关于YYYY年部分节假日安排的通知):
 * the weekdays off (HOLIDAY) and the weekend days worked (WORKDAY, 调休). Loading it makes the year
 * <em>covered</em>: its adjusted working days are known.
 *
 * @param source the notice, named (title and document number)
 */
public record CalendarNotice(int year, String source, List<CalendarDay> days) {

  /** The years a notice may be loaded for. */
  public static final int FIRST_YEAR = StatutoryHolidays.FIRST_YEAR;

  public static final int LAST_YEAR = StatutoryHolidays.LAST_YEAR;

  public CalendarNotice {
    days = days.stream().sorted(Comparator.comparing(CalendarDay::date)).toList();
  }

  /**
   * A notice checked row by row: each broken rule is one refusal naming its field ({@code source},
   * {@code days[3].date}), all of them reported together (the first carries the others), so a
   * bureau fixes its table in one go and nothing is stored until every row holds.
   *
   * @param days rows with possibly missing parts (null date or kind) as a client sent them
   */
  public static CalendarNotice checked(int year, String source, List<CalendarDay> days) {
    List<Refusal> refusals = new ArrayList<>();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      refusals.add(
          Refusal.rule(
              "calendar-year-out-of-range",
              "year",
              "the year must lie between " + FIRST_YEAR + " and " + LAST_YEAR + ": " + year,
              year,
              FIRST_YEAR,
              LAST_YEAR));
    }
    if (source == null || source.isBlank()) {
      refusals.add(
          Refusal.rule(
              "calendar-source-missing",
              "source",
              "name the notice the calendar comes from (title and document number)"));
    }
    if (days == null || days.isEmpty()) {
      refusals.add(
          Refusal.rule(
              "calendar-no-days", "days", "a notice lists at least one holiday or working day"));
      days = List.of();
    }
    Set<LocalDate> seen = new HashSet<>();
    Set<LocalDate> statutory = new HashSet<>();
    if (year >= FIRST_YEAR && year <= LAST_YEAR) {
      StatutoryHolidays.of(year).forEach(d -> statutory.add(d.date()));
    }
    for (int i = 0; i < days.size(); i++) {
      CalendarDay day = days.get(i);
      String field = "days[" + i + "].date";
      if (day.date().getYear() != year) {
        refusals.add(
            Refusal.rule(
                "calendar-day-outside-year",
                field,
                day.date() + " is not in " + year,
                day.date(),
                year));
      } else if (!seen.add(day.date())) {
        refusals.add(
            Refusal.rule(
                "calendar-day-duplicate", field, day.date() + " is listed twice", day.date()));
      } else if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date())) {
        refusals.add(
            Refusal.rule(
                "calendar-workday-not-weekend",
                field,
                day.date() + " is a weekday: an adjusted working day is a Saturday or Sunday",
                day.date()));
      } else if (day.kind() == DayKind.HOLIDAY && isWeekend(day.date())) {
        refusals.add(
            Refusal.rule(
                "calendar-holiday-not-weekday",
                field,
                day.date() + " is a weekend day: list weekdays off only",
                day.date()));
      } else if (day.kind() == DayKind.WORKDAY && statutory.contains(day.date())) {
        refusals.add(
            Refusal.rule(
                "calendar-workday-statutory-holiday",
                field,
                day.date() + " is a statutory holiday: it cannot be a working day",
                day.date()));
      }
    }
    if (!refusals.isEmpty()) {
      throw Refusal.all(refusals);
    }
    String named = source.strip();
    return new CalendarNotice(
        year,
        named,
        days.stream().map(d -> new CalendarDay(d.date(), d.kind(), d.name(), named)).toList());
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
