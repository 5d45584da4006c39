package org.ybjg.cases.exposure;

import java.util.List;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.tipoff.TipOffs;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/** Publishes a decided case as a typical case; the stored case is the one returned. */
@Component
public class ExposeCase {

  private final CaseAccess access;
  private final AggregateStore store;
  private final CaseRules rules;
  private final TipOffs tipOffs;

  ExposeCase(CaseAccess access, AggregateStore store, CaseRules rules, TipOffs tipOffs) {
    this.access = access;
    this.store = store;
    this.rules = rules;
    this.tipOffs = tipOffs;
  }

  public CaseFile expose(String caseId, Long expectedVersion, String summary, Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    CaseFile next =
        current.expose(
            summary, tipOffs.whistleblowerNamesOf(current.id()), caller.username(), rules.now());
    store.update(CaseFiles.COLLECTION, current.id(), current.version(), next, List.of(), null);
    return next;
  }
}
