package org.ybjg.chassis.calendar.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ybjg.chassis.csv.CsvRecords;

/**
 * The one working-day calendar of every service. A day is a working day when it is Monday–Friday,
 * not a statutory holiday ({@link StatutoryHolidays}, known for every year) and not a day off of
 * the year's notice — or when the notice makes it an adjusted working day (调休上班). The notices are
 * data: the bundled file plus what a province administrator loads; a year without one is not {@link
 * #covers covered}, and a deadline reaching into it is provisional (its 调休 may still move it).
 */
public final class WorkingDayCalendar {

  /** Columns of the bundled file; {@code source} comes last so it may contain commas. */
  public static final String HEADER = "date,kind,name,source";

  private final Map<Integer, CalendarNotice> notices;
  private final Map<LocalDate, CalendarDay> noticed = new HashMap<>();

  public WorkingDayCalendar(Collection<CalendarNotice> notices) {
    Map<Integer, CalendarNotice> byYear = new TreeMap<>();
    for (CalendarNotice notice : notices) {
      byYear.put(notice.year(), notice);
      notice.days().forEach(d -> noticed.put(d.date(), d));
    }
    this.notices = java.util.Collections.unmodifiableMap(byYear);
  }

  /**
   * Reads the bundled notices: a header {@value #HEADER}, rows such as {@code
   * 2026-10-01,HOLIDAY,国庆节,国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）}; {@code #} lines are comments.
   * Each year's rows are checked as a loaded notice is, and name one source.
   */
  public static WorkingDayCalendar fromCsv(List<String> lines) {
    Map<Integer, List<CalendarDay>> rows = new TreeMap<>();
    Map<Integer, String> sources = new LinkedHashMap<>();
    for (List<String> cells : CsvRecords.tableRows(lines, HEADER, "the working-day calendar")) {
      if (cells.size() < 4) {
        throw new IllegalArgumentException(
            "a calendar row needs date, kind, name and source: " + String.join(",", cells));
      }
      CalendarDay day =
          new CalendarDay(
              LocalDate.parse(cells.get(0).strip()),
              DayKind.valueOf(cells.get(1).strip()),
              cells.get(2),
              cells.get(3));
      int year = day.date().getYear();
      String known = sources.putIfAbsent(year, day.source());
      if (known != null && !known.equals(day.source())) {
        throw new IllegalArgumentException(
            year + " names two sources: " + known + " and " + day.source());
      }
      rows.computeIfAbsent(year, y -> new ArrayList<>()).add(day);
    }
    List<CalendarNotice> notices = new ArrayList<>();
    rows.forEach(
        (year, days) -> notices.add(CalendarNotice.checked(year, sources.get(year), days)));
    return new WorkingDayCalendar(notices);
  }

  /** Where the notices shipped with every service lie on the class path. */
  public static final String BUNDLED = "calendar/working-days.csv";

  /** The notices shipped with every service ({@value #BUNDLED}). */
  public static WorkingDayCalendar bundled() {
    try (java.io.InputStream csv =
        WorkingDayCalendar.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (csv == null) {
        throw new IllegalStateException(BUNDLED + " is missing from the class path");
      }
      return fromCsv(
          new String(csv.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /** This calendar with {@code notice} in place of whatever was known of its year. */
  public WorkingDayCalendar with(CalendarNotice notice) {
    Map<Integer, CalendarNotice> next = new TreeMap<>(notices);
    next.put(notice.year(), notice);
    return new WorkingDayCalendar(next.values());
  }

  public boolean isWorkingDay(LocalDate date) {
    return dayOff(date).isEmpty();
  }

  /**
   * Why {@code date} is not worked — the notice's row or the statutory holiday or the weekend — or
   * empty when it is a working day.
   */
  public Optional<String> dayOff(LocalDate date) {
    CalendarDay listed = noticed.get(date);
    if (listed != null && listed.kind() == DayKind.WORKDAY) {
      return Optional.empty();
    }
    if (listed != null) {
      return Optional.of(listed.name());
    }
    for (CalendarDay statutory : StatutoryHolidays.of(date.getYear())) {
      if (statutory.date().equals(date)) {
        return Optional.of(statutory.name());
      }
    }
    return CalendarNotice.isWeekend(date) ? Optional.of("周末") : Optional.empty();
  }

  /** Whether a notice of {@code year} is loaded: its adjusted working days are known. */
  public boolean covers(int year) {
    return notices.containsKey(year);
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

  /** The years with a loaded notice. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(notices.keySet());
  }

  /** The loaded notices, by year. */
  public List<CalendarNotice> notices() {
    return List.copyOf(notices.values());
  }

  public Optional<CalendarNotice> notice(int year) {
    return Optional.ofNullable(notices.get(year));
  }

  /**
   * The last day of a period of {@code count} working days after {@code from} ("within 15 working
   * days of"): {@code from} itself does not count (《民法典》 art. 201: a period in days starts the next
   * day).
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
   * 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日).
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

  /**
   * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not
   * after {@code from}): the inverse of {@link #plusWorkingDays}.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    long span = ChronoUnit.DAYS.between(from, to);
    for (long i = 1; i <= span; i++) {
      if (isWorkingDay(from.plusDays(i))) {
        count++;
      }
    }
    return count;
  }
}
