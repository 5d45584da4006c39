package org.ybjg.chassis.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 清明 term against the published dates 2020–2030 (the State Council's holiday notices for
 * 2020–2026, e.g. 国办发明电〔2019〕16号 for 2020; 《中国天文年历》 for 2027–2030).
 */
class QingmingTest {

  @ParameterizedTest(name = "清明 {0} is {1}")
  @CsvSource({
    "2020, 2020-04-04",
    "2021, 2021-04-04",
    "2022, 2022-04-05",
    "2023, 2023-04-05",
    "2024, 2024-04-04",
    "2025, 2025-04-04",
    "2026, 2026-04-05",
    "2027, 2027-04-05",
    "2028, 2028-04-04",
    "2029, 2029-04-04",
    "2030, 2030-04-05"
  })
  void shouldGiveThePublishedDayWhenComputingQingming(int year, LocalDate published) {
    assertThat(StatutoryHolidays.qingming(year)).isEqualTo(published);
  }
}
