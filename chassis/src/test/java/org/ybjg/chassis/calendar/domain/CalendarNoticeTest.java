package org.ybjg.chassis.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.chassis.domain.Refusal;

/** The checks a loaded year's notice passes before anything is stored. */
class CalendarNoticeTest {

  private static final String SOURCE = "国务院办公厅关于2027年部分节假日安排的通知（测试用）";

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "2027-10-06, WORKDAY, calendar-workday-not-weekend",
    "2027-10-09, HOLIDAY, calendar-holiday-not-weekday",
    "2028-01-03, HOLIDAY, calendar-day-outside-year",
    "2027-10-02, WORKDAY, calendar-workday-statutory-holiday"
  })
  void shouldRefuseARowNamingItsFieldWhenItBreaksARule(LocalDate date, DayKind kind, String code) {
    Refusal refusal =
        refused(
            2027,
            SOURCE,
            List.of(
                new CalendarDay(LocalDate.of(2027, 10, 4), DayKind.HOLIDAY, "国庆节", null),
                new CalendarDay(date, kind, "x", null)));

    assertThat(refusal.code()).isEqualTo(code);
    assertThat(refusal.field()).isEqualTo("days[1].date");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULE);
  }

  @Test
  void shouldRefuseADuplicateDateWhenTheSameDayIsListedTwice() {
    Refusal refusal =
        refused(
            2027,
            SOURCE,
            List.of(
                new CalendarDay(LocalDate.of(2027, 10, 4), DayKind.HOLIDAY, "国庆节", null),
                new CalendarDay(LocalDate.of(2027, 10, 4), DayKind.HOLIDAY, "国庆节", null)));

    assertThat(refusal.code()).isEqualTo("calendar-day-duplicate");
    assertThat(refusal.field()).isEqualTo("days[1].date");
  }

  @Test
  void shouldReportEveryViolationTogetherWhenSeveralRulesAreBroken() {
    Refusal refusal =
        refused(
            2027,
            " ",
            List.of(
                new CalendarDay(LocalDate.of(2027, 10, 6), DayKind.WORKDAY, "x", null),
                new CalendarDay(LocalDate.of(2027, 10, 9), DayKind.HOLIDAY, "y", null)));

    assertThat(refusal.code()).isEqualTo("calendar-source-missing");
    assertThat(refusal.further())
        .extracting(Refusal::field)
        .containsExactly("days[0].date", "days[1].date");
  }

  @Test
  void shouldRefuseANoticeWithoutDaysWhenNothingIsListed() {
    assertThat(refused(2027, SOURCE, List.of()).code()).isEqualTo("calendar-no-days");
  }

  @Test
  void shouldNameTheSourceOnEveryDayWhenTheNoticeHolds() {
    CalendarNotice notice =
        CalendarNotice.checked(
            2027,
            "  " + SOURCE,
            List.of(
                new CalendarDay(LocalDate.of(2027, 10, 9), DayKind.WORKDAY, "国庆节调休上班", null),
                new CalendarDay(LocalDate.of(2027, 10, 4), DayKind.HOLIDAY, "国庆节", "other")));

    assertThat(notice.days()).extracting(CalendarDay::source).containsOnly(SOURCE);
    assertThat(notice.days())
        .extracting(CalendarDay::date)
        .containsExactly(LocalDate.of(2027, 10, 4), LocalDate.of(2027, 10, 9));
  }

  private static Refusal refused(int year, String source, List<CalendarDay> days) {
    return catchThrowableOfType(Refusal.class, () -> CalendarNotice.checked(year, source, days));
  }
}
