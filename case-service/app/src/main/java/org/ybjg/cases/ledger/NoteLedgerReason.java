package org.ybjg.cases.ledger;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.LedgerReason;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Notes why an open case cannot be cleared by the campaign deadline; the stored case is the one
 * returned.
 */
@Component
public class NoteLedgerReason {

  private final CaseAccess access;
  private final AggregateStore store;
  private final CaseRules rules;

  NoteLedgerReason(CaseAccess access, AggregateStore store, CaseRules rules) {
    this.access = access;
    this.store = store;
    this.rules = rules;
  }

  public CaseFile note(
      String caseId, Long expectedVersion, LedgerReason reason, String note, Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    CaseFile next = current.noteForLedger(reason, note, caller.username(), rules.now());
    store.update(CaseFiles.COLLECTION, current.id(), current.version(), next, List.of(), null);
    return next;
  }
}
