package org.ybjg.registry.filing;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ybjg.registry.config.RegistryConfiguration;

/**
 * Runs the {@link OpenAnnualFilings} sweep daily (cron {@code registry.filing.cron}, Asia/Shanghai)
 * for the year that ended last: from 1 January the obligation is DUE, after the deadline the
 * unfiled ones are MISSING.
 */
@Component
class FilingSchedule {

  private static final Logger log = LoggerFactory.getLogger(FilingSchedule.class);

  private final OpenAnnualFilings sweep;
  private final Clock clock;

  FilingSchedule(OpenAnnualFilings sweep, Clock clock) {
    this.sweep = sweep;
    this.clock = clock;
  }

  @Scheduled(cron = "${registry.filing.cron:0 20 0 * * *}", zone = "Asia/Shanghai")
  void daily() {
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    try {
      sweep.run(today.getYear() - 1, today);
    } catch (RuntimeException e) {
      log.warn("filing sweep on {} failed; the next run retries", today, e);
    }
  }
}
