package org.ybjg.cases.decision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ybjg.cases.casefile.domain.Measure;

/** A suspension of n months from a first day runs to from + n months − 1 day, inclusive. */
class MeasureTest {

  @ParameterizedTest(name = "{0} + {1} months → until {2}")
  @CsvSource({
    "2026-03-01, 6, 2026-08-31",
    "2026-01-15, 12, 2027-01-14",
    "2026-07-01, 6, 2026-12-31",
    "2026-12-01, 1, 2026-12-31",
    "2026-02-28, 6, 2026-08-27",
    "2026-01-28, 1, 2026-02-27"
  })
  void shouldEndTheDayBeforeTheSameDayMonthsLaterWhenSuspending(
      LocalDate from, int months, LocalDate until) {
    assertThat(Measure.lastDayOf(from, months)).isEqualTo(until);
  }

  /**
   * 《民法典》 art. 202: where the end month has no corresponding day, the period ends on its last day.
   */
  @ParameterizedTest(name = "{0} + {1} months → until {2}")
  @CsvSource({
    "2026-08-31, 6, 2027-02-28",
    "2027-08-31, 6, 2028-02-29",
    "2026-01-31, 1, 2026-02-28",
    "2026-01-30, 1, 2026-02-28",
    "2026-05-31, 6, 2026-11-30"
  })
  void shouldEndOnTheMonthsLastDayWhenTheEndMonthHasNoCorrespondingDay(
      LocalDate from, int months, LocalDate until) {
    assertThat(Measure.lastDayOf(from, months)).isEqualTo(until);
  }
}
