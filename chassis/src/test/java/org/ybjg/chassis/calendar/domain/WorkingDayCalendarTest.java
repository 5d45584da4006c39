package org.ybjg.chassis.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.Refusal;

/**
 * The working-day calendar (statutory holidays and adjusted working days, 调休), with the bundled
 * 2025–2026 notices (国办发明电〔2024〕12号, 国办发明电〔2025〕7号).
 */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

  @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
  @CsvSource({
    "2026-11-23, true,  an ordinary Monday",
    "2026-11-21, false, an ordinary Saturday",
    "2026-10-01, false, 国庆节 (holiday on a Thursday)",
    "2026-10-07, false, 国庆节 (holiday on a Wednesday)",
    "2026-10-08, true,  the first day back after 国庆节",
    "2026-10-10, true,  国庆节调休上班 (a Saturday worked)",
    "2026-09-20, true,  国庆节调休上班 (a Sunday worked)",
    "2026-09-25, false, 中秋节 (a Friday)",
    "2026-02-14, true,  春节调休上班 (Saturday)",
    "2026-02-16, false, 春节",
    "2026-02-23, false, 春节 (the last day, a Monday)",
    "2026-02-28, true,  春节调休上班 (Saturday)",
    "2026-01-04, true,  元旦调休上班 (Sunday)",
    "2026-05-09, true,  劳动节调休上班 (Saturday)",
    "2025-01-26, true,  春节调休上班 2025 (Sunday)",
    "2025-10-08, false, 国庆节、中秋节 2025",
    "2025-10-11, true,  国庆节调休上班 2025 (Saturday)"
  })
  void shouldKnowWorkingDaysWhenHolidaysAndAdjustedWorkingDaysApply(
      LocalDate day, boolean working, String why) {
    assertThat(calendar.isWorkingDay(day)).as(why).isEqualTo(working);
  }

  /** 《行政处罚法》 art. 85: the 5 days to request a hearing are working days. */
  @Test
  void shouldSkipTheNationalDayHolidaysWhenCountingFiveWorkingDays() {
    // notice on Monday 2026-09-28: 29, 30 Sep, then 1–7 Oct off, 8 (Thu), 9 (Fri), 10 (Sat, worked)
    // → due 10 Oct
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 28), 5))
        .isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void shouldCountAnAdjustedSundayWhenCountingWorkingDays() {
    // Friday 2026-09-18: the Sunday 20th is worked → 1 working day later is Sunday the 20th
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 18), 1))
        .isEqualTo(LocalDate.of(2026, 9, 20));
  }

  /**
   * NHSA Order 4: decide on filing within 15 working days of the clue; across the Spring Festival.
   */
  @Test
  void shouldCountFifteenWorkingDaysAcrossTheSpringFestival() {
    // clue Tue 2026-02-10: 11,12,13,14(Sat worked) = 4; 16–23 off; 24,25,26,27 = 8; 28 (Sat worked)
    // = 9;
    // Mar 2,3,4,5,6 = 14; Mar 9 = 15
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 10), 15))
        .isEqualTo(LocalDate.of(2026, 3, 9));
  }

  /** 《民法典》 art. 203: a period whose last day is a holiday ends on the next working day. */
  @Test
  void shouldEndCalendarPeriodOnTheNextWorkingDayWhenItsLastDayIsAHoliday() {
    // 15 days after 2026-09-16 is 2026-10-01 (国庆节) → ends on Thursday 2026-10-08
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 9, 16), 15))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // 90 days after 2 March is Sunday 31 May → Monday 1 June; 90 days after 3 March is that Monday
    // itself
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 3, 2), 90))
        .isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 3, 3), 90))
        .isEqualTo(LocalDate.of(2026, 6, 1));
  }

  @Test
  void shouldEndCalendarPeriodOnAnAdjustedWorkingDayWhenItFallsOnOne() {
    // 2026-10-10 is a Saturday worked: a period ending on it ends on it
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 9, 30), 10))
        .isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void shouldSayWhichYearsItCoversWhenAPeriodLeavesThem() {
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2027)).isFalse();
    assertThat(calendar.covers(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 10))).isFalse();
    assertThat(calendar.years()).containsExactly(2025, 2026);
  }

  /** 《全国年节及纪念日放假办法》 art. 2: 元旦 is a holiday before any notice for 2027 is out. */
  @Test
  void shouldKeepNewYearsDay2027OffWhenNo2027NoticeIsLoaded() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(calendar.dayOff(LocalDate.of(2027, 1, 1))).contains("元旦");
    // 国庆节 2027: 1 Oct is a Friday; without the notice only the statutory 1–3 Oct are known
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 9, 30), 1))
        .isEqualTo(LocalDate.of(2027, 10, 4));
  }

  @Test
  void shouldUseALoadedNoticeWhenItsYearIsAdded() {
    CalendarNotice notice2027 =
        CalendarNotice.checked(
            2027,
            "国务院办公厅关于2027年部分节假日安排的通知（测试用）",
            List.of(
                new CalendarDay(LocalDate.of(2027, 10, 4), DayKind.HOLIDAY, "国庆节", null),
                new CalendarDay(LocalDate.of(2027, 10, 9), DayKind.WORKDAY, "国庆节调休上班", null)));

    WorkingDayCalendar loaded = calendar.with(notice2027);

    assertThat(loaded.covers(2027)).isTrue();
    assertThat(loaded.plusWorkingDays(LocalDate.of(2027, 9, 30), 1))
        .isEqualTo(LocalDate.of(2027, 10, 5));
    assertThat(loaded.isWorkingDay(LocalDate.of(2027, 10, 9))).isTrue();
    assertThat(loaded.notice(2027).orElseThrow().days().get(0).source())
        .isEqualTo("国务院办公厅关于2027年部分节假日安排的通知（测试用）");
    // the calendar it came from is unchanged
    assertThat(calendar.covers(2027)).isFalse();
  }

  @Test
  void shouldCountWorkingDaysBetweenAsTheInverseOfAdding() {
    LocalDate from = LocalDate.of(2026, 9, 28);
    LocalDate due = calendar.plusWorkingDays(from, 5);
    assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(due, from)).isZero();
  }

  @Test
  void shouldRefuseAWeekdayListedAsAnAdjustedWorkingDay() {
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.fromCsv(
                    List.of(WorkingDayCalendar.HEADER, "2026-11-23,WORKDAY,bad,某通知")))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("weekday");
  }

  @Test
  void shouldRefuseADayListedTwice() {
    assertThatThrownBy(
            () ->
                WorkingDayCalendar.fromCsv(
                    List.of(
                        WorkingDayCalendar.HEADER,
                        "2026-10-01,HOLIDAY,a,某通知",
                        "2026-10-01,HOLIDAY,b,某通知")))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("twice");
  }

  @Test
  void shouldTakeAnotherBureausCalendarWhenConfigured() {
    WorkingDayCalendar local =
        WorkingDayCalendar.fromCsv(
            List.of(WorkingDayCalendar.HEADER, "2026-11-23,HOLIDAY,地方节日(演示),某省通知"));

    assertThat(local.isWorkingDay(LocalDate.of(2026, 11, 23))).isFalse();
    assertThat(local.plusWorkingDays(LocalDate.of(2026, 11, 20), 1))
        .isEqualTo(LocalDate.of(2026, 11, 24));
  }
}
