package org.ybjg.cases.casefile.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;

/** The shipped time-limit table and calendar, on a given day, with a large fine of 100,000 yuan. */
public final class ProcedureRulesMother {

  private ProcedureRulesMother() {}

  public static TimeLimits shippedLimits() {
    try (InputStream csv =
        ProcedureRulesMother.class.getResourceAsStream("/rules/time-limits.csv")) {
      return TimeLimits.fromCsv(
          new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ProcedureRules on(LocalDate today) {
    return new ProcedureRules(
        shippedLimits(),
        WorkingDayCalendar.bundled(),
        new BigDecimal("100000.00"),
        today,
        today.atTime(10, 0).toInstant(ZoneOffset.ofHours(8)));
  }
}
