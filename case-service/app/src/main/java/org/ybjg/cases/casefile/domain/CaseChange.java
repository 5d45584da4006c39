package org.ybjg.cases.casefile.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one copy of a case a transition makes: the next version with the parts it changed and its
 * history grown. What a case is about (institution, origin, region, finding) never changes, so it
 * cannot be set here.
 */
final class CaseChange {

  private final CaseFile from;
  private CaseStatus status;
  private Procedure procedure;
  private Deadline deadline;
  private Decision decision;
  private List<Referral> referrals;
  private Recovery recovery;
  private LedgerNote ledgerNote;
  private CaseExposure exposure;
  private final List<HistoryEntry> history;

  CaseChange(CaseFile from) {
    this.from = from;
    status = from.status();
    procedure = from.procedure();
    deadline = from.deadline();
    decision = from.decision();
    referrals = from.referrals();
    recovery = from.recovery();
    ledgerNote = from.ledgerNote();
    exposure = from.exposure();
    history = new ArrayList<>(from.history());
  }

  CaseChange status(CaseStatus next) {
    status = next;
    return this;
  }

  CaseChange procedure(Procedure next) {
    procedure = next;
    return this;
  }

  CaseChange deadline(Deadline next) {
    deadline = next;
    return this;
  }

  CaseChange decision(Decision next) {
    decision = next;
    return this;
  }

  CaseChange referrals(Referrals next) {
    referrals = next.all();
    return this;
  }

  CaseChange recovery(Recovery next) {
    recovery = next;
    return this;
  }

  CaseChange ledgerNote(LedgerNote next) {
    ledgerNote = next;
    return this;
  }

  CaseChange exposure(CaseExposure next) {
    exposure = next;
    return this;
  }

  CaseChange log(HistoryEntry entry) {
    history.add(entry);
    return this;
  }

  CaseFile done() {
    return new CaseFile(
        from.id(),
        from.version() + 1,
        status,
        from.origin(),
        from.findingId(),
        from.institutionId(),
        from.institutionName(),
        from.ownership(),
        from.countyCode(),
        from.regionPath(),
        from.category(),
        from.improperAmount(),
        from.openedOn(),
        procedure,
        deadline,
        decision,
        referrals,
        recovery,
        ledgerNote,
        exposure,
        history,
        from.source());
  }
}
