package org.ybjg.cases.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.domain.ProcedureRules;
import org.ybjg.cases.casefile.domain.TimeLimits;
import org.ybjg.chassis.calendar.WorkingDayCalendars;
import org.ybjg.chassis.calendar.domain.LegalDay;
import org.ybjg.chassis.calendar.domain.WorkingDayCalendar;
import org.ybjg.chassis.domain.Yuan;

/**
 * The procedure's rules as of now: time limits, calendar, the large-fine threshold (hearing right
 * and legal review; {@code ybjg.cases.large-fine}, provinces set it) and the repeat-offence window
 * ({@code ybjg.cases.repeat-offence-window-months}).
 */
@Component
public class CaseRules {

  /**
   * Legal dates (opened on, decided on, deadlines, measure periods) are calendar dates of the
   * bureaus.
   */
  public static final ZoneId BUREAU_ZONE = LegalDay.ZONE;

  private final TimeLimits limits;
  private final WorkingDayCalendars calendars;
  private final Clock clock;
  private final BigDecimal largeFine;
  private final int repeatOffenceWindowMonths;

  CaseRules(
      TimeLimits limits,
      WorkingDayCalendars calendars,
      Clock clock,
      @Value("${ybjg.cases.large-fine:100000.00}") BigDecimal largeFine,
      @Value("${ybjg.cases.repeat-offence-window-months:24}") int repeatOffenceWindowMonths) {
    this.limits = limits;
    this.calendars = calendars;
    this.clock = clock;
    this.largeFine = Yuan.exact(largeFine);
    this.repeatOffenceWindowMonths = repeatOffenceWindowMonths;
  }

  /**
   * Rules with today's date in the bureaus' zone and the current instant (to the millisecond the
   * store keeps).
   */
  public ProcedureRules now() {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return new ProcedureRules(
        limits, calendars.current(), largeFine, LocalDate.ofInstant(now, BUREAU_ZONE), now);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BUREAU_ZONE);
  }

  public TimeLimits limits() {
    return limits;
  }

  /**
   * The calendar in force now: a year loaded since start-up counts from the moment it is stored.
   */
  public WorkingDayCalendar calendar() {
    return calendars.current();
  }

  public BigDecimal largeFine() {
    return largeFine;
  }

  public int repeatOffenceWindowMonths() {
    return repeatOffenceWindowMonths;
  }
}
