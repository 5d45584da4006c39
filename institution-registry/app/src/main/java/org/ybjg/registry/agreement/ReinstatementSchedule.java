package org.ybjg.registry.agreement;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ybjg.registry.config.RegistryConfiguration;

/**
 * Runs {@link ReinstateExpiredSuspensions} daily (cron {@code registry.reinstatement.cron},
 * Asia/Shanghai).
 */
@Component
class ReinstatementSchedule {

  private static final Logger log = LoggerFactory.getLogger(ReinstatementSchedule.class);

  private final ReinstateExpiredSuspensions reinstate;
  private final Clock clock;

  ReinstatementSchedule(ReinstateExpiredSuspensions reinstate, Clock clock) {
    this.reinstate = reinstate;
    this.clock = clock;
  }

  @Scheduled(cron = "${registry.reinstatement.cron:0 10 0 * * *}", zone = "Asia/Shanghai")
  void daily() {
    LocalDate today = LocalDate.now(clock.withZone(RegistryConfiguration.ZONE));
    try {
      int count = reinstate.run(today);
      log.info("daily reinstatement for {}: {} agreement(s) reinstated", today, count);
    } catch (RuntimeException e) {
      log.warn("daily reinstatement for {} failed; the next run retries", today, e);
    }
  }
}
