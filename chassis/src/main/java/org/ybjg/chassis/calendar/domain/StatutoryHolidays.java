package org.ybjg.chassis.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.EastAsianYear;
import net.time4j.calendar.SolarTerm;

/**
 * The holidays every year has by law, known before the State Council's yearly notice:
 * 《全国年节及纪念日放假办法》 (国务院令第795号, revised 2024, in force 2025-01-01) art. 2 — 元旦 (1 January), 春节 (农历除夕
 * and 正月初一至初三), 清明节 (the day of the 清明 term), 劳动节 (1–2 May), 端午节 (农历五月初五), 中秋节 (农历八月十五), 国庆节 (1–3
 * October). The lunar dates and the 清明 term come from Time4J's Chinese calendar (astronomical, in
 * Beijing time, as the official calendar of GB/T 33661-2017 《农历的编算和颁行》); the adjusted working days
 * (调休) are not statutory and wait for the notice.
 */
public final class StatutoryHolidays {

  public static final String SOURCE = "《全国年节及纪念日放假办法》（2024年修订）第二条";

  /** The wording in force from 2014 to 2024. */
  public static final String SOURCE_2013 = "《全国年节及纪念日放假办法》（2013年修订）第二条";

  /** The years whose statutory holidays are computed (the 2013 wording from 2014 on). */
  public static final int FIRST_YEAR = 2014;

  public static final int LAST_YEAR = 2100;

  /** The 2024 revision is in force from 1 January 2025. */
  public static final int REVISION_2024_FIRST_YEAR = 2025;

  private static final Map<Integer, List<CalendarDay>> BY_YEAR = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  /** The statutory holidays of {@code year}, in date order (whatever weekday they fall on). */
  public static List<CalendarDay> of(int year) {
    return BY_YEAR.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  private static List<CalendarDay> compute(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return List.of(); // outside the years the platform reasons about: weekends only
    }
    // Before the 2024 revision (国务院令第644号, 2013): no 除夕 and one 劳动节 day.
    boolean revised2024 = year >= REVISION_2024_FIRST_YEAR;
    String source = revised2024 ? SOURCE : SOURCE_2013;
    List<CalendarDay> days = new ArrayList<>();
    days.add(holiday(LocalDate.of(year, 1, 1), "元旦", source));
    LocalDate springFestival = local(ChineseCalendar.ofNewYear(year));
    if (revised2024) {
      days.add(holiday(springFestival.minusDays(1), "春节（除夕）", source));
    }
    for (int i = 0; i < 3; i++) {
      days.add(holiday(springFestival.plusDays(i), "春节", source));
    }
    days.add(holiday(qingming(year), "清明节", source));
    days.add(holiday(LocalDate.of(year, 5, 1), "劳动节", source));
    if (revised2024) {
      days.add(holiday(LocalDate.of(year, 5, 2), "劳动节", source));
    }
    days.add(holiday(lunar(year, 5, 5), "端午节", source));
    days.add(holiday(lunar(year, 8, 15), "中秋节", source));
    for (int d = 1; d <= 3; d++) {
      days.add(holiday(LocalDate.of(year, 10, d), "国庆节", source));
    }
    days.sort((a, b) -> a.date().compareTo(b.date()));
    return List.copyOf(days);
  }

  private static CalendarDay holiday(LocalDate date, String name, String source) {
    return new CalendarDay(date, DayKind.HOLIDAY, name, source);
  }

  /** The day of the 清明 term (the sun at 15° ecliptic longitude, Beijing time) in {@code year}. */
  public static LocalDate qingming(int year) {
    return local(SolarTerm.MINOR_03_QINGMING_015.onOrAfter(ChineseCalendar.ofNewYear(year)));
  }

  /**
   * The Gregorian day of day {@code day} of lunar month {@code month} (not a leap month) of the
   * Chinese year that starts in {@code year}.
   */
  static LocalDate lunar(int year, int month, int day) {
    return local(
        ChineseCalendar.of(EastAsianYear.forGregorian(year), EastAsianMonth.valueOf(month), day));
  }

  private static LocalDate local(ChineseCalendar date) {
    return date.transform(PlainDate.axis()).toTemporalAccessor();
  }
}
