package org.ybjg.registry.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.ybjg.registry.institution.Institutions;
import org.ybjg.registry.institution.domain.AgreementState;
import org.ybjg.registry.institution.domain.Institution;

/**
 * Puts agreements back in force once their suspension period is over (the day after its last day),
 * each with an {@code AGREEMENT_REINSTATED} change and event. Safe to run twice or on two
 * instances: an institution changed meanwhile is skipped (optimistic lock) and picked up by the
 * next run.
 */
@Component
public class ReinstateExpiredSuspensions {

  static final String BY = "system:reinstatement";
  private static final Logger log = LoggerFactory.getLogger(ReinstateExpiredSuspensions.class);

  private final Institutions institutions;
  private final Clock clock;

  ReinstateExpiredSuspensions(Institutions institutions, Clock clock) {
    this.institutions = institutions;
    this.clock = clock;
  }

  /**
   * Starts scheduled suspensions whose first day has come and ends those whose last day has passed.
   *
   * @return how many agreements were reinstated
   */
  public int run(LocalDate today) {
    int reinstated = 0;
    for (Institution suspended : institutions.suspended()) {
      Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
      List<Institution> states = new ArrayList<>();
      Institution current = suspended;
      if (current.suspensionStartDue(today)) {
        // a suspension decided for a later start begins (承医保发〔2019〕2号 §10: province-wide)
        current = current.startScheduledSuspension(today, at, BY);
        states.add(current);
      }
      if (current.reinstatementDue(today)) {
        current = current.reinstateAgreement(today, at, BY);
        states.add(current);
      }
      if (states.isEmpty()) {
        continue;
      }
      try {
        institutions.update(suspended, states, null);
        if (current.agreement().state() == AgreementState.ACTIVE) {
          reinstated++;
        }
        log.info(
            "agreement of institution {} now {} (suspension {} to {})",
            suspended.id(),
            current.agreement().state(),
            suspended.agreement().suspendedFrom(),
            suspended.agreement().suspendedUntil());
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        log.info(
            "institution {} changed during reinstatement; the next run looks again",
            suspended.id());
      }
    }
    return reinstated;
  }
}
