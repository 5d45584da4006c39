package org.ybjg.cases.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ybjg.chassis.csv.CsvRecords;

/**
 * The working-day calendar of the bureaus (docs/architecture.md#money-and-dates: working-day
 * arithmetic uses a configurable holiday calendar). A day is a working day when it is Monday–Friday
 * and not a statutory holiday, or when it is an adjusted working day (调休上班, a weekend day worked to
 * bridge a holiday). The holidays and adjusted working days are data (the State Council's yearly
 * notice), loaded from a CSV file a bureau can replace; years the file does not list fall back to
 * weekends only, and {@link #covers} says so.
 */
public final class WorkingDayCalendar {

  /** Columns of the CSV; {@code name} comes last so it may contain commas. */
  public static final String HEADER = "date,kind,name";

  /** What a calendar row says about a day. */
  public enum DayKind {
    /** 法定节假日 (a weekday off). */
    HOLIDAY,
    /** 调休上班 (a weekend day worked). */
    WORKDAY
  }

  private final Map<LocalDate, DayKind> days;
  private final Set<Integer> years;

  public WorkingDayCalendar(Map<LocalDate, DayKind> days, Set<Integer> years) {
    this.days = Collections.unmodifiableMap(new TreeMap<>(days));
    this.years = Collections.unmodifiableSet(new TreeSet<>(years));
    for (LocalDate day : days.keySet()) {
      if (!years.contains(day.getYear())) {
        throw new IllegalArgumentException(
            "the calendar lists " + day + " but does not cover " + day.getYear());
      }
    }
  }

  /**
   * Reads the calendar: a header {@value #HEADER}; rows {@code 2026-10-01,HOLIDAY,国庆节}; a line
   * {@code # years: 2025,2026} declares the years the file covers completely (else: the years of
   * its rows). Other lines starting with {@code #} and empty lines are comments.
   */
  public static WorkingDayCalendar fromCsv(List<String> lines) {
    Map<LocalDate, DayKind> days = new TreeMap<>();
    Set<Integer> years = new TreeSet<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("# years:")) { // a comment to CSV, a declaration to the calendar
        for (String year : CsvRecords.of(line.substring("# years:".length())).get(0)) {
          years.add(Integer.valueOf(year.strip()));
        }
      }
    }
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "the calendar")) {
      if (cells.size() < 2) {
        throw new IllegalArgumentException(
            "calendar row needs date and kind: " + String.join(",", cells));
      }
      LocalDate date = LocalDate.parse(cells.get(0).strip());
      DayKind kind = DayKind.valueOf(cells.get(1).strip());
      if (kind == DayKind.WORKDAY && !isWeekend(date)) {
        throw new IllegalArgumentException(
            date + " is a weekday: it cannot be an adjusted working day");
      }
      if (days.put(date, kind) != null) {
        throw new IllegalArgumentException("the calendar lists " + date + " twice");
      }
    }
    if (years.isEmpty()) {
      days.keySet().forEach(d -> years.add(d.getYear()));
    }
    return new WorkingDayCalendar(days, years);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayKind listed = days.get(date);
    if (listed == DayKind.WORKDAY) {
      return true;
    }
    if (listed == DayKind.HOLIDAY) {
      return false;
    }
    return !isWeekend(date);
  }

  /**
   * Whether the calendar lists the holidays of {@code year} (else only weekends are known there).
   */
  public boolean covers(int year) {
    return years.contains(year);
  }

  /** Whether every year from {@code from} to {@code to} is covered. */
  public boolean covers(LocalDate from, LocalDate to) {
    for (int year = Math.min(from.getYear(), to.getYear());
        year <= Math.max(from.getYear(), to.getYear());
        year++) {
      if (!covers(year)) {
        return false;
      }
    }
    return true;
  }

  public Set<Integer> years() {
    return years;
  }

  /**
   * The last day of a period of {@code count} working days after {@code from} ("within 15 working
   * days of"): the day {@code from} itself does not count (《民法典》 art. 201: a period in days starts
   * the next day).
   */
  public LocalDate plusWorkingDays(LocalDate from, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a period cannot be negative: " + count);
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last day of a period of {@code count} calendar days after {@code from}; when that day is
   * not a working day the period ends on the next working day (《民法典》 art. 203:
   * 期间的最后一日是法定休假日的，以法定休假日 结束的次日为期间的最后一日).
   */
  public LocalDate plusCalendarDays(LocalDate from, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a period cannot be negative: " + count);
    }
    return nextWorkingDayFrom(from.plusDays(count));
  }

  public LocalDate plus(LocalDate from, int count, TimeUnit unit) {
    return unit == TimeUnit.WORKING_DAYS
        ? plusWorkingDays(from, count)
        : plusCalendarDays(from, count);
  }

  /** {@code day} if it is a working day, else the first working day after it. */
  public LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The rows of the calendar, for display. */
  public List<Map.Entry<LocalDate, DayKind>> listed() {
    return new ArrayList<>(days.entrySet());
  }
}
