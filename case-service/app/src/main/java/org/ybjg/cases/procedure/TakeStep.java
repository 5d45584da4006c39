package org.ybjg.cases.procedure;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.Step;
import org.ybjg.cases.casefile.domain.StepAction;
import org.ybjg.cases.events.CaseClosed;
import org.ybjg.cases.events.CaseExecuted;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Records a procedure step on a case: checks it against the state machine and the law, and stores
 * the case with the events it causes ({@code case.executed.v1}, {@code case.closed.v1}) in one
 * document write.
 */
@Component
public class TakeStep {

  private static final Logger log = LoggerFactory.getLogger(TakeStep.class);
  private static final EventType EXECUTED = new EventType(CaseExecuted.TYPE, CaseTopics.EVENTS);
  private static final EventType CLOSED = new EventType(CaseClosed.TYPE, CaseTopics.EVENTS);

  private final CaseAccess access;
  private final AggregateStore store;
  private final Events events;
  private final CaseRules rules;

  TakeStep(CaseAccess access, AggregateStore store, Events events, CaseRules rules) {
    this.access = access;
    this.store = store;
    this.events = events;
    this.rules = rules;
  }

  /**
   * @param expectedVersion the version the officer read (If-Match), or null
   */
  public record Command(String caseId, Long expectedVersion, Step step, Caller caller) {}

  public CaseFile take(Command command) {
    access.requireDecider(command.caller());
    CaseFile current = access.visibleCase(command.caseId(), command.caller());
    CaseAccess.requireVersion(current, command.expectedVersion());
    CaseFile next = current.take(command.step(), rules.now());
    store.update(
        CaseFiles.COLLECTION,
        current.id(),
        current.version(),
        next,
        outgoing(command.step().action(), next),
        null);
    log.info(
        "case {}: {} by {} → {}",
        next.id(),
        command.step().action(),
        command.caller().username(),
        next.status());
    return next;
  }

  private List<AggregateStore.Outgoing> outgoing(StepAction action, CaseFile c) {
    List<AggregateStore.Outgoing> out = new ArrayList<>();
    if (action == StepAction.EXECUTE) {
      out.add(
          new AggregateStore.Outgoing(
              CaseTopics.EVENTS,
              c.institutionId(),
              events.envelope(
                  EXECUTED,
                  c.id(),
                  new CaseExecuted(
                      c.id(),
                      c.decision().number().text(),
                      c.institutionId(),
                      c.countyCode(),
                      c.procedure().finePaid(),
                      c.procedure().returnedAmount(),
                      c.procedure().executedOn(),
                      c.surchargeOrNull(c.procedure().executedOn())))));
    }
    if (c.status() == CaseStatus.CLOSED) {
      String outcome =
          switch (action) {
            case DECLINE -> CaseClosed.DECLINED;
            case DISMISS -> CaseClosed.DISMISSED;
            case REVOKE_DECISION -> CaseClosed.NOT_UPHELD;
            default -> CaseClosed.CONCLUDED;
          };
      out.add(
          new AggregateStore.Outgoing(
              CaseTopics.EVENTS,
              c.institutionId(),
              events.envelope(
                  CLOSED,
                  c.id(),
                  new CaseClosed(
                      c.id(),
                      c.institutionId(),
                      c.countyCode(),
                      outcome,
                      c.decision() == null ? null : c.decision().number().text(),
                      c.procedure().closedOn(),
                      c.procedure().closingReason()))));
    }
    return out;
  }
}
