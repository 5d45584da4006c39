package org.ybjg.cases.tipoff;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.tipoff.domain.RewardRule;
import org.ybjg.cases.tipoff.domain.TipOff;
import org.ybjg.cases.tipoff.domain.TipOffAction;
import org.ybjg.chassis.domain.Refusal;
import org.ybjg.chassis.domain.Yuan;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;
import org.ybjg.chassis.security.RegionScope;

/** A handler's step on a tip-off; the stored tip-off is the one returned. */
@Component
public class HandleTipOff {

  private final TipOffs tipOffs;
  private final AggregateStore store;
  private final CaseAccess access;
  private final RegionScope regions;
  private final CaseRules rules;
  private final RewardRule rewardRule;
  private final CaseFiles cases;

  HandleTipOff(
      TipOffs tipOffs,
      CaseFiles cases,
      AggregateStore store,
      CaseAccess access,
      RegionScope regions,
      CaseRules rules,
      @Value("${ybjg.cases.tipoff-reward.ratio:0.02}") BigDecimal ratio,
      @Value("${ybjg.cases.tipoff-reward.min:200.00}") BigDecimal min,
      @Value("${ybjg.cases.tipoff-reward.max:200000.00}") BigDecimal max) {
    this.tipOffs = tipOffs;
    this.cases = cases;
    this.store = store;
    this.access = access;
    this.regions = regions;
    this.rules = rules;
    this.rewardRule = new RewardRule(ratio, Yuan.exact(min), Yuan.exact(max));
  }

  /** What a handler records with a step (each action reads the parts it needs). */
  public record Request(
      TipOffAction action,
      String handler,
      Boolean verified,
      BigDecimal verifiedAmount,
      String note,
      String caseId,
      String text) {}

  public TipOff take(String tipOffId, Request r, Caller caller) {
    access.requireDecider(caller);
    TipOff current = visible(tipOffId, caller);
    if (!current.mayTake(caller.username(), r.action())) {
      throw new AccessDeniedException("only the tip-off's handlers act on it");
    }
    if (r.caseId() != null) {
      requireCaseWithin(r.caseId(), caller);
    }
    var now = rules.now();
    TipOff next =
        current.take(
            r.action(),
            r.handler(),
            r.verified(),
            r.verifiedAmount(),
            r.note(),
            r.caseId(),
            r.text(),
            caller.username(),
            rewardRule,
            now.today(),
            now.now());
    store.update(TipOffs.COLLECTION, current.id(), current.version(), next, List.of(), null);
    return next;
  }

  /**
   * A linked case must exist inside the caller's region: a tip-off may not point at another
   * county's case, and an unknown and a foreign id get the same answer (nothing leaks).
   */
  private void requireCaseWithin(String caseId, Caller caller) {
    boolean visible =
        cases.find(caseId).filter(c -> regions.covers(caller, c.countyCode())).isPresent();
    if (!visible) {
      throw Refusal.rule(
          "unknown-case", "caseId", "case " + caseId + " is not a case of your region");
    }
  }

  /** A tip-off outside the caller's region is not found, so its existence does not leak. */
  public TipOff visible(String id, Caller caller) {
    TipOff found = tipOffs.find(id).orElseThrow(() -> Refusal.notFound("tip-off not found"));
    if (!regions.covers(caller, found.countyCode())) {
      throw Refusal.notFound("tip-off not found");
    }
    return found;
  }
}
