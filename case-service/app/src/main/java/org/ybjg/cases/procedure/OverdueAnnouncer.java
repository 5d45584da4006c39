package org.ybjg.cases.procedure;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.events.CaseOverdue;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;

/**
 * Announces passed deadlines: every {@code ybjg.cases.overdue-scan} (default one minute) it finds
 * the cases whose pending deadline passed before today and was not yet announced, and stores on
 * each, in one document write, the mark "announced" and {@code case.overdue.v1}. A case that
 * changed meanwhile (optimistic version) is simply taken up again at the next scan; a step taken
 * later sets a new deadline, announced again if it passes.
 */
@Component
class OverdueAnnouncer {

  private static final Logger log = LoggerFactory.getLogger(OverdueAnnouncer.class);
  private static final EventType OVERDUE = new EventType(CaseOverdue.TYPE, CaseTopics.EVENTS);
  private static final int BATCH = 200;

  private final CaseFiles cases;
  private final AggregateStore store;
  private final Events events;
  private final CaseRules rules;

  OverdueAnnouncer(CaseFiles cases, AggregateStore store, Events events, CaseRules rules) {
    this.cases = cases;
    this.store = store;
    this.events = events;
    this.rules = rules;
  }

  @Scheduled(
      fixedDelayString = "${ybjg.cases.overdue-scan:PT1M}",
      initialDelayString = "${ybjg.cases.overdue-scan:PT1M}")
  void scan() {
    announce();
  }

  /**
   * @return how many cases were announced overdue
   */
  int announce() {
    var now = rules.now();
    List<CaseFile> due = cases.overdueUnannounced(now.today(), BATCH);
    int announced = 0;
    for (CaseFile c : due) {
      CaseFile marked = c.announceOverdue(now.now());
      CaseOverdue fact =
          new CaseOverdue(
              c.id(),
              c.institutionId(),
              c.countyCode(),
              c.deadline().step().name(),
              c.deadline().due(),
              c.status().name(),
              now.today());
      try {
        store.update(
            CaseFiles.COLLECTION,
            c.id(),
            c.version(),
            marked,
            List.of(
                new AggregateStore.Outgoing(
                    CaseTopics.EVENTS, c.institutionId(), events.envelope(OVERDUE, c.id(), fact))),
            null);
        announced++;
        log.info(
            "case {} is overdue: {} was due {}", c.id(), c.deadline().step(), c.deadline().due());
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        log.debug("case {} changed while announcing it overdue; next scan", c.id());
      }
    }
    return announced;
  }
}
