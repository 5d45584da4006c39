package org.ybjg.cases.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.CaseStatus;
import org.ybjg.cases.casefile.domain.Instalment;
import org.ybjg.cases.casefile.domain.PaymentKind;
import org.ybjg.cases.events.CaseExecuted;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Payments and instalment plans; the payment that completes the decision's money stores the
 * executed case with {@code case.executed.v1} in one document write.
 */
@Component
public class RecoverFunds {

  private static final EventType EXECUTED = new EventType(CaseExecuted.TYPE, CaseTopics.EVENTS);

  private final CaseAccess access;
  private final AggregateStore store;
  private final Events events;
  private final CaseRules rules;

  RecoverFunds(CaseAccess access, AggregateStore store, Events events, CaseRules rules) {
    this.access = access;
    this.store = store;
    this.events = events;
    this.rules = rules;
  }

  public CaseFile pay(
      String caseId,
      Long expectedVersion,
      PaymentKind kind,
      BigDecimal amount,
      LocalDate on,
      String reference,
      Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    CaseFile next =
        apply(
            () ->
                current.recordPayment(kind, amount, on, reference, caller.username(), rules.now()));
    List<AggregateStore.Outgoing> out = new ArrayList<>();
    // executed by this payment (a surcharge paid after execution executes nothing again)
    if (next.status() == CaseStatus.EXECUTED && current.status() != CaseStatus.EXECUTED) {
      out.add(
          new AggregateStore.Outgoing(
              CaseTopics.EVENTS,
              next.institutionId(),
              events.envelope(
                  EXECUTED,
                  next.id(),
                  new CaseExecuted(
                      next.id(),
                      next.decision().number().text(),
                      next.institutionId(),
                      next.countyCode(),
                      next.procedure().finePaid(),
                      next.procedure().returnedAmount(),
                      next.procedure().executedOn(),
                      next.surchargeOrNull(next.procedure().executedOn())))));
    }
    store.update(CaseFiles.COLLECTION, current.id(), current.version(), next, out, null);
    return next;
  }

  public CaseFile plan(
      String caseId, Long expectedVersion, String reason, List<Instalment> plan, Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    CaseFile next =
        apply(() -> current.planInstalments(reason, plan, caller.username(), rules.now()));
    store.update(CaseFiles.COLLECTION, current.id(), current.version(), next, List.of(), null);
    return next;
  }

  private static CaseFile apply(Supplier<CaseFile> change) {
    return change.get();
  }
}
