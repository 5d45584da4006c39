package org.ybjg.cases.referral;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ybjg.cases.casefile.CaseAccess;
import org.ybjg.cases.casefile.CaseFiles;
import org.ybjg.cases.casefile.CaseRules;
import org.ybjg.cases.casefile.domain.CaseFile;
import org.ybjg.cases.casefile.domain.Referral;
import org.ybjg.cases.casefile.domain.ReferralDocument;
import org.ybjg.cases.casefile.domain.ReferralStatus;
import org.ybjg.cases.casefile.domain.ReferralTarget;
import org.ybjg.cases.events.CaseReferred;
import org.ybjg.cases.events.CaseTopics;
import org.ybjg.chassis.Ids;
import org.ybjg.chassis.event.EventType;
import org.ybjg.chassis.event.Events;
import org.ybjg.chassis.outbox.AggregateStore;
import org.ybjg.chassis.security.Caller;

/**
 * Refers a case to another body and tracks the referral; the case and {@code case.referred.v1} are
 * stored in one document write.
 */
@Component
public class ReferCase {

  private static final Logger log = LoggerFactory.getLogger(ReferCase.class);
  private static final EventType REFERRED = new EventType(CaseReferred.TYPE, CaseTopics.EVENTS);

  private final CaseAccess access;
  private final AggregateStore store;
  private final Events events;
  private final CaseRules rules;

  ReferCase(CaseAccess access, AggregateStore store, Events events, CaseRules rules) {
    this.access = access;
    this.store = store;
    this.events = events;
    this.rules = rules;
  }

  public CaseFile refer(
      String caseId,
      Long expectedVersion,
      ReferralTarget target,
      String reason,
      LocalDate on,
      List<ReferralDocument> documents,
      Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    Referral referral =
        Referral.sent(
            Ids.next(),
            target,
            reason,
            on == null ? rules.today() : on,
            caller.username(),
            documents);
    CaseFile next = apply(() -> current.refer(referral, caller.username(), rules.now()));
    store.update(
        CaseFiles.COLLECTION,
        current.id(),
        current.version(),
        next,
        List.of(
            new AggregateStore.Outgoing(
                CaseTopics.EVENTS,
                next.institutionId(),
                events.envelope(
                    REFERRED,
                    next.id(),
                    new CaseReferred(
                        next.id(),
                        referral.id(),
                        next.institutionId(),
                        next.countyCode(),
                        target.name(),
                        referral.reason(),
                        referral.sentOn())))),
        null);
    log.info("case {} referred to {} by {}", next.id(), target, caller.username());
    return next;
  }

  public CaseFile track(
      String caseId,
      String referralId,
      Long expectedVersion,
      ReferralStatus to,
      LocalDate on,
      String by,
      String text,
      Caller caller) {
    access.requireDecider(caller);
    CaseFile current = access.visibleCase(caseId, caller);
    CaseAccess.requireVersion(current, expectedVersion);
    CaseFile next =
        apply(
            () ->
                current.trackReferral(
                    referralId, to, on, by, text, caller.username(), rules.now()));
    store.update(CaseFiles.COLLECTION, current.id(), current.version(), next, List.of(), null);
    return next;
  }

  private static CaseFile apply(java.util.function.Supplier<CaseFile> change) {
    return change.get();
  }
}
