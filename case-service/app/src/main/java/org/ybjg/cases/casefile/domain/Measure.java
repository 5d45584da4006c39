package org.ybjg.cases.casefile.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One agreement measure of a decision, as ordered. A suspension runs from {@code from} to {@code
 * until} inclusive; a termination has no period ({@code from} is the day it takes effect, if
 * given).
 *
 * @param departments the responsible departments suspended; empty means the whole institution
 */
public record Measure(
    MeasureKind kind, Integer months, LocalDate from, LocalDate until, List<String> departments) {

  public Measure {
    departments = departments == null ? List.of() : List.copyOf(departments);
  }

  /**
   * The last day of a period of {@code months} starting on {@code from} (inclusive): from + months
   * − 1 day. Where the end month has no day corresponding to {@code from} (31 August + 6 months),
   * the period ends on that month's last day, as for month periods in the Civil Code (《民法典》 art.
   * 202: no corresponding day, the month's last day), so 31 August + 6 months runs to the end of
   * February, not a day short.
   */
  public static LocalDate lastDayOf(LocalDate from, int months) {
    LocalDate sameDayLater = from.plusMonths(months);
    boolean clamped = sameDayLater.getDayOfMonth() != from.getDayOfMonth();
    return clamped ? sameDayLater : sameDayLater.minus(1, ChronoUnit.DAYS);
  }
}
