package org.ybjg.chassis.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision) against the dates the State Council
 * published: the notices for 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号) and, for 2027–2030, the
 * official Chinese calendar (the 春节, 端午, 中秋 dates and the 清明 term of the Purple Mountain
 * Observatory's 《中国天文年历》 as printed in the yearly almanac).
 */
class StatutoryHolidaysTest {

  @ParameterizedTest(name = "{0}: 除夕 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
  @CsvSource({
    "2025, 2025-01-28, 2025-04-04, 2025-05-31, 2025-10-06",
    "2026, 2026-02-16, 2026-04-05, 2026-06-19, 2026-09-25",
    "2027, 2027-02-05, 2027-04-05, 2027-06-09, 2027-09-15",
    "2028, 2028-01-25, 2028-04-04, 2028-05-28, 2028-10-03",
    "2029, 2029-02-12, 2029-04-04, 2029-06-16, 2029-09-22",
    "2030, 2030-02-02, 2030-04-05, 2030-06-05, 2030-09-12"
  })
  void shouldGiveThePublishedDatesWhenComputingAYearsStatutoryHolidays(
      int year, LocalDate eve, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {
    assertThat(StatutoryHolidays.of(year))
        .extracting(CalendarDay::date)
        .containsExactlyElementsOf(
            java.util.stream.Stream.of(
                    LocalDate.of(year, 1, 1),
                    eve,
                    eve.plusDays(1),
                    eve.plusDays(2),
                    eve.plusDays(3),
                    qingming,
                    LocalDate.of(year, 5, 1),
                    LocalDate.of(year, 5, 2),
                    dragonBoat,
                    midAutumn,
                    LocalDate.of(year, 10, 1),
                    LocalDate.of(year, 10, 2),
                    LocalDate.of(year, 10, 3))
                .sorted()
                .toList());
    // 13 days a year since the 2024 revision (元旦1, 春节4, 清明1, 劳动节2, 端午1, 中秋1, 国庆3)
    assertThat(StatutoryHolidays.of(year)).hasSize(13);
    assertThat(StatutoryHolidays.of(year))
        .allSatisfy(d -> assertThat(d.source()).isEqualTo(StatutoryHolidays.SOURCE));
  }

  /** 2028: 中秋 (3 Oct) falls inside the 国庆 days; both are still listed, no day twice. */
  @org.junit.jupiter.api.Test
  void shouldListMidAutumnAndNationalDayWhenTheyMeet() {
    assertThat(StatutoryHolidays.of(2028))
        .filteredOn(d -> d.date().equals(LocalDate.of(2028, 10, 3)))
        .extracting(CalendarDay::name)
        .containsExactlyInAnyOrder("中秋节", "国庆节");
  }

  /** Before 2025 the 2013 wording held: 春节 初一–初三 without 除夕, one 劳动节 day (11 days). */
  @org.junit.jupiter.api.Test
  void shouldApplyThe2013WordingWhenTheYearIsBefore2025() {
    assertThat(StatutoryHolidays.of(2024))
        .extracting(CalendarDay::date)
        .containsExactly(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 10),
            LocalDate.of(2024, 2, 11),
            LocalDate.of(2024, 2, 12),
            LocalDate.of(2024, 4, 4),
            LocalDate.of(2024, 5, 1),
            LocalDate.of(2024, 6, 10),
            LocalDate.of(2024, 9, 17),
            LocalDate.of(2024, 10, 1),
            LocalDate.of(2024, 10, 2),
            LocalDate.of(2024, 10, 3));
  }
}
